#!/usr/bin/env python3
"""Generate the held-out PII redaction set h203 (independent author, standard library only).

python scripts/make_pii_holdout203.py          # write fixture + README
python scripts/make_pii_holdout203.py --check  # regenerate, compare, validate
"""
import json
import os
import random
import re
import sys

SEED = 203241125
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUTDIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout203")
CASES = os.path.join(OUTDIR, "cases.jsonl")
README = os.path.join(OUTDIR, "README.md")

R = random.Random(SEED)
TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE",
         "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
         "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december"]
ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
       "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
       "seventeenth", "eighteenth", "nineteenth", "twentieth"]
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "f": "foxtrot",
        "g": "golf", "h": "hotel", "i": "india", "j": "juliet", "k": "kilo", "l": "lima",
        "m": "mike", "n": "november", "o": "oscar", "p": "papa", "q": "quebec", "r": "romeo",
        "s": "sierra", "t": "tango", "u": "uniform", "v": "victor", "w": "whiskey", "x": "x-ray",
        "y": "yankee", "z": "zulu"}

# ---------------------------------------------------------------- value generators

def digits(n):
    return "".join(str(R.randint(0, 9)) for _ in range(n))


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


def gen_card():
    kind = R.choice(["visa", "visa", "mc", "mc", "amex", "disc", "visa13", "maestro"])
    pre, n = {"visa": ("4", 16), "mc": (R.choice(["51", "52", "53", "54", "55", "2221"]), 16),
              "amex": (R.choice(["34", "37"]), 15), "disc": ("6011", 16), "visa13": ("4", 13),
              "maestro": ("6759", 19)}[kind]
    body = pre + digits(n - len(pre) - 1)
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def group_card(num):
    if len(num) == 15:
        return [num[:4], num[4:10], num[10:]]
    if len(num) == 13:
        return [num[:4], num[4:7], num[7:10], num[10:]]
    return [num[i:i + 4] for i in range(0, len(num), 4)]


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
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p + digits(6) + R.choice("ABCD")


def iban_check(country, bban):
    s = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in s)
    return "%02d" % (98 - int(num) % 97)


def gen_iban():
    c = R.choice(["GB", "IE", "DE", "FR", "NL", "ES"])
    if c in ("GB", "IE"):
        bank = R.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"] if c == "GB" else ["AIBK", "BOFI", "IPBS"])
        bban = bank + digits(14)
    elif c == "DE":
        bban = digits(18)
    elif c == "FR":
        bban = digits(10) + digits(11) + digits(2)
    elif c == "NL":
        bban = R.choice(["ABNA", "INGB", "RABO"]) + digits(10)
    else:
        bban = digits(20)
    return c + iban_check(c, bban) + bban


def iban_ok(s):
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def gen_phone():
    k = R.choice(["uk_mob", "uk_land", "us", "ie", "uk_intl", "us_intl"])
    if k == "uk_mob":
        return k, "07" + str(R.randint(4, 9)) + digits(8)
    if k == "uk_land":
        return k, R.choice(["0161", "0113", "0121", "0117", "0131", "0141"]) + str(R.randint(2, 8)) + digits(6)
    if k == "us":
        return k, str(R.randint(2, 9)) + digits(2) + str(R.randint(2, 9)) + digits(6)
    if k == "ie":
        return k, "08" + R.choice("35679") + digits(7)
    if k == "uk_intl":
        return k, "447" + str(R.randint(4, 9)) + digits(8)
    return k, "1" + str(R.randint(2, 9)) + digits(2) + str(R.randint(2, 9)) + digits(6)


FIRST = ["sarah", "james", "priya", "tom", "aoife", "liam", "grace", "mohammed", "chloe", "dan",
         "niamh", "oliver", "fatima", "jack", "emma", "lukas", "sofia", "raj", "kate", "sean"]
LAST = ["mcdonald", "okafor", "patel", "walsh", "nguyen", "brennan", "smith", "kowalski", "reilly",
        "hughes", "garcia", "oconnor", "baker", "murphy", "schmidt", "dubois", "khan", "evans"]
DOMAINS = ["gmail.com", "hotmail.co.uk", "yahoo.com", "outlook.com", "icloud.com", "eircom.net",
           "btinternet.com", "aol.com", "protonmail.com", "web.de"]


def gen_email():
    f, l = R.choice(FIRST), R.choice(LAST)
    local = R.choice([f + "." + l, f[0] + l, f + l + str(R.randint(1, 99)), f + "_" + l, l + "." + f[0]])
    return local + "@" + R.choice(DOMAINS)


def gen_dob():
    return R.randint(1938, 2005), R.randint(1, 12), R.randint(1, 28)


L = "ABCDEFGHIJKLMNOPRSTUWY"


def gen_postcode():
    if R.random() < 0.3:
        return "us", "%05d" % R.randint(1001, 99950)
    area = R.choice(["SW", "SE", "N", "E", "W", "M", "B", "LS", "G", "EH", "CF", "BS", "NG", "L", "BT", "OX", "CB"])
    out = area + str(R.randint(1, 9))
    if len(area) == 1:
        out += R.choice(["", str(R.randint(0, 9)), R.choice("ABEHMNPRVWXY")])
    else:
        out += R.choice(["", str(R.randint(0, 9))])
    inward = str(R.randint(0, 9)) + R.choice("ABDEFGHJLNPQRSTUWXYZ") + R.choice("ABDEFGHJLNPQRSTUWXYZ")
    return "uk", out + " " + inward


STREETS = ["Maple", "Oak", "Church", "Station", "Victoria", "Mill", "Highfield", "Kings", "Park",
           "Elm", "Main", "Washington", "Bridge", "Willow", "Castle", "Grove", "Cedar", "Abbey"]
STYPES = ["Road", "Street", "Avenue", "Lane", "Close", "Drive", "Crescent", "Way", "Terrace", "Boulevard"]


def gen_address():
    return str(R.randint(1, 240)), R.choice(STREETS), R.choice(STYPES)

# ---------------------------------------------------------------- spoken rendering

def ordsfx(n):
    return "%d%s" % (n, "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th"))


def say_zero():
    return R.choice(["oh", "oh", "zero", "o", "nought"])


def say_digits(s, pairs=0.25, doubles=0.5, fillers=0.0, zero=None):
    """Render a digit string the way a caller says it (and an ASR writes it)."""
    out, i = [], 0
    while i < len(s):
        d = s[i]
        if fillers and R.random() < fillers and out:
            out.append(R.choice(["um", "uh", "erm"]))
        run = 1
        while i + run < len(s) and s[i + run] == d:
            run += 1
        w = (zero or say_zero()) if d == "0" else ONES[int(d)]
        if run >= 3 and R.random() < doubles:
            out.append("triple " + w); i += 3; continue
        if run >= 2 and R.random() < doubles:
            out.append("double " + w); i += 2; continue
        if d != "0" and i + 1 < len(s) and R.random() < pairs:
            n = int(s[i:i + 2])
            if 10 <= n <= 19:
                out.append(TEENS[n - 10]); i += 2; continue
            if n % 10 != 0:
                out.append(TENS[n // 10] + " " + ONES[n % 10]); i += 2; continue
        out.append(w)
        i += 1
    return " ".join(out)


def say_num(n):
    if n < 10:
        return ONES[n]
    if n < 20:
        return TEENS[n - 10]
    return TENS[n // 10] + ("" if n % 10 == 0 else " " + ONES[n % 10])


def say_year(y):
    if y >= 2000:
        return R.choice(["two thousand and " + say_num(y - 2000) if y > 2000 else "two thousand",
                         "two thousand " + say_num(y - 2000) if y > 2000 else "two thousand"])
    if y % 100 < 10:
        return say_num(y // 100) + " " + say_zero() + " " + ONES[y % 10]
    return say_num(y // 100) + " " + say_num(y % 100)


def say_ord(d):
    if d <= 20:
        return ORD[d]
    return TENS[d // 10] + " " + ORD[d % 10] if d % 10 else ("thirtieth" if d == 30 else "twentieth")


def say_letters(s, nato=0.3):
    out = []
    for ch in s.lower():
        if ch.isdigit():
            out.append(ONES[int(ch)] if ch != "0" else say_zero())
        elif ch == " ":
            continue
        elif R.random() < nato:
            out.append(ch + " for " + NATO[ch])
        else:
            out.append(ch)
    return " ".join(out)


def say_email(e):
    local, dom = e.split("@")

    def part(p):
        p = p.replace(".", " dot ").replace("_", " underscore ")
        p = re.sub(r"(\d+)", lambda m: " " + say_digits(m.group(1), pairs=0.6) + " ", p)
        return re.sub(r"\s+", " ", p).strip()
    return part(local) + " at " + part(dom)

# ---------------------------------------------------------------- normalising spoken forms (for --check)

WORDNUM = {w: str(i) for i, w in enumerate(ONES)}
WORDNUM.update({"oh": "0", "o": "0", "nought": "0", "zero": "0"})
FILLER = {"plus", "um", "uh", "erm", "and", "dash", "hyphen", "space", "the", "of", "sorry", "yeah", "ah"}
HOMO = {"for": "4", "to": "2", "too": "2", "ate": "8", "won": "1"}


def normalise(text, email=False):
    """Spoken/typed value -> compact upper-case string of letters and digits."""
    t = text.lower()
    t = re.sub(r"\b([a-z]) for [a-z\-]+\b", lambda m: " " + m.group(1) + " ", t)
    toks = re.findall(r"[a-z\-]+|\d+|[@.]", t)
    out, i = [], 0
    while i < len(toks):
        w = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if w in ("double", "triple") and nxt in WORDNUM:
            out.append(WORDNUM[nxt] * (2 if w == "double" else 3)); i += 2; continue
        if w in TEENS:
            out.append(str(10 + TEENS.index(w))); i += 1; continue
        if w in TENS and w:
            if nxt in ONES[1:]:
                out.append(str(TENS.index(w)) + WORDNUM[nxt]); i += 2; continue
            if nxt in ORD[1:10]:
                out.append(str(TENS.index(w)) + str(ORD.index(nxt))); i += 2; continue
            out.append(str(TENS.index(w) * 10)); i += 1; continue
        if w == "thirtieth":
            out.append("30"); i += 1; continue
        if w in ORD[1:]:
            out.append(str(ORD.index(w))); i += 1; continue
        if w == "thousand":
            out.append("000"); i += 1; continue
        if w in MONTHS or w[:3] in [m[:3] for m in MONTHS] and len(w) <= 4 and w not in ("mar",):
            out.append("%02d" % ([m[:3] for m in MONTHS].index(w[:3]) + 1)); i += 1; continue
        if w == "mar":
            out.append("03"); i += 1; continue
        if w in WORDNUM and w != "o" or (w == "o" and (out and out[-1].isdigit() or nxt in WORDNUM)):
            out.append(WORDNUM[w]); i += 1; continue
        if w in FILLER:
            i += 1; continue
        if w in HOMO:
            out.append(HOMO[w]); i += 1; continue
        if w == "hundred":
            out.append("00" if not (nxt in ONES or nxt in TEENS or nxt in TENS or nxt == "and") else ""); i += 1; continue
        if w == "at" and email:
            out.append("@"); i += 1; continue
        if w == "dot" and email:
            out.append("."); i += 1; continue
        if w == "underscore":
            out.append("_"); i += 1; continue
        out.append(w.upper() if len(w) == 1 or w.isdigit() else w.upper())
        i += 1
    return "".join(out)


def only_digits(s):
    return re.sub(r"\D", "", s)


def validate(typ, text, meta):
    n = normalise(text, email=(typ == "EMAIL"))
    if typ != "EMAIL":
        n = re.sub(r"[^A-Z0-9]", "", n.upper())
    d = only_digits(n)
    if typ == "CARD_NUMBER":
        return 13 <= len(d) <= 19 and luhn_ok(d) and len(d) == len(n)
    if typ == "CVV":
        return len(d) in (3, 4) and len(d) == len(n)
    if typ == "EXPIRY":
        return len(d) in (4, 6) and 1 <= int(d[:2]) <= 12
    if typ == "SSN":
        return len(d) == 9 and len(n) == 9
    if typ == "NI_NUMBER":
        return re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", n) is not None
    if typ == "BANK_ACCOUNT":
        return 8 <= len(d) <= 12 and len(d) == len(n)
    if typ == "SORT_CODE":
        return len(d) == 6 and len(n) == 6
    if typ == "IBAN":
        return iban_ok(n)
    if typ == "PHONE":
        return 10 <= len(d) <= 15 and len(d) == len(n)
    if typ == "EMAIL":
        return re.fullmatch(r"[A-Z0-9._]+@[A-Z0-9]+(\.[A-Z0-9]+)+", n.upper()) is not None
    if typ == "DOB":
        return len(d) >= 4 and (re.search(r"(19[3-9]\d|200\d)", d) is not None or len(d) in (6, 8))
    if typ == "POSTCODE":
        return (re.fullmatch(r"\d{5}(\d{4})?", n) is not None or
                re.fullmatch(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}", n) is not None)
    if typ == "ADDRESS":
        return re.match(r"(FLAT\d+)?\d", n) is not None and any(s.upper() in n for s in STYPES + ["RD", "ST", "AVE"])
    return False

# ---------------------------------------------------------------- case assembly

class Case:
    def __init__(self, note):
        self.note = note
        self.turns = []
        self.spans = []
        self.values = []  # list of (type, [span indexes]) for validation

    def turn(self, speaker, *segs):
        text = ""
        for s in segs:
            if isinstance(s, tuple):
                val, typ = s[0], s[1]
                grp = s[2] if len(s) > 2 else None
                st = len(text)
                text += val
                self.spans.append({"turn": len(self.turns), "start": st, "end": len(text), "type": typ})
                idx = len(self.spans) - 1
                if grp is not None:
                    for v in self.values:
                        if v[2] == grp:
                            v[1].append(idx)
                            break
                    else:
                        self.values.append((typ, [idx], grp))
                else:
                    self.values.append((typ, [idx], None))
            else:
                text += s
        self.turns.append({"speaker": speaker, "text": text})
        return self


def A(c, *s):
    return c.turn("agent", *s)


def C(c, *s):
    return c.turn("customer", *s)

# ----- typed renderers

def typo(s):
    """Introduce a small typo in chit-chat words (never inside values)."""
    if R.random() < 0.5 or len(s) < 6:
        return s
    words = s.split(" ")
    cand = [i for i, w in enumerate(words) if len(w) > 3 and w.isalpha()]
    if not cand:
        return s
    i = R.choice(cand)
    w = words[i]
    j = R.randint(1, len(w) - 2)
    words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2:]
    return " ".join(words)


EMO = ["", "", " 🙂", " 😅", " 🙏", " 👍", " !!", " x", " :)", " 😬"]


def t_card(num):
    g = group_card(num)
    st = R.choice(["sp", "dash", "none", "dot", "mixed", "nbsp", "spdash"])
    if st == "sp":
        return " ".join(g)
    if st == "dash":
        return "-".join(g)
    if st == "none":
        return num
    if st == "dot":
        return ".".join(g)
    if st == "nbsp":
        return "\u00a0".join(g)
    if st == "spdash":
        return " - ".join(g)
    seps = [R.choice([" ", "-", "  ", ""]) for _ in g[1:]]
    return g[0] + "".join(s + x for s, x in zip(seps, g[1:]))


def t_ssn(s):
    return R.choice([s[:3] + "-" + s[3:5] + "-" + s[5:], s[:3] + " " + s[3:5] + " " + s[5:], s,
                     s[:3] + "." + s[3:5] + "." + s[5:], s[:3] + "-" + s[3:5] + " " + s[5:]])


def t_ni(n):
    f = R.choice(["sp", "none", "lower", "pairs2", "dash"])
    if f == "sp":
        return n[:2] + " " + n[2:4] + " " + n[4:6] + " " + n[6:8] + " " + n[8]
    if f == "none":
        return n
    if f == "lower":
        return n.lower()
    if f == "pairs2":
        return n[:2] + " " + n[2:8] + " " + n[8]
    return n[:2] + "-" + n[2:4] + "-" + n[4:6] + "-" + n[6:8] + "-" + n[8]


def t_sort(s):
    return R.choice([s[:2] + "-" + s[2:4] + "-" + s[4:], s[:2] + " " + s[2:4] + " " + s[4:], s,
                     s[:2] + "." + s[2:4] + "." + s[4:], s[:2] + "/" + s[2:4] + "/" + s[4:]])


def t_iban(i):
    f = R.choice(["grp", "none", "lower", "grp"])
    g = " ".join(i[k:k + 4] for k in range(0, len(i), 4))
    return {"grp": g, "none": i, "lower": g.lower()}[f]


def t_phone(kind, p):
    if kind == "uk_mob":
        return R.choice([p, p[:5] + " " + p[5:], p[:5] + " " + p[5:8] + " " + p[8:], "+44 " + p[1:5] + " " + p[5:],
                         "(+44) " + p[1:], p[:5] + "-" + p[5:]])
    if kind == "uk_land":
        return R.choice([p, p[:4] + " " + p[4:7] + " " + p[7:], "(" + p[:4] + ") " + p[4:]])
    if kind == "us":
        return R.choice(["(" + p[:3] + ") " + p[3:6] + "-" + p[6:], p[:3] + "-" + p[3:6] + "-" + p[6:],
                         p[:3] + "." + p[3:6] + "." + p[6:], p])
    if kind == "ie":
        return R.choice([p, p[:3] + " " + p[3:6] + " " + p[6:], "+353 " + p[1:3] + " " + p[3:], "00353" + p[1:]])
    if kind == "uk_intl":
        return R.choice(["+" + p, "+" + p[:2] + " " + p[2:6] + " " + p[6:], "0044" + p[2:]])
    return R.choice(["+1 " + p[1:4] + "-" + p[4:7] + "-" + p[7:], "+1 (" + p[1:4] + ") " + p[4:7] + " " + p[7:], "1-" + p[1:4] + "-" + p[4:7] + "-" + p[7:]])


def t_dob(y, m, d):
    f = R.choice(["dmy", "mdy", "dmy2", "long", "iso", "dots", "short"])
    if f == "dmy":
        return "%02d/%02d/%d" % (d, m, y)
    if f == "mdy":
        return "%d/%d/%d" % (m, d, y)
    if f == "dmy2":
        return "%d-%d-%d" % (d, m, y)
    if f == "long":
        return "%d %s %d" % (d, MONTHS[m - 1].capitalize(), y)
    if f == "iso":
        return "%d-%02d-%02d" % (y, m, d)
    if f == "dots":
        return "%02d.%02d.%d" % (d, m, y)
    return "%s %d %d" % (MONTHS[m - 1][:3].capitalize(), d, y)


def t_exp():
    m, y = R.randint(1, 12), R.randint(26, 33)
    return R.choice(["%02d/%02d" % (m, y), "%02d/20%02d" % (m, y), "%02d-%02d" % (m, y), "%d/%02d" % (m, y) if m >= 10 else "%02d / %02d" % (m, y), "%02d%02d" % (m, y)]), (m, y)


def s_exp(m, y):
    return R.choice(["%s %s" % (say_zero() + " " + ONES[m] if m < 10 else say_num(m), say_num(y)),
                     "%s twenty %s" % (MONTHS[m - 1], say_num(y - 20) if y > 20 else ""),
                     "%s %s" % (MONTHS[m - 1], say_num(y))]).strip()


def s_phone(kind, p):
    if kind in ("uk_intl", "us_intl"):
        return "plus " + say_digits(p[:2] if kind == "uk_intl" else p[:1], pairs=0.8) + " " + say_digits(p[2:] if kind == "uk_intl" else p[1:], pairs=0.15)
    return say_digits(p, pairs=0.2, fillers=0.05)


CHANNELS_T = ["chat", "sms", "email", "social DM", "chat", "chat"]
IND = ["banking", "telecom", "utilities", "retail", "insurance", "travel", "healthcare billing", "government services"]


def ch():
    return "call" if R.random() < 0.34 else R.choice(CHANNELS_T)


# ---------------------------------------------------------------- positive templates
# each returns a Case

def p_card(channel, ind):
    num = gen_card()
    c = Case("")
    if channel != "call":
        mode = R.choice(["inline", "split", "split", "with_cvv", "paste", "correction"])
        if mode == "inline":
            A(c, typo("Thanks! Could you type the long card number for the payment please?"))
            C(c, R.choice(["sure its ", "ok ", "Card no: ", "here u go ", "its "]), (t_card(num), "CARD_NUMBER"), R.choice(EMO))
            c.note = "%s/%s: card typed in one message" % (channel, ind)
        elif mode == "split":
            g = group_card(num)
            k = R.randint(2, min(3, len(g)))
            cut = sorted(R.sample(range(1, len(g)), k - 1))
            parts = [" ".join(g[a:b]) for a, b in zip([0] + cut, cut + [len(g)])]
            A(c, typo("Please send the card number, you can split it over a few messages if easier"))
            for j, pt in enumerate(parts):
                if j == 0:
                    C(c, R.choice(["", "ok ", "first bit "]), (pt, "CARD_NUMBER", "c"))
                else:
                    C(c, (pt, "CARD_NUMBER", "c"), R.choice(["", "", " ..", " 👍"]))
                if j < len(parts) - 1 and R.random() < 0.4:
                    A(c, R.choice(["ok", "got that", "👍 go on"]))
            c.note = "%s/%s: card split over %d consecutive messages" % (channel, ind, len(parts))
        elif mode == "with_cvv":
            cv = digits(4 if len(num) == 15 else 3)
            e, _ = t_exp()
            C(c, typo("hi want to pay my bill. "), (t_card(num), "CARD_NUMBER"), R.choice([" exp ", " expiry ", " exp date "]), (e, "EXPIRY"),
              R.choice([" cvv ", " sec code ", " cvc: ", " the 3 digits on back " if len(cv) == 3 else " cid "]), (cv, "CVV"), R.choice(EMO))
            c.note = "%s/%s: card, expiry and cvv crammed in one message" % (channel, ind)
        elif mode == "paste":
            A(c, "Card number please (we never store it)")
            C(c, "copied from my app: \"", (t_card(num), "CARD_NUMBER"), "\"  total was £%d.%02d" % (R.randint(10, 400), R.randint(0, 99)))
            c.note = "%s/%s: card pasted in quotes next to a money amount" % (channel, ind)
        else:
            bad = num[:-1] + str((int(num[-1]) + 3) % 10)
            C(c, "card is ", (t_card(num), "CARD_NUMBER"))
            A(c, typo("Sorry the payment page timed out, could you send the card number once more?"))
            C(c, "ugh ok ", (t_card(num), "CARD_NUMBER"), " 😤")
            c.note = "%s/%s: card typed twice with different formatting" % (channel, ind)
            _ = bad
        return c
    mode = R.choice(["one", "split", "split", "readback", "fillers"])
    if mode == "one":
        A(c, "okay and what's the long number on the card")
        C(c, R.choice(["yeah it's ", "it's ", "right so it's "]), (say_digits(num), "CARD_NUMBER"))
        c.note = "call/%s: card read out in one turn with doubles/pairs" % ind
    elif mode == "split" or mode == "fillers":
        g = group_card(num)
        A(c, "go ahead with the card number whenever you're ready")
        for j, pt in enumerate(g):
            C(c, R.choice(["", "okay ", "right "]) if j == 0 else "", (say_digits(pt, fillers=0.2 if mode == "fillers" else 0), "CARD_NUMBER", "c"))
            if j < len(g) - 1:
                A(c, R.choice(["mhm", "yep", "okay go on", "uh huh", "yeah"]))
        c.note = "call/%s: card split over %d turns with back-channels%s" % (ind, len(g), " and fillers" if mode == "fillers" else "")
    else:
        A(c, "and the card number please")
        C(c, (say_digits(num), "CARD_NUMBER"))
        A(c, "let me read that back ", (say_digits(num, pairs=0, doubles=0, zero="zero"), "CARD_NUMBER"), " is that right")
        C(c, "yes that's it")
        c.note = "call/%s: card read by caller then read back by agent" % ind
    return c


def p_ssn(channel, ind):
    s = gen_ssn()
    c = Case("")
    if channel != "call":
        mode = R.choice(["inline", "split", "twovals", "last4ctx"])
        if mode == "inline":
            A(c, typo("For verification I need your social security number"))
            C(c, R.choice(["ssn is ", "SSN: ", "its ", "my social is "]), (t_ssn(s), "SSN"), R.choice(EMO))
            c.note = "%s/%s: SSN typed" % (channel, ind)
        elif mode == "split":
            A(c, "Can I get your SSN please?")
            C(c, (s[:3], "SSN", "s"), R.choice(["-", "...", ""]))
            C(c, (s[3:5] + R.choice(["-", " "]) + s[5:], "SSN", "s"))
            c.note = "%s/%s: SSN split across two messages" % (channel, ind)
        elif mode == "twovals":
            z = "%05d" % R.randint(1001, 99950)
            C(c, typo("Hello, updating my tax details. SSN "), (t_ssn(s), "SSN"), " and my zip changed to ", (z, "POSTCODE"), R.choice(EMO))
            c.note = "%s/%s: SSN and ZIP in one message" % (channel, ind)
        else:
            C(c, typo("social security # "), (t_ssn(s), "SSN"), " (claim ref 4471 from last week)")
            c.note = "%s/%s: SSN next to an unlabelled claim ref" % (channel, ind)
        return c
    mode = R.choice(["one", "groups", "readback"])
    if mode == "one":
        A(c, "can you confirm your social security number for me")
        C(c, "sure it's ", (say_digits(s, pairs=0.2), "SSN"))
        c.note = "call/%s: SSN spoken in one turn" % ind
    elif mode == "groups":
        A(c, "i'll need your social")
        C(c, (say_digits(s[:3]), "SSN", "s"))
        A(c, R.choice(["mhm", "okay"]))
        C(c, (say_digits(s[3:5]), "SSN", "s"))
        A(c, "yep")
        C(c, (say_digits(s[5:], fillers=0.2), "SSN", "s"))
        c.note = "call/%s: SSN in 3-2-4 groups over turns" % ind
    else:
        C(c, "my social is ", (say_digits(s), "SSN"))
        A(c, "thank you that's ", (say_digits(s, pairs=0, doubles=0), "SSN"), " correct")
        c.note = "call/%s: SSN read back by agent" % ind
    return c


def p_ni(channel, ind):
    n = gen_ni()
    c = Case("")
    if channel != "call":
        mode = R.choice(["inline", "split", "lower", "withdob"])
        if mode in ("inline", "lower"):
            A(c, typo("Whats your national insurance number please?"))
            C(c, R.choice(["NI no ", "ni number: ", "its ", "NINO "]), ((t_ni(n).lower() if mode == "lower" else t_ni(n)), "NI_NUMBER"), R.choice(EMO))
            c.note = "%s/%s: NI number typed" % (channel, ind)
        elif mode == "split":
            C(c, "ni is ", (n[:2] + " " + n[2:4], "NI_NUMBER", "n"))
            C(c, (n[4:8] + " " + n[8], "NI_NUMBER", "n"), R.choice(["", " sorry hit enter"]))
            c.note = "%s/%s: NI number split across two messages" % (channel, ind)
        else:
            y, m, d = gen_dob()
            C(c, typo("Hi I'm applying for the benefit, NI "), (t_ni(n), "NI_NUMBER"), ", born ", (t_dob(y, m, d), "DOB"))
            c.note = "%s/%s: NI number and DOB in one message" % (channel, ind)
        return c
    mode = R.choice(["plain", "nato", "split", "readback"])
    if mode in ("plain", "nato"):
        A(c, "and your national insurance number please")
        C(c, R.choice(["yeah it's ", "it's ", ""]), (say_letters(n[:2], 0.8 if mode == "nato" else 0.0) + " " + say_digits(n[2:8], pairs=0.3) + " " + say_letters(n[8], 0.5), "NI_NUMBER"))
        c.note = "call/%s: NI number spoken%s" % (ind, " with phonetic alphabet" if mode == "nato" else "")
    elif mode == "split":
        A(c, "national insurance number")
        C(c, (say_letters(n[:2], 0.4) + " " + say_digits(n[2:4]), "NI_NUMBER", "n"))
        A(c, "mhm")
        C(c, (say_digits(n[4:8]), "NI_NUMBER", "n"))
        A(c, "and the letter at the end")
        C(c, (say_letters(n[8], 0.5), "NI_NUMBER", "n"))
        c.note = "call/%s: NI number over three turns, final letter separate" % ind
    else:
        C(c, "it's ", (say_letters(n[:2]) + " " + say_digits(n[2:8]) + " " + say_letters(n[8]), "NI_NUMBER"))
        A(c, "so that's ", (say_letters(n[:2], 1.0) + " " + say_digits(n[2:8], pairs=0) + " " + say_letters(n[8], 1.0), "NI_NUMBER"), " yeah")
        c.note = "call/%s: NI number with agent phonetic read-back" % ind
    return c


def p_bank(channel, ind):
    acct = digits(8)
    sc = digits(6)
    c = Case("")
    if channel != "call":
        mode = R.choice(["both", "split", "us"])
        if mode == "both":
            C(c, typo("please refund to my account "), (acct, "BANK_ACCOUNT"), R.choice([" sort code ", " s/c ", " sortcode: "]), (t_sort(sc), "SORT_CODE"), R.choice(EMO))
            c.note = "%s/%s: account number and sort code in one message" % (channel, ind)
        elif mode == "split":
            A(c, "Sort code and account number for the direct debit please")
            C(c, (t_sort(sc), "SORT_CODE"))
            C(c, (acct, "BANK_ACCOUNT"), " that's the acc")
            c.note = "%s/%s: sort code and account in separate messages" % (channel, ind)
        else:
            a = digits(R.choice([10, 11, 12]))
            rt = "0" + digits(8)
            C(c, "checking acct# ", (a, "BANK_ACCOUNT"), " for the autopay on the %s pls" % ordsfx(R.randint(4, 28)))
            c.note = "%s/%s: US checking account number typed, payment day unlabelled" % (channel, ind)
            _ = rt
        return c
    A(c, "what's the sort code and account number")
    C(c, "sort code ", (say_digits(sc[:2], pairs=0.7) + " " + say_digits(sc[2:4], pairs=0.7) + " " + say_digits(sc[4:], pairs=0.7), "SORT_CODE"))
    A(c, "okay and the account")
    C(c, (say_digits(acct, fillers=0.1), "BANK_ACCOUNT"))
    c.note = "call/%s: sort code in pairs and account number digit by digit" % ind
    return c


def p_iban(channel, ind):
    ib = gen_iban()
    c = Case("")
    if channel != "call":
        mode = R.choice(["one", "split"])
        if mode == "one":
            C(c, typo("Could you send the refund to my IBAN "), (t_iban(ib), "IBAN"), R.choice(EMO))
        else:
            tv = t_iban(ib)
            g = tv.split(" ") if " " in tv else [tv[:8], tv[8:]]
            h = len(g) // 2
            C(c, "iban: ", (" ".join(g[:h]), "IBAN", "i"))
            C(c, (" ".join(g[h:]), "IBAN", "i"))
        c.note = "%s/%s: IBAN typed (%s)" % (channel, ind, mode)
        return c
    A(c, "can you read me the iban")
    C(c, (say_letters(ib[:2], 0.5) + " " + say_digits(ib[2:4]) + " " + say_letters(ib[4:8], 0.2) + " " + say_digits(ib[8:], pairs=0.1), "IBAN") if ib[4:8].isalpha()
      else (say_letters(ib[:2], 0.5) + " " + say_digits(ib[2:], pairs=0.1), "IBAN"))
    c.note = "call/%s: IBAN spoken" % ind
    return c


def p_phone(channel, ind):
    k, p = gen_phone()
    c = Case("")
    if channel != "call":
        mode = R.choice(["one", "change", "two"])
        if mode == "one":
            A(c, typo("Whats the best number to reach you on?"))
            C(c, R.choice(["", "mob ", "call me on ", "tel: "]), (t_phone(k, p), "PHONE"), R.choice(EMO))
        elif mode == "change":
            k2, p2 = gen_phone()
            C(c, typo("pls update my number from "), (t_phone(k, p), "PHONE"), " to ", (t_phone(k2, p2), "PHONE"), " thx")
        else:
            C(c, typo("my number is "), (t_phone(k, p), "PHONE"), " but after 6pm try my wife on ", (t_phone(*gen_phone()), "PHONE"))
        c.note = "%s/%s: phone number(s) typed (%s)" % (channel, ind, mode)
        return c
    A(c, "and a contact number")
    if R.random() < 0.5:
        C(c, "yeah it's ", (s_phone(k, p), "PHONE"))
    else:
        h = 5 if len(p) == 11 else 3
        C(c, (s_phone(k, p[:h]) if k not in ("uk_intl", "us_intl") else say_digits(p[:h]), "PHONE", "p"))
        A(c, "mhm")
        C(c, (say_digits(p[h:], fillers=0.1), "PHONE", "p"))
    c.note = "call/%s: phone number spoken" % ind
    return c


def p_email(channel, ind):
    e = gen_email()
    c = Case("")
    if channel != "call":
        ev = R.choice([e, e, e.upper(), e.capitalize(), e.replace("@", " [at] ").replace(".", " [dot] "), e.replace("@", " @ ")])
        C(c, typo(R.choice(["my email is ", "email: ", "send it to ", "can u use "])), (ev, "EMAIL"), R.choice([" thanks", "", " ta", " 🙏", "."]))
        c.note = "%s/%s: email typed" % (channel, ind)
        return c
    A(c, "what's the email address")
    C(c, R.choice(["it's ", "yeah ", ""]), (say_email(e), "EMAIL"))
    c.note = "call/%s: email spoken with dot/at" % ind
    return c


def p_dob(channel, ind):
    y, m, d = gen_dob()
    c = Case("")
    if channel != "call":
        A(c, "Can you confirm your date of birth?")
        if R.random() < 0.4:
            C(c, R.choice(["dob ", "its ", "born "]), (t_dob(y, m, d), "DOB"), typo(", moved in on %02d/%02d/2024 if that helps" % (R.randint(1, 28), R.randint(1, 12))))
        else:
            C(c, R.choice(["", "dob ", "its ", "born "]), (t_dob(y, m, d), "DOB"), R.choice(EMO))
        c.note = "%s/%s: DOB typed" % (channel, ind)
        return c
    A(c, "and your date of birth please")
    f = R.choice(["ord", "num", "us"])
    if f == "ord":
        v = "the " + say_ord(d) + " of " + MONTHS[m - 1] + " " + say_year(y)
    elif f == "num":
        v = say_digits("%02d" % d, pairs=0) + " " + say_digits("%02d" % m, pairs=0) + " " + say_year(y)
    else:
        v = MONTHS[m - 1] + " " + say_ord(d) + " " + say_year(y)
    C(c, R.choice(["it's ", "yeah ", "um "]), (v, "DOB"))
    c.note = "call/%s: DOB spoken (%s)" % (ind, f)
    return c


def p_addr(channel, ind):
    no, st, ty = gen_address()
    kind, pc = gen_postcode()
    c = Case("")
    if channel != "call":
        a = R.choice(["%s %s %s" % (no, st, ty), "%s %s %s" % (no, st.lower(), ty.lower()), "%s, %s %s" % (no, st, ty), "Flat %d, %s %s %s" % (R.randint(1, 20), no, st, ty)])
        C(c, typo("new address is "), (a, "ADDRESS"), R.choice([", ", " ", "\n"]), R.choice(["Leeds ", "Cork ", "Springfield ", "Bristol ", ""]), (pc if R.random() < 0.6 else pc.replace(" ", "").lower(), "POSTCODE"), R.choice(EMO))
        c.note = "%s/%s: street address and postcode typed" % (channel, ind)
        return c
    A(c, "can i take the first line of the address and the postcode")
    C(c, R.choice(["it's ", "yeah ", ""]), ((say_num(int(no)) if int(no) < 100 else say_digits(no, pairs=0.9)) + " " + st.lower() + " " + ty.lower(), "ADDRESS"))
    A(c, "and the postcode")
    C(c, (say_letters(pc, 0.3) if kind == "uk" else say_digits(pc), "POSTCODE"))
    c.note = "call/%s: address and postcode spoken" % ind
    return c


def p_combo(channel, ind):
    """Multi-entity typed or spoken case."""
    c = Case("")
    num = gen_card()
    cv = digits(4 if len(num) == 15 else 3)
    if channel != "call":
        e, _ = t_exp()
        A(c, "Hi! To process the payment I'll need card number, expiry and CVV")
        C(c, (t_card(num), "CARD_NUMBER"))
        C(c, R.choice(["exp ", "", "expires "]), (e, "EXPIRY"))
        C(c, R.choice(["cvv ", "code ", "", "sec "]), (cv, "CVV"), R.choice(EMO))
        A(c, "Thanks, payment of $%d.%02d is going through now" % (R.randint(20, 900), R.randint(0, 99)))
        c.note = "%s/%s: card, expiry, cvv each in their own message, amount unlabelled" % (channel, ind)
        return c
    m, y = R.randint(1, 12), R.randint(26, 32)
    A(c, "okay long number on the card please")
    C(c, (say_digits(num), "CARD_NUMBER"))
    A(c, "and the expiry")
    C(c, (s_exp(m, y), "EXPIRY"))
    A(c, "and the three digit code on the back" if len(cv) == 3 else "and the four digit code on the front")
    C(c, R.choice(["", "it's ", "um "]), (say_digits(cv, pairs=0.3), "CVV"))
    c.note = "call/%s: card, expiry and security code spoken" % ind
    return c


def p_mix_ssn_phone(channel, ind):
    c = Case("")
    s = gen_ssn()
    k, p = gen_phone()
    if channel != "call":
        C(c, typo("hey its about my account, ssn "), (t_ssn(s), "SSN"))
        A(c, "Thanks, and a callback number?")
        C(c, (t_phone(k, p), "PHONE"), " anytime before %d" % R.randint(3, 8), R.choice(["pm", " pm"]))
        c.note = "%s/%s: SSN then phone, time unlabelled" % (channel, ind)
        return c
    C(c, "my social's ", (say_digits(s), "SSN"), " and you can call me back on ", (s_phone(k, p), "PHONE"))
    c.note = "call/%s: SSN and phone in one turn" % ind
    return c


def p_ni_split_letters(channel, ind):
    c = Case("")
    n = gen_ni()
    if channel != "call":
        C(c, "my NI no is ", (n[:2].lower() + n[2:5], "NI_NUMBER", "n"))
        C(c, (n[5:], "NI_NUMBER", "n"), R.choice(["", " sorry phone died"]))
        c.note = "%s/%s: NI number broken mid-digits across messages" % (channel, ind)
        return c
    C(c, "it's ", (say_letters(n[:2], 0.5) + " " + say_digits(n[2:8], pairs=0.6) + " " + say_letters(n[8], 0.0), "NI_NUMBER"), " i think yeah")
    c.note = "call/%s: NI number with paired digits" % ind
    return c


def p_card_two(channel, ind):
    c = Case("")
    a, b = gen_card(), gen_card()
    if channel != "call":
        C(c, typo("the charge went on "), (t_card(a), "CARD_NUMBER"), " but i wanted it on ", (t_card(b), "CARD_NUMBER"), " 🙃")
        c.note = "%s/%s: two cards in one message" % (channel, ind)
        return c
    C(c, "the old card was ", (say_digits(a), "CARD_NUMBER"), " and the new one is ", (say_digits(b), "CARD_NUMBER"))
    c.note = "call/%s: two cards in one turn" % ind
    return c


def homophones(text):
    words = text.split(" ")
    for j, w in enumerate(words):
        if w in ("four", "two", "eight") and R.random() < 0.35 and (j == 0 or words[j - 1] not in TENS):
            words[j] = {"four": "for", "two": R.choice(["to", "too"]), "eight": "ate"}[w]
    return " ".join(words)


def p_card_asr(channel, ind):
    c = Case("")
    num = gen_card()
    A(c, "can you give me the card number please")
    g = group_card(num)
    h = len(g) // 2
    C(c, "yeah so it's ", (homophones(say_digits("".join(g[:h]), pairs=0.1, doubles=0.3)), "CARD_NUMBER", "c"))
    A(c, R.choice(["okay", "mhm go on"]))
    C(c, (homophones(say_digits("".join(g[h:]), pairs=0.1, doubles=0.3)), "CARD_NUMBER", "c"), R.choice(["", " that's it", " i think"]))
    c.note = "call/%s: card with ASR homophones (for/to/too/ate) split over two turns" % ind
    return c


def p_phone_fix(channel, ind):
    c = Case("")
    k, p = gen_phone()
    while k in ("uk_intl", "us_intl"):
        k, p = gen_phone()
    j = R.randint(len(p) - 4, len(p) - 1)
    bad = p[:j] + str((int(p[j]) + R.randint(1, 8)) % 10) + p[j + 1:]
    if channel != "call":
        C(c, typo("you can text me on "), (t_phone(k, bad), "PHONE"))
        C(c, "wait no thats wrong lol its ", (t_phone(k, p), "PHONE"))
        c.note = "%s/%s: phone typed then corrected in next message (both labelled)" % (channel, ind)
        return c
    A(c, "what's the best number to get you on")
    C(c, (say_digits(bad, pairs=0.1), "PHONE"), " no sorry that's wrong it's ", (say_digits(p, pairs=0.1), "PHONE"))
    c.note = "call/%s: phone self-corrected in the same turn (both labelled)" % ind
    return c


def p_addr_big(channel, ind):
    c = Case("")
    no = R.randint(101, 999)
    st, ty = R.choice(STREETS), R.choice(STYPES)
    kind, pc = gen_postcode()
    A(c, "and what's the address on the account")
    sp = say_num(no // 100) + " hundred" + ("" if no % 100 == 0 else " and " + say_num(no % 100))
    C(c, "um it's ", (sp + " " + st.lower() + " " + ty.lower(), "ADDRESS"), R.choice([" apartment %s" % say_num(R.randint(2, 30)), ""]))
    A(c, "and the zip code" if kind == "us" else "and the postcode")
    C(c, (say_digits(pc, pairs=0.2) if kind == "us" else say_letters(pc, 0.2), "POSTCODE"))
    c.note = "call/%s: house number said with hundred, plus postcode" % ind
    return c


POS_TEMPLATES = [(p_card_asr, 8), (p_phone_fix, 8), (p_addr_big, 6), (p_card, 26), (p_ssn, 22), (p_ni, 22), (p_bank, 24), (p_iban, 14), (p_phone, 16),
                 (p_email, 16), (p_dob, 16), (p_addr, 16), (p_combo, 16), (p_mix_ssn_phone, 10),
                 (p_ni_split_letters, 10), (p_card_two, 6)]

# ---------------------------------------------------------------- negatives

def n_typed(channel, ind):
    c = Case("")
    kind = R.choice(["order", "amount", "time", "flight", "ticket", "meter", "model", "balance",
                     "percent", "appt", "qty", "speed", "age", "room", "invoice", "temp"])
    if kind == "order":
        C(c, typo("hi my order #%s still hasnt arrived, placed it on %d/%d"), ) if False else C(c, typo("hi my order #%s still hasnt arrived, placed it %d days ago" % (digits(R.choice([7, 8, 9])), R.randint(3, 14))), R.choice(EMO))
    elif kind == "amount":
        C(c, typo("why was I charged £%d.%02d when the plan is £%d a month??" % (R.randint(40, 300), R.randint(0, 99), R.randint(10, 60))))
    elif kind == "time":
        C(c, typo("can someone call me between %d:%02d and %d:%02d tomorrow" % (R.randint(8, 11), R.choice([0, 15, 30, 45]), R.randint(12, 17), R.choice([0, 30]))))
    elif kind == "flight":
        C(c, typo("my flight %s%d on %d %s was cancelled, booking ref %s" % (R.choice(["EI", "BA", "FR", "UA", "LH"]), R.randint(100, 9999), R.randint(1, 28), MONTHS[R.randint(0, 11)].capitalize(), "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(6)))))
    elif kind == "ticket":
        C(c, typo("Following up on ticket %s, been waiting %d hours" % (digits(R.choice([6, 7, 8])), R.randint(2, 72))))
    elif kind == "meter":
        C(c, typo("meter reading today is %s, the old one was %s" % (digits(5), digits(5))))
    elif kind == "model":
        C(c, typo("my router model %s-%s keeps dropping, about %d times a day" % (R.choice(["TG", "HH", "DGA", "VMG"]), digits(4), R.randint(2, 20))))
    elif kind == "balance":
        A(c, "Your current balance is $%s.%02d and the minimum payment is $%d.00" % ("{:,}".format(R.randint(100, 9000)), R.randint(0, 99), R.randint(25, 90)))
        C(c, "ok thanks i'll pay by the %s" % ordsfx(R.randint(1, 28)))
    elif kind == "percent":
        C(c, typo("the rate went up %d.%d%% from %d%% is that right" % (R.randint(1, 9), R.randint(0, 9), R.randint(2, 9))))
    elif kind == "appt":
        C(c, typo("can I move my appointment from %02d/%02d/2026 to the %s" % (R.randint(1, 28), R.randint(1, 12), ordsfx(R.randint(1, 28)))))
    elif kind == "qty":
        C(c, typo("i ordered %d boxes but only %d came, SKU %s" % (R.randint(3, 30), R.randint(1, 2), digits(6))))
    elif kind == "speed":
        C(c, typo("paying for %d Mbps and getting %d.%d on speedtest" % (R.choice([100, 500, 900]), R.randint(5, 40), R.randint(0, 9))))
    elif kind == "age":
        C(c, typo("my son is %d and my daughter is %d, can they be added to the policy from %d?" % (R.randint(4, 17), R.randint(4, 17), R.randint(2026, 2027))))
    elif kind == "room":
        C(c, typo("Room %d at your hotel had no heating, checked in %d nights" % (R.randint(101, 1450), R.randint(1, 7))))
    elif kind == "invoice":
        C(c, typo("invoice %s-%s shows %d units at €%d.%02d" % (R.choice(["INV", "inv", "IN"]), digits(R.choice([6, 7, 8])), R.randint(2, 40), R.randint(1, 99), R.randint(0, 99))))
    else:
        C(c, typo("thermostat says %d degrees but its %d in the house, boiler from %d" % (R.randint(18, 24), R.randint(9, 15), R.randint(1998, 2020))))
    A(c, R.choice(["Thanks, let me look into that for you.", "I'm sorry about that, checking now.", "Let me check this."]))
    c.note = "%s/%s: negative, %s lookalike" % (channel, ind, kind)
    return c


def n_call(channel, ind):
    c = Case("")
    kind = R.choice(["order", "amount", "time", "ref", "year", "count", "meter", "claim", "flight", "duration", "contract"])
    if kind == "order":
        C(c, "yeah the order number is " + say_digits(digits(R.choice([7, 8, 9])), pairs=0.2))
    elif kind == "amount":
        C(c, "they took %s pounds %s off me last week" % (say_num(R.randint(20, 99)), say_num(R.randint(10, 99))))
    elif kind == "time":
        C(c, "can you ring me back at about %s %s tomorrow" % (say_num(R.randint(1, 12)), R.choice(["thirty", "fifteen", "o'clock", "forty five"])))
    elif kind == "ref":
        C(c, "the reference on the letter is " + say_digits(digits(8), pairs=0.3))
    elif kind == "year":
        C(c, "i've been with you since %s and it's never happened" % say_year(R.randint(1995, 2019)))
    elif kind == "count":
        C(c, "i've called %s times and waited %s minutes each time" % (say_num(R.randint(3, 12)), say_num(R.randint(20, 90))))
    elif kind == "meter":
        C(c, "the meter reading is " + say_digits(digits(5), pairs=0.4))
    elif kind == "claim":
        C(c, "claim number " + say_digits(digits(R.choice([6, 7, 8])), pairs=0.2) + " for the car")
    elif kind == "flight":
        C(c, "flight %s %s %s leaving at %s" % (R.choice(["e i", "b a", "f r"]), say_num(R.randint(1, 9)), say_digits(digits(2)), say_num(R.randint(6, 11)) + " " + say_num(R.randint(10, 55))))
    elif kind == "duration":
        C(c, "i've had no signal for %s days and %s hours" % (say_num(R.randint(2, 14)), say_num(R.randint(2, 23))))
    else:
        C(c, "my contract started on the %s of %s %s and it's %s months" % (say_ord(R.randint(1, 28)), R.choice(MONTHS), say_year(R.randint(2020, 2025)), say_num(R.choice([12, 18, 24]))))
    A(c, R.choice(["okay let me have a look", "right i understand", "bear with me one moment"]))
    c.note = "call/%s: negative, spoken %s lookalike" % (ind, kind)
    return c

# ---------------------------------------------------------------- build + check


def build():
    R.seed(SEED)
    pos, neg = [], []
    plan = []
    for fn, n in POS_TEMPLATES:
        plan += [fn] * n
    R.shuffle(plan)
    for fn in plan:
        channel = ch()
        c = fn(channel, R.choice(IND))
        pos.append(c)
    for i in range(110):
        channel = ch()
        c = (n_call if channel == "call" else n_typed)(channel, R.choice(IND))
        neg.append(c)
    rows, metas = [], []
    for i, c in enumerate(pos):
        rows.append({"id": "h203-pos-%03d" % (i + 1), "kind": "positive", "turns": c.turns, "spans": c.spans, "note": c.note})
        metas.append(c.values)
    for i, c in enumerate(neg):
        rows.append({"id": "h203-neg-%03d" % (i + 1), "kind": "negative", "turns": c.turns, "spans": [], "note": c.note})
        metas.append([])
    return rows, metas


def serialise(rows):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def counts(rows):
    cnt = {t: 0 for t in TYPES}
    for r in rows:
        for s in r["spans"]:
            cnt[s["type"]] += 1
    return cnt


def readme(rows):
    cnt = counts(rows)
    npos = sum(r["kind"] == "positive" for r in rows)
    nneg = len(rows) - npos
    typed = sum(not r["note"].startswith("call/") for r in rows)
    lines = [
        "# PII hold-out set h203",
        "",
        "**Never use this set for tuning.** It exists only to measure the redactor on data it was not developed against.",
        "",
        "## Provenance",
        "",
        "Written by an AI helper acting as an independent author. The author did not see the redaction code, its tests,",
        "its docs or any other PII fixture; only a 3-line JSONL format example. Cases are produced by",
        "`scripts/make_pii_holdout203.py` from template functions with a single seeded `random.Random(%d)`;" % SEED,
        "every turn is assembled from plain-text segments and (value, TYPE) segments so span offsets are computed,",
        "never typed. `python scripts/make_pii_holdout203.py --check` regenerates the file, compares it byte for byte,",
        "and validates ids, offsets, word boundaries, overlaps and every value (after normalising spoken forms).",
        "",
        "## Composition",
        "",
        "- positives: %d, negatives: %d (total %d); typed channels (chat, SMS, e-mail, social DM): %d, calls: %d" % (npos, nneg, len(rows), typed, len(rows) - typed),
        "- Typed cases: values split across messages, odd separators (dots, slashes, non-breaking spaces, mixed),",
        "  mixed case, emojis, typos in the surrounding words, pasted values in quotes.",
        "- Call cases: ASR-style lower case, digits as words, oh/o/nought/zero, double/triple, pairs (forty one, eleven),",
        "  years as pairs, phonetic letters (b for bravo), e-mails as 'x dot y at gmail dot com', fillers inside readings,",
        "  values split over turns with agent back-channels, agent read-backs.",
        "- Negatives: order/ticket/claim/invoice/reference numbers, amounts, balances, times, durations, counts, years,",
        "  percentages, appointment/contract dates, flight numbers, room numbers, model numbers, SKUs, meter readings,",
        "  speeds, ages, temperatures.",
        "",
        "## Annotation conventions",
        "",
        "- A span covers the value only: lead-in words ('my card is', 'sort code', 'ssn') are outside.",
        "- Spoken values: the span runs from the first to the last word of the reading and includes fillers",
        "  (um/uh) and words like 'double', 'oh', 'for bravo' that sit inside it.",
        "- A value split over several turns gets one span per turn (each span is a fragment of the same value).",
        "- Agent read-backs of a value are labelled too.",
        "- Phone spans include a leading '+' / '(' / 'plus' and country code. DOB spans include 'the ... of' in",
        "  ordinal readings. ADDRESS = house number + street name + street type (a leading 'Flat N,' is included",
        "  when typed; a spoken trailing 'apartment N' is outside); town names are not labelled; postcodes/ZIPs",
        "  are POSTCODE. Amounts, times, payment days, move-in dates and reference numbers inside positive cases",
        "  are deliberately unlabelled.",
        "- ASR homophones inside a reading ('for' = 4, 'to'/'too' = 2, 'ate' = 8) are part of the span.",
        "- Obfuscated e-mails ('name [at] web [dot] de', 'name @ yahoo.com') are one EMAIL span from the first to",
        "  the last character of the address; a sentence-final full stop is outside.",
        "- When a caller gives a wrong phone number and corrects it, both readings are labelled PHONE.",
        "- Card fragments typed/said in separate messages are each CARD_NUMBER; a trailing separator ('411-') is",
        "  outside the span.",
        "",
        "## Span counts per type",
        "",
        "| type | spans |",
        "|---|---|",
    ]
    for t in TYPES:
        lines.append("| %s | %d |" % (t, cnt[t]))
    return "\n".join(lines) + "\n"


def check(rows, metas):
    problems = []
    ids = [r["id"] for r in rows]
    if len(set(ids)) != len(ids):
        problems.append("duplicate ids")
    for r, meta in zip(rows, metas):
        if r["kind"] == "negative" and r["spans"]:
            problems.append(r["id"] + ": negative with spans")
        if r["kind"] == "positive" and not r["spans"]:
            problems.append(r["id"] + ": positive without spans")
        occ = {}
        for s in r["spans"]:
            if s["type"] not in TYPES:
                problems.append(r["id"] + ": bad type")
            if not (0 <= s["turn"] < len(r["turns"])):
                problems.append(r["id"] + ": bad turn"); continue
            t = r["turns"][s["turn"]]["text"]
            if not (0 <= s["start"] < s["end"] <= len(t)):
                problems.append(r["id"] + ": offsets out of range"); continue
            v = t[s["start"]:s["end"]]
            if v != v.strip() or (s["start"] > 0 and t[s["start"] - 1].isalnum()) or (s["end"] < len(t) and t[s["end"]].isalnum()):
                problems.append("%s: span not on word boundary %r" % (r["id"], v))
            for (a, b) in occ.get(s["turn"], []):
                if s["start"] < b and a < s["end"]:
                    problems.append(r["id"] + ": overlapping spans")
            occ.setdefault(s["turn"], []).append((s["start"], s["end"]))
        for typ, idxs, _g in meta:
            txt = " ".join(r["turns"][r["spans"][i]["turn"]]["text"][r["spans"][i]["start"]:r["spans"][i]["end"]] for i in idxs)
            if len(idxs) == 1 and typ == "CARD_NUMBER" and len(only_digits(normalise(txt))) == 4:
                continue  # restated last four of a card already labelled in full
            if not validate(typ, txt, None):
                problems.append("%s: %s fails validation: %r -> %r" % (r["id"], typ, txt, normalise(txt)))
        if r["kind"] == "positive":
            for turn in r["turns"]:
                if turn["text"] != turn["text"].strip():
                    problems.append(r["id"] + ": untrimmed turn")
    return problems


def main():
    rows, metas = build()
    data = serialise(rows)
    cnt = counts(rows)
    npos = sum(r["kind"] == "positive" for r in rows)
    if "--check" in sys.argv:
        problems = check(rows, metas)
        if not os.path.exists(CASES) or open(CASES, encoding="utf-8").read() != data:
            problems.append("cases.jsonl differs from regenerated output")
        if not os.path.exists(README) or open(README, encoding="utf-8").read() != readme(rows):
            problems.append("README.md differs from regenerated output")
        rows2, _ = build()
        if serialise(rows2) != data:
            problems.append("generation not deterministic")
        if npos < 170 or len(rows) - npos < 100:
            problems.append("too few cases")
        for t in TYPES:
            need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
            if cnt[t] < need:
                problems.append("too few %s spans: %d < %d" % (t, cnt[t], need))
        print("positives %d negatives %d" % (npos, len(rows) - npos))
        print("typed %d call %d" % (sum(not r["note"].startswith("call/") for r in rows), sum(r["note"].startswith("call/") for r in rows)))
        for t in TYPES:
            print("  %-13s %d" % (t, cnt[t]))
        for p in problems[:60]:
            print("PROBLEM:", p)
        print("%d problems" % len(problems))
        sys.exit(1 if problems else 0)
    os.makedirs(OUTDIR, exist_ok=True)
    with open(CASES, "w", encoding="utf-8") as f:
        f.write(data)
    with open(README, "w", encoding="utf-8") as f:
        f.write(readme(rows))
    print("wrote %d cases (%d positive) to %s" % (len(rows), npos, CASES))


if __name__ == "__main__":
    main()

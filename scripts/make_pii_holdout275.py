#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set h275.

Written by an independent AI helper that did not see the redaction code.
Usage:  python scripts/make_pii_holdout275.py          # write fixture + README
        python scripts/make_pii_holdout275.py --check  # regenerate and verify
Standard library only; output is byte-for-byte reproducible (seed 275241124).
"""
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

SEED = 275241124
ROOT = Path(__file__).resolve().parent.parent
OUTDIR = ROOT / "tests" / "fixtures" / "pii_holdout275"
CASES = OUTDIR / "cases.jsonl"
README = OUTDIR / "README.md"
TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE",
         "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

R = random.Random(SEED)

# ---------------------------------------------------------------- values
def luhn_ok(d):
    s = 0
    for i, ch in enumerate(reversed(d)):
        n = int(ch)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        s += n
    return s % 10 == 0


def gen_card():
    kind = R.choice(["visa", "visa", "mc", "mc", "amex", "disc", "visa19"])
    pre, ln = {"visa": ("4", 16), "mc": (R.choice(["51", "52", "53", "54", "55", "2221"]), 16),
               "amex": (R.choice(["34", "37"]), 15), "disc": ("6011", 16), "visa19": ("4", 19)}[kind]
    body = pre + "".join(R.choice("0123456789") for _ in range(ln - len(pre) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def group_card(d):
    if len(d) == 15:
        return [d[:4], d[4:10], d[10:]]
    return [d[i:i + 4] for i in range(0, len(d), 4)]


def gen_ssn():
    a = R.randint(1, 665)
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


NI_FIRST = "ABCEGHJKLMNOPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"


def gen_ni():
    while True:
        p = R.choice(NI_FIRST) + R.choice(NI_SECOND)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ", "ER", "AH", "OK", "ON", "SO", "MM", "NO", "EH"):
            break
    return p + "".join(R.choice("0123456789") for _ in range(6)) + R.choice("ABCD")


def ni_ok(s):
    return re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", s) is not None


def gen_digits(n, first_nonzero=False):
    s = "".join(R.choice("0123456789") for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = R.choice("123456789") + s[1:]
    return s


def iban_ok(s):
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in r)
    return int(num) % 97 == 1


def make_iban(cc, bban):
    r = bban + cc + "00"
    num = "".join(str(int(c, 36)) for c in r)
    chk = 98 - int(num) % 97
    return "%s%02d%s" % (cc, chk, bban)


def gen_iban():
    cc = R.choice(["GB", "GB", "IE", "DE", "FR", "NL", "ES"])
    if cc == "GB":
        bban = R.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + gen_digits(14)
    elif cc == "IE":
        bban = R.choice(["AIBK", "BOFI"]) + gen_digits(14)
    elif cc == "DE":
        bban = gen_digits(18)
    elif cc == "FR":
        bban = gen_digits(23)
    elif cc == "NL":
        bban = R.choice(["ABNA", "INGB", "RABO"]) + gen_digits(10)
    else:
        bban = gen_digits(20)
    return make_iban(cc, bban)


def group4(s):
    return [s[i:i + 4] for i in range(0, len(s), 4)]


def gen_phone():
    k = R.choice(["uk", "uk", "us", "us", "ie"])
    if k == "uk":
        return k, "07" + gen_digits(9)
    if k == "us":
        return k, R.choice("23456789") + gen_digits(2) + R.choice("23456789") + gen_digits(6)
    return k, "08" + R.choice("35679") + gen_digits(7)


FIRST = ["sarah", "james", "aoife", "tom", "priya", "marek", "lucy", "dev", "niamh", "carlos",
         "hannah", "olu", "grace", "liam", "fatima", "kevin", "zoe", "ben", "siobhan", "raj"]
LAST = ["oconnor", "smith", "patel", "kowalski", "murphy", "nguyen", "okafor", "brennan",
        "garcia", "walsh", "hughes", "reilly", "khan", "doyle", "jones", "fischer"]
DOMAINS = ["gmail.com", "yahoo.co.uk", "hotmail.com", "outlook.ie", "icloud.com", "btinternet.com",
           "aol.com", "proton.me", "eircom.net", "web.de"]


def gen_email():
    f, l = R.choice(FIRST), R.choice(LAST)
    style = R.randint(0, 4)
    if style == 0:
        local = f + "." + l
    elif style == 1:
        local = f[0] + l + str(R.randint(1, 99))
    elif style == 2:
        local = f + "_" + l
    elif style == 3:
        local = f + l[0] + str(R.randint(70, 99))
    else:
        local = l + "." + f[0]
    return local, R.choice(DOMAINS)


MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORD = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
       "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
       "eighteenth", "nineteenth", "twentieth", "twenty first", "twenty second", "twenty third",
       "twenty fourth", "twenty fifth", "twenty sixth", "twenty seventh", "twenty eighth"]


def gen_dob():
    return R.randint(1, 28), R.randint(1, 12), R.randint(1941, 2004)


UK_AREAS = ["SW", "E", "N", "M", "B", "LS", "G", "EH", "CF", "BS", "NG", "L", "BT", "CR", "RG", "KT"]


def gen_uk_postcode():
    area = R.choice(UK_AREAS)
    shape = R.randint(0, 2)
    if shape == 0:
        out = area + str(R.randint(1, 9))
    elif shape == 1:
        out = area + str(R.randint(10, 28))
    else:
        out = area + str(R.randint(1, 9)) + R.choice("ABEHMNPRVWXY")
    inward = str(R.randint(0, 9)) + R.choice("ABDEFGHJLNPQRSTUWXYZ") + R.choice("ABDEFGHJLNPQRSTUWXYZ")
    return out + " " + inward


def postcode_ok(s):
    t = s.upper().replace(" ", "").replace("-", "")
    if re.fullmatch(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}", t):
        return True
    return re.fullmatch(r"\d{5}(\d{4})?", t) is not None


STREETS = ["elm grove", "maple avenue", "church road", "station street", "victoria terrace",
           "oak lane", "high street", "kings drive", "willow close", "mill road", "park crescent",
           "riverside way", "orchard place", "pine court", "main street", "lakeview boulevard"]
STREET_WORDS = ("grove", "avenue", "road", "street", "terrace", "lane", "drive", "close", "crescent",
                "way", "place", "court", "boulevard", "ave", "rd", "st", "dr", "blvd", "ln")

# ---------------------------------------------------------------- spoken forms
UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
         "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def zero_word():
    return R.choice(["zero", "oh", "o", "nought", "oh", "zero"])


def say_digit(c, zw=None):
    if c == "0":
        return zw or zero_word()
    return UNITS[int(c)]


def say_pair(p):
    if p[0] == "0":
        return "oh " + say_digit(p[1], "oh")
    if p[0] == "1":
        return TEENS[int(p[1])]
    if p[1] == "0":
        return TENS[int(p[0])]
    return TENS[int(p[0])] + " " + UNITS[int(p[1])]


def say_digits(s, style=None):
    """Spell a digit string as an ASR transcript would."""
    style = style or R.choice(["plain", "plain", "double", "pairs", "mixed"])
    zw = zero_word()
    if style == "pairs":
        out = []
        if len(s) % 2:
            out.append(say_digit(s[0], zw))
            s = s[1:]
        out += [say_pair(s[i:i + 2]) for i in range(0, len(s), 2)]
        if s[-1] == "0" and s[-2] != "1":
            # a trailing round ten ("sixty") would merge with a following digit; say it digit by digit
            out[-1] = say_digit(s[-2]) + " " + say_digit("0", zw)
        return " ".join(out)
    out = []
    i = 0
    while i < len(s):
        c = s[i]
        if style in ("double", "mixed") and i + 2 < len(s) and s[i + 1] == c and s[i + 2] == c and R.random() < 0.8:
            out.append("triple " + say_digit(c, zw))
            i += 3
            continue
        if style in ("double", "mixed") and i + 1 < len(s) and s[i + 1] == c and R.random() < 0.85:
            out.append("double " + say_digit(c, zw))
            i += 2
            continue
        out.append(say_digit(c, zw))
        i += 1
    return " ".join(out)


NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "f": "foxtrot",
        "g": "golf", "h": "hotel", "i": "india", "j": "juliet", "k": "kilo", "l": "lima", "m": "mike",
        "n": "november", "o": "oscar", "p": "papa", "q": "quebec", "r": "romeo", "s": "sierra",
        "t": "tango", "u": "uniform", "v": "victor", "w": "whiskey", "x": "xray", "y": "yankee",
        "z": "zulu"}
FORWORD = {"a": "apple", "b": "bravo", "c": "charlie", "d": "dog", "e": "edward", "f": "freddie",
           "g": "george", "h": "harry", "j": "john", "k": "kilo", "l": "london", "m": "mother",
           "n": "nancy", "p": "peter", "r": "robert", "s": "sugar", "t": "tommy", "w": "william",
           "x": "xray", "y": "yellow", "z": "zebra", "o": "orange"}


def say_letter(c):
    c = c.lower()
    if c == "o":
        return R.choice(["o for orange", "oscar"])
    m = R.random()
    if m < 0.2:
        return c + " for " + FORWORD.get(c, NATO[c])
    if m < 0.3:
        return NATO[c]
    return c


def say_alnum(s):
    out = []
    buf = ""
    for ch in s.replace(" ", ""):
        if ch.isdigit():
            buf += ch
        else:
            if buf:
                out.append(say_digits(buf, R.choice(["plain", "double"])))
                buf = ""
            out.append(say_letter(ch))
    if buf:
        out.append(say_digits(buf, R.choice(["plain", "double"])))
    return " ".join(out)


# ---------------------------------------------------------------- normaliser used by --check
WORDNUM = {w: str(i) for i, w in enumerate(UNITS)}
WORDNUM.update({"for": "4", "to": "2", "too": "2", "ate": "8", "oh": "0", "o": "0", "nought": "0", "naught": "0", "zero": "0"})
FILLERS = {"um", "uh", "er", "erm", "ah", "like", "sorry", "no", "wait", "yeah", "its", "it's",
           "is", "that's", "thats", "the", "and", "then", "so", "hmm", "mm", "okay", "ok", "plus",
           "dash", "hyphen", "space", "mean", "actually", "hang", "on"}
NATO_REV = {v: k for k, v in NATO.items()}


def normalise(text):
    """Turn a span's text (typed or spoken) into a compact digit/letter string."""
    toks = re.findall(r"[A-Za-z']+|\d+|[@._+|]", text)
    out = []
    i = 0
    low = [t.lower() for t in toks if t.lower() not in FILLERS]
    while i < len(low):
        t = low[i]
        nxt = low[i + 1] if i + 1 < len(low) else None
        if t.isdigit():
            out.append(t)
        elif t in ("double", "triple") and nxt is not None:
            n = 2 if t == "double" else 3
            d = WORDNUM.get(nxt)
            if d is None:
                d = nxt.upper() if len(nxt) == 1 else nxt
            out.append(d * n)
            i += 1
        elif t in TEENS:
            out.append(str(10 + TEENS.index(t)))
        elif t in TENS and t:
            v = TENS.index(t)
            if nxt in UNITS[1:] or nxt in ("for", "to", "too", "ate"):
                out.append(str(v * 10 + int(WORDNUM[nxt])))
                i += 1
            else:
                out.append(str(v * 10))
        elif t in WORDNUM and not (t == "o" and nxt == "for"):
            out.append(WORDNUM[t])
        elif len(t) == 1 and t.isalpha() and nxt == "for":
            out.append(t.upper())
            i += 2
        elif t in NATO_REV:
            out.append(NATO_REV[t].upper())
        elif len(t) == 1 and t.isalpha():
            out.append(t.upper())
        elif t in ("dot", "."):
            out.append(".")
        elif t in ("at", "@"):
            out.append("@")
        elif t in ("underscore", "_"):
            out.append("_")
        elif t in FILLERS or t in ("+", "|"):
            pass
        else:
            out.append("<" + t + ">")
        i += 1
    return "".join(out)


def validate(typ, text):
    """Return None if ok else an error string. text: joined span texts of one value."""
    n = normalise(text)
    if typ != "EMAIL":
        n = re.sub(r"<([a-z']{1,4})>", lambda m: m.group(1).upper(), n).replace(".", "").replace("_", "")
    d = re.sub(r"\D", "", n)
    if typ == "CARD_NUMBER":
        return None if n == d and 13 <= len(d) <= 19 and luhn_ok(d) else "bad card %r" % n
    if typ == "CVV":
        return None if n == d and len(d) in (3, 4) else "bad cvv %r" % n
    if typ == "SSN":
        return None if n == d and len(d) == 9 and d[:3] not in ("000", "666") else "bad ssn %r" % n
    if typ == "NI_NUMBER":
        return None if ni_ok(n) else "bad ni %r" % n
    if typ == "SORT_CODE":
        return None if n == d and len(d) == 6 else "bad sort %r" % n
    if typ == "BANK_ACCOUNT":
        return None if n == d and 8 <= len(d) <= 12 else "bad acct %r" % n
    if typ == "IBAN":
        return None if iban_ok(n) else "bad iban %r" % n
    if typ == "PHONE":
        return None if n == d and 10 <= len(d) <= 14 else "bad phone %r" % n
    if typ == "POSTCODE":
        return None if postcode_ok(n) else "bad postcode %r" % n
    low = text.lower()
    if typ == "EMAIL":
        e = re.sub(r"<([a-z']+)>", r"\1", n).lower()
        return None if re.fullmatch(r"[a-z0-9._]+@[a-z0-9]+(\.[a-z]{2,3})+", e) else "bad email %r" % e
    if typ == "EXPIRY":
        if re.fullmatch(r"\s*\d{1,2}\s*[/\-. ]\s*\d{2,4}\s*", text):
            return None
        if any(m in low for m in MONTHS) or re.search(r"\b(twenty|thirty)\b", low) or len(d) == 4:
            return None
        return "bad expiry %r" % text
    if typ == "DOB":
        if re.search(r"\d{1,2}\s*[/\-.]\s*\d{1,2}\s*[/\-.]\s*\d{2,4}", text) or any(m in low for m in MONTHS) \
                or any(m[:3] in low for m in MONTHS):
            return None
        return "bad dob %r" % text
    if typ == "ADDRESS":
        words = re.findall(r"[a-z]+", low)
        if (re.match(r"\s*\d", text) or (words and (words[0] in UNITS or words[0] in TEENS or words[0] in TENS or words[0] in ("flat", "apartment", "apt", "unit")))) \
                and any(w in STREET_WORDS for w in words):
            return None
        return "bad address %r" % text
    return "unknown type " + typ


# ---------------------------------------------------------------- case assembly
class V:
    """A PII segment: text, type, and a group key (same key = same value split up)."""
    def __init__(self, text, typ, group=None):
        self.text, self.typ, self.group = text, typ, group


def build(kind, turns, note):
    out_turns, spans, groups = [], [], []
    for ti, (spk, segs) in enumerate(turns):
        text = ""
        for s in segs:
            if isinstance(s, V):
                st = len(text)
                text += s.text
                spans.append({"turn": ti, "start": st, "end": len(text), "type": s.typ})
                groups.append(s.group or ("solo", ti, st))
            else:
                text += s
        out_turns.append({"speaker": spk, "text": text})
    return {"kind": kind, "turns": out_turns, "spans": spans, "note": note}, groups


A, C = "agent", "customer"
EMO = ["", "", " 🙂", " 🙏", " 👍", " 😅", " !!", " ...", " :)", " 🙃", " x"]


def emo():
    return R.choice(EMO)


def typo(s):
    """Light typo injection in plain (non-PII) words."""
    if R.random() < 0.5:
        return s
    words = s.split(" ")
    cands = [i for i, w in enumerate(words) if len(w) > 4 and w.isalpha()]
    if not cands:
        return s
    i = R.choice(cands)
    w = words[i]
    j = R.randint(1, len(w) - 2)
    op = R.randint(0, 2)
    if op == 0:
        w = w[:j] + w[j + 1] + w[j] + w[j + 2:]
    elif op == 1:
        w = w[:j] + w[j + 1:]
    else:
        w = w[:j] + w[j] + w[j:]
    words[i] = w
    return " ".join(words)


def casing(s):
    return R.choice([s, s, s.lower(), s.upper()])


# ------------- typed renderers
def typed_card(d):
    g = group_card(d)
    sep = R.choice([" ", " ", "-", "", ".", "  ", " - ", "\u00a0", " \u2013 "])
    t = sep.join(g)
    return t


def typed_sep_digits(s, groups, seps=(" ", "-", "", ".", "/")):
    sep = R.choice(seps)
    parts, i = [], 0
    for g in groups:
        parts.append(s[i:i + g])
        i += g
    return sep.join(parts)


def typed_ni(n):
    st = R.randint(0, 3)
    if st == 0:
        t = n
    elif st == 1:
        t = "%s %s %s %s %s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8])
    elif st == 2:
        t = "%s %s %s" % (n[:2], n[2:8], n[8])
    else:
        t = "%s-%s-%s-%s-%s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8])
    return R.choice([t, t, t.lower()])


def typed_phone(k, p):
    if k == "uk":
        return R.choice([p, p[:5] + " " + p[5:], "+44 " + p[1:5] + " " + p[5:], "+44" + p[1:],
                         "(0)" + p[1:5] + "-" + p[5:], "0044 " + p[1:]])
    if k == "us":
        return R.choice([p, "(%s) %s-%s" % (p[:3], p[3:6], p[6:]), "%s-%s-%s" % (p[:3], p[3:6], p[6:]),
                         "+1 %s %s %s" % (p[:3], p[3:6], p[6:]), "%s.%s.%s" % (p[:3], p[3:6], p[6:])])
    return R.choice([p, p[:3] + " " + p[3:6] + " " + p[6:], "+353 " + p[1:3] + " " + p[3:], "+353" + p[1:]])


def typed_email(local, dom):
    e = local + "@" + dom
    return R.choice([e, e, e.capitalize() if R.random() < 0.5 else e, e.upper() if R.random() < 0.2 else e])


def typed_dob(dd, mm, yy):
    st = R.randint(0, 5)
    if st == 0:
        return "%02d/%02d/%d" % (dd, mm, yy)
    if st == 1:
        return "%d.%d.%02d" % (dd, mm, yy % 100)
    if st == 2:
        return "%d %s %d" % (dd, MONTHS[mm - 1].capitalize(), yy)
    if st == 3:
        return "%s %d, %d" % (MONTHS[mm - 1][:3].capitalize(), dd, yy)
    if st == 4:
        return "%02d-%02d-%d" % (mm, dd, yy)
    return "%dth %s %d" % (dd, MONTHS[mm - 1], yy) if dd > 3 and dd < 21 else "%d/%d/%d" % (dd, mm, yy)


def gen_expiry():
    return R.randint(1, 12), R.randint(26, 32)


def typed_expiry(m, y):
    return R.choice(["%02d/%02d" % (m, y), "%d/%d" % (m, y), "%02d-%02d" % (m, y), "%02d/20%02d" % (m, y),
                     "%02d %02d" % (m, y), "%02d.%02d" % (m, y)])


def spoken_expiry(m, y):
    st = R.randint(0, 2)
    if st == 0:
        return say_digits("%02d" % m, "plain") + " " + say_pair("%02d" % y)
    if st == 1:
        return MONTHS[m - 1] + " twenty " + say_pair("%02d" % y)
    return say_digits("%02d" % m, "plain") + " " + say_digits("%02d" % y, "plain")


def spoken_dob(dd, mm, yy):
    st = R.randint(0, 2)
    yr = say_pair(str(yy)[:2]) + " " + say_pair(str(yy)[2:])
    if st == 0:
        return "the %s of %s %s" % (ORD[dd - 1], MONTHS[mm - 1], yr)
    if st == 1:
        return "%s the %s %s" % (MONTHS[mm - 1], ORD[dd - 1], yr)
    return "%s %s %s" % (ORD[dd - 1], MONTHS[mm - 1], yr)


def gen_address():
    n = R.randint(1, 240)
    st = R.choice(STREETS)
    return n, st


def typed_address(n, st):
    t = "%d %s" % (n, st)
    t = R.choice([t.title(), t, t.title().replace("Avenue", "Ave").replace("Road", "Rd").replace("Street", "St")])
    if R.random() < 0.25:
        t = "Flat %d, %s" % (R.randint(1, 9), t)
    return t


def spoken_address(n, st):
    num = say_digits(str(n), R.choice(["plain", "pairs"])) if n >= 10 else UNITS[n]
    return "%s %s" % (num, st)


def split_spoken(words, k):
    """split a list of words into k non-empty chunks"""
    k = min(k, len(words))
    cuts = sorted(R.sample(range(1, len(words)), k - 1))
    out, prev = [], 0
    for c in cuts + [len(words)]:
        out.append(" ".join(words[prev:c]))
        prev = c
    return out


BACK = ["mhm", "okay", "yep", "go on", "okay go on", "yeah", "right", "got it", "uh huh", "and"]

POS, NEG = [], []


def pos(turns, note):
    POS.append(build("positive", turns, note))


def neg(turns, note):
    NEG.append(build("negative", turns, note))


# ================================================================ positive templates (typed)
IND_T = ["web chat/banking", "web chat/telecom", "sms/utilities", "web chat/retail", "email/insurance",
         "social dm/travel", "web chat/healthcare billing", "email/government services", "sms/banking",
         "social dm/telecom", "web chat/utilities", "email/retail"]


def t_card_one_msg():
    d = gen_card()
    c = R.choice(IND_T)
    pre = typo(R.choice(["ok the card is ", "card no: ", "its ", "here u go ", "Card number - ", "long number on front is "]))
    pos([(A, [R.choice(["Can I take the long card number please?", "whats the card number youd like to use?"])]),
         (C, [pre, V(typed_card(d), "CARD_NUMBER"), R.choice(["", " thanks", " (debit)", " pls charge £40.00 to it", ", expires soon"]) + emo()])],
        c + ": card number typed in one message")


def t_card_split_msgs():
    d = gen_card()
    g = group_card(d)
    turns = [(A, ["Please type the card number, you can send it in parts if easier"])]
    for i, part in enumerate(g):
        turns.append((C, [R.choice(["", "", "then ", "..", "and "]), V(part, "CARD_NUMBER", "c"), R.choice(["", "", " ", emo()])]))
        if i < len(g) - 1 and R.random() < 0.5:
            turns.append((A, [R.choice(["ok", "👍", "got that", "keep going"])]))
    pos(turns, R.choice(IND_T) + ": card number sent over %d messages" % len(g))


def t_card_cvv_exp():
    d = gen_card()
    m, y = gen_expiry()
    cvv = gen_digits(4 if len(d) == 15 else 3)
    pos([(A, ["Thanks. To make the payment of $" + str(R.randint(20, 400)) + ".99 I need the card number, expiry and the security code on the back"]),
         (C, [V(typed_card(d), "CARD_NUMBER"), R.choice([" exp ", " expiry ", "  exp: ", " , ", " valid thru "]), V(typed_expiry(m, y), "EXPIRY"),
              R.choice([" cvv ", " cvc:", " security code ", " 3 digit code "]), V(cvv, "CVV"), emo()])],
        R.choice(IND_T) + ": card, expiry and cvv all in one message")


def t_cvv_exp_separate():
    m, y = gen_expiry()
    cvv = gen_digits(3)
    pos([(A, ["And the expiry date on the card?"]),
         (C, [typo(R.choice(["it says ", "", "expires "])), V(typed_expiry(m, y), "EXPIRY")]),
         (A, ["Perfect, and the 3 digits on the back?"]),
         (C, [R.choice(["", "cvv is ", "its "]), V(cvv, "CVV"), R.choice(["", " sorry took a sec to find my glasses", emo()])])],
        R.choice(IND_T) + ": expiry and cvv answered in separate messages")


def t_ssn_typed():
    s = gen_ssn()
    t = R.choice([s[:3] + "-" + s[3:5] + "-" + s[5:], s, s[:3] + " " + s[3:5] + " " + s[5:], s[:3] + "." + s[3:5] + "." + s[5:], s[:3] + "- " + s[3:5] + " -" + s[5:]])
    c = R.choice(["web chat/banking", "email/insurance", "web chat/healthcare billing", "sms/government services", "social dm/retail"])
    pos([(A, ["For verification can you confirm your social security number?"]),
         (C, [typo(R.choice(["sure its ", "SSN ", "ok ", "my ssn is ", "social: "])), V(t, "SSN"), R.choice(["", " — the claim is #4471802", " thanks", emo()])])],
        c + ": US SSN typed with separators")


def t_ssn_split():
    s = gen_ssn()
    parts = [s[:3], s[3:5], s[5:]]
    turns = [(A, ["I'll need your SSN to pull up the policy"])]
    for p in parts:
        turns.append((C, [V(p, "SSN", "s"), R.choice(["", "", "-", " ..."])]))
    turns.append((A, ["Thank you, found it. Your next premium of $212.40 is due Dec 3"]))
    pos(turns, R.choice(["web chat/insurance", "sms/banking", "web chat/government services"]) + ": SSN sent as three separate messages")


def t_ni_typed():
    n = gen_ni()
    pos([(A, ["Can you give me your National Insurance number please"]),
         (C, [typo(R.choice(["yeah it's ", "NI no. ", "ni number ", "", "Its "])), V(typed_ni(n), "NI_NUMBER"), R.choice(["", " i think", emo(), " (from my payslip)"])])],
        R.choice(["web chat/government services", "email/banking", "web chat/utilities", "social dm/insurance"]) + ": UK NI number typed")


def t_ni_split():
    n = gen_ni()
    pos([(A, ["And your NI number?"]),
         (C, [V(n[:2] + " " + n[2:4], "NI_NUMBER", "n"), R.choice([" ", "... "])]),
         (C, [V(n[4:8], "NI_NUMBER", "n")]),
         (C, [R.choice(["then ", "", "letter "]), V(n[8], "NI_NUMBER", "n"), R.choice(["", " sorry fat fingers"])])],
        R.choice(["web chat/government services", "sms/banking"]) + ": NI number split across three messages")


def t_bank_typed():
    acct = gen_digits(8)
    sc = gen_digits(6)
    scs = R.choice([sc[:2] + "-" + sc[2:4] + "-" + sc[4:], sc, sc[:2] + " " + sc[2:4] + " " + sc[4:], sc[:2] + "." + sc[2:4] + "." + sc[4:]])
    pos([(A, ["Which account should the refund of £" + str(R.randint(5, 300)) + ".50 go to?"]),
         (C, [typo(R.choice(["sort code ", "sc: ", "Sort ", "srt code "])), V(scs, "SORT_CODE"), R.choice([" acc ", " account no ", ", a/c ", " and acct number "]), V(acct, "BANK_ACCOUNT"), emo()])],
        R.choice(IND_T) + ": UK sort code and account number in one message")


def t_us_account():
    acct = gen_digits(R.choice([10, 11, 12]), True)
    pos([(A, ["To set up autopay I need your checking account number"]),
         (C, [typo(R.choice(["checking acct ", "account # ", "its ", "acct: "])), V(acct, "BANK_ACCOUNT"), R.choice(["", " routing is on the form", emo()])])],
        R.choice(["web chat/utilities", "email/telecom", "web chat/banking"]) + ": US checking account number typed")


def t_iban_typed():
    ib = gen_iban()
    t = R.choice([ib, " ".join(group4(ib)), " ".join(group4(ib)).lower(), ib[:2].lower() + ib[2:]])
    pos([(A, ["Please send the IBAN for the refund"]),
         (C, [typo(R.choice(["IBAN: ", "here it is ", "iban ", "my IBAN is "])), V(t, "IBAN"), R.choice(["", " (copied from the app)", emo(), "\u200b"])])],
        R.choice(["email/travel", "web chat/banking", "social dm/travel", "email/insurance"]) + ": IBAN pasted, grouping/case varies")


def t_iban_split():
    ib = gen_iban()
    g = group4(ib)
    k = R.randint(2, 3)
    cut = sorted(R.sample(range(1, len(g)), k - 1))
    chunks, prev = [], 0
    for cc in cut + [len(g)]:
        chunks.append(" ".join(g[prev:cc]))
        prev = cc
    turns = [(A, ["Could you share the IBAN please?"])]
    for ch in chunks:
        turns.append((C, [V(ch, "IBAN", "i")]))
    pos(turns, R.choice(["web chat/banking", "sms/travel"]) + ": IBAN split over %d messages" % k)


def t_phone_typed():
    k, p = gen_phone()
    pos([(A, ["Whats the best number to reach you on?"]),
         (C, [typo(R.choice(["call me on ", "mob ", "cell: ", "", "my number is ", "text me at "])), V(typed_phone(k, p), "PHONE"),
              R.choice(["", " after 5pm", " pls", emo(), " - not the landline"])])],
        R.choice(IND_T) + ": %s phone number typed" % k.upper())


def t_email_typed():
    l, d = gen_email()
    pos([(A, ["What email should we send the confirmation to?"]),
         (C, [typo(R.choice(["email is ", "send to ", "", "its ", "use "])), V(typed_email(l, d), "EMAIL"), R.choice(["", " thx", emo(), " (not the work one)"])])],
        R.choice(IND_T) + ": email typed")


def t_dob_typed():
    dd, mm, yy = gen_dob()
    pos([(A, ["For security please confirm your date of birth"]),
         (C, [typo(R.choice(["dob ", "born ", "", "its ", "D.O.B: "])), V(typed_dob(dd, mm, yy), "DOB"), R.choice(["", emo(), " - order 55120 btw"])])],
        R.choice(IND_T) + ": date of birth typed in various formats")


def t_address_typed():
    n, st = gen_address()
    pc = gen_uk_postcode()
    pcs = R.choice([pc, pc.replace(" ", ""), pc.lower()])
    pos([(A, ["Can I confirm the address on the account?"]),
         (C, [typo(R.choice(["its ", "", "address is ", "we moved to "])), V(typed_address(n, st), "ADDRESS"), R.choice([", Leeds, ", " ", ", ", " London "]), V(pcs, "POSTCODE"), emo()])],
        R.choice(IND_T) + ": UK street address plus postcode typed")


def t_us_address():
    n, st = gen_address()
    z = gen_digits(5, True)
    zt = R.choice([z, z + "-" + gen_digits(4)])
    pos([(A, ["Shipping address please"]),
         (C, [V(typed_address(n * 10 + R.randint(0, 9), st), "ADDRESS"), R.choice([", Austin TX ", ", Columbus, OH ", " Denver CO ", ", Tampa FL "]), V(zt, "POSTCODE"), emo()])],
        R.choice(["web chat/retail", "email/retail", "social dm/telecom"]) + ": US street address with ZIP")


def t_multi_typed():
    l, d = gen_email()
    k, p = gen_phone()
    dd, mm, yy = gen_dob()
    pos([(A, ["To update your profile I need email, phone and date of birth"]),
         (C, [V(typed_email(l, d), "EMAIL"), R.choice(["\n", " / ", " | ", ", "]), V(typed_phone(k, p), "PHONE"), R.choice(["\n", " / ", " , "]), V(typed_dob(dd, mm, yy), "DOB")])],
        R.choice(IND_T) + ": email, phone and DOB pasted together with odd separators")


def t_selfcorrect_typed():
    d = gen_card()
    bad = gen_card()
    pos([(A, ["Card number please"]),
         (C, [V(typed_card(bad), "CARD_NUMBER", "bad")]),
         (C, [R.choice(["sorry wrong card, use ", "wait no that one is expired. ", "oops -> ", "*"]), V(typed_card(d), "CARD_NUMBER")])],
        R.choice(IND_T) + ": customer sends wrong card then another one (both labelled)")


def t_postcode_only():
    pc = gen_uk_postcode()
    pcs = R.choice([pc, pc.replace(" ", ""), pc.lower(), pc.lower().replace(" ", "")])
    pos([(A, ["Whats the postcode for the property?"]),
         (C, [R.choice(["", "its ", "pc ", "post code "]), V(pcs, "POSTCODE"), R.choice(["", "?", emo(), " - the meter reading is 04512"])])],
        R.choice(["web chat/utilities", "sms/utilities", "web chat/telecom"]) + ": UK postcode typed alone")


def t_email_body():
    n = gen_ni()
    k, p = gen_phone()
    n_, st = gen_address()
    pc = gen_uk_postcode()
    pos([(C, ["Subject: Re: change of circumstances\n\nDear Sir/Madam,\n\nFurther to my call on 3 November, my NI number is ",
              V(typed_ni(n), "NI_NUMBER"), " and I have moved to ", V(typed_address(n_, st), "ADDRESS"), ", ", V(pc, "POSTCODE"),
              ".\nPlease contact me on ", V(typed_phone(k, p), "PHONE"), " between 9 and 5.\n\nKind regards\n\n> On 2 Nov 2026, at 14:02, Support wrote:\n> Reference CS-%s" % gen_digits(7, True)])],
        "email/government services: e-mail body with quoted reply, NI, address, postcode, phone")


def t_dm_multi():
    s_ = gen_ssn()
    sc = gen_digits(6)
    acct = gen_digits(8)
    pos([(C, [typo("hey so the app keeps crashing when i add my bank "), emo()]),
         (A, ["Sorry about that! Send the sort code and account number here and we'll add it manually (DMs are private)"]),
         (C, [V(sc[:2] + R.choice(["-", " ", ""]) + sc[2:4] + R.choice(["-", " ", ""]) + sc[4:], "SORT_CODE"), " ", V(acct, "BANK_ACCOUNT")]),
         (A, ["Thanks! US customers also need an SSN for the tax form, is that you?"]),
         (C, ["ya im in ohio now lol ", V(s_[:3] + "-" + s_[3:5] + "-" + s_[5:], "SSN"), " 👍"])],
        "social dm/banking: sort code, account and SSN in a DM thread")


def t_health():
    s_ = gen_ssn()
    dd, mm, yy = gen_dob()
    z = gen_digits(5, True)
    pos([(A, ["Hi! To look up the bill for your visit on 10/14 I need patient DOB, SSN and billing ZIP"]),
         (C, [typo("dob "), V(typed_dob(dd, mm, yy), "DOB")]),
         (C, [R.choice(["ssn ", "SS# ", "social "]), V(R.choice([s_, s_[:3] + "-" + s_[3:5] + "-" + s_[5:], s_[:3] + " " + s_[3:5] + " " + s_[5:]]), "SSN")]),
         (C, ["zip ", V(z, "POSTCODE"), " and the amount due says $1,284.60 which seems wrong " + emo()])],
        "web chat/healthcare billing: DOB, SSN and ZIP in consecutive messages next to an amount")


def t_sms_contact():
    k, p = gen_phone()
    l, d = gen_email()
    tp = typed_phone(k, p)
    cut = R.randint(4, len(tp) - 4)
    while not tp[cut - 1].isalnum() or not tp[cut].isalnum():
        cut += 1
    pos([(A, ["Reply with a new contact number and email for your account"]),
         (C, ["new numbr ", V(tp[:cut], "PHONE", "p")]),
         (C, [V(tp[cut:], "PHONE", "p"), " sorry hit send too early"]),
         (C, [typo("emial "), V(typed_email(l, d), "EMAIL"), emo()])],
        R.choice(["sms/telecom", "sms/utilities", "sms/banking"]) + ": phone number broken mid-number across two SMS, then email")


# ================================================================ positive templates (spoken / ASR)
IND_S = ["call/banking", "call/telecom", "call/utilities", "call/insurance", "call/retail", "call/travel",
         "call/healthcare billing", "call/government services"]


def s_card_split():
    d = gen_card()
    g = group_card(d)
    turns = [(A, ["okay go ahead with the long number on the card"])]
    for i, part in enumerate(g):
        said = say_digits(part)
        if R.random() < 0.25:
            w = said.split(" ")
            w.insert(R.randint(1, len(w) - 1), R.choice(["um", "uh", "er"]))
            said = " ".join(w)
        turns.append((C, [R.choice(["", "", "right ", "so ", "yeah "]), V(said, "CARD_NUMBER", "c"), R.choice(["", "", " um"])]))
        if i < len(g) - 1:
            turns.append((A, [R.choice(BACK)]))
    pos(turns, R.choice(IND_S) + ": card spoken over several turns with back-channels")


def homophones(said):
    """ASR homophones for digit words: four->for, two->to/too, eight->ate."""
    w = said.split(" ")
    for i, x in enumerate(w):
        if x == "four" and R.random() < 0.5:
            w[i] = "for"
        elif x == "two" and R.random() < 0.5:
            w[i] = R.choice(["to", "too"])
        elif x == "eight" and R.random() < 0.2:
            w[i] = "ate"
    return " ".join(w)


def s_phone_correction():
    k, p = gen_phone()
    k2, p2 = gen_phone()
    pos([(A, ["is the number ending in %s still the best one" % say_digits(gen_digits(3), "plain")]),
         (C, ["no that's my old one it was ", V(homophones(say_digits(p)), "PHONE"), " but now it's"]),
         (A, ["okay go on"]),
         (C, [V(homophones(say_digits(p2[:5])), "PHONE", "new")]), (A, ["mhm"]),
         (C, [V(homophones(say_digits(p2[5:])), "PHONE", "new"), " yeah"])],
        R.choice(IND_S) + ": old phone number then new one split over turns, ASR homophones (for/to/ate)")


def s_card_one_turn():
    d = gen_card()
    said = " ".join(say_digits(x) for x in group_card(d))
    if R.random() < 0.5:
        said = homophones(said)
    pos([(A, ["and what's the card number please"]),
         (C, [R.choice(["yeah it's ", "okay so it's ", "it is ", "right "]), V(said, "CARD_NUMBER"), R.choice(["", " and that's a visa debit", " yeah"])])],
        R.choice(IND_S) + ": card spoken in one turn, mixed zero words/doubles/pairs")


def s_card_readback():
    d = gen_card()
    g = group_card(d)
    mid = len(g) // 2
    a1 = " ".join(say_digits(x) for x in g[:mid])
    a2 = " ".join(say_digits(x) for x in g[mid:])
    rb = " ".join(say_digits(x, "plain") for x in g)
    pos([(A, ["can i take the card number"]),
         (C, [V(a1, "CARD_NUMBER", "c")]), (A, ["mhm"]), (C, [V(a2, "CARD_NUMBER", "c")]),
         (A, ["let me read that back ", V(rb, "CARD_NUMBER", "rb"), " is that right"]), (C, ["yes that's it"])],
        R.choice(IND_S) + ": card spoken then read back by the agent (both labelled)")


def s_cvv_exp():
    m, y = gen_expiry()
    cvv = gen_digits(3)
    pos([(A, ["and the expiry date"]), (C, [R.choice(["", "it's ", "uh "]), V(spoken_expiry(m, y), "EXPIRY")]),
         (A, ["and the three digit security code on the back"]), (C, [R.choice(["", "it's ", "that's "]), V(say_digits(cvv, R.choice(["plain", "double"])), "CVV"), R.choice(["", " i think yeah"])])],
        R.choice(IND_S) + ": spoken expiry and cvv")


def s_ssn():
    s = gen_ssn()
    style = R.randint(0, 2)
    if style == 0:
        turns = [(A, ["can i get your social security number"]),
                 (C, ["yeah it's ", V(say_digits(s[:3]), "SSN", "s")]), (A, [R.choice(BACK)]),
                 (C, [V(say_digits(s[3:5]), "SSN", "s")]), (A, [R.choice(BACK)]),
                 (C, [V(say_digits(s[5:]), "SSN", "s")])]
    elif style == 1:
        turns = [(A, ["and the last four of your social"]), (C, ["oh you need the whole thing? okay"]),
                 (C, [V(say_digits(s[:3], "plain") + " " + say_digits(s[3:5], "pairs") + " " + say_digits(s[5:], "pairs"), "SSN")])]
    else:
        turns = [(A, ["for verification i'll need your ssn"]),
                 (C, ["sure ", V(say_digits(s), "SSN"), " and i've been with you like twelve years"])]
    pos(turns, R.choice(["call/banking", "call/insurance", "call/healthcare billing", "call/government services", "call/telecom"]) + ": US SSN spoken")


def s_ni():
    n = gen_ni()
    said = say_letter(n[0]) + " " + say_letter(n[1]) + " " + say_digits(n[2:8], R.choice(["plain", "double", "pairs"])) + " " + say_letter(n[8])
    if R.random() < 0.5:
        w = said.split(" ")
        k = len(w) // 2
        pos([(A, ["and your national insurance number please"]), (C, [V(" ".join(w[:k]), "NI_NUMBER", "n")]),
             (A, [R.choice(BACK)]), (C, [V(" ".join(w[k:]), "NI_NUMBER", "n")])],
            R.choice(["call/government services", "call/banking", "call/insurance"]) + ": NI number spoken over two turns, letters with phonetic words")
    else:
        pos([(A, ["can you confirm your n i number"]), (C, [R.choice(["yep it's ", "it's ", "er "]), V(said, "NI_NUMBER"), R.choice(["", " i think", " that's off my p sixty"])])],
            R.choice(["call/government services", "call/utilities"]) + ": NI number spoken in one turn")


def s_bank():
    acct = gen_digits(8)
    sc = gen_digits(6)
    pos([(A, ["what's the sort code"]), (C, [V(say_digits(sc, R.choice(["pairs", "plain", "double"])), "SORT_CODE")]),
         (A, ["and the account number"]), (C, [R.choice(["", "it's ", "okay "]), V(say_digits(acct), "BANK_ACCOUNT"), R.choice(["", " that's the joint account"])])],
        R.choice(IND_S) + ": sort code and account number spoken")


def s_iban():
    ib = gen_iban()
    said = say_alnum(ib)
    w = said.split(" ")
    k = len(w) // 2
    pos([(A, ["could you read me the iban"]), (C, [V(" ".join(w[:k]), "IBAN", "i")]), (A, ["okay"]), (C, [V(" ".join(w[k:]), "IBAN", "i")])],
        R.choice(["call/travel", "call/banking", "call/insurance"]) + ": IBAN spoken over two turns")


def s_phone():
    k, p = gen_phone()
    if k == "uk" and R.random() < 0.4:
        said = "plus four four " + say_digits(p[1:])
    elif k == "ie" and R.random() < 0.4:
        said = "plus three five three " + say_digits(p[1:])
    else:
        said = say_digits(p)
    pos([(A, ["what's the best number to contact you"]), (C, [R.choice(["it's ", "yeah ", "my mobile is ", ""]), V(said, "PHONE"), R.choice(["", " but i'm in work till six", " yeah"])])],
        R.choice(IND_S) + ": %s phone number spoken" % k.upper())


def spoken_email(l, d):
    def word(x):
        parts = re.findall(r"[a-z]+|\d+", x)
        o = []
        for pp in parts:
            if pp.isdigit():
                o.append(say_digits(pp, "plain"))
            elif (len(pp) <= 2 or R.random() < 0.2) and "o" not in pp:
                o.append(" ".join(pp))
            else:
                o.append(pp)
        return " ".join(o)
    loc = []
    for i, piece in enumerate(re.split(r"([._])", l)):
        if piece == ".":
            loc.append("dot")
        elif piece == "_":
            loc.append("underscore")
        elif piece:
            loc.append(word(piece))
    dom = " dot ".join(word(x) for x in d.split("."))
    return " ".join(loc) + " at " + dom


def s_email():
    l, d = gen_email()
    pos([(A, ["and an email address for the receipt"]), (C, [R.choice(["yeah it's ", "it's ", "okay ", ""]), V(spoken_email(l, d), "EMAIL"), R.choice(["", " all lower case", " thanks"])])],
        R.choice(IND_S) + ": email spoken with dot/at words")


def s_dob():
    dd, mm, yy = gen_dob()
    pos([(A, ["can you confirm your date of birth"]), (C, [R.choice(["yeah ", "it's ", "", "uh "]), V(spoken_dob(dd, mm, yy), "DOB"), R.choice(["", " yeah", " why do you need that again"])])],
        R.choice(IND_S) + ": DOB spoken with ordinal and year pairs")


def s_address():
    n, st = gen_address()
    pc = gen_uk_postcode()
    pos([(A, ["can i take the first line of the address and postcode"]),
         (C, [V(spoken_address(n, st), "ADDRESS")]), (A, ["and the postcode"]),
         (C, [R.choice(["", "it's ", "yeah "]), V(say_alnum(pc), "POSTCODE")])],
        R.choice(IND_S) + ": street address and UK postcode spoken, letters phonetic")


def s_us_zip():
    n, st = gen_address()
    z = gen_digits(5, True)
    pos([(A, ["and your street address and zip"]),
         (C, [V(spoken_address(n * 10 + 3, st), "ADDRESS"), " in dayton ohio ", V(say_digits(z, R.choice(["plain", "double"])), "POSTCODE")])],
        R.choice(["call/retail", "call/utilities", "call/insurance"]) + ": US address and ZIP in one spoken turn")


POS_T = [t_card_one_msg, t_card_split_msgs, t_card_cvv_exp, t_cvv_exp_separate, t_ssn_typed, t_ssn_split,
         t_ni_typed, t_ni_split, t_bank_typed, t_us_account, t_iban_typed, t_iban_split, t_phone_typed,
         t_email_typed, t_dob_typed, t_address_typed, t_us_address, t_multi_typed, t_selfcorrect_typed,
         t_postcode_only, t_ssn_typed, t_ni_typed, t_bank_typed, t_email_body, t_dm_multi, t_health, t_sms_contact, t_ssn_split]
POS_S = [s_ssn, s_bank, s_phone_correction, s_card_split, s_card_one_turn, s_card_readback, s_cvv_exp, s_ssn, s_ni, s_bank, s_iban, s_phone,
         s_email, s_dob, s_address, s_us_zip]


# ================================================================ negatives
def n_case():
    k = R.randint(0, 17)
    amt = "%d.%02d" % (R.randint(3, 900), R.randint(0, 99))
    ref = gen_digits(R.randint(6, 10), True)
    ind = {0: "telecom", 1: "retail", 2: "travel", 4: "telecom", 10: "telecom", 17: "retail"}.get(k, "utilities")
    c = R.choice(["web chat", "sms", "email", "social dm"]) + "/" + ind
    sp = R.choice(IND_S)
    if k == 0:
        neg([(C, [typo("hi my bill went up to £%s this month, it was £%d before?? %s" % (amt, R.randint(20, 60), emo()))]),
             (A, ["I can see a price rise of %d.%d%% applied from April" % (R.randint(2, 9), R.randint(1, 9))])], c + ": amounts and percentages only")
    elif k == 1:
        neg([(C, [typo("order number %s hasnt arrived" % ref)]), (A, ["Thanks, order %s shipped on 12/11 and should arrive by Friday" % ref])], c + ": order number with reference word and a delivery date")
    elif k == 2:
        neg([(C, [typo("my flight BA%d on the %dth got cancelled, booking ref %s" % (R.randint(100, 999), R.randint(4, 28), "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(6))))]),
             (A, ["Sorry to hear that, the next one departs at 14:35 from gate 22"])], c + ": flight number, booking ref, time, gate")
    elif k == 3:
        neg([(A, ["your meter reading please"]), (C, ["it's %s" % say_digits(gen_digits(5), "plain")]), (A, ["thanks so that's about %d kilowatt hours since march" % R.randint(200, 900)])],
            "call/utilities: meter reading spoken as digits (not PII)")
    elif k == 4:
        neg([(C, [typo("ticket #%s - router model TP%d still drops at %d mbps" % (ref, R.randint(1000, 9999), R.randint(10, 900)))]), (A, ["Ok, I've escalated ticket %s" % ref])], c + ": ticket number, model number, speed")
    elif k == 5:
        neg([(A, ["okay so the payment of %s pounds will go out on the %s of %s" % (say_digits(str(R.randint(20, 99)), "pairs"), R.choice(ORD), R.choice(MONTHS))]),
             (C, ["okay and that's every month yeah"])], "call/banking: payment amount and payment date spoken (not a birth date)")
    elif k == 6:
        neg([(C, [typo("can i move my appointment from %d/%d/2026 to the following tuesday at 3:15?" % (R.randint(1, 28), R.randint(1, 12)))]), (A, ["Done, you're booked for 10:40 with Dr Allen, room %d" % R.randint(2, 40)])],
            "web chat/healthcare billing: appointment date, time, room number")
    elif k == 7:
        neg([(C, ["i've been waiting like forty five minutes on hold and it's been %s weeks" % UNITS[R.randint(2, 9)]]), (A, ["i do apologise for the wait"])], sp + ": durations and counts spoken")
    elif k == 8:
        neg([(C, [typo("claim no. %s - the repair quote was $%s" % (ref, amt))]), (A, ["Claim %s is approved for $%s minus your $250 excess" % (ref, amt)])], "email/insurance: claim number and amounts")
    elif k == 9:
        neg([(C, ["my son is %s and my daughter is %s, can they both go on the family plan" % (R.choice(TEENS[2:]), say_pair(str(R.randint(20, 29))))]), (A, ["yes that's an extra %s ninety nine a month each" % UNITS[R.randint(2, 9)]])],
            "call/telecom: ages and prices spoken")
    elif k == 10:
        neg([(C, [typo("contract started %s %d, balance is €%s %s" % (R.choice(MONTHS).capitalize(), R.randint(2018, 2025), amt, emo()))]), (A, ["Your minimum term ends in %d months" % R.randint(1, 24)])], c + ": contract start date, balance, months")
    elif k == 11:
        neg([(C, ["the heating's set to twenty one degrees but it's reading like %s" % R.choice(TEENS[4:])]), (A, ["okay and the boiler is a %s model" % say_digits(str(R.randint(20, 40)), "pairs")])], "call/utilities: temperatures and model number")
    elif k == 12:
        neg([(C, [typo("invoice INV-%s shows %d units x $%s" % (gen_digits(7, True), R.randint(2, 40), amt))]), (A, ["Invoice total is $%d.00 including tax" % R.randint(100, 999)])], "email/retail: invoice number, quantities, prices")
    elif k == 13:
        neg([(A, ["the reference for that is %s" % say_digits(gen_digits(8), "plain")]), (C, ["sorry can you repeat the reference"]), (A, ["yeah reference %s" % say_digits(gen_digits(6), "plain")])],
            "call/government services: spoken case reference numbers introduced with 'reference'")
    elif k == 14:
        neg([(C, [typo("data usage shows %d.%d GB, i only get %d GB %s" % (R.randint(1, 60), R.randint(0, 9), R.choice([5, 10, 30, 100]), emo()))]), (A, ["Your allowance resets on the 1st at midnight"])], "sms/telecom: data quantities and reset date")
    elif k == 15:
        neg([(C, ["hi im in room %d at the hotel and checkout is at eleven, can i extend to %d nights" % (R.randint(100, 999), R.randint(2, 9))]), (A, ["Of course, %d nights at €%d per night" % (R.randint(2, 9), R.randint(80, 240))])], "social dm/travel: room number, nights, prices")
    elif k == 16:
        neg([(C, ["i was born in the eighties so i remember when this cost like %s quid" % UNITS[R.randint(2, 9)]]), (A, ["ha yeah prices have gone up since nineteen ninety"])], "call/retail: decades and years without any birth date")
    else:
        neg([(C, [typo("parcel tracking %s says out for delivery between 9:00 and 13:00" % ref)]), (A, ["Yes the driver is %d stops away" % R.randint(2, 20)])], c + ": tracking number and time window")


def generate():
    global R, POS, NEG
    R = random.Random(SEED)
    POS, NEG = [], []
    # two thirds typed
    ti = si = 0
    for i in range(192):
        if i % 3 == 2:
            POS_S[si % len(POS_S)]()
            si += 1
        else:
            POS_T[ti % len(POS_T)]()
            ti += 1
    for i in range(110):
        n_case()
    recs, groups = [], []
    for i, (r, g) in enumerate(POS):
        r = dict(id="h275-pos-%03d" % (i + 1), **r)
        recs.append(r)
        groups.append(g)
    for i, (r, g) in enumerate(NEG):
        r = dict(id="h275-neg-%03d" % (i + 1), **r)
        recs.append(r)
        groups.append(g)
    text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs)
    return recs, groups, text


def counts(recs):
    c = Counter()
    for r in recs:
        for s in r["spans"]:
            c[s["type"]] += 1
    return c


def readme(recs):
    c = counts(recs)
    npos = sum(r["kind"] == "positive" for r in recs)
    nneg = len(recs) - npos
    rows = "\n".join("| %s | %d |" % (t, c[t]) for t in TYPES)
    return f"""# PII hold-out set h275

**Never use this set for tuning.** It exists only to measure the redactor on data it was not developed against.

## Who wrote it and how

Written by an AI helper acting as an independent author. The author did not read the redaction code,
its tests, its docs, the benchmark script, or any other PII fixture; the only data seen was a 3-line
example of the JSONL format. Every case comes from template functions in
`scripts/make_pii_holdout275.py`; each turn is assembled from plain-text segments and (value, TYPE)
segments so span offsets are computed, never typed. All values come from one `random.Random({SEED})`;
the output is byte-for-byte reproducible. `python scripts/make_pii_holdout275.py --check` regenerates
the set, compares it byte-for-byte, and validates ids, offsets, word boundaries, overlaps and every
value after normalising spoken forms (Luhn for cards, mod-97 for IBANs, NI format, 9-digit SSN,
6-digit sort codes, digit counts for CVV/phone/account, UK/US postcode shapes).

Emphasis: about two thirds typed channels (web chat, SMS, e-mail bodies, social DMs) with messy typing
(typos around values, odd separators, mixed case, emojis, values split over several messages), and one
third phone calls as an ASR transcript would write them (lower case, digits as words, oh/o/nought/zero,
double/triple, digit pairs such as "forty one", phonetic letters "b for bravo", e-mails with "dot"/"at").

## Annotation conventions

* A span covers the value only: the digits/letters of the value and the separators or spoken words
  between them (e.g. "double", "oh", "for bravo", "dot", "at", and fillers like "um" that fall inside a reading).
  Lead-in words ("my card is", "it's", "sort code") and trailing chit-chat are outside.
* A value split over several turns gets one span per fragment, all of the same type.
* When the agent reads a value back, the read-back is labelled too. A wrongly given card that the
  customer then replaces is still a real card number and is labelled.
* EXPIRY covers the expiry in card context; DOB covers the full date of birth; ADDRESS covers the street
  line (house/flat number and street), not the town; POSTCODE covers UK postcodes and US ZIP / ZIP+4.
* PHONE includes a leading country code ("+44", "0044", "+353", "+1", "plus four four") when given;
  a phone number broken mid-number across two SMS gets one span per fragment.
* ASR homophones for digits ("for" = 4, "to"/"too" = 2, "ate" = 8) inside a reading are part of the span.
* A typed value's internal separators (spaces, dashes, dots, non-breaking spaces, en dashes) are inside the
  span; emojis, trailing punctuation and copy-paste artefacts (e.g. a trailing zero-width space) are outside.
* Negatives contain no PII: amounts, prices, percentages, times, durations, counts, ages, temperatures,
  appointment/payment/contract dates, order/ticket/claim/invoice/tracking/reference numbers with their
  reference word, flight, room and model numbers, meter readings, speeds, data quantities.

## Counts

{npos} positive cases, {nneg} negative cases.

| type | spans |
|---|---|
{rows}
"""


def check(recs, groups, text):
    errs = []
    ids = [r["id"] for r in recs]
    if len(set(ids)) != len(ids):
        errs.append("duplicate ids")
    for r, g in zip(recs, groups):
        if r["kind"] == "negative" and r["spans"]:
            errs.append(r["id"] + ": negative with spans")
        if r["kind"] == "positive" and not r["spans"]:
            errs.append(r["id"] + ": positive without spans")
        byturn = {}
        vals = {}
        for s, gk in zip(r["spans"], g):
            if s["type"] not in TYPES:
                errs.append(r["id"] + ": bad type")
            if not (0 <= s["turn"] < len(r["turns"])):
                errs.append(r["id"] + ": bad turn")
                continue
            t = r["turns"][s["turn"]]["text"]
            if not (0 <= s["start"] < s["end"] <= len(t)):
                errs.append(r["id"] + ": offsets out of range")
                continue
            seg = t[s["start"]:s["end"]]
            if seg != seg.strip() or not (seg[0].isalnum() or seg[0] in "+(") or not seg[-1].isalnum():
                errs.append(r["id"] + ": span not trimmed %r" % seg)
            if s["start"] > 0 and t[s["start"] - 1].isalnum():
                errs.append(r["id"] + ": span start not on word boundary")
            if s["end"] < len(t) and t[s["end"]].isalnum():
                errs.append(r["id"] + ": span end not on word boundary")
            byturn.setdefault(s["turn"], []).append((s["start"], s["end"]))
            vals.setdefault((s["type"], gk), []).append(seg)
        for ti, lst in byturn.items():
            lst.sort()
            for a, b in zip(lst, lst[1:]):
                if b[0] < a[1]:
                    errs.append(r["id"] + ": overlapping spans")
        for (typ, gk), segs in vals.items():
            e = validate(typ, " | ".join(segs))
            if e:
                errs.append(r["id"] + ": " + e)
    c = counts(recs)
    npos = sum(r["kind"] == "positive" for r in recs)
    nneg = len(recs) - npos
    if npos < 170 or nneg < 100:
        errs.append("too few cases")
    for t in TYPES:
        need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
        if c[t] < need:
            errs.append("type %s has %d spans < %d" % (t, c[t], need))
    return errs, c, npos, nneg


def main():
    recs, groups, text = generate()
    rd = readme(recs)
    if "--check" in sys.argv[1:]:
        errs, c, npos, nneg = check(recs, groups, text)
        if not CASES.exists() or CASES.read_text(encoding="utf-8") != text:
            errs.append("cases.jsonl differs from regenerated output")
        if not README.exists() or README.read_text(encoding="utf-8") != rd:
            errs.append("README.md differs from regenerated output")
        try:
            filerecs = [json.loads(l) for l in CASES.read_text(encoding="utf-8").splitlines()]
            if filerecs != recs:
                errs.append("parsed file differs")
        except Exception as ex:  # noqa
            errs.append("cannot parse file: %s" % ex)
        print("h275: %d positive, %d negative, %d spans" % (npos, nneg, sum(c.values())))
        for t in TYPES:
            print("  %-13s %d" % (t, c[t]))
        for e in errs[:50]:
            print("ERROR", e)
        if errs:
            print("FAILED with %d problems" % len(errs))
            sys.exit(1)
        print("OK")
        return
    OUTDIR.mkdir(parents=True, exist_ok=True)
    CASES.write_text(text, encoding="utf-8")
    README.write_text(rd, encoding="utf-8")
    print("wrote %d cases to %s" % (len(recs), CASES))


if __name__ == "__main__":
    main()

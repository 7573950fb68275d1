#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set h315.

Written by an AI helper acting as an independent author (no access to the
redaction code).  Standard library only; byte-for-byte reproducible.

    python scripts/make_pii_holdout315.py          # write fixture + README
    python scripts/make_pii_holdout315.py --check  # regenerate and verify
"""
import json
import os
import random
import re
import sys

SEED = 315241125
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_DIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout315")
CASES = os.path.join(OUT_DIR, "cases.jsonl")
README = os.path.join(OUT_DIR, "README.md")
TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

# ---------------------------------------------------------------- numbers
UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy",
        8: "eighty", 9: "ninety"}
W2D = {w: str(i) for i, w in enumerate(UNITS)}
W2D.update({"oh": "0", "o": "0", "nought": "0", "naught": "0", "won": "1", "to": "2",
            "too": "2", "for": "4", "ate": "8"})
TEEN2D = {w: str(10 + i) for i, w in enumerate(TEENS)}
TENS2D = {w: str(k) for k, w in TENS.items()}
FILLERS = {"um", "uh", "er", "erm", "hmm", "ah"}
NATO = {"alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india",
        "juliet", "kilo", "lima", "mike", "november", "oscar", "papa", "quebec", "romeo",
        "sierra", "tango", "uniform", "victor", "whiskey", "xray", "yankee", "zulu",
        "apple", "boy", "cat", "dog", "edward", "freddie", "george", "harry", "mary",
        "nancy", "peter", "robert", "sugar", "tom", "victoria", "william", "zebra", "king",
        "london", "john", "james"}
NATO_OF = {"A": "alpha", "B": "bravo", "C": "charlie", "D": "delta", "E": "echo", "F": "foxtrot",
           "G": "golf", "H": "hotel", "J": "juliet", "K": "kilo", "L": "lima", "M": "mike",
           "N": "november", "P": "papa", "R": "romeo", "S": "sierra", "T": "tango",
           "W": "whiskey", "X": "xray", "Y": "yankee", "Z": "zulu"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
MON3 = [m[:3] for m in MONTHS]
ORD = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
       "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
       "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty first",
       "twenty second", "twenty third", "twenty fourth", "twenty fifth", "twenty sixth",
       "twenty seventh", "twenty eighth"]

R = random.Random(SEED)


def pair_words(ab):
    n = int(ab)
    if 10 <= n < 20:
        return TEENS[n - 10]
    if n % 10 == 0:
        return TENS[n // 10]
    return TENS[n // 10] + " " + UNITS[n % 10]


def zero_word(style):
    return {"oh": "oh", "o": "o", "zero": "zero", "nought": "nought"}[style]


def speak_digits(d, mode="mixed", zero=None):
    """Spell a digit string as an ASR transcript would."""
    zero = zero or R.choice(["oh", "oh", "zero", "o", "nought"])
    out = []
    i = 0
    while i < len(d):
        c = d[i]
        rest = d[i:]
        if mode == "mixed":
            if len(rest) >= 3 and rest[0] == rest[1] == rest[2] and R.random() < 0.7:
                out.append("triple " + (zero if c == "0" else UNITS[int(c)]))
                i += 3
                continue
            if len(rest) >= 2 and rest[0] == rest[1] and R.random() < 0.6:
                out.append("double " + (zero if c == "0" else UNITS[int(c)]))
                i += 2
                continue
            if (len(rest) >= 2 and c != "0" and R.random() < 0.35
                    and (rest[1] != "0" or len(rest) == 2)):
                out.append(pair_words(rest[:2]))
                i += 2
                continue
        out.append(zero if c == "0" else UNITS[int(c)])
        i += 1
    return " ".join(out)


def speak_pairs(d):
    """Read as pairs where possible ('forty one eleven')."""
    out = []
    i = 0
    while i < len(d):
        ab = d[i:i + 2]
        if len(ab) == 2 and ab[0] != "0" and (ab[1] != "0" or i + 2 >= len(d)):
            out.append(pair_words(ab))
            i += 2
        else:
            out.append("oh" if d[i] == "0" else UNITS[int(d[i])])
            i += 1
    return " ".join(out)


def speak_letter(ch, nato_p=0.4):
    if ch.isdigit():
        return "oh" if ch == "0" else UNITS[int(ch)]
    if R.random() < nato_p and ch in NATO_OF:
        return "%s for %s" % (ch.lower(), NATO_OF[ch])
    return ch.lower()


def speak_alnum(s, nato_p=0.3, dmode=None):
    """Spell a mixed letters/digits string; digit runs spoken as digits."""
    parts = []
    run = ""
    for ch in s.replace(" ", ""):
        if ch.isdigit():
            run += ch
            continue
        if run:
            parts.append(speak_digits(run, dmode or ("single" if R.random() < 0.5 else "mixed")))
            run = ""
        parts.append(speak_letter(ch, nato_p))
    if run:
        parts.append(speak_digits(run, dmode or ("single" if R.random() < 0.5 else "mixed")))
    return " ".join(parts)


def normalise(text):
    """Spoken/typed -> canonical upper-case alnum string."""
    t = text.lower().replace("\u00a0", " ")
    toks = [x for x in re.split(r"[\s,.\-/()+:_#]+", t) if x]
    out = []
    i = 0
    while i < len(toks):
        w = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if w in FILLERS:
            i += 1
            continue
        if w in ("double", "triple") and nxt in W2D:
            out.append(W2D[nxt] * (2 if w == "double" else 3))
            i += 2
            continue
        if w in TENS2D:
            if nxt in W2D and W2D[nxt] != "0" and nxt not in ("for", "to", "too"):
                out.append(TENS2D[w] + W2D[nxt])
                i += 2
            else:
                out.append(TENS2D[w] + "0")
                i += 1
            continue
        if w in TEEN2D:
            out.append(TEEN2D[w])
            i += 1
            continue
        if w == "hundred":
            out.append("00")
            i += 1
            continue
        if len(w) == 1 and w.isalpha() and nxt == "for" and i + 2 < len(toks) and toks[i + 2] in NATO:
            out.append(w.upper())
            i += 3
            continue
        if w in W2D and w not in ("for", "to", "too", "ate", "won"):
            out.append(W2D[w])
            i += 1
            continue
        out.append(w.upper())
        i += 1
    return "".join(out)


def luhn_ok(d):
    s = 0
    for i, c in enumerate(reversed(d)):
        n = int(c)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        s += n
    return s % 10 == 0


def iban_ok(s):
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


NI_RE = re.compile(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]")
UKPC_RE = re.compile(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}")
STREET_WORDS = {"road", "rd", "street", "st", "avenue", "ave", "lane", "ln", "drive", "dr",
                "close", "way", "crescent", "court", "ct", "place", "pl", "terrace", "grove",
                "boulevard", "blvd", "gardens", "park", "row", "hill", "walk", "square"}


def digits_of(text):
    return re.sub(r"\D", "", normalise(text))


def date_like(text):
    low = text.lower()
    has_month = any(m in low for m in MON3)
    n = normalise(text)
    d = re.sub(r"\D", "", n)
    if has_month:
        return len(d) >= 2
    return 4 <= len(d) <= 8


def validate(typ, text):
    """Return an error string or None. text = joined fragments of one value."""
    d = digits_of(text)
    if typ == "CARD_NUMBER":
        return None if 13 <= len(d) <= 19 and luhn_ok(d) else "bad card %r" % d
    if typ == "CVV":
        return None if len(d) in (3, 4) else "bad cvv %r" % d
    if typ == "EXPIRY":
        low = text.lower()
        if any(m in low for m in MON3):
            return None if len(d) in (2, 4) else "bad expiry %r" % text
        if len(d) == 4 and 1 <= int(d[:2]) <= 12:
            return None
        if len(d) == 3 and "/" in text and d[0] != "0":
            return None
        if len(d) == 6 and 1 <= int(d[:2]) <= 12 and d[2:4] == "20":
            return None
        return "bad expiry %r" % text
    if typ == "SSN":
        return None if len(d) == 9 and d[:3] not in ("000", "666") and d[0] != "9" else "bad ssn %r" % d
    if typ == "NI_NUMBER":
        return None if NI_RE.fullmatch(normalise(text)) else "bad ni %r" % normalise(text)
    if typ == "BANK_ACCOUNT":
        return None if 8 <= len(d) <= 12 else "bad account %r" % d
    if typ == "SORT_CODE":
        return None if len(d) == 6 else "bad sort %r" % d
    if typ == "IBAN":
        return None if iban_ok(normalise(text)) else "bad iban %r" % normalise(text)
    if typ == "PHONE":
        return None if 10 <= len(d) <= 13 else "bad phone %r" % d
    if typ == "EMAIL":
        t = text.strip()
        if "@" in t:
            t = t.replace(" ", "")
        else:
            toks = re.split(r"\s+", t.lower())
            m = {"at": "@", "dot": ".", "underscore": "_", "dash": "-", "hyphen": "-"}
            conv = []
            for w in toks:
                if w in m:
                    conv.append(m[w])
                elif w in W2D and w not in ("for", "to", "too", "ate", "won"):
                    conv.append(W2D[w])
                else:
                    conv.append(w)
            t = "".join(conv)
        return None if re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", t) else "bad email %r" % t
    if typ == "DOB":
        return None if date_like(text) else "bad dob %r" % text
    if typ == "POSTCODE":
        n = normalise(text)
        if UKPC_RE.fullmatch(n) or re.fullmatch(r"\d{5}(\d{4})?", n):
            return None
        return "bad postcode %r" % n
    if typ == "ADDRESS":
        low = set(re.split(r"[\s,.]+", text.lower()))
        has_num = bool(re.search(r"\d", normalise(text)))
        return None if has_num and low & STREET_WORDS else "bad address %r" % text
    return "unknown type " + typ


# ---------------------------------------------------------------- value generators
def gen_card(kind=None):
    kind = kind or R.choice(["visa", "visa", "mc", "mc", "amex", "disc", "visa13", "mc2", "v19"])
    if kind == "visa":
        pre, n = "4" + str(R.choice([1, 5, 9, 2, 6, 7])), 16
    elif kind == "mc":
        pre, n = "5" + str(R.randint(1, 5)), 16
    elif kind == "mc2":
        pre, n = "22" + str(R.randint(21, 71)), 16
    elif kind == "amex":
        pre, n = R.choice(["34", "37"]), 15
    elif kind == "disc":
        pre, n = "6011", 16
    elif kind == "visa13":
        pre, n = "4", 13
    else:
        pre, n = "4" + str(R.randint(0, 9)), 19
    body = pre + "".join(str(R.randint(0, 9)) for _ in range(n - len(pre) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def group_card(d, sep=" "):
    if len(d) == 15:
        return sep.join([d[:4], d[4:10], d[10:]])
    return sep.join(d[i:i + 4] for i in range(0, len(d), 4))


def gen_ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


def gen_ni():
    while True:
        a = R.choice("ABCEGHJKLMNPRSTWXYZ")
        b = R.choice("ABCEGHJKLMNPRSTWXYZ")
        if a + b not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return a + b + "".join(str(R.randint(0, 9)) for _ in range(6)) + R.choice("ABCD")


def gen_digits(n, first_nonzero=False):
    s = "".join(str(R.randint(0, 9)) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = str(R.randint(1, 9)) + s[1:]
    return s


def iban_check(country, bban):
    r = bban + country + "00"
    v = int("".join(str(int(c, 36)) for c in r))
    return "%02d" % (98 - v % 97)


def gen_iban(country=None):
    country = country or R.choice(["GB", "IE", "DE", "FR", "NL", "ES", "GB", "IE"])
    if country in ("GB", "IE"):
        bank = R.choice(["NWBK", "BARC", "MIDL", "HBUK", "NAIA"] if country == "GB"
                        else ["AIBK", "BKIR", "IPBS", "ULSB"])
        bban = bank + gen_digits(14)
    elif country == "DE":
        bban = gen_digits(18)
    elif country == "FR":
        bban = gen_digits(23)
    elif country == "NL":
        bban = R.choice(["ABNA", "SNSB", "INGB", "BUNQ"]) + gen_digits(10)
    else:
        bban = gen_digits(20)
    return country + iban_check(country, bban) + bban


def group4(s, sep=" "):
    return sep.join(s[i:i + 4] for i in range(0, len(s), 4))


def gen_phone(region=None):
    region = region or R.choice(["uk", "uk", "us", "us", "ie", "de"])
    if region == "uk":
        return region, "07" + R.choice(["4", "5", "7", "8", "9"]) + gen_digits(8)
    if region == "ukl":
        return region, "0" + R.choice(["161", "113", "117", "141", "121"]) + gen_digits(7, True)
    if region == "us":
        return region, str(R.randint(2, 9)) + gen_digits(2) + str(R.randint(2, 9)) + gen_digits(6)
    if region == "ie":
        return region, "08" + R.choice(["3", "5", "6", "7", "9"]) + gen_digits(7, True)
    return region, "0" + R.choice(["30", "89", "40"]) + gen_digits(8, True)


def fmt_phone_typed(region, d):
    c = R.randint(0, 3)
    if region == "uk":
        return [d[:5] + " " + d[5:], "+44 " + d[1:5] + " " + d[5:], "+44" + d[1:], d,
                "(0)" + d[1:5] + "-" + d[5:]][R.randint(0, 4)]
    if region == "ukl":
        return [d[:4] + " " + d[4:7] + " " + d[7:], "+44 " + d[1:4] + " " + d[4:], d][c % 3]
    if region == "us":
        return ["(%s) %s-%s" % (d[:3], d[3:6], d[6:]), "%s.%s.%s" % (d[:3], d[3:6], d[6:]),
                "+1 %s-%s-%s" % (d[:3], d[3:6], d[6:]), d][c]
    if region == "ie":
        return [d[:3] + " " + d[3:6] + " " + d[6:], "+353 " + d[1:3] + " " + d[3:], d,
                "+353" + d[1:]][c]
    return ["+49 " + d[1:3] + " " + d[3:], d[:3] + "/" + d[3:], "+49-" + d[1:3] + "-" + d[3:]][c % 3]


def fmt_phone_spoken(region, d):
    c = R.randint(0, 2)
    if region == "uk" and c == 0:
        return "plus four four " + speak_digits(d[1:5]) + " " + speak_digits(d[5:])
    if region == "ie" and c == 0:
        return "plus three five three " + speak_digits(d[1:3]) + " " + speak_digits(d[3:])
    if region == "us" and c == 0:
        return "one " + speak_digits(d[:3]) + " " + speak_digits(d[3:6]) + " " + speak_pairs(d[6:])
    return speak_digits(d)


FIRST = ["sarah", "tom", "aoife", "priya", "marek", "dani", "li", "james", "niamh", "carlos",
         "emma", "kwame", "sophie", "ravi", "hannah", "sean", "maria", "oliver"]
LAST = ["okafor", "brennan", "walsh", "patel", "kowalski", "nguyen", "murphy", "fischer",
        "hughes", "garcia", "doyle", "campbell", "lindqvist", "shah", "moreau", "byrne"]
DOMAINS = ["gmail.com", "yahoo.co.uk", "hotmail.com", "outlook.ie", "icloud.com",
           "btinternet.com", "proton.me", "aol.com", "eircom.net", "web.de"]


def gen_email():
    f, l = R.choice(FIRST), R.choice(LAST)
    local = R.choice([f + "." + l, f[0] + l, f + l + str(R.randint(1, 99)), f + "_" + l,
                      l + "." + f[0], f + str(R.randint(70, 99))])
    return local + "@" + R.choice(DOMAINS)


def speak_email(e):
    local, dom = e.split("@")
    out = []
    for part in re.split(r"([._])", local):
        if part == ".":
            out.append("dot")
        elif part == "_":
            out.append("underscore")
        elif part.isdigit():
            out.append(speak_digits(part, "single"))
        else:
            m = re.match(r"([a-z]+)(\d*)", part)
            w, num = m.group(1), m.group(2)
            out.append(" ".join(w) if len(w) <= 2 else w)
            if num:
                out.append(speak_digits(num, "single"))
    out.append("at")
    out.append(" dot ".join(dom.split(".")))
    return " ".join(out)


def gen_dob():
    return R.randint(1941, 2004), R.randint(1, 12), R.randint(1, 28)


def fmt_dob_typed(y, m, d, us=False):
    c = R.randint(0, 5)
    if c == 0:
        return ("%02d/%02d/%d" % (m, d, y)) if us else ("%02d/%02d/%d" % (d, m, y))
    if c == 1:
        return "%d-%02d-%02d" % (y, m, d)
    if c == 2:
        return "%d %s %d" % (d, MONTHS[m - 1].capitalize(), y)
    if c == 3:
        return "%s %d, %d" % (MON3[m - 1].capitalize(), d, y)
    if c == 4:
        return "%d.%d.%02d" % (d, m, y % 100)
    return "%d%s %s %d" % (d, {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}.get(d, "th"),
                           MON3[m - 1], y)


def speak_year(y):
    if y >= 2000:
        return "two thousand and " + (UNITS[y - 2000] if y < 2010 else pair_words(str(y - 2000)))
    return "nineteen " + (pair_words(str(y - 1900)) if y % 100 >= 10 else "oh " + UNITS[y % 10])


def fmt_dob_spoken(y, m, d):
    c = R.randint(0, 2)
    if c == 0:
        return "the %s of %s %s" % (ORD[d - 1], MONTHS[m - 1], speak_year(y))
    if c == 1:
        return "%s %s %s" % (MONTHS[m - 1], ORD[d - 1], speak_year(y))
    return "%s %s %s" % (speak_digits("%02d" % d, "single"), speak_digits("%02d" % m, "single"),
                         speak_pairs(str(y)))


UK_OUT = ["M14", "SW1A", "LS6", "BS8", "G12", "EH3", "CF10", "B15", "NE1", "L17", "SE15",
          "N7", "E17", "W3", "NW6", "CB2", "OX4", "BT9", "RG1", "PL4", "YO10", "DN5", "HU5"]
LET = "ABDEFGHJLNPQRSTUWXYZ"


def gen_postcode_uk():
    return R.choice(UK_OUT) + " " + str(R.randint(0, 9)) + R.choice(LET) + R.choice(LET)


def gen_zip():
    z = gen_digits(5, True)
    if R.random() < 0.3:
        z += "-" + gen_digits(4)
    return z


STREETS_UK = ["Kingsley Road", "Hollybank Avenue", "Mill Lane", "Station Road", "Albert Street",
              "Cedar Close", "Orchard Way", "Victoria Terrace", "Church Street", "Beech Grove",
              "Marlowe Crescent", "Hazel Drive"]
STREETS_US = ["Maple Ave", "W 34th St", "Oak Street", "Lincoln Blvd", "Sunset Drive",
              "Pine Ridge Rd", "Elm Court", "N Main St", "Harbor Way", "Cypress Lane"]


def gen_address(us=False):
    if us:
        return "%d %s" % (R.randint(100, 9899), R.choice(STREETS_US))
    return "%d %s" % (R.randint(1, 180), R.choice(STREETS_UK))


def speak_address(a):
    num, street = a.split(" ", 1)
    if len(num) <= 2:
        n = pair_words(num) if len(num) == 2 and num[0] != "0" else speak_digits(num, "single")
    else:
        n = speak_pairs(num) if R.random() < 0.6 else speak_digits(num, "single")
    street = street.lower().replace("ave", "avenue").replace("avenuenue", "avenue")
    street = re.sub(r"\bst\b", "street", street)
    street = re.sub(r"\brd\b", "road", street).replace("blvd", "boulevard")
    street = street.replace("34th", "thirty fourth").replace(" w ", " west ").replace("w ", "west ", 1) \
        if street.startswith("w ") else street.replace("34th", "thirty fourth")
    street = re.sub(r"^n ", "north ", street)
    return n + " " + street


# ---------------------------------------------------------------- case builder
class Case:
    def __init__(self, note):
        self.note = note
        self.turns = []      # list of (speaker, [segments])
        self.groups = {}     # gid -> (type, canonical)

    def val(self, typ, canon):
        gid = len(self.groups)
        self.groups[gid] = (typ, canon)
        return gid

    def t(self, spk, *segs):
        self.turns.append((spk, list(segs)))

    def a(self, *segs):
        self.t("agent", *segs)

    def c(self, *segs):
        self.t("customer", *segs)

    def build(self):
        turns, spans, frags = [], [], {}
        for ti, (spk, segs) in enumerate(self.turns):
            text = ""
            for s in segs:
                if isinstance(s, str):
                    text += s
                else:
                    frag, gid = s
                    typ = self.groups[gid][0]
                    spans.append({"turn": ti, "start": len(text), "end": len(text) + len(frag),
                                  "type": typ})
                    frags.setdefault(gid, []).append(frag)
                    text += frag
            turns.append({"speaker": spk, "text": text})
        return turns, spans, frags


def V(text, gid):
    return (text, gid)


def emo():
    return R.choice(["", "", " \U0001F642", " \U0001F64F", " \U0001F605", " :)", " thx!!", " \U0001F44D"])


def typo(s):
    """Introduce a small typo in a filler sentence (never touches values)."""
    if len(s) < 6 or R.random() < 0.45:
        return s
    i = R.randint(1, len(s) - 3)
    if not (s[i].isalpha() and s[i + 1].isalpha()):
        return s
    return s[:i] + s[i + 1] + s[i] + s[i + 2:]


def mixcase(s):
    return R.choice([s, s.upper(), s.lower(), s.swapcase() if R.random() < 0.2 else s])


TYPED_CH = ["web chat", "sms", "email", "whatsapp", "facebook dm", "app chat", "twitter dm"]
IND = ["banking", "telecom", "utilities", "retail", "insurance", "travel",
       "healthcare billing", "government services"]

# ---------------------------------------------------------------- positive templates (typed)


def p_card_typed():
    ind = R.choice(["retail", "telecom", "utilities", "travel", "insurance"])
    ch = R.choice(TYPED_CH)
    c = Case("")
    d = gen_card()
    sep = R.choice([" ", "-", "", " ", ".", "  "])
    g = c.val("CARD_NUMBER", d)
    mode = R.randint(0, 3)
    c.a(typo("Sure, I can take the payment here. Please type the long card number."))
    if mode == 0:
        c.c(typo(R.choice(["ok its ", "card no: ", "Card number = ", "here u go "])),
            V(group_card(d, sep), g), emo())
        what = "card in one message sep=%r" % sep
    elif mode == 1:
        h = R.choice([4, 8, 6]) if len(d) != 15 else 10
        c.c(V(d[:h], g))
        c.c(V(d[h:], g), R.choice([" sorry hit enter", "", " oops", " (rest of it)"]))
        what = "card split over two messages"
    elif mode == 2:
        gs = group_card(d).split(" ")
        for x in gs:
            c.c(V(x, g))
        what = "card sent one group per message"
    else:
        c.c("Card: ", V(group_card(d, "\u00a0"), g), "\n(copied from my banking app)")
        what = "card pasted with non-breaking spaces"
    # expiry + cvv sometimes
    if R.random() < 0.75:
        mm, yy = R.randint(1, 12), R.randint(27, 31)
        ef = R.choice(["%02d/%02d" % (mm, yy), "%02d-%d" % (mm, 2000 + yy), "%02d%02d" % (mm, yy),
                       "%s %d" % (MON3[mm - 1].capitalize(), 2000 + yy), "%d/%02d" % (mm, yy)])
        cv = gen_digits(4 if len(d) == 15 else 3)
        ge, gc = c.val("EXPIRY", ef), c.val("CVV", cv)
        c.a("Thanks. Expiry date and the 3 digit code on the back please")
        if R.random() < 0.5:
            c.c(typo("exp "), V(ef, ge), typo(" and cvv "), V(cv, gc))
        else:
            c.c(V(ef, ge))
            c.c(typo("security code is "), V(cv, gc), emo())
        what += " + expiry + cvv"
    c.a("Payment of \u00a3%d.%02d taken, ref %d." % (R.randint(5, 400), R.randint(0, 99), R.randint(100000, 9999999)))
    c.note = "%s/%s: %s" % (ch, ind, what)
    return c


def p_card_email():
    c = Case("")
    d = gen_card()
    g = c.val("CARD_NUMBER", d)
    mm, yy = R.randint(1, 12), R.randint(26, 31)
    ge = c.val("EXPIRY", "%02d/%02d" % (mm, yy))
    body = ["Hi team,", "", typo("Please renew my policy using the card below, I couldnt get the portal to work."),
            ""]
    c.a("Thank you for contacting us. How would you like to pay the renewal of \u00a3%d?" % R.randint(90, 900))
    c.c("\n".join(body) + "\nCard number: ", V(group_card(d, R.choice([" ", "-"])), g),
        "\nValid thru: ", V("%02d/%02d" % (mm, yy), ge),
        "\n\nKind regards\n\n> On Tue, support wrote:\n> How would you like to pay?\n\nSent from my iPhone")
    c.note = "email/insurance: card + expiry in an email body with quoted reply and signature"
    return c


def p_ssn_typed():
    c = Case("")
    s = gen_ssn()
    g = c.val("SSN", s)
    fmt = R.choice(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s.%s.%s", "%s - %s - %s"])
    ind = R.choice(["banking", "healthcare billing", "insurance", "government services", "telecom"])
    ch = R.choice(TYPED_CH)
    mode = R.randint(0, 3)
    c.a(typo(R.choice(["To verify your identity I need your Social Security number.",
                       "Can you confirm your SSN please?", "Please provide the SSN on the account."])))
    if mode == 0:
        c.c(typo(R.choice(["its ", "ssn ", "SSN: ", "sure - ", "ok "])), V(fmt % (s[:3], s[3:5], s[5:]), g), emo())
        what = "SSN typed in one message"
    elif mode == 1:
        c.c(V(s[:3], g), "-", V(s[3:5], g))
        c.c(V(s[5:], g), " sry")
        what = "SSN split over two messages with dangling dash"
    elif mode == 2:
        c.c(typo("full one is "), V(fmt % (s[:3], s[3:5], s[5:]), g),
            ", my zip is ", V(z := gen_zip(), c.val("POSTCODE", z)))
        what = "SSN and ZIP in one message"
    else:
        c.c(typo("last 4 are %s" % s[5:]))
        c.a("I need the full number for this request, sorry.")
        g2 = c.val("SSN", s)
        c.c(typo("ugh ok "), V(fmt % (s[:3], s[3:5], s[5:]), g2))
        what = "SSN last four then full"
    c.a("Thank you, you're verified. Your balance is $%d.%02d." % (R.randint(10, 4000), R.randint(0, 99)))
    c.note = "%s/%s: %s" % (ch, ind, what)
    return c


def p_ni_typed():
    c = Case("")
    n = gen_ni()
    g = c.val("NI_NUMBER", n)
    fmts = [lambda x: "%s %s %s %s %s" % (x[:2], x[2:4], x[4:6], x[6:8], x[8]),
            lambda x: x, lambda x: x.lower(), lambda x: "%s-%s-%s-%s-%s" % (x[:2], x[2:4], x[4:6], x[6:8], x[8]),
            lambda x: x[:2] + " " + x[2:8] + " " + x[8], lambda x: x[0] + x[1].lower() + x[2:],
            lambda x: ("%s %s %s %s %s" % (x[:2], x[2:4], x[4:6], x[6:8], x[8])).lower()]
    f = R.choice(fmts)
    ind = R.choice(["government services", "banking", "insurance", "utilities", "healthcare billing"])
    ch = R.choice(TYPED_CH)
    mode = R.randint(0, 3)
    c.a(typo(R.choice(["Could you send your National Insurance number?", "What's your NI number please?",
                       "For the claim we need your NINO."])))
    if mode == 0:
        c.c(typo(R.choice(["it's ", "NI: ", "ni no is ", "", "yep "])), V(f(n), g), emo())
        what = "NI number in one message"
    elif mode == 1:
        c.c(V(n[:2] + " " + n[2:4] + " " + n[4:6], g))
        c.c(V(n[6:8] + " " + n[8], g), R.choice(["", " \U0001F44D", " that's it"]))
        what = "NI split over two messages"
    elif mode == 2:
        gd = c.val("DOB", "x")
        y, m, dd = gen_dob()
        c.c(typo("NI "), V(f(n), g), typo(" and dob "), V(fmt_dob_typed(y, m, dd), gd))
        what = "NI and DOB in one message"
    else:
        c.c(typo("hang on its on my payslip"))
        c.a("No problem, take your time.")
        c.c("\"", V(f(n), g), "\"", " <- copied from the payslip pdf")
        what = "NI pasted in quotes after delay"
    c.a("Thanks, I've found your record. The claim ref is CLM-%d." % R.randint(10000, 999999))
    c.note = "%s/%s: %s" % (ch, ind, what)
    return c


def p_bank_typed():
    c = Case("")
    sc, acc = gen_digits(6), gen_digits(8)
    gs, ga = c.val("SORT_CODE", sc), c.val("BANK_ACCOUNT", acc)
    scf = R.choice(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s.%s.%s"]) % (sc[:2], sc[2:4], sc[4:])
    ind = R.choice(["utilities", "banking", "telecom", "insurance", "government services"])
    ch = R.choice(TYPED_CH)
    mode = R.randint(0, 2)
    c.a(typo("To set up the direct debit I need the sort code and account number."))
    if mode == 0:
        c.c(typo("sort code "), V(scf, gs), typo(" acc no "), V(acc, ga), emo())
        what = "sort code and account in one message"
    elif mode == 1:
        c.c("S/C: ", V(scf, gs), "\nA/C: ", V(acc, ga))
        what = "S/C and A/C abbreviations on separate lines"
    else:
        c.c(V(scf, gs))
        c.a("Thanks and the account number?")
        c.c(V(acc[:4], ga), " ", V(acc[4:], ga), " " + typo("it's a joint account if that matters"))
        what = "sort code alone then account with space"
    c.a("Lovely, the first collection of \u00a3%d.%02d will be on the %dth." % (R.randint(20, 200), R.randint(0, 99), R.randint(4, 20)))
    c.note = "%s/%s: %s" % (ch, ind, what)
    return c


def p_us_bank_typed():
    c = Case("")
    acc = gen_digits(R.choice([10, 11, 12]), True)
    ga = c.val("BANK_ACCOUNT", acc)
    c.a("Please confirm the checking account number for the refund.")
    c.c(typo(R.choice(["acct # ", "account: ", "checking acct "])), V(acc, ga),
        typo(" routing is on the check i think"), emo())
    c.a("Thanks, the refund of $%d.%02d will arrive in 3-5 business days." % (R.randint(10, 900), R.randint(0, 99)))
    c.note = "%s/%s: US checking account number with # sign" % (R.choice(TYPED_CH), R.choice(["retail", "healthcare billing", "insurance"]))
    return c


def p_iban_typed():
    c = Case("")
    ib = gen_iban()
    g = c.val("IBAN", ib)
    f = R.choice([group4(ib), ib, group4(ib).lower(), group4(ib, "-"), ib[:2].lower() + ib[2:]])
    mode = R.randint(0, 2)
    c.a(typo("Where should we send the refund? An IBAN is fine."))
    if mode == 0:
        c.c(typo("IBAN "), V(f, g), emo())
        what = "IBAN in one message"
    elif mode == 1:
        gi = group4(ib).split(" ")
        h = len(gi) // 2
        c.c(V(" ".join(gi[:h]), g))
        c.c(V(" ".join(gi[h:]), g))
        what = "IBAN split over two messages"
    else:
        c.c("Name: account holder\nIBAN: ", V(f, g), "\nBIC: ", R.choice(["AIBKIE2D", "NWBKGB2L", "INGBNL2A", "DEUTDEFF"]))
        what = "IBAN with BIC line pasted from bank app"
    c.a("Refund of EUR %d.%02d issued, allow 5 working days." % (R.randint(10, 600), R.randint(0, 99)))
    c.note = "%s/%s: %s" % (R.choice(TYPED_CH), R.choice(["travel", "retail", "utilities", "insurance"]), what)
    return c


def p_contact_typed():
    c = Case("")
    region = R.choice(["uk", "us", "ie", "de", "ukl"])
    _, ph = gen_phone(region)
    e = gen_email()
    gp = c.val("PHONE", ph)
    ge = c.val("EMAIL", e)
    pf = fmt_phone_typed(region, ph)
    ef = R.choice([e, e, e.upper(), e[0].upper() + e[1:], e.replace("@", " @ ")])
    mode = R.randint(0, 2)
    c.a(typo("Can I get a contact number and email for the booking?"))
    if mode == 0:
        c.c(typo("mob "), V(pf, gp), typo(" email "), V(ef, ge), emo())
        what = "phone and email in one message"
    elif mode == 1:
        c.c(V(pf, gp))
        c.c(V(ef, ge), R.choice(["", " (personal one not work)", " x"]))
        what = "phone and email as separate messages"
    else:
        c.c(typo("best to email me at "), V(ef, ge), typo(" or text "), V(pf, gp),
            typo(" after 5pm"))
        what = "email then phone with time mention"
    c.a("Done. Booking ref %s%d, flight %s%d departs %d:%02d." % (R.choice(["BK", "QX", "TR"]), R.randint(10000, 99999),
                                                              R.choice(["EI", "FR", "BA", "UA"]), R.randint(100, 999),
                                                              R.randint(5, 22), R.choice([0, 15, 30, 45])))
    c.note = "%s/%s: %s (%s phone)" % (R.choice(TYPED_CH), R.choice(["travel", "retail", "telecom"]), what, region)
    return c


def p_address_typed():
    c = Case("")
    us = R.random() < 0.4
    a = gen_address(us)
    pc = gen_zip() if us else gen_postcode_uk()
    ga, gp = c.val("ADDRESS", a), c.val("POSTCODE", pc)
    af = R.choice([a, a.lower(), a.upper(), a.replace(" ", "  ", 1)])
    pf = R.choice([pc, pc.lower(), pc.replace(" ", "")]) if not us else pc
    town = R.choice(["Austin", "Denver", "Columbus", "Tampa"] if us else ["Leeds", "Bristol", "Manchester", "Glasgow"])
    mode = R.randint(0, 2)
    c.a(typo("What's the new address for the account?"))
    if mode == 0:
        c.c(V(af, ga), ", ", town, " ", V(pf, gp), emo())
        what = "address line + town + postcode in one message"
    elif mode == 1:
        c.c(V(af, ga))
        c.c(town)
        c.c(V(pf, gp))
        what = "address split line by line over messages"
    else:
        c.c(typo("moving to "), V(af, ga), typo(" on the 3rd, post code "), V(pf, gp))
        what = "address with move date (date unlabelled)"
    c.a("Updated. Your next bill of %s%d.%02d goes to the new address." % ("$" if us else "\u00a3", R.randint(20, 300), R.randint(0, 99)))
    c.note = "%s/%s: %s (%s)" % (R.choice(TYPED_CH), R.choice(["utilities", "telecom", "retail", "insurance"]), what,
                                 "US ZIP" if us else "UK postcode")
    return c


def p_dob_typed():
    c = Case("")
    y, m, d = gen_dob()
    us = R.random() < 0.4
    f = fmt_dob_typed(y, m, d, us)
    g = c.val("DOB", f)
    mode = R.randint(0, 2)
    c.a(typo("For security, what's your date of birth?"))
    if mode == 0:
        c.c(typo(R.choice(["", "its ", "dob ", "DOB: ", "born "])), V(f, g), emo())
        what = "DOB alone"
    elif mode == 1:
        c.c(typo("um "), V(f, g), typo(" but i'm %d not that it matters lol" % (2026 - y)))
        what = "DOB with age (age unlabelled)"
    else:
        pc = gen_zip() if us else gen_postcode_uk()
        gp = c.val("POSTCODE", pc)
        c.c(V(f, g), " / ", V(pc, gp))
        what = "DOB and postcode slash-separated"
    c.a("Thanks, verified. Your appointment is on %d/%d at %d:%02d." % (R.randint(1, 28), R.randint(1, 12), R.randint(8, 17), R.choice([0, 30])))
    c.note = "%s/%s: %s" % (R.choice(TYPED_CH), R.choice(["healthcare billing", "banking", "insurance", "government services"]), what)
    return c


def p_typed_mixed():
    """SSN + phone + DOB, US, messy chat."""
    c = Case("")
    s = gen_ssn()
    _, ph = gen_phone("us")
    y, m, d = gen_dob()
    gs, gp, gd = c.val("SSN", s), c.val("PHONE", ph), c.val("DOB", "x")
    c.a("hi! to open the claim I'll need SSN, DOB and a phone #")
    c.c(typo("ok "), V("%s-%s-%s" % (s[:3], s[3:5], s[5:]), gs))
    c.c(V(fmt_dob_typed(y, m, d, True), gd))
    c.c(typo("cell "), V(fmt_phone_typed("us", ph), gp), " \U0001F4F1")
    c.a("Great, claim #%d opened for the $%d charge." % (R.randint(1000000, 99999999), R.randint(50, 3000)))
    c.note = "sms/healthcare billing: SSN, DOB, phone as three consecutive texts"
    return c


def p_ssn_in_other_text():
    c = Case("")
    s = gen_ssn()
    g = c.val("SSN", s)
    c.a("Which account is this about?")
    c.c(typo("the one ending %d, i paid $%d on 3/14 and my ssn is " % (R.randint(1000, 9999), R.randint(20, 900))),
        V("%s %s %s" % (s[:3], s[3:5], s[5:]), g), typo(" if you need it"))
    c.a("Thanks, I see the payment of the 14th.")
    c.note = "web chat/banking: SSN amid amounts, dates and last-4 reference (non-PII numbers unlabelled)"
    return c


def p_email_signature():
    c = Case("")
    region = R.choice(["uk", "uk", "ukl"])
    _, ph = gen_phone(region)
    e = gen_email()
    a = gen_address()
    pc = gen_postcode_uk()
    gp, ge, ga, gc = c.val("PHONE", ph), c.val("EMAIL", e), c.val("ADDRESS", a), c.val("POSTCODE", pc)
    c.a("Hello, thanks for your email about the meter exchange. Which day suits you?")
    c.c(typo("Hi, any weekday after the 12th is fine, ideally mornings before 11.") +
        "\n\n" + R.choice(["Kind regards", "Thanks", "Best wishes"]) + "\n--\n", V(a, ga), "\n",
        R.choice(["Bristol ", "Leeds ", "Belfast ", ""]), V(pc, gc), "\nM: ", V(fmt_phone_typed(region, ph), gp),
        " | E: ", V(e, ge), "\n\nThis e-mail and any attachments are confidential.")
    c.a("Booked for Tuesday 8-12, job ref %d." % R.randint(100000, 9999999))
    c.note = "email/utilities: contact details in an email signature block (address, postcode, phone, email)"
    return c


def p_card_typo_correction():
    c = Case("")
    d = gen_card(R.choice(["visa", "mc"]))
    bad = list(d)
    j = R.randint(4, 11)
    bad[j] = str((int(bad[j]) + 5) % 10)
    g = c.val("CARD_NUMBER", d)
    c.a("Please enter the card number to complete the upgrade payment.")
    c.c(group_card("".join(bad), " "))
    c.a("Sorry, that card number isn't valid - could you check it?")
    c.c(typo("omg sorry fat fingers "), "\U0001F926 ", V(group_card(d, R.choice([" ", "-", ""])), g))
    c.a("That worked, thank you. Your new plan starts on the 1st.")
    c.note = "%s/telecom: mistyped (Luhn-invalid, unlabelled) card followed by corrected card" % R.choice(TYPED_CH)
    return c


def p_form_paste():
    c = Case("")
    y, m, d = gen_dob()
    n = gen_ni()
    ph = gen_phone("uk")[1]
    gd, gn, gp = c.val("DOB", "x"), c.val("NI_NUMBER", n), c.val("PHONE", ph)
    c.a("Could you send the details from section 2 of the form?")
    c.c("Date of birth:\t", V(fmt_dob_typed(y, m, d), gd), "\nNational Insurance No:\t", V(n[:2] + " " + n[2:4] + " " + n[4:6] + " " + n[6:8] + " " + n[8], gn),
        "\nDaytime tel:\t", V(fmt_phone_typed("uk", ph), gp), "\nNo. of dependants:\t%d\nAnnual income:\t\u00a3%s" % (R.randint(0, 4), "{:,}".format(R.randint(12000, 60000))))
    c.a("Thanks, your application reference is APP%d." % R.randint(100000, 9999999))
    c.note = "web chat/government services: tab-separated form fields pasted (DOB, NI, phone) with income and dependants unlabelled"
    return c


def p_cvv_reprompt():
    c = Case("")
    cv = gen_digits(3)
    g = c.val("CVV", cv)
    c.a("Hmm, the bank declined it - could you re-enter just the security code (CVV) on the back?")
    f = R.choice([cv, " ".join(cv), cv[0] + "-" + cv[1:], "*" + cv + "*"])
    c.c(typo(R.choice(["sorry its ", "ah ok ", "", "CVV "])), V(f.strip("*"), g) if f[0] != "*" else "*",
        *([V(cv, g), "*"] if f[0] == "*" else []), emo())
    c.a("Thanks - payment of \u00a3%d.%02d approved." % (R.randint(5, 300), R.randint(0, 99)))
    c.note = "%s/retail: CVV re-entered alone after decline (spaced/dashed/markdown-starred)" % R.choice(TYPED_CH)
    return c


def p_refund_uk():
    c = Case("")
    sc, acc = gen_digits(6), gen_digits(8)
    gs, ga = c.val("SORT_CODE", sc), c.val("BANK_ACCOUNT", acc)
    c.c(typo("hiya can u refund the \u00a3%d.%02d overcharge straight to my bank instead of credit" % (R.randint(5, 90), R.randint(0, 99))))
    c.a("Of course, please send the sort code and account number.")
    c.c(typo("sort "), V(R.choice(["%s-%s-%s", "%s %s %s", "%s/%s/%s"]) % (sc[:2], sc[2:4], sc[4:]), gs),
        R.choice([" ", " / ", ", ", "\n"]), typo("acc "), V(R.choice([acc, acc[:4] + " " + acc[4:], acc[:4] + "-" + acc[4:]]), ga),
        emo())
    c.a("Done, refund ref RF%d, allow 3-5 working days." % R.randint(10000, 999999))
    c.note = "%s/%s: refund to UK bank, sort code and account in one short message" % (R.choice(TYPED_CH), R.choice(["telecom", "utilities", "retail"]))
    return c


# ---------------------------------------------------------------- positive templates (calls)
def split_words(words, k):
    """Split token list into k roughly equal non-empty chunks."""
    n = len(words)
    cuts = sorted(R.sample(range(1, n), min(k - 1, n - 1)))
    out, prev = [], 0
    for ct in cuts + [n]:
        out.append(words[prev:ct])
        prev = ct
    return out


def digit_chunks_spoken(d, k):
    """Split digit string into k chunks and speak each (keeps chunks self-contained)."""
    n = len(d)
    cuts = sorted(R.sample(range(2, n - 1), k - 1)) if k > 1 else []
    parts, prev = [], 0
    for ct in cuts + [n]:
        parts.append(d[prev:ct])
        prev = ct
    return [speak_digits(p) for p in parts]


BACK = ["mhm", "okay go on", "yep", "uh huh", "right", "okay", "yes", "got it"]


def p_card_call():
    c = Case("")
    d = gen_card()
    g = c.val("CARD_NUMBER", d)
    mode = R.randint(0, 4)
    c.a("okay and can i take the long number across the front of the card please")
    if mode == 0:
        c.c("yeah it's ", V(speak_digits(d), g))
        what = "card in one turn, mixed double/pairs"
    elif mode == 1:
        parts = digit_chunks_spoken(d, R.randint(3, 4))
        for i, p in enumerate(parts):
            c.c(V(p, g) if i else "right ", *([] if i else [V(p, g)]))
            if i < len(parts) - 1:
                c.a(R.choice(BACK))
        what = "card split across customer turns with back-channels"
    elif mode == 2:
        gs = [d[i:i + 4] for i in range(0, len(d), 4)]
        segs = []
        for i, x in enumerate(gs):
            if i:
                segs.append(R.choice([" um ", " ", " uh ", " "]))
            segs.append(V(speak_pairs(x), g))
        c.c(*segs)
        what = "card read as pairs 'forty one eleven' with fillers between groups"
    elif mode == 3:
        wrong = list(d[4:8])
        wrong[1] = str((int(wrong[1]) + 3) % 10)
        c.c(V(speak_digits(d[:4], "single"), g), " ", speak_digits("".join(wrong), "single"),
            " no sorry ", V(speak_digits(d[4:8], "single"), g), " ", V(speak_digits(d[8:]), g))
        what = "card with self-correction (abandoned group unlabelled)"
    else:
        c.c(V(speak_digits(d), g))
        g2 = c.val("CARD_NUMBER", d)
        c.a("let me read that back ", V(speak_digits(d, "single"), g2), " is that right")
        c.c("yes that's it")
        what = "card + agent read-back"
    if R.random() < 0.7:
        mm, yy = R.randint(1, 12), R.randint(26, 31)
        ex = R.choice([speak_digits("%02d" % mm, "single") + " " + pair_words(str(yy)),
                       MONTHS[mm - 1] + " twenty " + pair_words(str(yy)),
                       speak_digits("%02d" % mm, "single") + " slash " + pair_words(str(yy))])
        cv = gen_digits(4 if len(d) == 15 else 3)
        ge, gc = c.val("EXPIRY", ex), c.val("CVV", cv)
        c.a("and the expiry")
        c.c(V(ex, ge))
        c.a("and the last three digits on the back")
        c.c(R.choice(["it's ", "", "uh "]), V(speak_digits(cv, "single"), gc))
        what += " + spoken expiry + cvv"
    c.a("lovely that's gone through for %s pounds %s" % (pair_words(str(R.randint(21, 99))), pair_words(str(R.randint(11, 99)))))
    c.note = "call/%s: %s" % (R.choice(["telecom", "utilities", "retail", "insurance", "travel"]), what)
    return c


def p_ssn_call():
    c = Case("")
    s = gen_ssn()
    g = c.val("SSN", s)
    mode = R.randint(0, 3)
    c.a("can you verify the social on the account")
    if mode == 0:
        c.c("sure it's ", V(speak_digits(s[:3]), g), " ", V(speak_digits(s[3:5]), g), " ", V(speak_digits(s[5:]), g))
        what = "SSN in one turn"
    elif mode == 1:
        c.c(V(speak_digits(s[:3]), g))
        c.a(R.choice(BACK))
        c.c(V(speak_digits(s[3:5]), g))
        c.a(R.choice(BACK))
        c.c(V(speak_pairs(s[5:]), g))
        what = "SSN split 3/2/4 across turns, last four as pairs"
    elif mode == 2:
        c.c("uh yeah ", V(speak_digits(s[:5], "single"), g), " um ", V(speak_digits(s[5:], "single"), g),
            " and i've been waiting like forty minutes")
        what = "SSN with filler and duration chat"
    else:
        c.c(V(speak_digits(s), g))
        g2 = c.val("SSN", s)
        c.a("thank you so that's ", V(speak_digits(s, "single"), g2))
        c.c("correct")
        what = "SSN with agent read-back"
    c.a("perfect you're verified the balance due is %s dollars" % pair_words(str(R.randint(21, 99))))
    c.note = "call/%s: %s" % (R.choice(["banking", "healthcare billing", "insurance", "government services"]), what)
    return c


def p_ni_call():
    c = Case("")
    n = gen_ni()
    g = c.val("NI_NUMBER", n)
    mode = R.randint(0, 3)
    c.a("and your national insurance number please")
    if mode == 0:
        c.c("it's ", V(speak_alnum(n, 0.4), g))
        what = "NI spelled with NATO-style letters"
    elif mode == 1:
        c.c(V(speak_letter(n[0], 0.8) + " " + speak_letter(n[1], 0.8), g))
        c.a(R.choice(BACK))
        c.c(V(speak_pairs(n[2:8]), g))
        c.a(R.choice(BACK))
        c.c(V(speak_letter(n[8], 0.5), g), " at the end")
        what = "NI split letters/pairs/suffix over turns"
    elif mode == 2:
        c.c("hold on ", V(n[:2].lower()[0] + " " + n[1].lower() + " " + speak_digits(n[2:8], "single") + " " + n[8].lower(), g),
            " i think yeah")
        what = "NI plain letters and digits"
    else:
        c.c(V(speak_alnum(n, 0.2), g))
        g2 = c.val("NI_NUMBER", n)
        c.a("so ", V(speak_alnum(n, 1.0), g2), " yeah")
        c.c("yes")
        what = "NI with agent NATO read-back"
    c.a("thank you that's all matched the claim reference is %s" % speak_digits(gen_digits(7), "single"))
    c.note = "call/%s: %s" % (R.choice(["government services", "banking", "insurance", "utilities"]), what)
    return c


def p_bank_call():
    c = Case("")
    sc, acc = gen_digits(6), gen_digits(8)
    gs, ga = c.val("SORT_CODE", sc), c.val("BANK_ACCOUNT", acc)
    mode = R.randint(0, 2)
    c.a("okay what's the sort code")
    if mode == 0:
        c.c(V(speak_digits(sc[:2]) + " " + speak_digits(sc[2:4]) + " " + speak_digits(sc[4:]), gs))
        c.a("and the account number")
        c.c(V(speak_digits(acc), ga))
        what = "sort code then account"
    elif mode == 1:
        c.c(V(speak_pairs(sc), gs), " and the account is ", V(speak_digits(acc[:4]), ga), " er ", V(speak_digits(acc[4:]), ga))
        what = "sort code as pairs and account in one turn with filler"
    else:
        c.c(V(speak_digits(sc), gs))
        c.a("mhm and the account")
        c.c(V(speak_digits(acc[:4]), ga))
        c.a(R.choice(BACK))
        c.c(V(speak_digits(acc[4:]), ga))
        what = "account split over turns"
    c.a("great the direct debit will come out on the %s of each month" % R.choice(ORD[:27]))
    c.note = "call/%s: %s" % (R.choice(["utilities", "banking", "telecom", "insurance"]), what)
    return c


def p_iban_call():
    c = Case("")
    ib = gen_iban(R.choice(["IE", "GB", "NL", "DE"]))
    g = c.val("IBAN", ib)
    c.a("can you read me the iban")
    sp = speak_alnum(ib, 0.3)
    toks = sp.split(" ")
    if R.random() < 0.5:
        c.c(V(sp, g))
        what = "IBAN in one turn"
    else:
        # split at token boundary not inside 'x for word' or 'double x'
        idxs = [i for i in range(3, len(toks) - 3) if toks[i - 1] not in ("for", "double", "triple")
                and toks[i] != "for" and toks[i - 1] not in TENS2D]
        k = R.choice(idxs)
        c.c(V(" ".join(toks[:k]), g))
        c.a(R.choice(BACK))
        c.c(V(" ".join(toks[k:]), g))
        what = "IBAN split across two turns"
    c.a("thanks the refund of %s euro will be there in five working days" % pair_words(str(R.randint(21, 99))))
    c.note = "call/%s: %s" % (R.choice(["travel", "utilities", "banking"]), what)
    return c


def p_phone_call():
    c = Case("")
    region = R.choice(["uk", "us", "ie", "uk"])
    _, ph = gen_phone(region)
    g = c.val("PHONE", ph)
    mode = R.randint(0, 2)
    c.a("what's the best number to reach you on")
    if mode == 0:
        c.c("it's ", V(fmt_phone_spoken(region, ph), g))
        what = "phone in one turn"
    elif mode == 1:
        parts = digit_chunks_spoken(ph, 3)
        c.c(V(parts[0], g))
        c.a(R.choice(BACK))
        c.c(V(parts[1], g), " ", V(parts[2], g))
        what = "phone split across turns"
    else:
        c.c(V(speak_digits(ph), g), " but don't call before ten thirty i'm on nights")
        what = "phone then time (time unlabelled)"
    c.a("lovely and your ticket number is %s" % speak_digits(gen_digits(6), "single"))
    c.note = "call/%s: %s (%s)" % (R.choice(["telecom", "utilities", "retail", "healthcare billing"]), what, region)
    return c


def p_email_call():
    c = Case("")
    e = gen_email()
    g = c.val("EMAIL", e)
    c.a("and an email address for the confirmation")
    sp = speak_email(e)
    if R.random() < 0.5:
        c.c("yeah it's ", V(sp, g))
        what = "email spoken in one turn"
    else:
        at = sp.index(" at ")
        c.c(V(sp[:at], g))
        c.a("okay and the rest")
        c.c(V(sp[at + 1:], g))
        what = "email local part and domain in separate turns"
    c.a("perfect that's sent over")
    c.note = "call/%s: %s" % (R.choice(["retail", "travel", "insurance", "telecom"]), what)
    return c


def p_address_call():
    c = Case("")
    us = R.random() < 0.35
    a = gen_address(us)
    pc = gen_zip() if us else gen_postcode_uk()
    ga, gp = c.val("ADDRESS", a), c.val("POSTCODE", pc)
    c.a("can you confirm the first line of the address and the %s" % ("zip code" if us else "postcode"))
    pcs = speak_digits(pc.replace("-", ""), "single") if us else speak_alnum(pc, 0.25, "single")
    if R.random() < 0.5:
        c.c(V(speak_address(a), ga), " ", R.choice(["and it's ", "postcode ", ""]), V(pcs, gp))
        what = "address and postcode in one turn"
    else:
        c.c("it's ", V(speak_address(a), ga))
        c.a(R.choice(BACK))
        c.c(V(pcs, gp))
        what = "address then postcode"
    c.a("that all matches thank you")
    c.note = "call/%s: %s (%s)" % (R.choice(["utilities", "insurance", "retail", "government services"]), what,
                                  "US" if us else "UK")
    return c


def p_dob_call():
    c = Case("")
    y, m, d = gen_dob()
    f = fmt_dob_spoken(y, m, d)
    g = c.val("DOB", f)
    c.a("and can i take your date of birth")
    if R.random() < 0.6:
        c.c(R.choice(["it's ", "uh ", "yeah "]), V(f, g))
    else:
        c.c(V(f, g), " so i'll be %s next month" % pair_words(str(2026 - y)))
    c.a("thank you your appointment is at %s on the %s" % (R.choice(["ten thirty", "two fifteen", "nine o'clock"]), R.choice(ORD[:27])))
    c.note = "call/%s: spoken DOB (appointment time/date unlabelled)" % R.choice(["healthcare billing", "banking", "insurance", "government services"])
    return c


# ---------------------------------------------------------------- negatives
NEG_IND = ["retail", "utilities", "travel", "telecom", "retail", "healthcare billing", "banking",
           "telecom", "insurance", "retail", "telecom", "utilities", "insurance", "retail", "retail",
           "travel"]


def n_typed():
    ch = R.choice(TYPED_CH)
    k = R.randint(0, 15)
    c = Case("")
    if k == 0:
        c.a("Your order #%d has been dispatched \U0001F4E6" % R.randint(1000000, 9999999999))
        c.c(typo("great when will it arrive? it says %d-%d working days" % (R.randint(2, 3), R.randint(4, 6))))
        c.a("Estimated delivery is %s %d between %d:00 and %d:00." % (R.choice(MON3).capitalize(), R.randint(1, 28), R.randint(7, 12), R.randint(13, 18)))
        what = "order number, delivery date and time window"
    elif k == 1:
        c.c(typo("why is my bill \u00a3%d.%02d this month, it was \u00a3%d.%02d last month??" % (R.randint(40, 200), R.randint(0, 99), R.randint(20, 90), R.randint(0, 99))))
        c.a("I can see usage went up by %d%% - meter reading %05d on %d/%d." % (R.randint(5, 60), R.randint(1000, 99999), R.randint(1, 28), R.randint(1, 12)))
        what = "amounts, percentage, meter reading, reading date"
    elif k == 2:
        c.c(typo("flight %s%d on %d/%d/%d got cancelled, booking ref %s" % (R.choice(["EI", "FR", "BA", "LH", "UA"]), R.randint(10, 9999), R.randint(1, 28), R.randint(1, 12), 2026, "".join(R.choice(LET) for _ in range(6)))))
        c.a("Sorry about that. I've rebooked you on the %d:%02d, seat %d%s." % (R.randint(6, 21), R.choice([5, 20, 35, 50]), R.randint(1, 38), R.choice("ABCDEF")))
        what = "flight number, travel date, booking ref, seat"
    elif k == 3:
        c.c(typo("ticket %d still not fixed, been %d days and i've called %d times" % (R.randint(100000, 99999999), R.randint(3, 40), R.randint(2, 9))))
        c.a("Apologies, escalated ticket %d to tier 2, SLA is %d hours." % (R.randint(100000, 99999999), R.choice([24, 48, 72])))
        what = "ticket numbers, durations, counts"
    elif k == 4:
        c.c(typo("is the %s still in stock? model %s-%d" % (R.choice(["fridge", "tv", "router", "kettle"]), "".join(R.choice(LET) for _ in range(2)), R.randint(100, 99999))))
        c.a("Yes, %d left at \u20ac%d.99, %d%% off until Sunday." % (R.randint(2, 40), R.randint(20, 1500), R.choice([10, 15, 20, 25])))
        what = "model number, stock count, price, discount"
    elif k == 5:
        c.c(typo("can i move my appointment from %d/%d to the %d%s? any time after %d:%02d works" % (R.randint(1, 28), R.randint(1, 12), R.randint(1, 28), "th", R.randint(1, 5), R.choice([0, 30]))))
        c.a("Done, you're booked for %s %d at %d:%02d in room %d." % (R.choice(MONTHS).capitalize(), R.randint(1, 28), R.randint(8, 16), R.choice([0, 15, 30, 45]), R.randint(1, 420)))
        what = "appointment dates, times, room number"
    elif k == 6:
        c.c(typo("my balance shows -$%d.%02d but I paid $%d on %s %d" % (R.randint(10, 999), R.randint(0, 99), R.randint(10, 999), R.choice(MON3).capitalize(), R.randint(1, 28))))
        c.a("That payment posted on the %d%s, balance is now $%d.%02d." % (R.randint(1, 28), "th", R.randint(0, 999), R.randint(0, 99)))
        what = "balances, payment amount, payment dates"
    elif k == 7:
        c.c(typo("internet only %d mbps, paying for %d!! router light blinks every %d seconds" % (R.randint(2, 80), R.choice([100, 300, 500, 900]), R.randint(2, 30))))
        c.a("Line test shows %d.%d dB noise; an engineer can visit %s %d, %d-%dpm." % (R.randint(5, 30), R.randint(0, 9), R.choice(MON3).capitalize(), R.randint(1, 28), R.randint(1, 3), R.randint(4, 6)))
        what = "speeds, durations, engineer visit date"
    elif k == 8:
        c.c(typo("claim no %d - the car was doing about %d mph, damage quote \u00a3%d" % (R.randint(10000000, 9999999999), R.randint(10, 70), R.randint(300, 9000))))
        c.a("Thanks. Excess is \u00a3%d, the claim will take %d-%d weeks." % (R.choice([100, 250, 500]), R.randint(2, 4), R.randint(5, 8)))
        what = "claim number, speed, quote, excess, weeks"
    elif k == 9:
        c.c(typo("invoice INV-%d is wrong, qty %d not %d, unit price $%d.%02d" % (R.randint(10000, 9999999), R.randint(2, 50), R.randint(51, 200), R.randint(1, 99), R.randint(0, 99))))
        c.a("Corrected invoice %d sent, total $%s.%02d incl. %d%% tax." % (R.randint(100000, 9999999), "{:,}".format(R.randint(1000, 99999)), R.randint(0, 99), R.choice([5, 8, 20, 23])))
        what = "invoice numbers, quantities, price, total with thousands separator"
    elif k == 10:
        c.c(typo("my son is %d and my daughter %d, can they both go on the family plan from %d?" % (R.randint(6, 17), R.randint(6, 17), R.choice([2026, 2027]))))
        c.a("Yes, each extra line is \u20ac%d/month, %d GB data each, contract starts %d/%d/%d." % (R.randint(5, 25), R.choice([10, 20, 50]), R.randint(1, 28), R.randint(1, 12), 2026))
        what = "ages, year, monthly price, data, contract start date"
    elif k == 11:
        c.c(typo("heating set to %d\u00b0C but house is %d degrees, boiler fault code F%d" % (R.randint(18, 24), R.randint(10, 16), R.randint(10, 99))))
        c.a("Thanks - job %d booked, engineer due between %d and %d tomorrow." % (R.randint(100000, 9999999), R.randint(8, 11), R.randint(12, 17)))
        what = "temperatures, fault code, job number, times"
    elif k == 12:
        c.c(typo("policy renewal went from \u00a3%d to \u00a3%d (+%d%%) for %d.%d litre car, %d miles a year" % (R.randint(300, 700), R.randint(701, 1500), R.randint(10, 90), R.randint(1, 3), R.randint(0, 9), R.choice([5000, 8000, 12000]))))
        c.a("I can offer \u00a3%d if you pay annually, ref QT%d." % (R.randint(300, 900), R.randint(100000, 9999999)))
        what = "premiums, percentage, engine size, mileage, quote ref"
    elif k == 14:
        c.c(typo("ordered %d x %dml bottles with code SAVE%d, only got %d" % (R.randint(2, 6), R.choice([250, 500, 750]), R.choice([10, 15, 20]), R.randint(0, 1))))
        c.a("Sorry! Code SAVE%d was valid until %d/%d/2026; I've sent the missing items on order %d." % (R.choice([10, 15, 20]), R.randint(1, 28), R.randint(1, 12), R.randint(100000, 99999999)))
        what = "quantities, promo code, promo end date, order number"
    elif k == 15:
        c.c(typo("gate %s%d says boarding %d:%02d but my flight %s%d leaves at %d:%02d, %dkg bag ok?" % (R.choice("ABCD"), R.randint(1, 40), R.randint(6, 20), R.choice([5, 25, 40]), R.choice(["EI", "FR", "BA"]), R.randint(100, 9999), R.randint(6, 21), R.choice([0, 15, 45]), R.randint(10, 23))))
        c.a("Yes, up to %dkg; the extra bag fee is \u20ac%d. Terminal %d." % (R.choice([20, 23]), R.randint(25, 60), R.randint(1, 5)))
        what = "gate, times, flight number, weights, fee"
    else:
        c.c(typo("parcel tracking %s%d says delivered at %d:%02d but nothing here, waited %d mins" % (R.choice(["JD", "H", "TT"]), R.randint(10000000, 999999999), R.randint(8, 20), R.randint(0, 59), R.randint(10, 90))))
        c.a("Sorry! Refund of %d.%02d issued, ref RF%d, 3-5 days." % (R.randint(5, 300), R.randint(0, 99), R.randint(10000, 9999999)))
        what = "tracking number, delivery time, wait, refund amount/ref"
    c.note = "%s/%s: negative - %s" % (ch, NEG_IND[k], what)
    return c


def n_call():
    k = R.randint(0, 9)
    c = Case("")
    if k == 0:
        c.c("yeah the bill came to %s pounds %s which is double what it was" % (pair_words(str(R.randint(21, 99))), pair_words(str(R.randint(11, 99)))))
        c.a("okay i can see that was due on the %s of %s" % (R.choice(ORD[:27]), R.choice(MONTHS)))
        what = "spoken amount and due date"
    elif k == 1:
        c.a("your order number is %s" % speak_digits(gen_digits(R.randint(6, 9)), "single"))
        c.c("okay and when will the engineer come")
        c.a("between %s and %s on %s" % (R.choice(["eight", "nine", "ten"]), R.choice(["twelve", "one", "two"]), R.choice(["monday", "tuesday", "friday"])))
        what = "spoken order number and time window"
    elif k == 2:
        c.c("i've been on hold for forty five minutes and this is the third time i've called")
        c.a("i'm sorry about that i can see the ticket reference %s" % speak_digits(gen_digits(8), "mixed"))
        what = "duration, count, spoken ticket reference"
    elif k == 3:
        c.c("the flight was %s %s on the %s and it was delayed %s hours" % (R.choice(["e i", "b a", "f r", "u a"]), speak_pairs(str(R.randint(100, 9999))), R.choice(ORD[:27]), R.choice(["three", "four", "six"])))
        c.a("okay so you're entitled to two hundred and fifty euro compensation")
        what = "spoken flight number, date, delay, compensation"
    elif k == 4:
        c.c("the meter reading is %s" % speak_digits(gen_digits(5), "single"))
        c.a("thank you and that was taken today at about %s" % R.choice(["half nine", "ten past two", "quarter to four"]))
        what = "spoken meter reading and time"
    elif k == 5:
        c.c("i'm %s and my husband is %s we've been customers since nineteen ninety %s" % (pair_words(str(R.randint(60, 89))), pair_words(str(R.randint(60, 89))), R.choice(UNITS[1:])))
        c.a("thank you for being with us so long")
        what = "spoken ages and customer-since year"
    elif k == 6:
        c.c("the claim number is %s and the repair was %s hundred pounds" % (speak_digits(gen_digits(9), "mixed"), R.choice(UNITS[2:])))
        c.a("okay and the excess on that is two fifty")
        what = "spoken claim number and amounts"
    elif k == 7:
        c.c("it's the model %s %s the %s inch one it was %s ninety nine" % (R.choice(["x", "q", "k"]), speak_digits(gen_digits(3), "single"), pair_words(str(R.choice([32, 43, 55, 65]))), R.choice(["four hundred and", "three hundred and", "two hundred and"])))
        c.a("right that's still under the two year warranty")
        what = "spoken model number, size, price, warranty years"
    elif k == 8:
        c.c("my contract started on the %s of %s twenty %s and it's twenty four months" % (R.choice(ORD[:27]), R.choice(MONTHS), pair_words(str(R.randint(21, 26)))))
        c.a("yes so it ends in %s and you can upgrade from then" % R.choice(MONTHS))
        what = "spoken contract start date and term"
    else:
        c.c("the balance says minus %s dollars %s cents and the interest is %s point %s percent" % (pair_words(str(R.randint(21, 99))), pair_words(str(R.randint(11, 99))), UNITS[R.randint(1, 9)], UNITS[R.randint(1, 9)]))
        c.a("okay that's from the payment of %s hundred on the %s" % (UNITS[R.randint(1, 9)], R.choice(ORD[:27])))
        what = "spoken balance, interest rate, payment amount/date"
    c.note = "call/%s: negative - %s" % (R.choice(IND), what)
    return c


# ---------------------------------------------------------------- assembly
TYPED_POS = [p_card_typed, p_card_typed, p_card_email, p_ssn_typed, p_ssn_typed, p_ni_typed, p_ni_typed,
             p_bank_typed, p_us_bank_typed, p_iban_typed, p_contact_typed, p_address_typed,
             p_dob_typed, p_typed_mixed, p_ssn_in_other_text, p_email_signature, p_card_typo_correction,
             p_form_paste, p_cvv_reprompt, p_refund_uk]
CALL_POS = [p_card_call, p_ssn_call, p_ni_call, p_bank_call, p_iban_call, p_phone_call,
            p_email_call, p_address_call, p_dob_call]
N_POS, N_NEG = 183, 114


def generate():
    R.seed(SEED)
    cases, groups = [], []
    for i in range(N_POS):
        if i % 3 == 2:
            fn = CALL_POS[(i // 3) % len(CALL_POS)]
        else:
            fn = TYPED_POS[(i - i // 3) % len(TYPED_POS)]
        cases.append(("h315-pos-%03d" % (i + 1), "positive", fn()))
    for i in range(N_NEG):
        fn = n_call if i % 3 == 2 else n_typed
        cases.append(("h315-neg-%03d" % (i + 1), "negative", fn()))
    lines = []
    for cid, kind, c in cases:
        turns, spans, frags = c.build()
        lines.append(json.dumps({"id": cid, "kind": kind, "turns": turns, "spans": spans, "note": c.note},
                                ensure_ascii=False))
        groups.append((cid, kind, c, turns, spans, frags))
    return "\n".join(lines) + "\n", groups


def check_all(text, groups):
    errs = []
    ids = set()
    counts = {t: 0 for t in TYPES}
    npos = nneg = 0
    for line in text.splitlines():
        o = json.loads(line)
        if o["id"] in ids:
            errs.append("dup id " + o["id"])
        ids.add(o["id"])
        if o["kind"] == "negative":
            nneg += 1
            if o["spans"]:
                errs.append(o["id"] + ": negative with spans")
        else:
            npos += 1
            if not o["spans"]:
                errs.append(o["id"] + ": positive without spans")
        if not o["note"]:
            errs.append(o["id"] + ": empty note")
        byturn = {}
        for s in o["spans"]:
            if s["type"] not in TYPES:
                errs.append(o["id"] + ": bad type")
                continue
            counts[s["type"]] += 1
            tx = o["turns"][s["turn"]]["text"]
            a, b = s["start"], s["end"]
            if not (0 <= a < b <= len(tx)):
                errs.append("%s: offsets out of range" % o["id"])
                continue
            if (a > 0 and tx[a - 1].isalnum()) or (b < len(tx) and tx[b].isalnum()):
                errs.append("%s: span not on word boundary %r" % (o["id"], tx[a:b]))
            if not (tx[a].isalnum() or tx[a] in "+(") or not tx[b - 1].isalnum():
                errs.append("%s: span edges %r" % (o["id"], tx[a:b]))
            byturn.setdefault(s["turn"], []).append((a, b))
        for t, lst in byturn.items():
            lst.sort()
            for (a1, b1), (a2, b2) in zip(lst, lst[1:]):
                if a2 < b1:
                    errs.append("%s: overlapping spans" % o["id"])
    for cid, kind, c, turns, spans, frags in groups:
        for gid, parts in frags.items():
            typ, canon = c.groups[gid]
            joined = " ".join(parts)
            e = validate(typ, joined)
            if e:
                errs.append("%s: %s" % (cid, e))
            elif typ == "PHONE":
                if not digits_of(joined).endswith(canon.lstrip("0")):
                    errs.append("%s: PHONE roundtrip %r !~ %r" % (cid, digits_of(joined), canon))
            elif typ in ("CARD_NUMBER", "SSN", "SORT_CODE", "BANK_ACCOUNT", "CVV") and digits_of(joined) != canon:
                errs.append("%s: %s roundtrip %r != %r" % (cid, typ, digits_of(joined), canon))
            elif typ in ("NI_NUMBER", "IBAN") and normalise(joined) != canon:
                errs.append("%s: %s roundtrip %r != %r" % (cid, typ, normalise(joined), canon))
    return errs, counts, npos, nneg


def readme(counts, npos, nneg):
    rows = "\n".join("| %s | %d |" % (t, counts[t]) for t in TYPES)
    return """# PII hold-out set h315

Written by an AI helper acting as an **independent author**: it did not see the
redaction code, its tests, its docs or any other evaluation set; the only data it
saw was a three-line example of the JSONL format. Cases are produced by
`scripts/make_pii_holdout315.py` from template functions (each turn is assembled
from plain-text segments and (value, TYPE) segments, so offsets are computed,
never typed) with all values drawn from one `random.Random(%d)`.
The output is byte-for-byte reproducible; `--check` regenerates and verifies it.

**Never use this set for tuning.** It is a held-out evaluation set; looking at
failures and adjusting the redactor to them destroys its value.

## Content

- %d positive cases, %d negative cases.
- About two thirds typed channels (web chat, SMS, e-mail bodies, WhatsApp /
  Facebook / Twitter DMs, app chat) with messy typing: values split over several
  messages, typos in surrounding words, odd separators (space, dash, dot, none,
  double space, non-breaking space), mixed case, emojis, quoted replies and
  signatures, copy-paste artefacts.
- About one third phone calls as ASR transcripts: lower case, numbers as words
  ("oh"/"o"/"zero"/"nought", "double seven", "triple two", pairs like "forty one
  eleven", years like "nineteen eighty four"), NATO-style spelled letters
  ("b for bravo"), e-mails as "j dot doe at gmail dot com", values split over
  turns with agent back-channels, fillers inside readings, self-corrections,
  agent read-backs.
- Industries: banking, telecom, utilities, retail, insurance, travel,
  healthcare billing, government services; UK, US, Ireland, EU (DE/FR/NL/ES IBANs,
  German phone numbers).
- Negatives contain look-alikes only: amounts, prices, balances, times,
  durations, counts, percentages, speeds, temperatures, ages, years,
  non-birth dates, order/ticket/claim/invoice/tracking/quote numbers (said with
  their reference word), flight numbers, seats, room numbers, model numbers,
  meter readings.

## Annotation conventions

- A span covers only the value itself: from its first to its last letter/digit
  (a leading `+` or `(` of a phone number is included). Lead-in words ("it's",
  "card no:", "sort code") are outside.
- When a value is split over several turns, each fragment is its own span with
  the same type. Separators between fragments in the same turn (a dash, "um")
  may be inside or outside the spans; a filler said *between* groups of a value
  is left outside when the groups are labelled separately.
- Spoken readings: the whole run of number words is the span, including
  "double"/"triple" and "x for xray" letter spellings; "dot"/"at" inside spoken
  e-mails are inside the EMAIL span.
- Agent read-backs of a value are labelled as well.
- Self-corrections: only the corrected (final) reading is labelled; the abandoned
  group is left unlabelled.
- ADDRESS = house number + street name; town is not labelled; postcode / ZIP
  is labelled separately as POSTCODE.
- EXPIRY and CVV are labelled only in card-payment context; DOB only when asked
  for / given as a date of birth. Other dates, ages and amounts are unlabelled.
- "Last four" mentions (of an account or of an SSN given in full later),
  mistyped Luhn-invalid card attempts and reference numbers are not labelled.
- Fillers said inside a single reading ("um", "er") sit between two spans of
  the same value; the fragments of one value always share the same type.

## Span counts per type

| type | spans |
|---|---|
%s
""" % (SEED, npos, nneg, rows)


def main():
    text, groups = generate()
    errs, counts, npos, nneg = check_all(text, groups)
    small = [t for t in TYPES if counts[t] < (30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12)]
    if small:
        errs.append("too few spans for: %s" % small)
    if npos < 170 or nneg < 100:
        errs.append("too few cases")
    rd = readme(counts, npos, nneg)
    if "--check" in sys.argv:
        for path, want in ((CASES, text), (README, rd)):
            try:
                with open(path, encoding="utf-8") as f:
                    if f.read() != want:
                        errs.append("%s differs from regenerated output" % path)
            except OSError as e:
                errs.append(str(e))
    else:
        os.makedirs(OUT_DIR, exist_ok=True)
        with open(CASES, "w", encoding="utf-8") as f:
            f.write(text)
        with open(README, "w", encoding="utf-8") as f:
            f.write(rd)
    print("positives=%d negatives=%d" % (npos, nneg))
    for t in TYPES:
        print("  %-13s %d" % (t, counts[t]))
    for e in errs[:50]:
        print("ERROR:", e)
    if errs:
        print("FAILED (%d problems)" % len(errs))
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())

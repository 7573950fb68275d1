#!/usr/bin/env python3
"""Generate the pii_holdout554 held-out PII redaction evaluation set.

Written by an AI helper acting as an independent test author (it never saw the
redaction engine).  Standard library only; one RNG: random.Random(554241125).

Usage:  python scripts/make_pii_holdout554.py          # (re)write fixtures
        python scripts/make_pii_holdout554.py --check  # regenerate + verify
"""
import json
import os
import re
import sys
import random

R = random.Random(554241125)
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_DIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout554")
OUT = os.path.join(OUT_DIR, "cases.jsonl")
README = os.path.join(OUT_DIR, "README.md")
TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE",
         "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

# ----------------------------------------------------------------- vocabulary
UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
ZERO_W = ["oh", "o", "zero", "nought", "oh", "oh"]
HOMO = {"1": ["won"], "2": ["to", "too"], "4": ["for"], "8": ["ate"], "3": ["tree"]}
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = {"twenty": 2, "thirty": 3, "forty": 4, "fourty": 4, "fifty": 5, "sixty": 6,
        "seventy": 7, "eighty": 8, "ninety": 9}
TENS_W = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
FILLERS = ["um", "uh", "er", "erm", "uhh", "umm", "hmm"]
UNIT_VAL = {w: str(i) for i, w in enumerate(UNITS)}
for z in ("oh", "o", "nought", "zero", "nil"):
    UNIT_VAL[z] = "0"
for d, ws in HOMO.items():
    for w in ws:
        UNIT_VAL[w] = d
UNIT_VAL["niner"] = "9"
TEEN_VAL = {w: str(10 + i) for i, w in enumerate(TEENS)}
NATO = {"alpha": "A", "alfa": "A", "bravo": "B", "charlie": "C", "delta": "D", "echo": "E",
        "foxtrot": "F", "golf": "G", "hotel": "H", "india": "I", "juliet": "J", "juliett": "J",
        "kilo": "K", "lima": "L", "mike": "M", "november": "N", "oscar": "O", "papa": "P",
        "quebec": "Q", "romeo": "R", "sierra": "S", "tango": "T", "uniform": "U",
        "victor": "V", "whiskey": "W", "whisky": "W", "xray": "X", "yankee": "Y", "zulu": "Z"}
NATO_OF = {}
for w, l in NATO.items():
    NATO_OF.setdefault(l, w)
LNAME = {"ay": "A", "eh": "A", "bee": "B", "be": "B", "see": "C", "sea": "C", "cee": "C",
         "dee": "D", "ee": "E", "eff": "F", "ef": "F", "gee": "G", "aitch": "H", "haitch": "H",
         "eye": "I", "jay": "J", "kay": "K", "el": "L", "elle": "L", "em": "M", "en": "N",
         "pee": "P", "pea": "P", "queue": "Q", "cue": "Q", "are": "R", "our": "R", "ess": "S",
         "es": "S", "tee": "T", "tea": "T", "you": "U", "yew": "U", "vee": "V", "ex": "X",
         "ecks": "X", "why": "Y", "zed": "Z", "zee": "Z"}
# spoken (sometimes misheard) letter names used by the generator
SAY_LETTER = {"A": ["ay", "a", "eh"], "B": ["bee", "be", "b"], "C": ["see", "sea", "c"],
              "D": ["dee", "d"], "E": ["ee", "e"], "F": ["eff", "f"], "G": ["gee", "g"],
              "H": ["aitch", "haitch", "h"], "I": ["eye", "i"], "J": ["jay", "j"],
              "K": ["kay", "k"], "L": ["el", "elle", "l"], "M": ["em", "m"], "N": ["en", "n"],
              "P": ["pee", "pea", "p"], "Q": ["queue", "q"], "R": ["are", "our", "r"],
              "S": ["ess", "es", "s"], "T": ["tee", "tea", "t"], "U": ["you", "u"],
              "V": ["vee", "v"], "W": ["double you", "w"], "X": ["ex", "x"],
              "Y": ["why", "y"], "Z": ["zed", "zee", "z"]}
FOR_WORD = {"A": ["apple", "alpha"], "B": ["bravo", "boy", "bertie"], "C": ["charlie", "cat"],
            "D": ["delta", "dog", "david"], "E": ["echo", "edward"], "F": ["freddie", "foxtrot"],
            "G": ["golf", "george"], "H": ["hotel", "harry"], "J": ["juliet", "jack"],
            "K": ["kilo", "king"], "L": ["lima", "london"], "M": ["mike", "mother", "mary"],
            "N": ["november", "nancy"], "P": ["papa", "peter"], "R": ["romeo", "robert"],
            "S": ["sierra", "sugar"], "T": ["tango", "tommy"], "U": ["uniform"],
            "W": ["whiskey", "william"], "X": ["xray"], "Y": ["yankee", "yellow"],
            "Z": ["zulu", "zebra"], "I": ["india"], "V": ["victor"], "Q": ["quebec"]}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
MON_ABBR = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct",
            "nov", "dec"]
ORD = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
       "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
       "seventeenth", "eighteenth", "nineteenth", "twentieth", "thirtieth"]
STREET_SFX = ["road", "rd", "street", "st", "avenue", "ave", "lane", "close", "drive", "way",
              "crescent", "court", "place", "terrace", "grove", "gardens", "hill", "row",
              "walk", "mews", "boulevard", "blvd", "parkway", "park", "green", "square"]
RUNTOGETHER_VOCAB = set(UNITS) | set(UNIT_VAL) | set(TEENS) | set(TENS) | {"double", "triple"}


def ch(x):
    return R.choice(x)


# ------------------------------------------------------------- value makers
def luhn_ok(s):
    tot = 0
    for i, c in enumerate(reversed(s)):
        d = int(c)
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def make_card():
    kind = ch(["visa"] * 5 + ["mc"] * 4 + ["amex"] * 2 + ["disc", "maestro", "visa13", "jcb"])
    pre, n = {"visa": ("4", 16), "mc": (ch(["51", "52", "53", "54", "55", "2221"]), 16),
              "amex": (ch(["34", "37"]), 15), "disc": ("6011", 16),
              "maestro": (ch(["6759", "5018"]), 19), "visa13": ("4", 13),
              "jcb": ("3528", 16)}[kind]
    body = pre + "".join(str(R.randint(0, 9)) for _ in range(n - len(pre) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def card_groups(c):
    if len(c) == 15:
        return [c[:4], c[4:10], c[10:]]
    if len(c) == 13:
        return [c[:4], c[4:8], c[8:13]]
    if len(c) == 19:
        return [c[:4], c[4:8], c[8:12], c[12:16], c[16:]]
    return [c[i:i + 4] for i in range(0, len(c), 4)]


def make_ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


NI1 = "ABCEGHJKLMNPRSTWXYZ"
NI2 = "ABCEGHJKLMNPRSTWXYZ"


def make_ni():
    while True:
        p = ch(NI1) + ch(NI2)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p + "".join(str(R.randint(0, 9)) for _ in range(6)) + ch("ABCD")


def iban_check(cc, bban):
    s = bban + cc + "00"
    num = "".join(str(int(c, 36)) for c in s)
    return "%02d" % (98 - int(num) % 97)


def make_iban():
    cc = ch(["GB", "GB", "IE", "DE", "FR", "NL", "ES"])
    dg = lambda n: "".join(str(R.randint(0, 9)) for _ in range(n))
    bank = "".join(ch("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(4))
    bban = {"GB": bank + dg(14), "IE": bank + dg(14), "DE": dg(18), "FR": dg(23),
            "NL": bank + dg(10), "ES": dg(20)}[cc]
    return cc + iban_check(cc, bban) + bban


def iban_ok(s):
    s = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


PC_AREAS = ["SW", "SE", "N", "E", "W", "M", "B", "L", "G", "LS", "EH", "CF", "BS", "NG", "CR",
            "BT", "KT", "RG", "DN", "PE", "S", "TW", "HA", "CB", "BN", "ST", "WR", "TN"]
PC_IN = "ABDEFGHJLNPQRSTUWXYZ"


def make_postcode():
    a = ch(PC_AREAS)
    r = R.random()
    if r < 0.15 and a in ("SW", "W", "E", "N", "SE"):
        out = a + str(R.randint(1, 9)) + ch("ABCHPWR")
    elif r < 0.5:
        out = a + str(R.randint(1, 29))
    else:
        out = a + str(R.randint(1, 9))
    return out + " " + str(R.randint(0, 9)) + ch(PC_IN) + ch(PC_IN)


def make_zip():
    z = "%05d" % R.randint(1001, 99950)
    if R.random() < 0.3:
        z += "-%04d" % R.randint(1, 9999)
    return z


def dg(n):
    return "".join(str(R.randint(0, 9)) for _ in range(n))


def make_phone():
    k = ch(["uk_mob", "uk_mob", "uk_land", "uk_intl", "us", "us", "us_intl", "ie", "ie_intl",
            "fr_intl", "de_intl", "es_intl"])
    if k == "uk_mob":
        return k, "07" + ch(["700", "911", "824", "456", "387"]) + dg(6)
    if k == "uk_land":
        return k, ch(["020", "0161", "0113", "0131", "0117"]) + dg(7)
    if k == "uk_intl":
        return k, "447" + ch(["700", "911", "824", "456"]) + dg(6)
    if k == "us":
        return k, ch(["212", "415", "617", "312", "713", "206"]) + str(R.randint(2, 9)) + dg(6)
    if k == "us_intl":
        return k, "1" + ch(["212", "415", "617", "305"]) + str(R.randint(2, 9)) + dg(6)
    if k == "ie":
        return k, ch(["087", "086", "085", "083"]) + dg(7)
    if k == "ie_intl":
        return k, "353" + ch(["87", "86", "85"]) + dg(7)
    if k == "fr_intl":
        return k, "33" + ch(["6", "7"]) + dg(8)
    if k == "de_intl":
        return k, "49" + ch(["151", "160", "176"]) + dg(8)
    return k, "34" + ch(["6", "7"]) + dg(8)


FIRST = ["james", "sarah", "mohammed", "aoife", "liam", "priya", "tom", "grace", "wei",
         "niamh", "kevin", "olga", "daniel", "fatima", "sean", "chloe", "marcus", "rosa"]
LAST = ["smith", "patel", "murphy", "kowalski", "brennan", "jones", "garcia", "okafor",
        "nguyen", "walsh", "taylor", "schmidt", "dubois", "hughes", "rossi", "khan"]
DOMAINS = [("gmail", "com"), ("hotmail", "co.uk"), ("outlook", "com"), ("yahoo", "ie"),
           ("btinternet", "com"), ("icloud", "com"), ("eircom", "net"), ("proton", "me"),
           ("aol", "com"), ("sky", "com")]
STREETS = ["Acacia Avenue", "Mill Lane", "Station Road", "Church Street", "Harbour Road",
           "Victoria Terrace", "Elm Grove", "Kings Drive", "Oak Close", "Maple Street",
           "Willow Crescent", "Castle Hill", "Orchard Way", "Meadow Walk", "Cedar Court",
           "Park Place", "Brunswick Square", "Sunset Boulevard", "Lakeview Drive", "Quarry Row"]
TOWNS_UK = ["Leeds", "Bristol", "Manchester", "Croydon", "Glasgow", "Cardiff", "Nottingham",
            "Belfast", "York", "Brighton"]
TOWNS_US = ["Springfield", "Austin", "Boston", "Seattle", "Denver", "Tampa"]


# ------------------------------------------------------------- speech
def dword(d, hom=0.0):
    if d == "0":
        return ch(ZERO_W)
    if d in HOMO and R.random() < hom:
        return ch(HOMO[d])
    return UNITS[int(d)]


def pair_words(p, last):
    if p[0] == "0":
        return (ch(["oh", "o", "zero"]) + " " + dword(p[1])) if p[1] != "0" else ch(["double oh", "oh oh", "zero zero"])
    if p[0] == "1":
        return TEENS[int(p[1])]
    if p[1] == "0":
        return TENS_W[int(p[0])] if last else UNITS[int(p[0])] + " " + ch(["oh", "zero"])
    return TENS_W[int(p[0])] + " " + UNITS[int(p[1])]


def single_words(chunk, hom):
    out, i = [], 0
    while i < len(chunk):
        d = chunk[i]
        run = 1
        while i + run < len(chunk) and chunk[i + run] == d:
            run += 1
        if run >= 3 and R.random() < 0.6:
            out.append("triple " + dword(d)); i += 3; continue
        if run >= 2 and R.random() < 0.65:
            out.append("double " + dword(d)); i += 2; continue
        out.append(dword(d, hom)); i += 1
    # words run together (ASR) - only plain unit words
    if len(out) > 1 and R.random() < 0.18:
        j = R.randrange(len(out) - 1)
        a, b = out[j], out[j + 1]
        if a in UNITS and b in UNITS and (a + b) not in RUNTOGETHER_VOCAB:
            out[j:j + 2] = [a + b]
    return " ".join(out)


def speak_chunk(chunk, last, hom=0.15, style=None):
    style = style or ch(["single", "single", "single", "pairs", "digits", "hund"])
    if style == "digits":
        return chunk
    if style == "hund" and len(chunk) == 3 and chunk[0] != "0" and chunk[1:] != "00" and not (chunk[2] == "0" and chunk[1] != "1"):
        tail = chunk[1:]
        tw = dword(tail[1]) if tail[0] == "0" else pair_words(tail, True)
        return UNITS[int(chunk[0])] + " hundred and " + tw
    if style in ("pairs", "hund") and len(chunk) % 2 == 0:
        ps = [chunk[i:i + 2] for i in range(0, len(chunk), 2)]
        return " ".join(pair_words(p, last and k == len(ps) - 1) for k, p in enumerate(ps))
    return single_words(chunk, hom)


def speak_number(groups, hom=0.15, fill=0.2, sep=None, style=None):
    parts = []
    for k, g in enumerate(groups):
        w = speak_chunk(g, k == len(groups) - 1, hom, style)
        if parts:
            s = sep if sep is not None else ch([" ", " ", ", ", "... ", " - "])
            if R.random() < fill:
                s = s + ch(FILLERS) + ch([" ", ", ", "... "])
            parts.append(s)
        parts.append(w)
    return "".join(parts)


def say_letter(l, style):
    if style == "nato":
        return NATO_OF[l]
    if style == "for" and l in FOR_WORD:
        return ch([l.lower(), ch(SAY_LETTER[l])]) + " for " + ch(FOR_WORD[l])
    return ch(SAY_LETTER[l])


def speak_alnum(s, lstyle=None, hom=0.0):
    """Speak a letters+digits value; lstyle per letter: plain/nato/for."""
    out = []
    i = 0
    while i < len(s):
        c = s[i]
        if c == " ":
            i += 1; continue
        if c.isdigit():
            j = i
            while j < len(s) and s[j].isdigit():
                j += 1
            out.append(single_words(s[i:j], hom) if R.random() < 0.7 or j - i < 2 else speak_chunk(s[i:j], True, hom))
            i = j
        else:
            st = lstyle or ch(["plain", "plain", "nato", "for"])
            out.append(say_letter(c, st))
            i += 1
    return " ".join(out)


# ------------------------------------------------------------- normaliser
TOKEN_RE = re.compile(r"[A-Za-z]+|\d+")


def split_runon(t):
    """Split an ASR run-together token into known number words."""
    n = len(t)
    best = [None] * (n + 1)
    best[0] = []
    for i in range(n):
        if best[i] is None:
            continue
        for j in range(i + 1, n + 1):
            if t[i:j] in RUNTOGETHER_VOCAB and best[j] is None:
                best[j] = best[i] + [t[i:j]]
    return best[n]


def tokens(text):
    out = []
    for m in TOKEN_RE.finditer(text):
        t = m.group()
        lit = (t.isalpha() and (t.isupper() and len(t) > 1 or
               (m.start() > 0 and text[m.start() - 1].isdigit()) or
               (m.end() < len(text) and text[m.end()].isdigit())))
        out.append((t.lower(), lit))
    return out


class NormErr(Exception):
    pass


def norm(text, mode):
    """mode: 'digits' or 'alnum'. Returns canonical upper-case string."""
    toks = []
    for t, lit in tokens(text):
        if not lit and t.isalpha() and t not in UNIT_VAL and t not in TEEN_VAL and t not in TENS \
                and t not in NATO and t not in LNAME and t not in FILLERS and len(t) > 2 \
                and t not in ("double", "triple", "hundred", "and", "plus", "for", "dash"):
            sp = split_runon(t)
            if sp:
                toks.extend((x, False) for x in sp)
                continue
        toks.append((t, lit))
    out = ""
    i = 0
    N = len(toks)

    def nxt(k):
        return toks[k][0] if k < N else None

    while i < N:
        t, lit = toks[i]
        if t.isdigit():
            out += t; i += 1; continue
        if lit:
            if mode != "alnum":
                raise NormErr("letters in digit value: %r" % t)
            out += t.upper(); i += 1; continue
        if t in FILLERS or t in ("plus", "dash", "hyphen", "space"):
            i += 1; continue
        if mode == "alnum":
            letter = None
            if t == "double" and nxt(i + 1) in ("you", "u"):
                out += "W"; i += 2
                if nxt(i) == "for" and i + 1 < N and toks[i + 1][0].isalpha():
                    i += 2
                continue
            if t in NATO:
                letter = NATO[t]
            elif t in LNAME and t not in ("o",):
                letter = LNAME[t]
            elif len(t) == 1 and t != "o":
                letter = t.upper()
            if letter:
                if nxt(i + 1) == "for" and i + 2 < N and toks[i + 2][0].isalpha():
                    i += 3
                else:
                    i += 1
                out += letter
                continue
        if t in ("double", "triple"):
            n = 2 if t == "double" else 3
            w = nxt(i + 1)
            if w in UNIT_VAL:
                out += UNIT_VAL[w] * n; i += 2; continue
            if mode == "alnum" and w in LNAME:
                out += LNAME[w] * n; i += 2; continue
            raise NormErr("bad double %r" % w)
        if t in TENS:
            w = nxt(i + 1)
            if w in UNITS and w != "zero":
                out += str(TENS[t]) + UNIT_VAL[w]; i += 2
            else:
                out += str(TENS[t]) + "0"; i += 1
            continue
        if t in TEEN_VAL:
            out += TEEN_VAL[t]; i += 1; continue
        if t in UNIT_VAL:
            d = UNIT_VAL[t]
            if nxt(i + 1) == "hundred":
                i += 2
                if nxt(i) == "and":
                    i += 1
                w = nxt(i)
                if w in TENS:
                    w2 = nxt(i + 1)
                    if w2 in UNITS and w2 != "zero":
                        out += d + str(TENS[w]) + UNIT_VAL[w2]; i += 2
                    else:
                        out += d + str(TENS[w]) + "0"; i += 1
                elif w in TEEN_VAL:
                    out += d + TEEN_VAL[w]; i += 1
                elif w in UNIT_VAL:
                    out += d + "0" + UNIT_VAL[w]; i += 1
                else:
                    out += d + "00"
                continue
            out += d; i += 1; continue
        raise NormErr("unknown token %r in %r" % (t, text))
    return out


DATE_VOCAB = (set(UNITS) | set(UNIT_VAL) | set(TEENS) | set(TENS) | set(MONTHS) | set(MON_ABBR)
              | set(ORD) | set(FILLERS) | {"hundred", "thousand", "and", "of", "the", "th", "st",
                                           "nd", "rd", "double", "slash", "twenty", "thirty"})


def check_date(text, kind):
    toks = [t for t, _ in tokens(text)]
    bad = [t for t in toks if t not in DATE_VOCAB and not t.isdigit()]
    if bad:
        raise NormErr("date vocab %r" % bad)
    numeric = [t for t in toks if t.isdigit() or t in UNIT_VAL or t in TEEN_VAL or t in TENS or t in ORD or t in MONTHS or t in MON_ABBR]
    if len(numeric) < 2:
        raise NormErr("date too short %r" % text)
    if kind == "DOB" and not any((t.isdigit() and len(t) in (2, 4, 6, 8)) or t in ("nineteen", "thousand") or t in TENS for t in toks):
        raise NormErr("DOB without year %r" % text)


UK_PC = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\d[ABD-HJLNP-UW-Z]{2}$")
NI_RE = re.compile(r"^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$")
EMAIL_RE = re.compile(r"^[a-z0-9._+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$")


def norm_email(text):
    if "@" in text:
        return text.lower().replace(" ", "")
    out = []
    toks = [t for t, _ in tokens(text)]
    i = 0
    while i < len(toks):
        t = toks[i]
        if t in FILLERS:
            pass
        elif t == "at":
            out.append("@")
        elif t in ("dot", "period"):
            out.append(".")
        elif t == "full" and i + 1 < len(toks) and toks[i + 1] == "stop":
            out.append("."); i += 1
        elif t == "underscore":
            out.append("_")
        elif t in ("dash", "hyphen"):
            out.append("-")
        elif t in TENS or t in TEEN_VAL or (t in UNITS):
            j = i
            while j < len(toks) and (toks[j] in TENS or toks[j] in TEEN_VAL or toks[j] in UNITS or toks[j] == "double"):
                j += 1
            out.append(norm(" ".join(toks[i:j]), "digits")); i = j; continue
        else:
            out.append(t)
        i += 1
    return "".join(out)


def validate(typ, texts):
    """texts: list of span texts forming one value (in order)."""
    joined = " ".join(texts)
    if typ == "CARD_NUMBER":
        v = "".join(norm(t, "digits") for t in texts)
        if not (13 <= len(v) <= 19 and luhn_ok(v)):
            raise NormErr("card %r -> %r" % (texts, v))
    elif typ == "CVV":
        v = norm(joined, "digits")
        if len(v) not in (3, 4):
            raise NormErr("cvv %r" % v)
    elif typ == "SSN":
        v = "".join(norm(t, "digits") for t in texts)
        if len(v) != 9 or v[:3] in ("000", "666") or v[0] == "9" or v[3:5] == "00" or v[5:] == "0000":
            raise NormErr("ssn %r -> %r" % (texts, v))
    elif typ == "NI_NUMBER":
        v = "".join(norm(t, "alnum") for t in texts)
        if not NI_RE.match(v) or v[:2] in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            raise NormErr("ni %r -> %r" % (texts, v))
    elif typ == "BANK_ACCOUNT":
        v = "".join(norm(t, "digits") for t in texts)
        if not 6 <= len(v) <= 17:
            raise NormErr("acct %r" % v)
    elif typ == "SORT_CODE":
        v = "".join(norm(t, "digits") for t in texts)
        if len(v) != 6:
            raise NormErr("sort %r -> %r" % (texts, v))
    elif typ == "IBAN":
        v = "".join(norm(t, "alnum") for t in texts)
        if not (re.match(r"^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$", v) and iban_ok(v)):
            raise NormErr("iban %r -> %r" % (texts, v))
    elif typ == "PHONE":
        v = "".join(norm(t, "digits") for t in texts)
        if not 9 <= len(v) <= 15:
            raise NormErr("phone %r -> %r" % (texts, v))
    elif typ == "EMAIL":
        v = "".join(norm_email(t) for t in texts)
        if not EMAIL_RE.match(v):
            raise NormErr("email %r -> %r" % (texts, v))
    elif typ in ("DOB", "EXPIRY"):
        for t in texts:
            check_date(t, typ)
    elif typ == "POSTCODE":
        v = "".join(norm(t, "alnum") for t in texts)
        if not (UK_PC.match(v) or re.match(r"^\d{5}(\d{4})?$", v)):
            raise NormErr("postcode %r -> %r" % (texts, v))
    elif typ == "ADDRESS":
        toks = [t for t, _ in tokens(joined)]
        first_ok = toks[0].isdigit() or toks[0] in UNIT_VAL or toks[0] in TEEN_VAL or toks[0] in TENS \
            or toks[0] in ("flat", "apartment", "apt", "unit", "suite")
        if not first_ok or toks[-1] not in STREET_SFX:
            raise NormErr("address %r" % texts)
    else:
        raise NormErr("type %r" % typ)


# ------------------------------------------------------------- case builder
_gid = [0]


def newgid():
    _gid[0] += 1
    return _gid[0]


def V(text, typ, gid=None, mode="full"):
    return (text, typ, gid if gid is not None else newgid(), mode)


class Case:
    def __init__(self, kind, note):
        self.kind, self.note = kind, note
        self.turns, self.spans, self.meta = [], [], []

    def t(self, speaker, *segs):
        text, ti = "", len(self.turns)
        for s in segs:
            if isinstance(s, str):
                text += s
            else:
                val, typ, gid, mode = s
                st = len(text)
                text += val
                self.spans.append({"turn": ti, "start": st, "end": len(text), "type": typ})
                self.meta.append((gid, mode))
        self.turns.append({"speaker": speaker, "text": text})
        return self

    def c(self, *segs):
        return self.t("customer", *segs)

    def a(self, *segs):
        return self.t("agent", *segs)


BACK = ["mhm", "go on", "yep", "okay", "uh huh", "right", "got that", "and the next four?",
        "yeah go on", "ok, keep going", "sorry, go ahead", "mm-hm"]
GREET = {
    "bank": ["thanks for calling Northgate Bank, how can I help", "you're through to card services",
             "fraud team, you're speaking with Dev"],
    "telecom": ["welcome to Vireo Mobile, you're speaking to Hannah", "broadband support, what's up today"],
    "utility": ["Brightwater Energy, billing team", "you're through to the gas and electric helpline"],
    "retail": ["hi, thanks for shopping with Larkfield, this is Sam", "online orders, how can I help"],
    "insurance": ["Harbourline Insurance claims, my name's Ola", "motor insurance renewals"],
    "travel": ["SkyLoop Airways reservations", "hotel bookings desk, this is Marco"],
    "health": ["patient billing office, this is Dana", "St Anne's clinic accounts"],
    "gov": ["HM benefits helpline", "you're through to the DMV customer line", "tax office enquiries"],
}


def greet():
    ind = ch(list(GREET))
    return ind, ch(GREET[ind])


def asr(s):
    """lower-case, strip punctuation, like a recogniser would."""
    s = s.lower()
    s = re.sub(r"[,.?!;:]", "", s)
    return s


# ------------------------------------------------------------- card variants
def card_typed_form(c):
    g = card_groups(c)
    r = R.random()
    if r < 0.3:
        return " ".join(g)
    if r < 0.5:
        return "-".join(g)
    if r < 0.65:
        return c
    if r < 0.75:
        return ".".join(g)
    # odd grouping
    cuts = sorted(R.sample(range(2, len(c) - 1), 3))
    parts, prev = [], 0
    for k in cuts + [len(c)]:
        parts.append(c[prev:k]); prev = k
    return " ".join(parts)


def expiry_forms():
    m, y = R.randint(1, 12), R.randint(25, 31)
    typed = ch(["%02d/%02d" % (m, y), "%02d/20%02d" % (m, y), "%d/%02d" % (m, y),
                "%02d-%02d" % (m, y), "%s 20%02d" % (ch(MON_ABBR[:12]).title(), y)])
    spoken = ch(["%s %s" % (speak_chunk("%02d" % m, False, 0, "single"), speak_chunk("%02d" % y, True, 0, "pairs")),
                 "%s twenty %s" % (MONTHS[m - 1], pair_words("%02d" % y, True)),
                 "%s slash %s" % (speak_chunk("%02d" % m, False, 0, ch(["single", "pairs"])), pair_words("%02d" % y, True))])
    return typed, spoken


def cvv_forms(card):
    n = 4 if len(card) == 15 else 3
    v = dg(n)
    if v[0] == "0" and R.random() < 0.5:
        v = "7" + v[1:]
    return v, speak_chunk(v, True, 0.2, ch(["single", "single", "hund", "digits"]))


def pos_card_chat():
    ind, g = greet()
    c = make_card()
    cs = Case("positive", "typed chat card number (%s) with expiry/CVV" % ind)
    cs.a(g + ". What card would you like to use?")
    lab = ch(["card no: ", "Card number - ", "its ", "", "cc# ", "the long number is ", "Card: "])
    typed = card_typed_form(c)
    if R.random() < 0.2:
        typed = typed + ch([" thx", " ta"])
        cs.c(lab, V(typed[:-4] if typed.endswith(" thx") else typed[:-3], "CARD_NUMBER"), typed[len(typed) - (4 if typed.endswith(" thx") else 3):])
    else:
        cs.c(lab, V(typed, "CARD_NUMBER"))
    et, _ = expiry_forms()
    cv, _ = cvv_forms(c)
    r = R.random()
    if r < 0.5:
        cs.a("Thanks. Expiry date and security code please?")
        cs.c(ch(["exp ", "expires ", "", "valid till "]), V(et, "EXPIRY"), ch([" cvv ", ", code ", " and ", " / sec code: "]), V(cv, "CVV"))
    elif r < 0.8:
        cs.a("And the expiry?")
        cs.c(V(et, "EXPIRY"))
    r = R.random()
    if r < 0.35:
        # full card was given in this case, so the last-four read-back is labelled
        cs.a("Processing now, card ending ", V(c[-4:], "CARD_NUMBER", None, "part"), ".")
    else:
        cs.a(ch(["Thanks, that's gone through.", "Lovely, payment of £%d.%02d taken." % (R.randint(5, 900), R.randint(0, 99))]))
    return cs


def pos_card_spoken():
    ind, g = greet()
    c = make_card()
    cs = Case("positive", "ASR card number in one turn, homophones/fillers/mixed digits (%s)" % ind)
    cs.a(asr(g))
    cs.c(asr(ch(["yeah i want to pay my bill", "i need to update my card", "can i pay off the balance"])))
    cs.a(ch(["sure can i take the long number on the card", "go ahead with the card number when you're ready", "what's the sixteen digit number"]))
    sp = speak_number(card_groups(c), hom=0.25, fill=0.35)
    cs.c(ch(["yeah it's ", "ok it's ", "right ", "um ", "so it's "]), V(sp, "CARD_NUMBER"))
    if R.random() < 0.5:
        e = expiry_forms()[1]
        cs.a("and the expiry")
        cs.c(ch(["", "it's ", "uh "]), V(e, "EXPIRY"))
    if R.random() < 0.5:
        cv, cvs = cvv_forms(c)
        cs.a("and the three digits on the back" if len(c) != 15 else "and the four digit code on the front")
        cs.c(V(cvs, "CVV"))
    return cs


def pos_card_split():
    ind, g = greet()
    c = make_card()
    gid = newgid()
    cs = Case("positive", "card number split over customer turns with back-channels, agent read-back (%s)" % ind)
    cs.a(asr(g))
    cs.c("i'd like to make a payment please")
    cs.a("no problem what's the card number")
    groups = card_groups(c)
    k = 0
    while k < len(groups):
        take = groups[k:k + ch([1, 1, 2])]
        k += len(take)
        cs.c(ch(["", "", "uh ", "ok "]), V(speak_number(take, hom=0.2, fill=0.2), "CARD_NUMBER", gid))
        if k < len(groups):
            cs.a(ch(BACK))
    r = R.random()
    if r < 0.4:
        cs.a("so that's ", V(speak_number(groups, hom=0, fill=0, sep=" "), "CARD_NUMBER"), " is that right")
        cs.c("yes")
    elif r < 0.75:
        cs.a("thank you so that's the card ending ", V(speak_chunk(c[-4:], True, 0, ch(["single", "pairs"])), "CARD_NUMBER", None, "part"), " yeah")
        cs.c("that's the one")
    else:
        cs.a("lovely and the expiry on that")
        cs.c(V(expiry_forms()[1], "EXPIRY"))
    return cs


def pos_card_correction():
    c = make_card()
    cs = Case("positive", "card reading restarted after a mistake; abandoned fragment labelled too")
    cs.a("can i take the card number")
    groups = card_groups(c)
    wrong = groups[0] + str((int(groups[1][0]) + 3) % 10) + groups[1][1:]
    cs.c(V(speak_number([wrong[:4], wrong[4:]], hom=0.1, fill=0.1), "CARD_NUMBER", None, "part"),
         ch(["... no sorry, let me start again, ", " - wait no that's wrong. it's ", ", sorry, scratch that, "]),
         V(speak_number(groups, hom=0.2, fill=0.25), "CARD_NUMBER"))
    cs.a(ch(["okay no worries", "got it thanks", "right ok"]))
    return cs


def pos_card_aside():
    c = make_card()
    groups = card_groups(c)
    gid = newgid()
    cut = R.randint(1, len(groups) - 1)
    cs = Case("positive", "aside in the middle of a card reading splits it into two spans")
    cs.a("whenever you're ready with the card number")
    cs.c(V(speak_number(groups[:cut], hom=0.2, fill=0.2), "CARD_NUMBER", gid),
         ch([" hang on the dog's going mad, ", " sorry can you hold on one sec, kids, right where was i, ",
             " oh hold on the light's gone on my phone, ok ", " ... jamie put that down ... sorry, "]),
         V(speak_number(groups[cut:], hom=0.2, fill=0.2), "CARD_NUMBER", gid))
    cs.a("thanks")
    return cs


def pos_card_email():
    c = make_card()
    cs = Case("positive", "card number in an e-mail body with other text")
    cs.c(ch(["Hi team,\nPlease charge the outstanding invoice INV-%s to my card " % dg(6),
             "Hello - re booking ref %s, please use card " % ("".join(ch("ABCDEFGHJK") for _ in range(6))),
             "to whom it may concern, pls update my direct card to "]),
         V(card_typed_form(c), "CARD_NUMBER"), ch([", exp ", " (expiry ", " exp. "]), V(expiry_forms()[0], "EXPIRY"),
         ch([").\nThanks,\nK", ". regards", ".\nCheers"]))
    cs.a("Thank you, we've updated the card on file.")
    return cs


# ------------------------------------------------------------- SSN
def ssn_forms(s):
    r = R.random()
    if r < 0.25:
        return s[:3] + "-" + s[3:5] + "-" + s[5:]
    if r < 0.35:
        return s
    if r < 0.45:
        return s[:3] + " " + s[3:5] + " " + s[5:]
    return speak_number([s[:3], s[3:5], s[5:]], hom=0.2, fill=0.25)


def pos_ssn():
    s = make_ssn()
    ind = ch(["health", "gov", "insurance", "bank"])
    cs = Case("positive", "US social security number (%s)" % ind)
    r = R.random()
    if r < 0.45:
        cs.a(ch(["for verification can i get your social", "i'll need the social security number on the account",
                 "and your s s n please"]))
        cs.c(ch(["sure it's ", "yeah ", "my social is ", "uh "]), V(ssn_forms(s), "SSN"))
        if R.random() < 0.4:
            cs.a("let me read that back ", V(speak_number([s[:3], s[3:5], s[5:]], 0, 0, sep=" "), "SSN"))
            cs.c("correct")
    elif r < 0.75:
        gid = newgid()
        cs.a("can you give me your social security number")
        cs.c(V(speak_number([s[:3]], 0.2, 0), "SSN", gid))
        cs.a(ch(BACK))
        cs.c(V(speak_number([s[3:5]], 0.2, 0), "SSN", gid))
        cs.a(ch(BACK))
        cs.c(ch(["", "and ", "then "]), V(speak_number([s[5:]], 0.2, 0.2), "SSN", gid))
    else:
        cs.c(ch(["SSN: ", "ssn ", "Social Security # ", "my ss# is "]), V(ssn_forms(s) if R.random() < 0.3 else s[:3] + "-" + s[3:5] + "-" + s[5:], "SSN"),
             ch([" - DOB ", ", born "]), V(ch(["%02d/%02d/%d" % (R.randint(1, 12), R.randint(1, 28), R.randint(1940, 2004)),
                                                 "%s %d, %d" % (ch(MONTHS).title(), R.randint(1, 28), R.randint(1940, 2004))]), "DOB"))
        cs.a("Thanks, verified.")
    return cs


# ------------------------------------------------------------- NI
def ni_typed(n):
    r = R.random()
    if r < 0.3:
        return n
    if r < 0.55:
        return "%s %s %s %s %s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8])
    if r < 0.7:
        return n.lower()
    if r < 0.85:
        return "%s %s %s" % (n[:2], n[2:8], n[8])
    return "%s-%s-%s-%s-%s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8])


def ni_spoken(n):
    st = ch(["plain", "plain", "nato", "for", None])
    pre = " ".join(say_letter(l, st or ch(["plain", "nato", "for"])) for l in n[:2])
    mid = speak_number([n[2:4], n[4:6], n[6:8]], hom=0.2, fill=0.2, style=ch([None, "pairs", "single"]))
    suf = say_letter(n[8], st or ch(["plain", "for"]))
    return pre, mid, suf


def pos_ni():
    n = make_ni()
    ind = ch(["gov", "bank", "insurance", "health"])
    cs = Case("positive", "UK National Insurance number (%s)" % ind)
    r = R.random()
    if r < 0.3:
        cs.c(ch(["NI no: ", "my national insurance is ", "NINO ", "N.I. number - "]), V(ni_typed(n), "NI_NUMBER"),
             ch(["", " thanks", ". can you check my contributions?"]))
        cs.a("Thanks, one moment.")
    elif r < 0.7:
        pre, mid, suf = ni_spoken(n)
        cs.a("and your national insurance number please")
        cs.c(ch(["yeah it's ", "", "um ", "ok so "]), V(pre + ch([" ", ", "]) + mid + ch([" ", ", ", "... "]) + suf, "NI_NUMBER"))
        if R.random() < 0.4:
            cs.a("so that's ", V(" ".join(say_letter(l, "plain") for l in n[:2]) + " " + speak_number([n[2:8]], 0, 0, style="single") + " " + say_letter(n[8], "plain"), "NI_NUMBER"), " yeah")
            cs.c("yep")
    else:
        pre, mid, suf = ni_spoken(n)
        gid = newgid()
        cs.a("can i take your n i number")
        cs.c(V(pre, "NI_NUMBER", gid))
        cs.a(ch(["sorry was that " + say_letter(n[0], "plain") + "?", "mhm", "go on"]))
        cs.c(ch(["yes ", "yeah ", ""]), V(mid, "NI_NUMBER", gid))
        cs.a(ch(BACK))
        cs.c(ch(["and the letter at the end is ", "", "last letter "]), V(suf, "NI_NUMBER", gid))
    return cs


# ------------------------------------------------------------- bank
def pos_bank():
    acct = dg(8)
    sc = dg(6)
    cs = Case("positive", "UK account number and sort code")
    r = R.random()
    if r < 0.4:
        cs.c(ch(["acct no: ", "Account number ", "a/c ", "acc# "]), V(ch([acct, acct[:4] + " " + acct[4:]]), "BANK_ACCOUNT"),
             ch([" sort code ", ", s/c ", " / sort: ", " and sort code is "]),
             V(ch([sc[:2] + "-" + sc[2:4] + "-" + sc[4:], sc, sc[:2] + " " + sc[2:4] + " " + sc[4:]]), "SORT_CODE"))
        cs.a("Thanks, I've set up the refund to that account.")
    else:
        cs.a("what's the sort code")
        cs.c(ch(["it's ", "", "uh "]), V(speak_number([sc[:2], sc[2:4], sc[4:]], 0.15, 0.2, style=ch([None, "pairs"])), "SORT_CODE"))
        cs.a(ch(["and the account number", "lovely and the eight digit account number"]))
        if R.random() < 0.5:
            cs.c(V(speak_number([acct[:4], acct[4:]], 0.2, 0.25), "BANK_ACCOUNT"))
        else:
            gid = newgid()
            cs.c(V(speak_number([acct[:4]], 0.2, 0.1), "BANK_ACCOUNT", gid))
            cs.a(ch(BACK))
            cs.c(V(speak_number([acct[4:]], 0.2, 0.1), "BANK_ACCOUNT", gid))
        if R.random() < 0.4:
            cs.a("reading back sort code ", V(speak_number([sc[:2], sc[2:4], sc[4:]], 0, 0, sep=" ", style="single"), "SORT_CODE"),
                 " account ", V(speak_number([acct], 0, 0, style="single"), "BANK_ACCOUNT"))
    return cs


def pos_us_bank():
    acct = dg(R.randint(10, 12))
    routing = dg(9)
    cs = Case("positive", "US checking account number (routing number is not one of the labelled types)")
    cs.a("Please provide the checking account for the ACH refund.")
    cs.c("routing %s, account # " % routing if R.random() < 0.5 else "acct ", V(acct, "BANK_ACCOUNT"))
    return cs


def pos_iban():
    ib = make_iban()
    cs = Case("positive", "IBAN (%s)" % ib[:2])
    grp = " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))
    r = R.random()
    if r < 0.55:
        cs.c(ch(["IBAN: ", "my iban is ", "pls send to IBAN ", "Bank details - IBAN "]),
             V(ch([grp, ib, grp.lower(), ib.lower()]), "IBAN"), ch(["", " thanks", ", BIC NWBKGB2L"]))
        cs.a("Thanks, transfer scheduled.")
    else:
        cs.a("can you read me the iban")
        gid = newgid()
        a, b = ib[:8], ib[8:]
        cs.c(ch(["ok it's ", "", "right "]), V(speak_alnum(a, ch(["plain", "nato", None])), "IBAN", gid))
        cs.a(ch(BACK))
        cs.c(V(speak_alnum(b, ch(["plain", "nato"]), 0.1), "IBAN", gid))
    return cs


# ------------------------------------------------------------- phone
def phone_groups(k, p):
    if k == "uk_mob":
        return [p[:5], p[5:8], p[8:]]
    if k == "uk_land":
        return [p[:3], p[3:7], p[7:]] if p.startswith("020") else [p[:4], p[4:7], p[7:]]
    if k == "uk_intl":
        return [p[:2], p[2:6], p[6:]]
    if k == "us":
        return [p[:3], p[3:6], p[6:]]
    if k == "us_intl":
        return [p[:1], p[1:4], p[4:7], p[7:]]
    if k == "ie":
        return [p[:3], p[3:6], p[6:]]
    if k == "ie_intl":
        return [p[:3], p[3:5], p[5:8], p[8:]]
    if k == "fr_intl":
        return [p[:2], p[2:3]] + [p[i:i + 2] for i in range(3, 11, 2)]
    if k == "de_intl":
        return [p[:2], p[2:5], p[5:]]
    return [p[:2], p[2:5], p[5:8], p[8:]]


def phone_typed(k, p):
    g = phone_groups(k, p)
    if k.endswith("intl"):
        r = R.random()
        if r < 0.4:
            return "+" + " ".join(g)
        if r < 0.6:
            return "+" + p
        if r < 0.8:
            return "00" + " ".join(g)
        return "+" + g[0] + " (0)" + " ".join(g[1:])
    if k == "us":
        return ch(["(%s) %s-%s" % tuple(g), "%s-%s-%s" % tuple(g), "%s.%s.%s" % tuple(g), p])
    return ch([" ".join(g), p, "-".join(g)])


def phone_seg(k, p):
    t = phone_typed(k, p)
    lead = ""
    while not t[0].isalnum():
        lead += t[0]
        t = t[1:]
    return lead, V(t, "PHONE")


def phone_spoken(k, p):
    g = phone_groups(k, p)
    lead = ""
    if k.endswith("intl"):
        lead = ch(["plus ", "plus ", "oh oh ", "double oh "])
    return lead + speak_number(g, hom=0.2, fill=0.2)


def pos_phone():
    k, p = make_phone()
    ind, gr = greet()
    cs = Case("positive", "phone number %s (%s)" % (k, ind))
    r = R.random()
    if r < 0.4:
        cs.a("What's the best number to reach you on?")
        cs.c(ch(["mob: ", "call me on ", "", "tel ", "Ph. "]), *phone_seg(k, p), ch(["", " after 5pm", " pls", " (work)"]))
    elif r < 0.8:
        cs.a(asr(gr))
        cs.c("can you call me back")
        cs.a("sure what number")
        cs.c(ch(["yeah it's ", "", "um it's ", "my mobile is "]), V(phone_spoken(k, p), "PHONE"))
        if R.random() < 0.5:
            cs.a("let me just repeat that ", V(phone_spoken(k, p), "PHONE"))
            cs.c("that's it")
    else:
        g = phone_groups(k, p)
        gid = newgid()
        cs.a("and a contact number")
        cut = R.randint(1, len(g) - 1)
        lead = ch(["plus ", "oh oh "]) if k.endswith("intl") else ""
        cs.c(V(lead + speak_number(g[:cut], 0.2, 0.1), "PHONE", gid))
        cs.a(ch(BACK))
        cs.c(V(speak_number(g[cut:], 0.2, 0.1), "PHONE", gid))
    return cs


# ------------------------------------------------------------- email
def make_email():
    f, l = ch(FIRST), ch(LAST)
    num = str(R.randint(1, 99)) if R.random() < 0.5 else ""
    dom, tld = ch(DOMAINS)
    sep = ch([".", "_", "", "-"])
    local = ch([f + sep + l, f[0] + sep + l, f + l[0], l + sep + f]) + num
    return local, dom, tld


def email_typed(local, dom, tld):
    e = local + "@" + dom + "." + tld
    r = R.random()
    if r < 0.3:
        e = e.title() if R.random() < 0.5 else e.upper()
    return e


def email_spoken(local, dom, tld):
    out = []
    parts = re.findall(r"[a-z]+|\d+|[._-]", local)
    for p in parts:
        if p == ".":
            out.append(ch(["dot", "dot", "period", "full stop"]))
        elif p == "_":
            out.append("underscore")
        elif p == "-":
            out.append(ch(["dash", "hyphen"]))
        elif p.isdigit():
            out.append(speak_chunk(p, True, 0, ch(["single", "pairs"])) if len(p) == 2 else UNITS[int(p)])
        else:
            out.append(p)
    if R.random() < 0.2:
        out.insert(R.randint(1, len(out)), ch(["um", "uh"]))
    domw = dom
    if dom in ("gmail", "hotmail", "btinternet") and R.random() < 0.4:
        domw = {"gmail": "g mail", "hotmail": "hot mail", "btinternet": "b t internet"}[dom]
    return " ".join(out) + " at " + domw + " dot " + tld.replace(".", " dot ")


def pos_email():
    local, dom, tld = make_email()
    cs = Case("positive", "e-mail address typed or spoken")
    r = R.random()
    if r < 0.45:
        cs.a("Can you confirm the email on the account?")
        cs.c(ch(["email: ", "its ", "", "e-mail - ", "use "]), V(email_typed(local, dom, tld), "EMAIL"), ch(["", " please", " (personal)", "."]))
    else:
        cs.a("and what email should we send the confirmation to")
        cs.c(ch(["it's ", "yeah ", "", "um it's "]), V(email_spoken(local, dom, tld), "EMAIL"))
        if R.random() < 0.4:
            cs.a("so ", V(email_spoken(local, dom, tld), "EMAIL"), " yeah")
            cs.c("spot on")
    return cs


# ------------------------------------------------------------- DOB / address
def dob_forms():
    d, m, y = R.randint(1, 28), R.randint(1, 12), R.randint(1938, 2005)
    typed = ch(["%02d/%02d/%d" % (d, m, y), "%d.%d.%d" % (d, m, y), "%d %s %d" % (d, ch(MONTHS).title(), y),
                "%s %d, %d" % (MONTHS[m - 1].title(), d, y), "%02d-%02d-%02d" % (m, d, y % 100),
                "%d%s %s %d" % (d, {1: "st", 2: "nd", 3: "rd"}.get(d if d < 4 else 0, "th"), MON_ABBR[m - 1].title(), y)])
    yy = "%02d" % (y % 100)
    yw = ("nineteen " + pair_words(yy, True)) if y < 2000 else ("two thousand and " + UNITS[y % 10] if y < 2010 else "twenty " + pair_words(yy, True))
    dayw = ORD[d - 1] if d <= 20 else ("twenty " + ORD[d - 21] if d < 30 else ORD[20] if d == 30 else "thirty first")
    spoken = ch(["the %s of %s %s" % (dayw, MONTHS[m - 1], yw), "%s %s %s" % (MONTHS[m - 1], dayw, yw),
                 "%s %s %s" % (dayw, MONTHS[m - 1], ch([yw, pair_words(yy, True)])),
                 "%s %s %s" % (speak_chunk("%02d" % d, False, 0, "single"), speak_chunk("%02d" % m, False, 0, "single"), yw),
                 "%s %s uh %s" % (dayw, MONTHS[m - 1], yw)])
    return typed, spoken


def address_forms(us=False):
    st = ch(STREETS)
    n = R.randint(1, 240) if not us else R.randint(100, 9800)
    flat = R.random() < 0.25
    typed = ("Flat %d, " % R.randint(1, 30) if flat else "") + str(n) + ch(["", "", "a", "B"] if not us else [""]) + " " + st
    if R.random() < 0.3:
        w = st.split()
        typed = typed.replace(st, w[0] + " " + {"Road": "Rd", "Street": "St", "Avenue": "Ave"}.get(w[1], w[1]))
    if R.random() < 0.15:
        typed = typed.lower()
    nn = str(n)
    if len(nn) == 3 and R.random() < 0.5 and nn[1:] != "00" and not (nn[2] == "0" and nn[1] != "1"):
        nw = speak_chunk(nn, True, 0, "hund")
    elif len(nn) == 4:
        nw = pair_words(nn[:2], False) + " " + pair_words(nn[2:], True) if nn[2] != "0" else speak_chunk(nn, True, 0, "single")
    elif len(nn) == 2 and nn[0] != "0":
        nw = pair_words(nn, True)
    else:
        nw = speak_chunk(nn, True, 0, "single")
    spoken = ("flat " + UNITS[R.randint(1, 9)] + " " if flat else "") + nw + " " + st.lower()
    return typed, spoken


def pos_address():
    us = R.random() < 0.3
    cs = Case("positive", "address + %s" % ("US ZIP" if us else "UK postcode"))
    at, asp = address_forms(us)
    if us:
        z = make_zip()
        town = ch(TOWNS_US)
        if R.random() < 0.5:
            cs.c("Ship to: ", V(at, "ADDRESS"), ", %s, %s " % (town, ch(["TX", "MA", "WA", "CO", "FL"])), V(z, "POSTCODE"))
            cs.a("Thanks, address updated.")
        else:
            cs.a("what's the billing address")
            cs.c(V(asp, "ADDRESS"), " %s " % town.lower(), V(speak_number([z[:5]] + ([z[6:]] if len(z) > 5 else []), 0.1, 0.1, style="single"), "POSTCODE"))
    else:
        pc = make_postcode()
        town = ch(TOWNS_UK)
        if R.random() < 0.45:
            cs.c(ch(["Address: ", "new address is ", "moved to "]), V(at, "ADDRESS"), ", %s, " % town,
                 V(ch([pc, pc.replace(" ", ""), pc.lower()]), "POSTCODE"))
            cs.a("Thanks, updated.")
        else:
            cs.a("can i take the first line of the address and postcode")
            cs.c(ch(["yeah it's ", "", "uh "]), V(asp, "ADDRESS"), " in %s" % town.lower())
            cs.a("and the postcode")
            cs.c(V(speak_alnum(pc, ch(["plain", "plain", "for", None])), "POSTCODE"))
    return cs


def pos_postcode_only():
    pc = make_postcode()
    cs = Case("positive", "UK postcode spoken with misheard letter names, agent read-back")
    cs.a("can you confirm the postcode on the account")
    cs.c(ch(["it's ", "", "um "]), V(speak_alnum(pc, "plain"), "POSTCODE"))
    cs.a("so ", V(speak_alnum(pc, ch(["nato", "for"])), "POSTCODE"), "?")
    cs.c("yeah")
    return cs


def pos_idv():
    """identity verification: dob + postcode (+ last four not labelled)."""
    ind, g = greet()
    cs = Case("positive", "ID&V with DOB and postcode; card last-four alone is NOT labelled (%s)" % ind)
    t, s = dob_forms()
    cs.a(asr(g) + " can i take your date of birth")
    if R.random() < 0.5:
        cs.c(ch(["yeah it's ", "", "uh "]), V(s, "DOB"))
    else:
        cs.c(ch(["DOB ", "born ", ""]), V(t, "DOB"))
    cs.a("and the postcode")
    pc = make_postcode()
    cs.c(V(speak_alnum(pc), "POSTCODE"))
    cs.a("thanks and the card you're calling about ends in")
    cs.c(speak_chunk(dg(4), True, 0.1, "single"))
    return cs


def pos_multi():
    """agent-led account set-up with several PII types."""
    cs = Case("positive", "new account set-up with DOB, phone, email and address typed in chat")
    local, dom, tld = make_email()
    k, p = make_phone()
    t, _ = dob_forms()
    at, _ = address_forms()
    pc = make_postcode()
    cs.c("Name: %s %s\nDOB: " % (ch(FIRST).title(), ch(LAST).title()), V(t, "DOB"),
         "\nTel: ", *phone_seg(k, p), "\nEmail: ", V(email_typed(local, dom, tld), "EMAIL"),
         "\nAddr: ", V(at, "ADDRESS"), ", %s " % ch(TOWNS_UK), V(pc, "POSTCODE"))
    cs.a("Thanks, your account reference is %s." % ("ACC-" + dg(8)))
    return cs


# ------------------------------------------------------------- negatives
def neg_amount():
    a = R.randint(10, 9000)
    return ch(["your balance is £%s.%02d" % ("{:,}".format(a), R.randint(0, 99)),
               "that'll be %s pounds %s" % (speak_chunk(str(a)[:3], True, 0, "hund") if 100 < a < 1000 and str(a)[1:] != "00" and str(a)[2] != "0" else str(a), pair_words("%02d" % R.randint(11, 99), True)),
               "the outstanding amount is $%d.%02d" % (a, R.randint(0, 99)),
               "you owe %d euro %d" % (a, R.randint(1, 99)),
               "the minimum payment is twenty five pounds"])


def neg_ref():
    lab = ch(["order number", "ticket number", "reference", "invoice number", "claim number",
              "tracking number", "serial number", "policy number", "case ref", "booking reference"])
    r = R.random()
    if r < 0.35:
        num = make_card() if R.random() < 0.5 else dg(16)
        val = " ".join(card_groups(num))
    elif r < 0.6:
        val = speak_number([dg(4), dg(4), dg(4)], hom=0.2, fill=0.2)
    elif r < 0.8:
        val = ch(["1Z%s" % ("".join(ch("0123456789ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(16))),
                  "INV-20%d-%05d" % (R.randint(19, 26), R.randint(1, 99999)),
                  "POL%s" % dg(9), "CLM %s %s %s" % (dg(4), dg(4), dg(4)), "SN %s-%s" % (dg(4), dg(5))])
    else:
        val = dg(R.randint(9, 12))
    return "your %s is %s" % (lab, val)


def neg_misc():
    return ch([
        "we're open %d am to %d pm monday to saturday" % (R.randint(7, 9), R.randint(5, 9)),
        "the engineer will come between %d and %d on the %s of %s" % (R.randint(8, 11), R.randint(12, 17), ch(ORD[:20]), ch(MONTHS)),
        "your appointment is %s %d %s at %d:%02d" % (ch(["Monday", "Tuesday", "Friday"]), R.randint(1, 28), ch(MONTHS).title(), R.randint(8, 17), ch([0, 15, 30, 45])),
        "the call will take about %s minutes" % ch(["forty five", "twenty", "10", "ninety"]),
        "i'm %s years old" % ch(["seventy two", "84", "sixty one", "nineteen"]),
        "it's minus %s degrees out here, boiler's been off for %d days" % (ch(["three", "4", "two"]), R.randint(2, 9)),
        "the APR is %d.%d percent" % (R.randint(2, 39), R.randint(0, 9)),
        "i've been a customer since %d" % R.randint(1985, 2023),
        "your contract started on %d/%02d/20%d and ends in %d months" % (R.randint(1, 28), R.randint(1, 12), R.randint(18, 25), R.randint(1, 24)),
        "meter reading is %s" % ch([dg(5), speak_number([dg(5)], 0.2, 0.1, style="single"), "oh four five six seven one"]),
        "flight %s %d leaves from gate %d, seat %d%s" % (ch(["BA", "EI", "FR", "UA"]), R.randint(10, 9999), R.randint(1, 60), R.randint(1, 40), ch("ABCDEF")),
        "i'm in room %d at the hotel" % R.randint(100, 2500),
        "the card ending %s was declined" % dg(4),
        "last four digits %s" % speak_chunk(dg(4), True, 0.2, "single"),
        "it's the one ending in %s" % speak_chunk(dg(4), True, 0, "pairs"),
        "the model number is %s-%s%s" % (ch(["WM", "KX", "TV", "HB"]), dg(4), ch(["X", "B", ""])),
        "there's roadworks on %s so the van was late" % ch(["the A34", "the M25", "Station Road", "Route 9", "the N7"]),
        "we had %s complaints in total and %d were upheld" % (ch(["three hundred and twelve", "1,204", "forty"]), R.randint(1, 30)),
        "you've used %d.%d gigabytes of your %d gig allowance" % (R.randint(1, 99), R.randint(0, 9), ch([50, 100, 30])),
        "the direct debit goes out on the %s of every month" % ch(ORD[:28] if False else ORD[:20]),
        "the payment of %d pounds will leave on %s the %s" % (R.randint(10, 400), ch(["friday", "monday"]), ch(ORD[:20])),
        "press %d for billing or %d for technical support" % (R.randint(1, 5), R.randint(6, 9)),
        "version %d.%d.%d of the app fixes it" % (R.randint(1, 9), R.randint(0, 20), R.randint(0, 99)),
        "it's about %d miles from the depot on Kings Road" % R.randint(2, 90),
        "call us back on the main number, it's on the back of the bill",
        "the hold time is around %s minutes, sorry" % ch(["twenty", "thirty five", "8"]),
        "your customer number is %s" % speak_number([dg(3), dg(3), dg(3)], 0.2, 0.2),
        "the parcel weighs %d.%d kilos" % (R.randint(1, 30), R.randint(0, 9)),
        "it was %d pounds %d a month, now it's %d pounds" % (R.randint(20, 90), R.randint(1, 99), R.randint(20, 90)),
        "the prescription charge is nine ninety for %d items" % R.randint(1, 5),
    ])


def neg_case(i):
    ind, g = greet()
    cs = Case("negative", "")
    r = R.random()
    notes = []
    if r < 0.3:
        cs.a(asr(g) if R.random() < 0.5 else g + ".")
        x = neg_ref(); notes.append("reference number")
        cs.c("hi, " + (x.replace("your", "my", 1) if R.random() < 0.5 else "the " + x[5:]))
        cs.a(ch(["thanks let me pull that up", "one moment", "I've got it here"]))
        y = neg_misc(); notes.append("misc numbers")
        cs.a(y)
    elif r < 0.55:
        cs.a(asr(g))
        x = neg_amount(); notes.append("amount")
        cs.a(x)
        y = neg_misc(); notes.append("misc numbers")
        cs.c(asr("ok and " + y) if R.random() < 0.5 else y)
    elif r < 0.75:
        # spoken like a card reading but labelled as something else
        num = make_card()
        lab = ch(["order number", "tracking number", "voucher code", "gift card reference", "claim reference", "account reference on the letter"])
        cs.a("what's the %s" % lab)
        gs = card_groups(num)
        cs.c(speak_number(gs[:2], 0.2, 0.2))
        cs.a(ch(BACK))
        cs.c(speak_number(gs[2:], 0.2, 0.2) + " that's the %s" % lab)
        notes.append("card-like digit reading that is a %s" % lab)
    else:
        a = neg_misc(); b = neg_misc()
        cs.c(a)
        cs.a(ch(["okay", "i see", "understood"]) + ", " + b)
        notes.append("misc non-PII numbers")
    cs.note = "negative: " + "; ".join(notes)
    return cs


# ------------------------------------------------------------- assemble
SCHEDULE = ([pos_card_chat, pos_card_spoken, pos_card_split, pos_card_correction, pos_card_aside, pos_card_email] * 2 +
            [pos_ssn, pos_ssn, pos_ssn, pos_ni, pos_ni, pos_ni, pos_bank, pos_bank, pos_us_bank, pos_iban, pos_phone, pos_phone,
             pos_email, pos_email, pos_address, pos_postcode_only, pos_idv, pos_multi, pos_card_spoken])
N_POS, N_NEG = 240, 120


def build():
    R.seed(554241125)
    _gid[0] = 0
    cases = []
    for i in range(N_POS):
        cs = SCHEDULE[i % len(SCHEDULE)]()
        cs.id = "h554-pos-%03d" % (i + 1)
        cases.append(cs)
    for i in range(N_NEG):
        cs = neg_case(i)
        cs.id = "h554-neg-%03d" % (i + 1)
        cases.append(cs)
    lines = []
    for cs in cases:
        order = sorted(range(len(cs.spans)), key=lambda k: (cs.spans[k]["turn"], cs.spans[k]["start"]))
        cs.spans = [cs.spans[k] for k in order]
        cs.meta = [cs.meta[k] for k in order]
        lines.append(json.dumps({"id": cs.id, "kind": cs.kind, "turns": cs.turns, "spans": cs.spans,
                                 "note": cs.note}, ensure_ascii=False))
    return cases, "\n".join(lines) + "\n"


def counts(cases):
    c = {t: 0 for t in TYPES}
    for cs in cases:
        for s in cs.spans:
            c[s["type"]] += 1
    return c


def readme(cases):
    c = counts(cases)
    npos = sum(1 for x in cases if x.kind == "positive")
    nneg = len(cases) - npos
    rows = "\n".join("| %s | %d |" % (t, c[t]) for t in TYPES)
    return """# pii_holdout554 — held-out PII redaction evaluation set

> **Never use this set for tuning.** Do not fit patterns, thresholds, word lists or
> prompts to these cases, and do not copy phrasings from it into training or
> development data. It exists only to measure the redaction engine.

## Provenance

Written by an AI helper acting as an independent test author. The author did not
see the redaction code, its tests, docs, or other PII fixtures. All cases are
synthetic and produced by `scripts/make_pii_holdout554.py` (Python standard library
only, one generator `random.Random(554241125)`). Card numbers are Luhn-valid,
IBANs pass mod-97, NI numbers follow the HMRC format; none belong to real people.

Regenerate/verify: `python scripts/make_pii_holdout554.py --check` (regenerates,
checks byte-identity, unique ids, offsets in range / on word boundaries /
non-overlapping, and validates every labelled value after normalising spoken forms).

## Content

%d positive and %d negative cases. Mix of typed chat / e-mail (separators, odd
grouping, case variation, labels such as "acct no:") and phone-call ASR transcripts
(lower case, numbers as words, oh/o/nought/zero, double/triple, pairs such as
"forty one", "four hundred and twelve", homophones "won/to/too/for/ate/tree",
number words run together like "fivesix", NATO and "x for word" spelling, misheard
letter names such as "sea", "pea", "tea", "our", "why", "be", values split over
turns with back-channels, read-backs, fillers, restarts and asides). Industries:
banking, telecom, utilities, retail, insurance, travel, healthcare billing,
government services; UK, US, Ireland and EU numbers.

## Annotation conventions

- `start`/`end` are Python character offsets into the turn text, end exclusive.
- A span covers exactly the value, first letter/digit to last; lead-in words are outside.
- A value split across turns (or interrupted by an aside) gets one span per piece, each with the value's type.
- Agent read-backs are labelled. Fillers ("um", "uh") inside a reading are inside the span.
- An abandoned, restarted reading of a card number is labelled as CARD_NUMBER too.
- PHONE spans include the country code (“+44”, “plus”, “double oh” prefix).
- ADDRESS = house/flat number and street only; the town is not labelled; POSTCODE (UK postcode or US ZIP) is separate.
- DOB and EXPIRY cover the whole date expression.
- A card's last four said on their own are not PII, unless the full card was read in the same case (then the read-back of the last four is labelled CARD_NUMBER).
- US bank routing numbers are not one of the labelled types and are left unlabelled.
- Negatives contain no spans: amounts, times, durations, counts, ages, temperatures, percentages, years, appointment/payment/contract dates, labelled order/ticket/invoice/claim/reference/tracking/serial/model/policy/customer numbers (including Luhn-valid card-like strings), meter readings, flight/room/gate/seat numbers, road names, card last-four mentions.

## Span counts by type

| type | spans |
|---|---|
%s
| total | %d |
""" % (npos, nneg, rows, sum(c.values()))


def check(cases, text):
    errs = []
    with open(OUT, encoding="utf-8") as f:
        if f.read() != text:
            errs.append("cases.jsonl is not byte-identical to regenerated output")
    with open(README, encoding="utf-8") as f:
        if f.read() != readme(cases):
            errs.append("README.md out of date")
    ids = [c.id for c in cases]
    if len(set(ids)) != len(ids):
        errs.append("duplicate ids")
    for line in text.splitlines():
        d = json.loads(line)
        for t in d["turns"]:
            if t["speaker"] not in ("customer", "agent"):
                errs.append("%s bad speaker" % d["id"])
        if d["kind"] == "negative" and d["spans"]:
            errs.append("%s negative with spans" % d["id"])
        if d["kind"] == "positive" and not d["spans"]:
            errs.append("%s positive without spans" % d["id"])
        prev = None
        for s in d["spans"]:
            txt = d["turns"][s["turn"]]["text"]
            a, b = s["start"], s["end"]
            if not (0 <= a < b <= len(txt)):
                errs.append("%s offsets out of range" % d["id"]); continue
            v = txt[a:b]
            if not (v[0].isalnum() and v[-1].isalnum()):
                errs.append("%s span not trimmed: %r" % (d["id"], v))
            if (a > 0 and txt[a - 1].isalnum()) or (b < len(txt) and txt[b].isalnum()):
                errs.append("%s span not on word boundary: %r" % (d["id"], v))
            if prev and prev[0] == s["turn"] and a < prev[1]:
                errs.append("%s overlapping spans" % d["id"])
            prev = (s["turn"], b)
    for cs in cases:
        groups = {}
        for s, (gid, mode) in zip(cs.spans, cs.meta):
            groups.setdefault((gid, mode), []).append(s)
        for (gid, mode), ss in groups.items():
            typ = ss[0]["type"]
            texts = [cs.turns[s["turn"]]["text"][s["start"]:s["end"]] for s in ss]
            try:
                if len({s["type"] for s in ss}) != 1:
                    raise NormErr("mixed types in group")
                if mode == "part":
                    v = "".join(norm(t, "digits") for t in texts)
                    if not (2 <= len(v) <= 19):
                        raise NormErr("partial %r" % texts)
                else:
                    validate(typ, texts)
            except NormErr as e:
                errs.append("%s: %s" % (cs.id, e))
    c = counts(cases)
    need = {"CARD_NUMBER": 70, "SSN": 30, "NI_NUMBER": 30}
    for t in TYPES:
        if c[t] < need.get(t, 10):
            errs.append("too few %s: %d" % (t, c[t]))
    if sum(1 for x in cases if x.kind == "positive") < 200 or sum(1 for x in cases if x.kind == "negative") < 100:
        errs.append("too few cases")
    return errs


def main():
    cases, text = build()
    if "--check" in sys.argv[1:]:
        errs = check(cases, text)
        for e in errs[:60]:
            print("ERROR", e)
        if errs:
            print("%d errors" % len(errs))
            sys.exit(1)
        print("OK: %d cases, spans %s" % (len(cases), counts(cases)))
        return
    os.makedirs(OUT_DIR, exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(text)
    with open(README, "w", encoding="utf-8") as f:
        f.write(readme(cases))
    print("wrote %s (%d cases)" % (OUT, len(cases)))


if __name__ == "__main__":
    main()

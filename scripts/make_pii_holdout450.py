#!/usr/bin/env python3
"""Generate the pii_holdout450 held-out PII evaluation set.

Usage:
    python scripts/make_pii_holdout450.py          # write cases.jsonl
    python scripts/make_pii_holdout450.py --check  # regenerate and verify

Standard library only. One RNG: random.Random(450241125).
Every turn is built from plain segments and labelled value segments, so all
offsets are computed. Written by an independent test author who has not seen
the redaction engine.
"""
import json
import os
import re
import sys
import random

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "fixtures", "pii_holdout450", "cases.jsonl")

# ---------------------------------------------------------------- vocab
UNIT_W = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEEN_W = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
          "seventeen", "eighteen", "nineteen"]
TENS_W = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy",
          8: "eighty", 9: "ninety"}
HOMO = {"1": ["won"], "2": ["to", "too"], "4": ["for"], "8": ["ate"]}
FILLERS = ["um", "uh", "er", "erm", "umm", "uhh", "ah"]
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo",
        "f": "foxtrot", "g": "golf", "h": "hotel", "i": "india", "j": "juliet",
        "k": "kilo", "l": "lima", "m": "mike", "n": "november", "o": "oscar",
        "p": "papa", "q": "quebec", "r": "romeo", "s": "sierra", "t": "tango",
        "u": "uniform", "v": "victor", "w": "whiskey", "x": "xray", "y": "yankee",
        "z": "zulu"}
ALT_SPELL = {"a": ["apple"], "b": ["bertie", "bob"], "c": ["cat"], "d": ["david", "dog"],
             "e": ["edward"], "g": ["george"], "h": ["harry"], "j": ["jack"],
             "k": ["king"], "l": ["london"], "m": ["mother", "mary"], "n": ["nancy"],
             "p": ["peter"], "r": ["robert"], "s": ["sugar", "sam"], "t": ["tommy"],
             "w": ["william"], "x": ["xylophone"], "y": ["yellow"], "z": ["zebra"]}
LETTER_NAMES = {"a": ["ay", "a"], "b": ["bee", "be"], "c": ["see", "sea"], "d": ["dee"],
                "e": ["ee", "e"], "g": ["gee"], "h": ["aitch", "haitch"], "j": ["jay"],
                "k": ["kay"], "l": ["el", "elle"], "m": ["em"], "n": ["en"],
                "p": ["pee", "pea"], "q": ["queue", "cue"], "r": ["are", "ar"],
                "s": ["ess"], "t": ["tee", "tea"], "u": ["you"], "w": ["double you"],
                "x": ["ex"], "y": ["why"], "z": ["zed", "zee"], "f": ["eff"],
                "v": ["vee"], "i": ["eye"], "o": ["oh"]}
PAIR_MISHEARD = {"NE": "any", "LE": "ellie", "KT": "katie", "SE": "essie", "IV": "ivy",
                 "XL": "excel", "BT": "beetee", "CB": "seabee", "LS": "elles",
                 "EN": "eden"}

# ------------------------------------------------------------ normalising
W2L = {}
for _l, _ws in LETTER_NAMES.items():
    for _w in _ws:
        if " " not in _w:
            W2L[_w] = _l.upper()
for _l, _w in NATO.items():
    W2L[_w] = _l.upper()
W2L.update({"alfa": "A", "juliett": "J", "whisky": "W", "u": "U"})
UNIT_MAP = {w: i for i, w in enumerate(UNIT_W)}
UNIT_MAP.update({"oh": 0, "o": 0, "nought": 0, "naught": 0, "won": 1, "to": 2,
                 "too": 2, "for": 4, "fore": 4, "ate": 8, "niner": 9})
TEEN_MAP = {w: 10 + i for i, w in enumerate(TEEN_W)}
TENS_MAP = {w: k * 10 for k, w in TENS_W.items()}
DP_VOCAB = sorted(set(UNIT_W) | set(TEEN_W) | set(TENS_W.values()) |
                  {"oh", "nought", "double", "triple", "hundred"}, key=len, reverse=True)
FILLER_SET = set(FILLERS) | {"hmm", "mm"}


def _segment(tok):
    """Split a run-together token into number words, or None."""
    if tok == "":
        return []
    for w in DP_VOCAB:
        if tok.startswith(w):
            rest = _segment(tok[len(w):])
            if rest is not None:
                return [w] + rest
    return None


def tokens(text):
    return re.findall(r"[a-z]+|\d+", text.lower())


def expand(toks, letters):
    out = []
    for t in toks:
        if t.isdigit() or t in UNIT_MAP or t in TEEN_MAP or t in TENS_MAP or \
                t in FILLER_SET or t in ("double", "triple", "hundred", "and", "teen",
                                         "thousand", "for", "as", "in", "like"):
            out.append(t)
            continue
        if letters and (t in W2L or t in PAIR_MISHEARD.values()):
            out.append(t)
            continue
        seg = _segment(t)
        if seg is not None and len(seg) > 1:
            out.extend(seg)
        else:
            out.append(t)
    return out


def _is_letter(t):
    return len(t) == 1 and t.isalpha() or t in W2L


def spoken_to_chars(text, letters=False):
    """Normalise a spoken or typed reading to a digit/letter string."""
    toks = [t for t in expand(tokens(text), letters)
            if t not in FILLER_SET and t not in ("plus", "slash")]
    while toks and toks[0] == "and":
        toks.pop(0)
    inv_pair = {v: k for k, v in PAIR_MISHEARD.items()}
    out = []
    i = 0
    n = len(toks)

    def unit_at(j):
        return j < n and toks[j] in UNIT_MAP

    while i < n:
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < n else None
        if t.isdigit():
            out.append(t)
            i += 1
        elif t in FILLER_SET:
            i += 1
        elif letters and _is_letter(t) and nxt in ("for", "as", "like") and t not in UNIT_MAP:
            j = i + 2
            if nxt == "as" and j < n and toks[j] == "in":
                j += 1
            lt = t.upper() if len(t) == 1 else W2L[t]
            if j < n and toks[j][0] == lt.lower() and toks[j] not in UNIT_MAP \
                    and toks[j] not in TENS_MAP and toks[j] not in TEEN_MAP:
                out.append(lt)
                i = j + 1
            else:
                out.append(lt)
                i += 1
        elif t in ("double", "triple"):
            k = 2 if t == "double" else 3
            if letters and nxt in ("you", "u"):
                out.append("W")
                i += 2
            elif nxt is not None and nxt in UNIT_MAP:
                out.append(str(UNIT_MAP[nxt]) * k)
                i += 2
            elif nxt is not None and nxt.isdigit() and len(nxt) == 1:
                out.append(nxt * k)
                i += 2
            elif letters and nxt is not None and _is_letter(nxt):
                lt = nxt.upper() if len(nxt) == 1 else W2L[nxt]
                out.append(lt * k)
                i += 2
                if i < n and toks[i] in ("for", "as", "like"):
                    j = i + 1 + (toks[i] == "as" and i + 1 < n and toks[i + 1] == "in")
                    if j < n and toks[j][0] == lt.lower():
                        i = j + 1
            else:
                raise ValueError("bad double in %r" % text)
        elif t == "and":
            i += 1
        elif t in UNIT_MAP:
            u = UNIT_MAP[t]
            if nxt == "hundred":
                v, j = 0, i + 2
                if j < n and toks[j] == "and":
                    j += 1
                if j < n and toks[j] in TENS_MAP:
                    v = TENS_MAP[toks[j]]
                    j += 1
                    if unit_at(j) and UNIT_MAP[toks[j]] != 0:
                        v += UNIT_MAP[toks[j]]
                        j += 1
                elif j < n and toks[j] in TEEN_MAP:
                    v = TEEN_MAP[toks[j]]
                    j += 1
                elif unit_at(j) and UNIT_MAP[toks[j]] != 0:
                    v = UNIT_MAP[toks[j]]
                    j += 1
                out.append(str(u * 100 + v))
                i = j
            elif nxt == "thousand":
                v, j = 0, i + 2
                if j < n and toks[j] == "and":
                    j += 1
                if j < n and toks[j] in TEEN_MAP:
                    v = TEEN_MAP[toks[j]]
                    j += 1
                elif j < n and toks[j] in TENS_MAP:
                    v = TENS_MAP[toks[j]]
                    j += 1
                    if unit_at(j) and UNIT_MAP[toks[j]] != 0:
                        v += UNIT_MAP[toks[j]]
                        j += 1
                elif unit_at(j):
                    v = UNIT_MAP[toks[j]]
                    j += 1
                out.append(str(u * 1000 + v))
                i = j
            elif nxt == "teen":
                out.append(str(10 + u))
                i += 2
            elif letters and t in W2L and t not in UNIT_W and t not in ("for", "to", "too", "won", "ate"):
                out.append("0" if t in ("oh", "o") else W2L[t])
                i += 1
            else:
                out.append(str(u))
                i += 1
        elif t in TEEN_MAP:
            out.append(str(TEEN_MAP[t]))
            i += 1
        elif t in TENS_MAP:
            v = TENS_MAP[t]
            if unit_at(i + 1) and UNIT_MAP[nxt] != 0:
                v += UNIT_MAP[nxt]
                i += 1
            out.append(str(v))
            i += 1
        elif letters and t in inv_pair:
            out.append(inv_pair[t])
            i += 1
        elif letters and _is_letter(t):
            out.append(t.upper() if len(t) == 1 else W2L[t])
            i += 1
        elif letters and t.isalpha():
            out.append(t.upper())
            i += 1
        else:
            raise ValueError("cannot normalise %r in %r" % (t, text))
    return "".join(out)


def fold(s):
    return s.upper().replace("O", "0").replace(" ", "")


MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
MON_MAP = {m: i + 1 for i, m in enumerate(MONTHS)}
MON_MAP.update({m[:3]: i + 1 for i, m in enumerate(MONTHS)})
MON_MAP["sept"] = 9
ORD = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
       "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
       "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"]
ORD_MAP = {w: i + 1 for i, w in enumerate(ORD)}
ORD_MAP["thirtieth"] = 30


def date_parts(text):
    """Return (days, months, numbers) found in a date expression."""
    low = re.sub(r"(?<=[a-z])-(?=[a-z])", " ", text.lower())
    raw = re.findall(r"[a-z]+|\d+(?:st|nd|rd|th)?|[/.,\-]", low)
    days, months, nums = [], [], []
    run = []

    def flush():
        if run:
            nums.append(spoken_to_chars(" ".join(run)))
            run.clear()
    i = 0
    while i < len(raw):
        t = raw[i]
        if re.fullmatch(r"\d+(st|nd|rd|th)", t):
            flush()
            days.append(int(re.match(r"\d+", t).group()))
        elif t in MON_MAP:
            flush()
            months.append(MON_MAP[t])
        elif t in ORD_MAP:
            flush()
            days.append(ORD_MAP[t])
        elif t in TENS_MAP and i + 1 < len(raw) and raw[i + 1] in ORD_MAP:
            flush()
            days.append(TENS_MAP[t] + ORD_MAP[raw[i + 1]])
            i += 1
        elif t in ("of", "the", "on", "/", "-", ".", ",", "slash") or t in FILLER_SET:
            flush()
            if t in FILLER_SET:
                pass
        else:
            run.append(t)
        i += 1
    flush()
    return days, months, nums


def check_date(text, d, m, y, expiry=False):
    days, months, nums = date_parts(text)
    yy = ["%04d" % y, "%02d" % (y % 100)]
    if months or days:
        if m not in months and "%02d" % m not in nums and str(m) not in nums:
            return False
        if not expiry and d not in days and str(d) not in nums and "%02d" % d not in nums:
            return False
        return any(x in nums for x in yy)
    s = "".join(nums)
    cands = []
    for Y in yy:
        if expiry:
            cands += ["%02d%s" % (m, Y), "%d%s" % (m, Y)]
        else:
            for a, b in ((d, m), (m, d)):
                cands += ["%02d%02d%s" % (a, b, Y), "%d%d%s" % (a, b, Y)]
    return s in cands


def luhn_ok(s):
    tot = 0
    for i, ch in enumerate(reversed(s)):
        v = int(ch)
        if i % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        tot += v
    return tot % 10 == 0


def iban_ok(s):
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


NI_RE = re.compile(r"^(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$")
UKPC_RE = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$")
STREET_SFX = {"street", "st", "road", "rd", "avenue", "ave", "lane", "ln", "drive", "dr",
              "close", "crescent", "way", "place", "terrace", "grove", "gardens", "court",
              "boulevard", "blvd", "square", "row", "hill", "mews", "walk", "parade", "park"}
EMAIL_RE = re.compile(r"^[a-z0-9._%+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$")


def email_norm(text):
    toks = re.findall(r"[a-z0-9]+|[@._+-]", text.lower())
    out, i = [], 0
    sym = {"dot": ".", "at": "@", "underscore": "_", "dash": "-", "hyphen": "-",
           "plus": "+", "point": "."}
    while i < len(toks):
        t = toks[i]
        if t in sym and i > 0:
            out.append(sym[t])
        elif t in FILLER_SET:
            pass
        elif len(t) == 1 and t.isalpha() and i + 2 < len(toks) and toks[i + 1] in ("for", "as") \
                and toks[i + 2 + (toks[i + 1] == "as")][0] == t:
            out.append(t)
            i += 2 + (toks[i + 1] == "as")
        elif t in ("double", "triple") and i + 1 < len(toks) and toks[i + 1] in UNIT_MAP:
            out.append(str(UNIT_MAP[toks[i + 1]]) * (2 if t == "double" else 3))
            i += 1
        elif t in ("double",) and i + 1 < len(toks) and len(toks[i + 1]) == 1:
            out.append(toks[i + 1] * 2)
            i += 1
        elif t in UNIT_W or t in TEEN_MAP or t in TENS_MAP:
            j = i
            while j < len(toks) and (toks[j] in UNIT_W or toks[j] in TEEN_MAP or toks[j] in TENS_MAP):
                j += 1
            out.append(spoken_to_chars(" ".join(toks[i:j])))
            i = j - 1
        else:
            out.append(t)
        i += 1
    return "".join(out)


def validate(typ, canon, mode, texts):
    """texts: list of span texts of one group, in order."""
    if typ == "EMAIL":
        got = "".join(email_norm(t) for t in texts)
        return got == canon and bool(EMAIL_RE.match(canon))
    if typ in ("DOB", "EXPIRY"):
        d, m, y = canon
        ok = all(check_date(t, d, m, y, typ == "EXPIRY") for t in texts)
        return ok and 1 <= m <= 12 and (typ == "EXPIRY" or 1 <= d <= 31)
    if typ == "ADDRESS":
        num, street = canon
        for t in texts:
            if not t.lower().endswith(street.lower()):
                return False
            pre = t[:len(t) - len(street)].split(",")[-1]
            if spoken_to_chars(pre) != str(num):
                return False
            tk = tokens(t)
            if not tk or tk[-1] not in STREET_SFX:
                return False
        return True
    letters = typ in ("NI_NUMBER", "POSTCODE", "IBAN")
    got = "".join(spoken_to_chars(t, letters) for t in texts)
    c = canon.replace(" ", "").replace("+", "").replace("-", "").upper()
    if letters:
        got, c2 = fold(got), fold(c)
    else:
        c2 = c
    if mode == "fragment":
        return got == c2 and c2.isdigit() and len(c2) >= 4
    if mode == "prefix":
        okm = c2.startswith(got) and len(got) >= 2
    elif mode == "suffix":
        okm = c2.endswith(got) and len(got) >= 2
    else:
        okm = got == c2
    if not okm:
        return False
    if typ == "CARD_NUMBER":
        return 13 <= len(c) <= 19 and luhn_ok(c)
    if typ == "CVV":
        return len(c) in (3, 4) and c.isdigit()
    if typ == "SSN":
        return len(c) == 9 and c.isdigit() and c[:3] not in ("000", "666") and c[0] != "9"
    if typ == "NI_NUMBER":
        return bool(NI_RE.match(c))
    if typ == "SORT_CODE":
        return len(c) == 6 and c.isdigit()
    if typ == "BANK_ACCOUNT":
        return 6 <= len(c) <= 17 and c.isdigit()
    if typ == "IBAN":
        return iban_ok(c)
    if typ == "PHONE":
        return 10 <= len(c) <= 15 and c.isdigit()
    if typ == "POSTCODE":
        return bool(UKPC_RE.match(c)) or bool(re.fullmatch(r"\d{5}(\d{4})?", c))
    return False


# ------------------------------------------------------------- generation
R = random.Random(450241125)


def ch(seq):
    return R.choice(seq)


def p(x):
    return R.random() < x


def digits(n):
    return "".join(str(R.randint(0, 9)) for _ in range(n))


def luhn_complete(prefix, length):
    body = prefix + digits(length - len(prefix) - 1)
    for d in "0123456789":
        if luhn_ok(body + d):
            return body + d


def not_luhn(n):
    s = str(R.randint(1, 9)) + digits(n - 1)
    while luhn_ok(s):
        s = s[:-1] + str((int(s[-1]) + 1) % 10)
    return s


def make_card():
    kind = ch(["visa", "visa", "visa", "mc", "mc", "amex", "disc", "visa13", "maestro19"])
    if kind == "visa":
        return luhn_complete("4" + digits(1), 16)
    if kind == "mc":
        return luhn_complete(ch(["51", "52", "53", "54", "55", "2221", "2720"]), 16)
    if kind == "amex":
        return luhn_complete(ch(["34", "37"]), 15)
    if kind == "disc":
        return luhn_complete("6011", 16)
    if kind == "visa13":
        return luhn_complete("4", 13)
    return luhn_complete("6759", 19)


def make_ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


NI_L1 = "ABCEGHJKLMNPRSTWXYZ"
NI_L2 = "ABCEGHJKLMNPRSTWXYZ"


def make_ni():
    while True:
        pre = ch(NI_L1) + ch(NI_L2)
        if p(0.2):
            pre = ch(["NE", "LE", "KT", "SE", "XL", "CE", "JK", "PW", "HY", "AB"])
        s = pre + digits(6) + ch("ABCD")
        if NI_RE.match(s):
            return s


def make_iban():
    cc = ch(["GB", "GB", "IE", "DE", "NL", "FR", "ES"])
    if cc == "GB":
        bban = ch(["NWBK", "BARC", "MIDL", "LOYD", "HBUK"]) + digits(14)
    elif cc == "IE":
        bban = ch(["AIBK", "BOFI", "IPBS"]) + digits(14)
    elif cc == "DE":
        bban = digits(18)
    elif cc == "NL":
        bban = ch(["ABNA", "INGB", "RABO"]) + digits(10)
    elif cc == "FR":
        bban = digits(23)
    else:
        bban = digits(20)
    r = bban + cc + "00"
    num = int("".join(str(int(c, 36)) for c in r))
    return cc + "%02d" % (98 - num % 97) + bban


def make_phone():
    k = ch(["ukmob", "ukmob", "ukland", "us", "ie", "fr", "de"])
    if k == "ukmob":
        nat = "07" + ch(["700", "723", "812", "956", "441"]) + digits(6)
        return ("+44" + nat[1:], nat)
    if k == "ukland":
        nat = ch(["020", "0161", "0131", "0117"])
        nat = nat + digits(11 - len(nat))
        return ("+44" + nat[1:], nat)
    if k == "us":
        nat = str(R.randint(201, 989)) + str(R.randint(2, 9)) + digits(6)
        return ("+1" + nat, nat)
    if k == "ie":
        nat = "08" + ch("3567") + digits(7)
        return ("+353" + nat[1:], nat)
    if k == "fr":
        nat = "06" + digits(8)
        return ("+33" + nat[1:], nat)
    nat = "015" + digits(8)
    return ("+49" + nat[1:], nat)


FIRST = ["james", "sarah", "mohammed", "aoife", "priya", "liam", "chloe", "tomasz", "fatima",
         "dylan", "siobhan", "marcus", "olu", "hannah", "wei", "gareth", "niamh", "diego",
         "emma", "kwame", "rhys", "ana", "jo", "ben", "kasia"]
LAST = ["doe", "okafor", "murphy", "patel", "nowak", "smith", "oconnor", "jones", "khan",
        "garcia", "evans", "byrne", "nguyen", "williams", "brennan", "ali", "walsh", "lee"]
DOMAINS = ["gmail.com", "hotmail.co.uk", "outlook.com", "yahoo.com", "icloud.com",
           "btinternet.com", "eircom.net", "proton.me", "aol.com", "web.de", "gmx.de"]


def make_email():
    f, l = ch(FIRST), ch(LAST)
    sep = ch([".", "_", "", "-"])
    local = ch([f + sep + l, f[0] + sep + l, f + sep + l + str(R.randint(1, 99)),
                l + sep + f[0], f + str(R.randint(70, 99))])
    return local + "@" + ch(DOMAINS)


STREETS = ["Baker Street", "Mill Lane", "Church Road", "Victoria Avenue", "Kings Close",
           "Station Road", "Elm Grove", "Abbey Crescent", "Orchard Way", "Park Terrace",
           "Maple Drive", "Quarry Hill", "Oak Tree Court", "Harbour View Road", "Main Street",
           "Sycamore Gardens", "St Johns Place", "Lighthouse Mews", "Willow Walk"]
US_STREETS = ["Maple Avenue", "Oak Street", "Sunset Boulevard", "Elm Drive", "Lakeview Court",
              "Pine Ridge Road", "Cedar Lane", "Washington Street"]
UK_AREAS = ["SW", "SE", "NE", "LE", "KT", "LS", "M", "B", "G", "EH", "CF", "BS", "L", "N",
            "OX", "CB", "RG", "BT", "IV", "DN", "PL", "W", "E", "NW", "ST", "HU"]
INWARD = "ABDEFGHJLNPQRSTUWXYZ"
TOWNS_UK = ["London", "Leeds", "Leicester", "Newcastle", "Belfast", "Cardiff", "Bristol",
            "Inverness", "Manchester", "Glasgow", "Kingston", "Oxford", "Hull"]
TOWNS_US = ["Springfield", "Columbus", "Austin", "Portland", "Albany", "Madison"]


def make_postcode():
    a = ch(UK_AREAS)
    out = a + str(R.randint(1, 9))
    if p(0.2) and len(a) == 2:
        out += ch(["A", "B", "E", "W"]) if a in ("SW", "SE", "NW", "W", "E", "N") else str(R.randint(0, 9))
    elif p(0.3):
        out += str(R.randint(0, 9))
    return out + " " + str(R.randint(0, 9)) + ch(INWARD) + ch(INWARD)


# ---------------------------------------------------------------- speech
def zero_word():
    return ch(["oh", "oh", "oh", "zero", "o", "nought"])


def unit_word(d, homo=0.0):
    if d == "0":
        return zero_word()
    if d in HOMO and p(homo):
        return ch(HOMO[d])
    return UNIT_W[int(d)]


def say_digits(ds, pair=0.25, hund=0.06, dbl=0.7, homo=0.08, lit=0.0, run=0.05,
               filler=0.0, group=None, gsep=(", ", " ", " ... "), follow=None):
    """Render a digit string the way a caller (or an ASR engine) might say it."""
    words = []  # list of (text, mergeable)
    n = len(ds)
    i = 0
    while i < n:
        if group and i and i % group == 0:
            if p(filler):
                words.append((ch(FILLERS), False))
            words.append((ch(gsep).strip() or "", False))
        rem = n - i
        lim = rem if not group else min(rem, group - (i % group))
        c = ds[i]
        nxt0 = lambda e: (e >= n and follow in (None, "0")) or (e < n and ds[e] == "0")
        if lit and p(lit) and lim >= 2:
            k = R.randint(2, lim) if lim > 2 else 2
            words.append((ds[i:i + k], False))
            i += k
            continue
        if lim >= 3 and c != "0" and p(hund):
            y, z = ds[i + 1], ds[i + 2]
            e = i + 3
            if y == "0" and z == "0":
                if e >= n and follow is None:
                    words += [(UNIT_W[int(c)], True), ("hundred", True)]
                    i += 3
                    continue
            elif y == "0":
                words += [(UNIT_W[int(c)], True), ("hundred", True), ("and", False),
                          (UNIT_W[int(z)], True)]
                i += 3
                continue
            elif y == "1":
                words += [(UNIT_W[int(c)], True), ("hundred", True), ("and", False),
                          (TEEN_W[int(z)], True)]
                i += 3
                continue
            elif z != "0" or nxt0(e):
                words += [(UNIT_W[int(c)], True), ("hundred", True)]
                if p(0.7):
                    words.append(("and", False))
                words.append((TENS_W[int(y)], True))
                if z != "0":
                    words.append((UNIT_W[int(z)], True))
                i += 3
                continue
        if lim >= 3 and ds[i] == ds[i + 1] == ds[i + 2] and p(dbl):
            words += [("triple", True), (unit_word(c), True)]
            i += 3
            continue
        if lim >= 2 and ds[i] == ds[i + 1] and p(dbl):
            words += [("double", True), (unit_word(c), True)]
            i += 2
            continue
        if lim >= 2 and c != "0" and p(pair):
            z = ds[i + 1]
            if c == "1":
                if z in "4679" and p(0.25):
                    words += [(UNIT_W[int(z)], False), ("teen", False)]
                else:
                    words.append((TEEN_W[int(z)], True))
                i += 2
                continue
            if z == "0":
                if nxt0(i + 2):
                    words.append((TENS_W[int(c)], True))
                    i += 2
                    continue
            else:
                if p(0.15):
                    words.append((TENS_W[int(c)] + "-" + UNIT_W[int(z)], False))
                else:
                    words += [(TENS_W[int(c)], True), (UNIT_W[int(z)], True)]
                i += 2
                continue
        words.append((unit_word(c, homo), c != "0" or True))
        i += 1
    # ASR run-together of adjacent number words
    out = []
    for w, m in words:
        if out and m and out[-1][1] and p(run) and w in DP_VOCAB and out[-1][0] in DP_VOCAB:
            out[-1] = (out[-1][0] + w, False)
        else:
            out.append((w, m))
    s = ""
    for w, m in out:
        if w == "":
            continue
        if w in (",", "...", "-"):
            s = s.rstrip() + (", " if w == "," else " ... " if w == "..." else " - ")
            continue
        s += w + " "
    s = s.strip()
    s = re.sub(r"\s+", " ", s)
    return s


def insert_fillers(s, prob):
    ws = s.split(" ")
    out = [ws[0]]
    for w in ws[1:]:
        if p(prob):
            out.append(ch(FILLERS))
        out.append(w)
    return " ".join(out)


def type_digits(ds, groups, sep):
    out, i = [], 0
    for g in groups:
        if i >= len(ds):
            break
        out.append(ds[i:i + g])
        i += g
    if i < len(ds):
        out.append(ds[i:])
    return sep.join(out)


def split_parts(ds, k):
    """Split a digit string into k contiguous non-empty parts."""
    if k == 1:
        return [ds]
    n = len(ds)
    if n % 4 == 0 and k <= n // 4:
        cuts = sorted(R.sample(range(1, n // 4), k - 1))
        cuts = [c * 4 for c in cuts]
    else:
        cuts = sorted(R.sample(range(2, n - 1), k - 1))
        for j in range(1, len(cuts)):
            if cuts[j] == cuts[j - 1]:
                cuts[j] += 1
    parts, prev = [], 0
    for c in cuts + [n]:
        parts.append(ds[prev:c])
        prev = c
    return [x for x in parts if x]


def say_letter(l, style):
    lo = l.lower()
    if style == "nato":
        return lo + " for " + NATO[lo] if p(0.6) else NATO[lo]
    if style == "alt" and lo in ALT_SPELL:
        return lo + ch([" for ", " as in ", " like "]) + ch(ALT_SPELL[lo])
    if style == "name" and lo in LETTER_NAMES:
        return ch(LETTER_NAMES[lo])
    return lo


def say_letters(ls, style_mix):
    if len(ls) == 2 and ls in PAIR_MISHEARD and p(0.5):
        return PAIR_MISHEARD[ls]
    if len(ls) == 2 and ls[0] == ls[1] and p(0.5):
        return "double " + say_letter(ls[0], ch(style_mix))
    return " ".join(say_letter(l, ch(style_mix)) for l in ls)


# ------------------------------------------------------------------ cases
class Case:
    def __init__(self, kind, note):
        self.kind = kind
        self.note = note
        self.turns = []
        self.spans = []
        self.meta = []  # (gid) per span
        self.groups = {}
        self.gn = 0

    def group(self, typ, canon, mode="full"):
        self.gn += 1
        self.groups[self.gn] = (typ, canon, mode)
        return self.gn

    def say(self, speaker, *segs):
        text = ""
        for s in segs:
            if isinstance(s, tuple):
                val, gid = s
                typ = self.groups[gid][0]
                start = len(text)
                text += val
                self.spans.append({"turn": len(self.turns), "start": start,
                                   "end": len(text), "type": typ})
                self.meta.append(gid)
            else:
                text += s
        self.turns.append({"speaker": speaker, "text": text})


BACK = ["mhm", "go on", "yep", "okay", "uh huh", "right", "got that", "yeah go on",
        "and the next bit?", "mm-hm", "okay, keep going", "sorry, go on"]
GREET_A = ["thanks for calling {org}, you're through to {n}, how can I help",
           "hi, {org}, {n} speaking", "good morning, {org} customer services",
           "hello you're speaking to {n} at {org}"]
ORGS = {"banking": ["Northgate Bank", "Harbour Credit Union", "First Meridian"],
        "telecom": ["Skyline Mobile", "FibreNet", "Vox Telecom"],
        "utilities": ["Brightwater Energy", "Anglian Gas & Power", "CityWater"],
        "retail": ["Halden's Home", "ShopDirect Plus", "Marlow & Finch"],
        "insurance": ["Castle Insurance", "Evergreen Mutual", "SafeDrive"],
        "travel": ["AerLingo Holidays", "Northern Rail Tickets", "SunBound Travel"],
        "healthcare": ["St Brigid's Billing", "MedPay Patient Accounts", "CarePoint Clinics"],
        "government": ["the Revenue helpline", "the benefits enquiry line", "DMV Services"]}


def org():
    ind = ch(list(ORGS))
    return ind, ch(ORGS[ind])


def opener(c, asr=True):
    ind, o = org()
    t = ch(GREET_A).format(org=o, n=ch(["Dave", "Aisling", "Ravi", "Kerry", "Tom", "Grace"]))
    c.say("agent", t.lower() if asr else t[0].upper() + t[1:] + ".")
    return ind


def asr_card_reading(c, card, gid_type="CARD_NUMBER", turns_split=None, read_back=None):
    g = c.group(gid_type, card)
    k = turns_split or ch([1, 1, 2, 3, 4])
    parts = split_parts(card, min(k, max(1, len(card) // 4)))
    style = dict(pair=ch([0.0, 0.2, 0.5]), hund=ch([0.0, 0.1]), dbl=ch([0.3, 0.9]),
                 homo=ch([0.0, 0.15, 0.3]), lit=ch([0.0, 0.0, 0.3]), run=ch([0.0, 0.1, 0.25]),
                 filler=ch([0.0, 0.3]), group=4)
    lead = ch(["yeah it's ", "ok so it's ", "right ", "", "um it's ", "the long number is "])
    for j, part in enumerate(parts):
        txt = say_digits(part, **style)
        if j == 0:
            c.say("customer", lead, (txt, g))
        else:
            if p(0.35):
                aside = ch(["sorry the dog's barking, ", "hang on I can't see, ", "where was I, ",
                            "hold on, "])
                c.say("customer", aside, (txt, g))
            else:
                c.say("customer", (txt, g), ch(["", "", " yeah", "..."]))
        if j < len(parts) - 1:
            c.say("agent", ch(BACK))
    if read_back or (read_back is None and p(0.3)):
        g2 = c.group(gid_type, card)
        rb = say_digits(card, pair=0.0, dbl=0.5, group=4)
        c.say("agent", ch(["so that's ", "let me read that back, ", "just to confirm "]),
              (rb, g2), ch(["?", ", is that right?", "."]))
        c.say("customer", ch(["yes", "yep that's it", "correct", "yeah"]))
    return g


def make_expiry():
    return (1, R.randint(1, 12), R.randint(2025, 2031))


def say_expiry(e, asr):
    _, m, y = e
    if not asr:
        return ch(["%02d/%02d" % (m, y % 100), "%02d/%d" % (m, y), "%02d-%02d" % (m, y % 100),
                   "%d/%02d" % (m, y % 100), "%02d %02d" % (m, y % 100)])
    st = ch(["num", "num", "month", "monthfull"])
    yw = say_digits("%02d" % (y % 100), pair=1.0, dbl=0.0)
    if st == "num":
        mw = say_digits("%02d" % m, pair=0.5, dbl=0.0)
        return mw + ch([" ", " ", " slash ", " uh "]) + yw
    if st == "month":
        return MONTHS[m - 1] + " " + yw
    return MONTHS[m - 1] + " " + ch(["twenty ", "two thousand and "]) + yw


def pos_card_asr():
    c = Case("positive", "")
    ind = opener(c)
    c.say("customer", ch(["i wanna pay my bill", "i need to make a payment on the account",
                          "hi yeah i'm ringing to pay what i owe", "can i pay by card please"]))
    c.say("agent", ch(["no problem, can i take the long card number please",
                       "sure, what's the sixteen digit number on the front",
                       "okay go ahead with the card number when you're ready"]))
    card = make_card()
    asr_card_reading(c, card)
    note = "ASR card reading, %s" % ind
    if p(0.7):
        c.say("agent", "and the expiry date")
        e = make_expiry()
        g = c.group("EXPIRY", e)
        c.say("customer", ch(["", "it's ", "um "]), (say_expiry(e, True), g))
        note += " + expiry"
    if p(0.6):
        c.say("agent", "and the three digit security code on the back")
        cv = digits(4 if len(card) == 15 else 3)
        g = c.group("CVV", cv)
        c.say("customer", ch(["", "it's ", "uh "]), (say_digits(cv, pair=0.3, homo=0.2, hund=0.2), g))
        note += " + cvv"
    if p(0.3):
        last = say_digits(card[-4:])
        g = c.group("CARD_NUMBER", card, "suffix")
        pre, post = ch([("that's gone through, the payment of forty two pounds ten on the card ending ", " is complete"),
                        ("lovely, so that's the card ending in ", "")])
        # last four read back after the full card in the same case -> labelled
        c.say("agent", pre, (last, g), post)
        note += " + last-four read-back after full card (labelled)"
    c.note = note
    return c


def pos_card_chat():
    c = Case("positive", "")
    card = make_card()
    n = len(card)
    grp = ch([[4, 4, 4, 4], [4, 6, 5], [4, 4, 4, 4, 3], [3, 4, 3, 3, 3], [8, 8], [19], [2, 2, 4, 4, 4]])
    sep = ch([" ", "-", " ", ".", "", "  "])
    typed = type_digits(card, grp, sep)
    if p(0.1):  # typo style: letter O for zero
        typed = typed.replace("0", "O", 1) if "0" in typed else typed
    g = c.group("CARD_NUMBER", card)
    lab = ch(["card no: ", "Card number - ", "my card is ", "cc#", "CARD ", "number on card: ",
              "pls charge ", "Card:"])
    ind, o = org()
    c.say("agent", "Hi, welcome to %s chat. How can I help?" % o)
    c.say("customer", ch(["hi can i update my payment card", "want to pay my invoice of $312.40",
                          "Hello, my direct debit failed, can I pay by card"]))
    c.say("agent", "Sure, please type the card number, expiry and CVC.")
    segs = [lab, (typed, g)]
    if p(0.7):
        e = make_expiry()
        ge = c.group("EXPIRY", e)
        segs += [ch([" exp ", " expiry ", ", exp: ", " Exp. ", " valid thru "]), (say_expiry(e, False), ge)]
    if p(0.7):
        cv = digits(4 if n == 15 else 3)
        gc = c.group("CVV", cv)
        segs += [ch([" cvv ", " CVC: ", " sec code ", " cvv2 "]), (cv, gc)]
    c.say("customer", *segs)
    c.say("agent", ch(["Thanks, processing now.", "Got it, one moment.", "Payment taken, ref PMT-%s." % digits(7)]))
    c.note = "typed card in chat, %s" % ind
    if "O" in typed:
        c.note += ", letter O typo for zero"
        c.groups[g] = ("CARD_NUMBER", card, "full")
    return c


def pos_card_correction():
    c = Case("positive", "restarted card reading with abandoned fragment")
    opener(c)
    c.say("customer", "yeah i'd like to book the tickets and pay now")
    c.say("agent", "okay, long number on the card please")
    card = make_card()
    wrongfrag = card[:4] + digits(2)
    while wrongfrag == card[:6]:
        wrongfrag = card[:4] + digits(2)
    gw = c.group("CARD_NUMBER", wrongfrag, "full")
    c.groups[gw] = ("CARD_NUMBER", wrongfrag, "fragment")
    c.say("customer", (say_digits(wrongfrag, group=4, pair=0.3), gw),
          ch(["... no wait that's the old card", ", sorry, that's wrong", " - hang on let me start again"]))
    c.say("agent", ch(["no worries, from the start", "that's fine, from the top when you're ready"]))
    g = c.group("CARD_NUMBER", card)
    c.say("customer", (insert_fillers(say_digits(card, group=4, pair=0.3, homo=0.15, run=0.15), 0.1), g))
    if p(0.5):
        c.say("agent", "and the expiry")
        e = make_expiry()
        ge = c.group("EXPIRY", e)
        c.say("customer", (say_expiry(e, True), ge))
    return c


def pos_ssn():
    c = Case("positive", "")
    ssn = make_ssn()
    asr = p(0.65)
    ind, o = org()
    if asr:
        c.say("agent", "thanks for calling %s, to verify i'll need your social security number" % o.lower())
        g = c.group("SSN", ssn)
        if p(0.4):
            parts = [ssn[:3], ssn[3:5], ssn[5:]]
            c.say("customer", ch(["sure it's ", "ok ", "yeah "]), (say_digits(parts[0], pair=0.3, homo=0.2, hund=0.3), g))
            c.say("agent", ch(BACK))
            c.say("customer", (say_digits(parts[1], pair=0.5), g), ch(["", " and then"]))
            c.say("agent", ch(BACK))
            c.say("customer", (say_digits(parts[2], pair=0.5, homo=0.2, run=0.2, hund=0.1), g))
            c.note = "SSN split over three customer turns, %s" % ind
        else:
            txt = say_digits(ssn[:3], pair=0.3, hund=0.3, homo=0.2, follow=ssn[3]) + ch([", ", " ", " ... "]) + \
                say_digits(ssn[3:5], pair=0.5, follow=ssn[5]) + ch([", ", " ", " uh "]) + \
                say_digits(ssn[5:], pair=0.4, homo=0.2, run=0.2, lit=0.1)
            c.say("customer", ch(["it's ", "yeah it's ", "um ", "my social is "]), (txt, g))
            c.note = "spoken SSN, %s" % ind
        if p(0.35):
            g2 = c.group("SSN", ssn[-4:], "full")
            c.groups[g2] = ("SSN", ssn, "suffix")
            c.say("agent", "and just the last four again? i want to make sure i got ",
                  (say_digits(ssn[-4:]), g2), " right")
            c.note += " + agent repeats last four of SSN"
    else:
        g = c.group("SSN", ssn)
        typed = ch(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s.%s.%s"]) % (ssn[:3], ssn[3:5], ssn[5:])
        c.say("agent", "Please confirm your SSN and date of birth for %s." % o)
        segs = [ch(["SSN: ", "ssn ", "Social sec # ", "my ss number is "]), (typed, g)]
        if p(0.5):
            d = make_dob()
            gd = c.group("DOB", d)
            segs += [ch([", dob ", " DOB: ", " born "]), (say_dob(d, False, us=True), gd)]
        c.say("customer", *segs)
        c.say("agent", "Thank you, you're verified.")
        c.note = "typed SSN, %s" % ind
    return c


def pos_ni():
    c = Case("positive", "")
    ni = make_ni()
    asr = p(0.65)
    g = c.group("NI_NUMBER", ni)
    if asr:
        opener(c)
        c.say("customer", "i'm calling about my tax code")
        c.say("agent", "ok can i take your national insurance number")
        mix = ch([["plain"], ["name"], ["nato"], ["alt", "plain"], ["name", "plain", "nato"]])
        lp = say_letters(ni[:2], mix)
        dg = say_digits(ni[2:8], pair=ch([0.0, 0.5, 1.0]), dbl=0.7, homo=ch([0.0, 0.2]),
                        run=ch([0.0, 0.2]), lit=ch([0.0, 0.2]), group=2 if p(0.5) else None)
        sf = say_letter(ni[8], ch(mix))
        if p(0.35):
            c.say("customer", ch(["yeah it's ", "", "right, "]), (lp + " " + dg, g))
            c.say("agent", ch(BACK + ["and the letter at the end?"]))
            c.say("customer", (sf, g))
            c.note = "spoken NI, final letter in separate turn"
        else:
            c.say("customer", ch(["it's ", "", "um ", "yeah so "]),
                  (insert_fillers(lp + " " + dg + " " + sf, 0.08), g))
            c.note = "spoken NI (%s letters)" % "/".join(mix)
        if ni[:2] in PAIR_MISHEARD and PAIR_MISHEARD[ni[:2]] in lp:
            c.note += ", prefix misheard as a word"
        if p(0.3):
            g2 = c.group("NI_NUMBER", ni)
            c.say("agent", "so that's ", (" ".join(ni[:2].lower()) + " " + say_digits(ni[2:8], pair=0.0, dbl=0.0) + " " + ni[8].lower(), g2), ch([" yeah?", "?"]))
            c.say("customer", "yep")
            c.note += " + read-back"
    else:
        fmt = ch(["{a} {b} {c} {d} {e}", "{a}{b}{c}{d}{e}", "{a}-{b}{c}{d}-{e}", "{a} {b}{c}{d} {e}"])
        t = fmt.format(a=ni[:2], b=ni[2:4], c=ni[4:6], d=ni[6:8], e=ni[8])
        t = ch([t, t.lower(), t[:2].lower() + t[2:], t])
        c.say("agent", "Can you confirm your NI number please?")
        c.say("customer", ch(["NI no: ", "ni ", "it's ", "National Insurance: ", "NINO "]), (t, g),
              ch(["", " thanks", ". Also my payment of £58.20 hasn't shown"]))
        c.note = "typed NI number"
    return c


def make_dob():
    return (R.randint(1, 28), R.randint(1, 12), R.randint(1938, 2006))


def say_dob(d, asr, us=False):
    dd, m, y = d
    if not asr:
        if us:
            return ch(["%02d/%02d/%d" % (m, dd, y), "%d/%d/%02d" % (m, dd, y % 100),
                       "%s %d, %d" % (MONTHS[m - 1].capitalize(), dd, y)])
        return ch(["%02d/%02d/%d" % (dd, m, y), "%d.%d.%d" % (dd, m, y), "%02d-%02d-%d" % (dd, m, y),
                   "%d %s %d" % (dd, MONTHS[m - 1].capitalize()[:3], y),
                   "%d%s %s %d" % (dd, "th" if dd not in (1, 2, 3, 21, 22, 23) else {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}[dd], MONTHS[m - 1].capitalize(), y)])
    if y < 2000:
        yw = ch(["nineteen " + say_digits(str(y)[2:], pair=1.0, dbl=0.0), say_digits(str(y)[2:], pair=1.0, dbl=0.0)])
    else:
        yw = ch(["two thousand and " + UNIT_W[y % 10] if y % 100 < 10 else "two thousand and " + say_digits(str(y % 100), pair=1.0),
                 "twenty " + say_digits("%02d" % (y % 100), pair=1.0, dbl=0.0)])
    if dd <= 20:
        ow = ORD[dd - 1]
    else:
        ow = TENS_W[dd // 10] + (" " + ORD[dd % 10 - 1] if dd % 10 else "ieth")
        if dd % 10 == 0:
            ow = "twentieth"
    st = ch(["ord", "ord2", "num"])
    if st == "ord":
        return ow + " of " + MONTHS[m - 1] + " " + yw
    if st == "ord2":
        return MONTHS[m - 1] + " the " + ow + ", " + yw
    return say_digits("%02d" % dd, pair=0.5, dbl=0.0, follow=str(m // 10)) + " " + \
        say_digits("%02d" % m, pair=0.0, dbl=0.0, follow="1") + " " + yw


def pos_dob():
    c = Case("positive", "")
    d = make_dob()
    asr = p(0.6)
    g = c.group("DOB", d)
    ind, o = org()
    if asr:
        c.say("agent", "%s, can i start with your date of birth" % o.lower())
        c.say("customer", ch(["yeah it's ", "", "uh "]), (say_dob(d, True), g),
              ch(["", " and i'm calling about my bill", ", i'm %d now if that helps" % (2025 - d[2])]))
        c.note = "spoken DOB (age mentioned is not PII)" if "now" in c.turns[-1]["text"] else "spoken DOB"
    else:
        c.say("customer", ch(["DOB ", "d.o.b: ", "born ", "Date of birth - "]), (say_dob(d, False, us=p(0.3)), g),
              ch([", appointment is on the 14th", "", ". Policy no POL%s" % digits(6)]))
        c.note = "typed DOB with distractor"
    return c


def pos_phone():
    c = Case("positive", "")
    intl, nat = make_phone()
    asr = p(0.6)
    if asr:
        c.say("agent", "what's the best number to reach you on")
        form = ch(["nat", "plus", "dblo"])
        if form == "nat":
            val = nat
            txt = say_digits(nat, pair=0.3, hund=0.05, homo=0.15, run=0.15, lit=ch([0, 0.2]))
        elif form == "plus":
            val = intl
            txt = "plus " + say_digits(intl[1:], pair=0.3, homo=0.1, run=0.1)
        else:
            val = "00" + intl[1:]
            txt = say_digits(val, pair=0.3, run=0.1)
        g = c.group("PHONE", val)
        if p(0.35):
            parts = split_parts(val.lstrip("+"), 2)
            if form == "plus":
                parts[0] = "+" + parts[0]
            t0 = ("plus " + say_digits(parts[0][1:])) if parts[0].startswith("+") else say_digits(parts[0], pair=0.3)
            c.say("customer", "it's ", (t0, g))
            c.say("agent", ch(BACK))
            c.say("customer", (say_digits(parts[1], pair=0.3, homo=0.1), g))
            c.note = "spoken phone split over two turns (%s)" % form
        else:
            c.say("customer", ch(["it's ", "my mobile's ", "", "erm "]), (insert_fillers(txt, 0.05), g))
            c.note = "spoken phone (%s)" % form
    else:
        val = ch([intl, nat])
        plus = ""
        if val.startswith("+"):
            cc = [x for x in ("353", "44", "33", "49", "1") if val[1:].startswith(x)][0]
            rest = val[1 + len(cc):]
            plus = "+"
            typed = ch([cc + " " + rest[:4] + " " + rest[4:], cc + rest, cc + " " + rest[:3] + " " + rest[3:6] + " " + rest[6:]])
        elif len(val) == 10:
            if p(0.5):
                plus = "("
                typed = "%s) %s-%s" % (val[:3], val[3:6], val[6:])
            else:
                typed = "%s.%s.%s" % (val[:3], val[3:6], val[6:])
        else:
            typed = ch([val[:5] + " " + val[5:], val[:4] + " " + val[4:7] + " " + val[7:], val])
        g = c.group("PHONE", val)
        c.say("customer", ch(["pls call me back on ", "Tel: ", "mob ", "my number is "]) + plus, (typed, g),
              ch(["", " after 6pm", " - not the landline", ", ext not needed"]))
        c.note = "typed phone"
    return c


def say_email(e):
    local, dom = e.split("@")
    parts = re.findall(r"[a-z]+|\d+|[._-]", local)
    out = []
    for q in parts:
        if q == ".":
            out.append("dot")
        elif q == "_":
            out.append("underscore")
        elif q == "-":
            out.append(ch(["dash", "hyphen"]))
        elif q.isdigit():
            out.append(say_digits(q, pair=0.8, dbl=0.0).replace("-", " ") if p(0.7) else q)
        elif len(q) == 1:
            out.append(q + " for " + NATO[q] if p(0.5) else q)
        else:
            out.append(q if p(0.8) else " ".join(q))
    dp = dom.split(".")
    dw = [ch(["g mail", "gmail"]) if dp[0] == "gmail" else dp[0]] + dp[1:]
    return " ".join(out) + " at " + " dot ".join(dw)


def pos_email():
    c = Case("positive", "")
    e = make_email()
    g = c.group("EMAIL", e)
    if p(0.55):
        c.say("agent", "and an email address for the confirmation")
        s = say_email(e)
        c.say("customer", ch(["yeah it's ", "", "sure, "]), (insert_fillers(s, 0.04), g))
        if p(0.3):
            g2 = c.group("EMAIL", e)
            c.say("agent", "lovely so ", (say_email(e), g2))
            c.note = "spoken email + read-back"
        else:
            c.note = "spoken email"
    else:
        typed = ch([e, e.upper(), e[0].upper() + e[1:], e.replace("@", " @ ")])
        c.say("customer", ch(["email: ", "send it to ", "E-mail ", "my email is "]), (typed, g),
              ch(["", " thx", ". order total was £89.99"]))
        c.note = "typed email"
    return c


def pos_bank():
    c = Case("positive", "")
    uk = p(0.8)
    acct = digits(8) if uk else digits(ch([10, 11, 12]))
    ga = c.group("BANK_ACCOUNT", acct)
    asr = p(0.6)
    if uk:
        sc = digits(6)
        gs = c.group("SORT_CODE", sc)
    if asr:
        c.say("agent", "can i take the account number and sort code for the direct debit" if uk
              else "what's the checking account number")
        if p(0.4):
            parts = split_parts(acct, 2)
            c.say("customer", ch(["account number's ", "", "it's "]), (say_digits(parts[0], pair=0.3, homo=0.2), ga))
            c.say("agent", ch(BACK))
            c.say("customer", (say_digits(parts[1], pair=0.3, run=0.2), ga))
        else:
            c.say("customer", ch(["account number's ", "", "it's "]),
                  (insert_fillers(say_digits(acct, pair=0.3, hund=0.1, homo=0.15, run=0.1, lit=ch([0, 0.2])), 0.06), ga))
        if uk:
            c.say("agent", "and the sort code")
            sct = ch([say_digits(sc, pair=0.7, group=2, dbl=0.5), say_digits(sc, pair=0.0, group=2)])
            c.say("customer", (sct, gs), ch(["", ", it's a santander one"]))
        c.note = "spoken bank details"
    else:
        segs = [ch(["acct no: ", "Account #", "a/c ", "acc number "]), (acct, ga)]
        if uk:
            sct = ch(["%s-%s-%s", "%s %s %s", "%s%s%s"]) % (sc[:2], sc[2:4], sc[4:])
            segs += [ch([" sort ", ", sort code: ", " s/c "]), (sct, gs)]
        c.say("customer", *segs)
        c.say("agent", "Thanks, the first collection of £24.00 will be on the 1st.")
        c.note = "typed bank details"
    return c


def pos_iban():
    c = Case("positive", "")
    ib = make_iban()
    g = c.group("IBAN", ib)
    if p(0.6):
        t = " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))
        t = ch([t, ib, t.lower()])
        c.say("customer", ch(["IBAN: ", "my iban is ", "please refund to IBAN "]), (t, g), ch(["", " thanks", " (BIC not needed?)"]))
        c.note = "typed IBAN (%s)" % ib[:2]
    else:
        cc = ib[:2]
        rest = ib[2:]
        words = say_letters(cc, ["plain", "name"]) + " "
        j = 0
        chunks = []
        while j < len(rest):
            if rest[j].isalpha():
                k = j
                while k < len(rest) and rest[k].isalpha():
                    k += 1
                chunks.append(" ".join(say_letter(x, ch(["plain", "nato"])) for x in rest[j:k]))
                j = k
            else:
                k = j
                while k < len(rest) and rest[k].isdigit():
                    k += 1
                chunks.append(say_digits(rest[j:k], pair=0.2, group=4, dbl=0.5))
                j = k
        words += " ".join(chunks)
        c.say("agent", "for the refund i need the iban")
        c.say("customer", "ok it's ", (words, g))
        c.note = "spoken IBAN (%s)" % cc
    return c


def say_postcode(pc):
    out, (a, b) = pc.split(" "), pc.split(" ")
    letters_a = re.match(r"[A-Z]+", a).group()
    rest_a = a[len(letters_a):]
    mix = ch([["plain"], ["name"], ["nato", "plain"], ["alt", "plain"]])
    s = say_letters(letters_a, mix) + " "
    for x in rest_a:
        s += (say_letter(x, ch(mix)) if x.isalpha() else unit_word(x)) + " "
    s += unit_word(b[0]) + " " + say_letters(b[1:], mix)
    return s.strip()


def pos_address():
    c = Case("positive", "")
    us = p(0.3)
    num = R.randint(1, 240)
    street = ch(US_STREETS if us else STREETS)
    flat = None if p(0.7) else R.randint(1, 30)
    asr = p(0.6)
    if us:
        pc = digits(5) if p(0.7) else digits(5) + "-" + digits(4)
        if pc.startswith("00"):
            pc = "1" + pc[1:]
    else:
        pc = make_postcode()
    ga = c.group("ADDRESS", (num, street))
    gp = c.group("POSTCODE", pc)
    town = ch(TOWNS_US if us else TOWNS_UK)
    if asr:
        st = street.lower()
        nw = say_digits(str(num), pair=0.8, hund=0.8, dbl=0.0) if p(0.7) else str(num)
        addr = ("flat " + say_digits(str(flat), pair=1.0) + ", " if flat else "") + nw + " " + st
        c.say("agent", "can you confirm the address on the account")
        c.say("customer", ch(["yeah it's ", "", "um "]), (addr, ga), ", " + town.lower())
        c.say("agent", ch(["and the postcode", "and the post code please"]) if not us else "and the zip code")
        if us:
            pt = say_digits(pc.replace("-", ""), pair=0.3)
        else:
            pt = say_postcode(pc)
        c.say("customer", (insert_fillers(pt, 0.05), gp))
        c.note = "spoken address + %s" % ("zip" if us else "postcode with letter names")
    else:
        addr = ("Flat %d, " % flat if flat else "") + "%d %s" % (num, street)
        if p(0.3):
            addr = addr.lower()
        pt = ch([pc, pc.lower(), pc.replace(" ", "")]) if not us else pc
        c.say("customer", ch(["New address: ", "I've moved to ", "deliver to "]), (addr, ga), ", %s " % town, (pt, gp),
              ch(["", " - please update", ". Parcel tracking 1Z%s" % digits(10)]))
        c.note = "typed address + postcode"
    return c


def pos_multi():
    c = Case("positive", "multi-PII verification call")
    opener(c)
    c.say("customer", "hi i need to change my details")
    c.say("agent", "sure, full name and postcode first")
    pc = make_postcode()
    gp = c.group("POSTCODE", pc)
    c.say("customer", "it's %s %s and the postcode's " % (ch(FIRST), ch(LAST)), (say_postcode(pc), gp))
    c.say("agent", "and your date of birth")
    d = make_dob()
    gd = c.group("DOB", d)
    c.say("customer", (say_dob(d, True), gd))
    c.say("agent", "and the new mobile number")
    intl, nat = make_phone()
    gph = c.group("PHONE", nat)
    c.say("customer", (say_digits(nat, pair=0.4, homo=0.1, run=0.1, group=ch([None, 5])), gph))
    if p(0.5):
        ni = make_ni()
        g = c.group("NI_NUMBER", ni)
        c.say("agent", "and for the pension side your ni number")
        c.say("customer", (say_letters(ni[:2], ["name", "plain"]) + " " + say_digits(ni[2:8], pair=0.5) + " " + say_letter(ni[8], "name"), g))
    else:
        card = make_card()
        c.say("agent", "and the card for the monthly payment")
        asr_card_reading(c, card, read_back=False)
    return c


# ---------------------------------------------------------------- negatives
def neg_fragments():
    """Pool of non-PII contact-centre lines (speaker, text, note)."""
    on = not_luhn(16)
    L = [
        ("customer", "my order number is %s" % type_digits(on, [4, 4, 4, 4], " "), "16-digit order number, not Luhn"),
        ("customer", "order number " + say_digits(not_luhn(16), group=4, pair=0.3), "spoken order number like a card reading"),
        ("agent", "your tracking number is " + say_digits(digits(12), group=4), "spoken tracking number"),
        ("customer", "the balance says four hundred and twelve pounds sixty", "balance"),
        ("agent", "that comes to £1,249.50 including VAT", "amount"),
        ("customer", "i've been on hold for forty five minutes", "duration"),
        ("agent", "we're open eight till eight weekdays and nine to five thirty on saturdays", "opening hours"),
        ("customer", "it was charged to my card ending " + say_digits(digits(4)), "card last four alone"),
        ("customer", "the card ending in %s got declined" % digits(4), "typed last four alone"),
        ("agent", "meter reading of " + say_digits("0" + digits(4), pair=0.2) + " has been logged", "meter reading"),
        ("customer", "meter says %s" % digits(5), "meter reading typed"),
        ("agent", "flight BA %d departs from gate %d, you're in seat %d%s" % (R.randint(100, 999), R.randint(1, 60), R.randint(1, 40), ch("ABCDEF")), "flight/gate/seat"),
        ("customer", "it's flight e i " + say_digits(digits(3), pair=0.5) + " and i'm in row " + say_digits(str(R.randint(10, 39)), pair=1.0), "spoken flight/row"),
        ("agent", "your ticket reference is " + type_digits(digits(10), [10], ""), "ticket ref"),
        ("agent", "reference number " + say_digits(digits(9), pair=0.6, group=3), "spoken reference in pairs"),
        ("customer", "invoice INV-%d-%s" % (R.randint(2019, 2025), digits(6)), "invoice number"),
        ("customer", "claim number " + say_digits(digits(8), pair=0.5, homo=0.1), "spoken claim number"),
        ("agent", "policy number is HX%s/%s" % (digits(7), digits(2)), "policy number"),
        ("customer", "serial number on the boiler is %s %s %s" % (digits(4), digits(4), digits(4)), "serial number"),
        ("customer", "it's the model W M eight fourteen hundred", "model number"),
        ("agent", "the engineer is booked for tuesday the fourteenth between eight and one", "appointment date"),
        ("customer", "my contract ends in march twenty twenty six", "contract date"),
        ("customer", "i've been with you since nineteen ninety eight", "year"),
        ("customer", "my mum's eighty four and she's on her own", "age"),
        ("customer", "the thermostat's at twenty one degrees and it's still cold", "temperature"),
        ("agent", "the APR is 19.9% representative", "percentage"),
        ("customer", "we used about thirty two gig of data", "count/usage"),
        ("agent", "the payment of %d pounds %d will go out on the 28th of each month" % (R.randint(10, 99), R.randint(10, 99)), "payment date"),
        ("customer", "i'm in room four hundred and twelve", "room number"),
        ("customer", "there's roadworks on the A four oh six and the M25", "road names"),
        ("agent", "your case number is %s" % type_digits(not_luhn(16), [16], ""), "16-digit case number unlabelled-looking"),
        ("customer", "the reference on the letter is " + " ".join(say_digits(digits(4), pair=0.3) for _ in range(4)), "reference read in 4-digit groups"),
        ("agent", "that's " + say_digits(str(R.randint(100, 999)), hund=1.0, dbl=0) + " minutes included in the plan", "minutes count"),
        ("customer", "parcel was %d kilos and cost £%d.%02d" % (R.randint(2, 30), R.randint(5, 40), R.randint(0, 99)), "weight/price"),
        ("agent", "press one for billing, two for faults, or hold", "IVR menu"),
        ("customer", "the tracking code was 1Z %s %s %s" % (digits(3), digits(3), digits(10)), "carrier tracking"),
        ("agent", "prescription charge is nine pounds ninety per item", "price"),
        ("customer", "the booking ref is " + " ".join(say_letter(x, "nato") for x in "".join(ch("ABCDEFGHJKLMNPRSTUWXYZ") for _ in range(6)).lower()), "NATO-spelt booking reference"),
        ("agent", "order " + say_digits(not_luhn(16), group=4, pair=0.2, homo=0.1, run=0.1) + ", is that the one", "agent reads order number like a card"),
        ("customer", "it's the invoice dated 03/04/2024 for $%d.%02d" % (R.randint(20, 900), R.randint(0, 99)), "invoice date/amount"),
        ("customer", "the account's been in arrears for six months, about two thousand and forty pounds", "amount in words"),
        ("agent", "your new PIN will arrive in five to seven working days", "duration"),
        ("customer", "i paid double four nine on the twelfth", "amount spoken with double"),
        ("agent", "it's ticket number " + say_digits(digits(11), pair=0.4, group=None), "long spoken ticket number"),
        ("customer", "the IMEI sticker's worn off but the model is A%s" % digits(4), "model number"),
        ("customer", "my daughter's nine and my son's fourteen", "ages"),
        ("agent", "your refund of €%d.%02d has been issued, allow 3-5 days" % (R.randint(10, 500), R.randint(0, 99)), "refund amount"),
        ("customer", "meter serial E%dK%s" % (R.randint(10, 99), digits(5)), "meter serial"),
        ("customer", "the gate code for the building is " + say_digits(digits(4)) + " if the driver needs it", "gate code (not in PII taxonomy)"),
    ]
    return L


def neg_case():
    pool = neg_fragments()
    k = ch([2, 2, 3, 3, 4])
    picks = R.sample(pool, k)
    c = Case("negative", "; ".join(x[2] for x in picks))
    if p(0.5):
        opener(c)
    for sp, t, _ in picks:
        c.say(sp, t)
        if p(0.5):
            c.say("agent" if sp == "customer" else "customer", ch(BACK + ["thanks", "lovely", "ok great"]))
    return c


def build():
    pos_gens = ([pos_card_asr] * 30 + [pos_card_chat] * 22 + [pos_card_correction] * 8 +
                [pos_ssn] * 30 + [pos_ni] * 32 + [pos_dob] * 14 + [pos_phone] * 18 +
                [pos_email] * 14 + [pos_bank] * 18 + [pos_iban] * 12 + [pos_address] * 16 +
                [pos_multi] * 12)
    R.shuffle(pos_gens)
    cases = []
    for i, f in enumerate(pos_gens):
        c = f()
        c.id = "h450-pos-%03d" % (i + 1)
        cases.append(c)
    for i in range(112):
        c = neg_case()
        c.id = "h450-neg-%03d" % (i + 1)
        cases.append(c)
    return cases


def serialise(cases):
    lines = []
    for c in cases:
        lines.append(json.dumps({"id": c.id, "kind": c.kind, "turns": c.turns,
                                 "spans": c.spans, "note": c.note}, ensure_ascii=False))
    return "\n".join(lines) + "\n"


def check(cases, text):
    errs = []
    with open(OUT, encoding="utf-8") as fh:
        if fh.read() != text:
            errs.append("file is not byte-identical to regeneration")
    ids = [c.id for c in cases]
    if len(set(ids)) != len(ids):
        errs.append("duplicate ids")
    for c in cases:
        if c.kind == "negative" and c.spans:
            errs.append("%s: negative with spans" % c.id)
        if c.kind == "positive" and not c.spans:
            errs.append("%s: positive without spans" % c.id)
        for t in c.turns:
            if t["speaker"] not in ("customer", "agent"):
                errs.append("%s: bad speaker" % c.id)
        by_turn = {}
        for s in c.spans:
            txt = c.turns[s["turn"]]["text"]
            a, b = s["start"], s["end"]
            if not (0 <= a < b <= len(txt)):
                errs.append("%s: offsets out of range" % c.id)
                continue
            if not (txt[a].isalnum() and txt[b - 1].isalnum()):
                errs.append("%s: span %r not trimmed" % (c.id, txt[a:b]))
            if (a > 0 and txt[a - 1].isalnum()) or (b < len(txt) and txt[b].isalnum()):
                errs.append("%s: span %r not on word boundary" % (c.id, txt[a:b]))
            by_turn.setdefault(s["turn"], []).append((a, b))
        for iv in by_turn.values():
            iv.sort()
            for (a1, b1), (a2, b2) in zip(iv, iv[1:]):
                if a2 < b1:
                    errs.append("%s: overlapping spans" % c.id)
        groups = {}
        for s, gid in zip(c.spans, c.meta):
            groups.setdefault(gid, []).append(c.turns[s["turn"]]["text"][s["start"]:s["end"]])
        for gid, texts in groups.items():
            typ, canon, mode = c.groups[gid]
            try:
                ok = validate(typ, canon, mode, texts)
            except Exception as e:  # noqa
                ok = False
                texts = texts + ["<%s>" % e]
            if not ok:
                errs.append("%s: %s %r failed validation (%s)" % (c.id, typ, texts, canon))
    return errs


def counts(cases):
    from collections import Counter
    ct = Counter(s["type"] for c in cases for s in c.spans)
    return ct


def main():
    cases = build()
    text = serialise(cases)
    if "--check" in sys.argv:
        errs = check(cases, text)
        ct = counts(cases)
        npos = sum(c.kind == "positive" for c in cases)
        nneg = len(cases) - npos
        need = {"CARD_NUMBER": 70, "SSN": 30, "NI_NUMBER": 30}
        for t in ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE",
                  "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]:
            if ct[t] < need.get(t, 10):
                errs.append("too few %s spans: %d" % (t, ct[t]))
        if npos < 200 or nneg < 100:
            errs.append("too few cases: %d pos %d neg" % (npos, nneg))
        for e in errs:
            print("ERROR", e)
        print("positives %d negatives %d spans %d" % (npos, nneg, sum(ct.values())))
        for t, v in sorted(ct.items()):
            print("  %-13s %d" % (t, v))
        if errs:
            print("CHECK FAILED (%d errors)" % len(errs))
            sys.exit(1)
        print("CHECK OK")
        return
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as fh:
        fh.write(text)
    print("wrote %d cases to %s" % (len(cases), OUT))


if __name__ == "__main__":
    main()

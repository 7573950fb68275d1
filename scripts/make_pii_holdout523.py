#!/usr/bin/env python3
"""Generate the pii_holdout523 held-out PII redaction evaluation set.

Standard library only; one RNG: random.Random(523241125).
Turns are built from plain-text segments and labelled value segments, so
offsets are always computed, never typed by hand.

    python scripts/make_pii_holdout523.py           # write cases.jsonl
    python scripts/make_pii_holdout523.py --check   # regenerate + verify
"""
import json
import os
import re
import sys
import random

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "fixtures", "pii_holdout523", "cases.jsonl")
TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]
MIN_SPANS = {t: 10 for t in TYPES}
MIN_SPANS.update({"CARD_NUMBER": 70, "SSN": 30, "NI_NUMBER": 30})

# ---------------------------------------------------------------- words
UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = {"twenty": 2, "thirty": 3, "forty": 4, "fifty": 5, "sixty": 6, "seventy": 7,
        "eighty": 8, "ninety": 9}
TENS_W = {v: k for k, v in TENS.items()}
ZERO_WORDS = {"zero", "oh", "o", "nought", "nil"}
FILLERS = {"um", "uh", "er", "erm", "umm", "uhh", "hmm", "and", "sorry", "like", "so"}
NATO = {"alpha": "a", "alfa": "a", "bravo": "b", "charlie": "c", "delta": "d", "echo": "e",
        "foxtrot": "f", "golf": "g", "hotel": "h", "india": "i", "juliet": "j", "juliett": "j",
        "kilo": "k", "lima": "l", "mike": "m", "november": "n", "oscar": "o", "papa": "p",
        "quebec": "q", "romeo": "r", "sierra": "s", "tango": "t", "uniform": "u",
        "victor": "v", "whiskey": "w", "whisky": "w", "xray": "x", "x-ray": "x",
        "yankee": "y", "zulu": "z"}
NATO_BY_LETTER = {}
for _w, _l in NATO.items():
    NATO_BY_LETTER.setdefault(_l, _w)
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
MON3 = [m[:3] for m in MONTHS]
ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
       "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
       "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth",
       "twenty first", "twenty second", "twenty third", "twenty fourth", "twenty fifth",
       "twenty sixth", "twenty seventh", "twenty eighth", "twenty ninth", "thirtieth",
       "thirty first"]


def unit_val(t):
    if t in ZERO_WORDS:
        return 0
    if t in UNITS:
        return UNITS.index(t)
    if len(t) == 1 and t.isdigit():
        return int(t)
    return None


def spoken_to_chars(text):
    """Normalise a (typed or spoken) value to its characters, lower case."""
    toks = re.findall(r"[a-z]+(?:-ray)?|\d+|[+@._/,-]", text.lower())
    out = []
    i = 0
    n = len(toks)
    while i < n:
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < n else None
        if t == ",":
            i += 1
            continue
        if len(t) == 1 and t.isalpha() and nxt in ("for", "as"):
            j = i + 2
            if nxt == "as" and j < n and toks[j] == "in":
                j += 1
            if j < n and toks[j] in NATO:
                out.append(t)
                i = j + 1
                continue
        if t in ("double", "triple") and nxt is not None:
            v = unit_val(nxt)
            if v is not None:
                out.append(str(v) * (2 if t == "double" else 3))
                i += 2
                continue
            if len(nxt) == 1 and nxt.isalpha():
                out.append(nxt * (2 if t == "double" else 3))
                i += 2
                continue
        if t in TENS:
            if nxt is not None and unit_val(nxt) not in (None, 0) and nxt not in ZERO_WORDS:
                out.append(str(TENS[t]) + str(unit_val(nxt)))
                i += 2
            else:
                out.append(str(TENS[t]) + "0")
                i += 1
            continue
        if t in TEENS:
            out.append(str(10 + TEENS.index(t)))
            i += 1
            continue
        if t in ("hundred", "thousand"):
            width = 2 if t == "hundred" else 3
            j = i + 1
            if j < n and toks[j] == "and":
                j += 1
            if j < n and toks[j] in TENS:
                if j + 1 < n and unit_val(toks[j + 1]) not in (None, 0) and toks[j + 1] not in ZERO_WORDS:
                    val = TENS[toks[j]] * 10 + unit_val(toks[j + 1])
                    j += 2
                else:
                    val = TENS[toks[j]] * 10
                    j += 1
            elif j < n and toks[j] in TEENS:
                val = 10 + TEENS.index(toks[j])
                j += 1
            elif j < n and toks[j] in UNITS[1:]:
                val = UNITS.index(toks[j])
                j += 1
            else:
                val = 0
                j = i + 1
            out.append(str(val).zfill(width))
            i = j
            continue
        if t in ZERO_WORDS:
            out.append("0")
            i += 1
            continue
        if t in UNITS:
            out.append(str(UNITS.index(t)))
            i += 1
            continue
        if len(t) == 1 and t.isalpha() and nxt in ("for", "as") :
            j = i + 2
            if nxt == "as" and j < n and toks[j] == "in":
                j += 1
            if j < n:
                out.append(t)
                i = j + 1
                continue
        if t in NATO:
            out.append(NATO[t])
            i += 1
            continue
        if t in FILLERS:
            i += 1
            continue
        if t == "dot":
            out.append(".")
        elif t == "at":
            out.append("@")
        elif t in ("dash", "hyphen"):
            out.append("-")
        elif t == "underscore":
            out.append("_")
        elif t == "plus":
            out.append("+")
        else:
            out.append(t)
        i += 1
    return "".join(out)


SPOKEN_VOCAB = set(UNITS) | set(TEENS) | set(TENS) | ZERO_WORDS | FILLERS | set(NATO) | {
    "double", "triple", "hundred", "thousand", "for", "dot", "at", "dash", "hyphen", "underscore", "plus"}


def typed_words_only(text):
    return not any(w in SPOKEN_VOCAB for w in re.split(r"[^a-z0-9-]+", text.lower()) if w)


def digits_of(text):
    if typed_words_only(text):
        return re.sub(r"[^0-9]", "", text)
    return re.sub(r"[^0-9]", "", spoken_to_chars(text))


def alnum_of(text):
    if typed_words_only(text):
        return re.sub(r"[^0-9A-Za-z]", "", text).upper()
    return re.sub(r"[^0-9a-z]", "", spoken_to_chars(text)).upper()


# ---------------------------------------------------------------- validators
def luhn_ok(s):
    if not s.isdigit():
        return False
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def iban_ok(s):
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in r)
    return int(num) % 97 == 1


NI_RE = re.compile(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]")
UK_PC = re.compile(r"[A-Z]{1,2}\d[A-Z\d]?\d[ABD-HJLNP-UW-Z]{2}")
US_ZIP = re.compile(r"\d{5}(\d{4})?")
STREET_WORDS = ("street", "st", "road", "rd", "avenue", "ave", "lane", "ln", "drive", "dr",
                "close", "way", "crescent", "court", "place", "terrace", "gardens",
                "boulevard", "blvd", "grove", "hill", "row", "walk", "square", "parade",
                "mews", "view", "green", "park")


def valid_value(typ, text):
    low = text.lower()
    if typ == "CARD_NUMBER":
        d = digits_of(text)
        return 13 <= len(d) <= 19 and luhn_ok(d)
    if typ == "CVV":
        return len(digits_of(text)) in (3, 4)
    if typ == "SSN":
        d = digits_of(text)
        return len(d) == 9 and d[:3] not in ("000", "666") and d[0] != "9" \
            and d[3:5] != "00" and d[5:] != "0000"
    if typ == "NI_NUMBER":
        return bool(NI_RE.fullmatch(alnum_of(text)))
    if typ == "BANK_ACCOUNT":
        return 6 <= len(digits_of(text)) <= 17
    if typ == "SORT_CODE":
        return len(digits_of(text)) == 6
    if typ == "IBAN":
        return iban_ok(alnum_of(text))
    if typ == "PHONE":
        s = re.sub(r"[^0-9+]", "", spoken_to_chars(text))
        return bool(re.fullmatch(r"\+?\d{10,14}", s))
    if typ == "EMAIL":
        s = spoken_to_chars(text).replace(" ", "")
        return bool(re.fullmatch(r"[a-z0-9._%+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+", s))
    if typ == "POSTCODE":
        s = alnum_of(text)
        return bool(UK_PC.fullmatch(s) or US_ZIP.fullmatch(s))
    if typ == "ADDRESS":
        first = re.findall(r"[a-z0-9]+", low)
        last = first[-1] if first else ""
        return bool(first) and (first[0][0].isdigit() or first[0] in UNITS or first[0] in TENS
                                or first[0] in TEENS or first[0] in ("flat", "apt", "apartment", "unit")) \
            and last in STREET_WORDS
    if typ in ("DOB", "EXPIRY"):
        has_month = any(m in low for m in MON3)
        numeric = re.search(r"\d{1,4}\s*[/.\-]\s*\d{1,2}", low)
        d = digits_of(text)
        if typ == "DOB":
            return has_month and (bool(re.search(r"(19|20)\d\d", d)) or "thousand" in low) \
                or bool(numeric and len(d) >= 6) \
                or (len(d) == 8 and 1 <= int(d[2:4]) <= 12 and 1 <= int(d[:2]) <= 31)
        return has_month or bool(numeric) or len(d) == 4 and 1 <= int(d[:2]) <= 12
    return False


# ---------------------------------------------------------------- rendering helpers
R = random.Random(523241125)


def V(text, typ):
    return (text, typ)


def pick(seq):
    return R.choice(seq)


def chance(p):
    return R.random() < p


def two_words(p, zero):
    if p[0] == "0":
        return zero + " " + UNITS[int(p[1])]
    n = int(p)
    if n < 20:
        return TEENS[n - 10]
    t, u = divmod(n, 10)
    return TENS_W[t] + ("" if u == 0 else " " + UNITS[u])


def digits_words(g, zero, allow_dt=True):
    words = []
    i = 0
    while i < len(g):
        d = g[i]
        run = 1
        while i + run < len(g) and g[i + run] == d and run < 3:
            run += 1
        w = zero if d == "0" else UNITS[int(d)]
        if allow_dt and run == 3 and chance(0.6):
            words.append("triple " + w)
            i += 3
        elif allow_dt and run >= 2 and chance(0.7):
            words.append("double " + w)
            i += 2
        else:
            words.append(w)
            i += 1
    return " ".join(words)


def speak_group(g, zero, fancy=True):
    opts = ["digits"]
    if fancy and len(g) % 2 == 0 and len(g) >= 2:
        opts += ["pairs", "pairs"]
    if fancy and len(g) == 3 and g[0] != "0":
        opts.append("hundred")
    st = pick(opts)
    if st == "pairs":
        return " ".join(two_words(g[k:k + 2], zero) for k in range(0, len(g), 2))
    if st == "hundred":
        h, rest = g[0], g[1:]
        if rest == "00":
            return UNITS[int(h)] + " hundred"
        tail = UNITS[int(rest[1])] if rest[0] == "0" else two_words(rest, zero)
        return UNITS[int(h)] + " hundred" + pick([" and ", " "]) + tail
    return digits_words(g, zero, allow_dt=fancy)


def speak_digits(groups, fancy=True, fillers=0.15, joiner=None):
    """Speak a digit string given as groups; verified against the normaliser."""
    zero = pick(["oh", "oh", "zero", "nought", "o"])
    for _ in range(6):
        parts = []
        for gi, g in enumerate(groups):
            s = speak_group(g, zero, fancy)
            if gi and fillers and chance(fillers):
                s = pick(["um", "uh", "er", "erm"]) + " " + s
            parts.append(s)
        j = joiner if joiner is not None else pick([", ", " ", "... ", ", "])
        out = j.join(parts)
        if digits_of(out) == "".join(groups):
            return out
    out = ", ".join(digits_words(g, zero, False) for g in groups)
    assert digits_of(out) == "".join(groups), out
    return out


def spell_letters(s, nato=0.4):
    out = []
    for ch in s:
        if ch.isdigit():
            out.append(UNITS[int(ch)])
        elif ch.lower() == "o" or chance(nato):
            out.append(ch.lower() + " for " + NATO_BY_LETTER[ch.lower()])
        else:
            out.append(ch.lower())
    return " ".join(out)


def chunk(s, sizes):
    out, i = [], 0
    for z in sizes:
        out.append(s[i:i + z])
        i += z
    if i < len(s):
        out.append(s[i:])
    return [x for x in out if x]


# ---------------------------------------------------------------- value generators
def gen_card(length=None):
    brand = pick(["visa", "visa", "mc", "mc", "amex", "disc", "visa13", "visa19", "maestro"])
    if length == 16 and brand in ("amex", "visa13", "visa19", "maestro"):
        brand = "visa"
    pref, ln = {"visa": ("4", 16), "mc": (pick(["51", "52", "53", "54", "55", "2221", "2720"]), 16),
                "amex": (pick(["34", "37"]), 15), "disc": ("6011", 16), "visa13": ("4", 13),
                "visa19": ("4", 19), "maestro": (pick(["6759", "6763"]), 18)}[brand]
    body = pref + "".join(str(R.randint(0, 9)) for _ in range(ln - len(pref) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def card_groups(num):
    ln = len(num)
    if ln == 15:
        return chunk(num, [4, 6, 5])
    if ln == 13:
        return chunk(num, [4, 3, 3, 3])
    return chunk(num, [4] * 5)


def fmt_card_typed(num):
    groups = card_groups(num)
    style = pick(["space", "space", "dash", "none", "dot", "dspace", "odd", "mixed", "newline"])
    if style == "none":
        return num
    if style == "odd":
        return " ".join(chunk(num, [pick([3, 5, 6]), pick([3, 5, 6]), pick([4, 6])]))
    if style == "mixed":
        seps = [pick([" ", "-", " - ", ""]) for _ in groups]
        return "".join(g + (seps[k] if k < len(groups) - 1 else "") for k, g in enumerate(groups))
    if style == "newline":
        k = R.randint(1, len(groups) - 1)
        return " ".join(groups[:k]) + "\n" + " ".join(groups[k:])
    sep = {"space": " ", "dash": "-", "dot": ".", "dspace": "  "}[style]
    return sep.join(groups)


def gen_ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


def fmt_ssn(s):
    return pick(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s.%s.%s", "%s - %s - %s"]) % (s[:3], s[3:5], s[5:])


NI_FIRST = "ABCEGHJKLMNPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"


def gen_ni():
    while True:
        p = pick(NI_FIRST) + pick(NI_SECOND)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p + "".join(str(R.randint(0, 9)) for _ in range(6)) + pick("ABCD")


def fmt_ni(s):
    st = pick(["plain", "spaced", "lower", "spaced_lower", "dash", "pair"])
    if st == "plain":
        return s
    if st == "spaced":
        return "%s %s %s %s %s" % (s[:2], s[2:4], s[4:6], s[6:8], s[8])
    if st == "lower":
        return s.lower()
    if st == "spaced_lower":
        return ("%s %s %s %s %s" % (s[:2], s[2:4], s[4:6], s[6:8], s[8])).lower()
    if st == "dash":
        return "%s-%s-%s-%s-%s" % (s[:2], s[2:4], s[4:6], s[6:8], s[8])
    return "%s %s %s" % (s[:2], s[2:8], s[8])


def speak_ni(s):
    letters = spell_letters(s[:2], 0.5)
    nums = speak_digits(chunk(s[2:8], [2, 2, 2]), fancy=chance(0.6), fillers=0.1)
    return letters + pick([" ", ", ", " um "]) + nums + pick([" ", ", ", " um "]) + spell_letters(s[8], 0.5)


def gen_sort():
    return "".join(str(R.randint(0, 9)) for _ in range(6)).replace("0", str(R.randint(1, 9)), 1)


def fmt_sort(s):
    return pick(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s.%s.%s", "%s/%s/%s"]) % (s[:2], s[2:4], s[4:])


def gen_acct(us=False):
    ln = R.randint(9, 12) if us else 8
    return str(R.randint(1, 9)) + "".join(str(R.randint(0, 9)) for _ in range(ln - 1))


def make_iban(cc, bban):
    num = "".join(str(int(c, 36)) for c in bban + cc + "00")
    chk = 98 - int(num) % 97
    return cc + "%02d" % chk + bban


def gen_iban():
    cc = pick(["GB", "IE", "DE", "FR", "NL", "ES", "IE"])
    rd = lambda k: "".join(str(R.randint(0, 9)) for _ in range(k))
    up = lambda k: "".join(pick("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(k))
    bban = {"GB": lambda: pick(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + rd(14),
            "IE": lambda: pick(["AIBK", "BOFI", "IPBS"]) + rd(14),
            "DE": lambda: rd(18), "FR": lambda: rd(10) + up(1) + rd(10) + rd(2),
            "NL": lambda: pick(["ABNA", "INGB", "RABO"]) + rd(10),
            "ES": lambda: rd(20)}[cc]()
    return make_iban(cc, bban)


def fmt_iban(s):
    st = pick(["grouped", "grouped", "plain", "lower", "dash"])
    g = [s[k:k + 4] for k in range(0, len(s), 4)]
    if st == "grouped":
        return " ".join(g)
    if st == "plain":
        return s
    if st == "lower":
        return " ".join(g).lower()
    return "-".join(g)


def gen_phone(country=None):
    country = country or pick(["UK", "UK", "US", "IE", "UKL"])
    rd = lambda k: "".join(str(R.randint(0, 9)) for _ in range(k))
    if country == "UK":
        return ("07" + pick(["700", "711", "723", "802", "956", "447"]) + rd(6), "UK")
    if country == "UKL":
        return ("0" + pick(["20", "161", "113", "117", "131", "121"]) + rd(7 if len("x") else 0), "UKL")
    if country == "US":
        return (str(R.randint(2, 9)) + rd(2) + str(R.randint(2, 9)) + rd(6), "US")
    return ("08" + pick(["3", "5", "6", "7"]) + rd(7), "IE")


def fmt_phone(num, cc):
    intl = chance(0.45)
    if cc in ("UK", "UKL"):
        nat = num
        if intl:
            rest = nat[1:]
            return pick(["+44 %s %s" % (rest[:4], rest[4:]), "+44%s" % rest, "+44 (0)%s %s" % (rest[:4], rest[4:]),
                         "0044 %s %s %s" % (rest[:4], rest[4:7], rest[7:])])
        return pick(["%s %s" % (nat[:5], nat[5:]), nat, "%s %s %s" % (nat[:5], nat[5:8], nat[8:]),
                     "%s-%s" % (nat[:5], nat[5:])])
    if cc == "US":
        a, b, c = num[:3], num[3:6], num[6:]
        if intl:
            return pick(["+1 %s-%s-%s" % (a, b, c), "+1 %s %s %s" % (a, b, c), "+1%s%s%s" % (a, b, c),
                         "+1-%s-%s-%s" % (a, b, c)])
        return pick(["%s-%s-%s" % (a, b, c), "%s.%s.%s" % (a, b, c), "%s %s %s" % (a, b, c), "%s%s%s" % (a, b, c)])
    rest = num[1:]
    if intl:
        return pick(["+353 %s %s %s" % (rest[:2], rest[2:5], rest[5:]), "+353%s" % rest, "00353 %s %s" % (rest[:2], rest[2:])])
    return pick(["%s %s %s" % (num[:3], num[3:6], num[6:]), num, "%s-%s" % (num[:3], num[3:])])


def speak_phone(num, cc):
    if cc in ("UK", "UKL"):
        if chance(0.3):
            rest = num[1:]
            return "plus four four " + speak_digits(chunk(rest, [4, 3, 3]), fillers=0.1)
        return speak_digits(chunk(num, [5, 3, 3]), fillers=0.1)
    if cc == "US":
        pre = "plus one " if chance(0.3) else ""
        return pre + speak_digits(chunk(num, [3, 3, 4]), fillers=0.1)
    pre = "plus three five three " if chance(0.3) else ""
    body = num[1:] if pre else num
    return pre + speak_digits(chunk(body, [2 if pre else 3, 3, 4]), fillers=0.1)


FIRST = ["james", "sarah", "mohammed", "aoife", "li", "priya", "tom", "grace", "conor", "maria",
         "david", "fatima", "lucy", "kwame", "sophie", "jack", "chloe", "niamh", "raj", "emma",
         "pawel", "hannah", "oliver", "zara", "dylan", "megan", "sean", "beth", "tariq", "anna"]
LAST = ["smith", "jones", "patel", "murphy", "khan", "nguyen", "garcia", "brennan", "walker",
        "obrien", "kowalski", "taylor", "hughes", "ahmed", "evans", "kelly", "silva", "wright",
        "mccarthy", "chen", "davies", "byrne", "reyes", "wilson", "doyle", "ali", "moore", "hill"]
DOMAINS = ["gmail.com", "hotmail.co.uk", "yahoo.com", "outlook.com", "btinternet.com",
           "icloud.com", "eircom.net", "live.ie", "aol.com", "protonmail.com", "sky.com", "web.de"]


def gen_email():
    f, l = pick(FIRST), pick(LAST)
    local = pick([f + "." + l, f[0] + l, f + l + str(R.randint(1, 99)), f + "_" + l, l + "." + f[0],
                  f + "." + l + str(R.randint(70, 99))])
    return local + "@" + pick(DOMAINS)


def fmt_email_typed(e):
    st = pick(["plain", "plain", "caps", "spaced", "mailto"])
    if st == "caps":
        loc, dom = e.split("@")
        return loc.capitalize() + "@" + dom.capitalize()
    if st == "spaced":
        return e.replace("@", " @ ")
    return e


def speak_email(e):
    loc, dom = e.split("@")
    parts = []
    for piece in re.findall(r"[a-z]+|\d+|[._]", loc):
        if piece == ".":
            parts.append("dot")
        elif piece == "_":
            parts.append("underscore")
        elif piece.isdigit():
            parts.append(speak_digits([piece], fillers=0))
        elif len(piece) <= 2:
            parts.append(spell_letters(piece, 0.5))
        else:
            parts.append(piece if chance(0.7) else piece + ", " + spell_letters(piece, 0.2))
    sd = " dot ".join(dom.split("."))
    return " ".join(parts) + pick([" at ", " at ", " uh at "]) + sd


def email_spoken_ok(text, e):
    s = spoken_to_chars(text)
    # allow "name, n a m e" duplications by only checking validity
    return valid_value("EMAIL", text)


def gen_date(y0, y1):
    return R.randint(y0, y1), R.randint(1, 12), R.randint(1, 28)


def year_words(y):
    if 2000 <= y <= 2009:
        return pick(["two thousand and " + UNITS[y - 2000], "two thousand " + UNITS[y - 2000]])
    return two_words(str(y)[:2], "oh") + " " + two_words(str(y)[2:], "oh")


def fmt_dob_typed(y, m, d, us=False):
    if us:
        return pick(["%02d/%02d/%d" % (m, d, y), "%d/%d/%d" % (m, d, y), "%s %d, %d" % (MONTHS[m - 1].capitalize(), d, y),
                     "%d-%02d-%02d" % (y, m, d)])
    return pick(["%02d/%02d/%d" % (d, m, y), "%d/%d/%d" % (d, m, y), "%02d.%02d.%d" % (d, m, y),
                 "%d %s %d" % (d, MONTHS[m - 1].capitalize(), y), "%d%s %s %d" % (d, ordsuf(d), MON3[m - 1].capitalize(), y),
                 "%d-%02d-%02d" % (y, m, d), "%02d-%02d-%d" % (d, m, y)])


def ordsuf(d):
    return "th" if 11 <= d <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")


def speak_dob(y, m, d):
    st = pick(["dmy", "mdy", "num"])
    if st == "dmy":
        return ORD[d] + " of " + MONTHS[m - 1] + " " + year_words(y)
    if st == "mdy":
        return MONTHS[m - 1] + " " + ORD[d] + pick([" ", ", uh, "]) + year_words(y)
    return two_words("%02d" % d, "oh") + " " + two_words("%02d" % m, "oh") + " " + year_words(y)


def fmt_exp_typed(y, m):
    return pick(["%02d/%02d" % (m, y % 100), "%02d/%d" % (m, y), "%02d-%02d" % (m, y % 100), "%02d / %02d" % (m, y % 100),
                 "%s %d" % (MON3[m - 1].capitalize(), y), "%02d%02d" % (m, y % 100)])


def speak_exp(y, m):
    st = pick(["num", "month"])
    yy = y % 100
    if st == "num":
        mm = ("oh " + UNITS[m]) if m < 10 else two_words(str(m), "oh")
        return mm + pick([" ", " slash ", ", "]) + two_words("%02d" % yy, "oh")
    return MONTHS[m - 1] + " " + pick([year_words(y), two_words("%02d" % yy, "oh")])


UK_TOWNS = [("London", "SW1A 2AA"), ("Leeds", "LS1 4AP"), ("Manchester", "M1 1AE"), ("Birmingham", "B33 8TH"),
            ("Bristol", "BS1 5TR"), ("Glasgow", "G2 3JX"), ("Cardiff", "CF10 1EP"), ("Norwich", "NR2 4SE"),
            ("Sheffield", "S1 2HE"), ("Newcastle", "NE1 7RU"), ("Belfast", "BT1 5GS"), ("Croydon", "CR0 2RH"),
            ("Liverpool", "L3 9PP"), ("Edinburgh", "EH1 1YZ"), ("Reading", "RG1 8EQ"), ("Exeter", "EX4 3LS")]
US_TOWNS = [("Springfield, IL", "62704"), ("Austin, TX", "78701"), ("Brooklyn, NY", "11201"),
            ("Portland, OR", "97205-1123"), ("Columbus, OH", "43215"), ("Tampa, FL", "33602"),
            ("Denver, CO", "80202-4410"), ("Boston, MA", "02108")]
STREETS = ["Acacia Avenue", "High Street", "Mill Lane", "Station Road", "Church Street", "Victoria Road",
           "Harbour Road", "Elm Grove", "Kingsway", "Park View", "Oak Drive", "Queens Crescent",
           "Meadow Close", "Albert Terrace", "Castle Hill", "Orchard Way", "Maple Street", "Willow Gardens"]
STREETS = [s for s in STREETS if s.split()[-1].lower() in STREET_WORDS]
US_STREETS = ["N Maple Ave", "Elm St", "Sunset Blvd", "W 34th St", "Lakeview Drive", "Pine Court", "Oak Park"]


def gen_uk_address():
    st = pick(STREETS)
    num = R.randint(1, 220)
    town, pc = pick(UK_TOWNS)
    # randomise postcode a little (keep format)
    out, inw = pc.split()
    inw = str(R.randint(1, 9)) + pick("ABDEFGHJLNPQRSTUWXYZ") + pick("ABDEFGHJLNPQRSTUWXYZ")
    pc = out + " " + inw
    if chance(0.3):
        addr = "Flat %d, %d %s" % (R.randint(1, 40), num, st)
    else:
        addr = "%d%s %s" % (num, pick(["", "", "a", "b"]), st)
    return addr, town, pc


def gen_us_address():
    st = pick(US_STREETS)
    town, z = pick(US_TOWNS)
    z = "%05d" % R.randint(10001, 99950) if chance(0.5) else z
    return "%d %s" % (R.randint(10, 9999), st), town, z


def fmt_pc(pc):
    return pick([pc, pc, pc.lower(), pc.replace(" ", "")])


def speak_pc(pc):
    if pc[0].isdigit():
        return speak_digits([pc.replace("-", "")], fancy=False, fillers=0)
    out, inw = pc.split()
    return spell_letters(out, 0.35) + pick([", ", " ", " ... "]) + spell_letters(inw, 0.35)


def speak_address(addr):
    m = re.match(r"(Flat (\d+), )?(\d+)([ab]?) (.*)", addr)
    num = int(m.group(3))
    s = str(num)
    if len(s) == 3 and chance(0.5):
        nw = speak_group(s, "oh")
    elif num < 10:
        nw = UNITS[num]
    elif num < 100:
        nw = two_words(s, "oh")
    else:
        nw = speak_digits([s], fillers=0)
    flat = ("flat " + speak_digits([m.group(2)], fillers=0) + pick([", ", " "])) if m.group(1) else ""
    return flat + nw + (" " + m.group(4) if m.group(4) else "") + " " + m.group(5).lower()


# ---------------------------------------------------------------- case builder
class Case:
    def __init__(self, note):
        self.turns = []
        self.note = note

    def t(self, speaker, *segs):
        self.turns.append((speaker, list(segs)))
        return self

    def c(self, *segs):
        return self.t("customer", *segs)

    def a(self, *segs):
        return self.t("agent", *segs)

    def render(self, cid, kind):
        turns, spans = [], []
        for ti, (sp, segs) in enumerate(self.turns):
            buf = ""
            for s in segs:
                if isinstance(s, tuple):
                    txt, typ = s
                    start = len(buf)
                    buf += txt
                    spans.append({"turn": ti, "start": start, "end": len(buf), "type": typ})
                else:
                    buf += s
            turns.append({"speaker": sp, "text": buf})
        if kind == "negative":
            assert not spans, cid
        return {"id": cid, "kind": kind, "turns": turns, "spans": spans, "note": self.note}


def greet():
    return pick(["Hi", "Hello", "hi there", "Good morning", "hey", "Hiya", "Dear Sir/Madam,"])


def agent_ack():
    return pick(["mhm", "go on", "yep", "ok", "right", "uh huh", "yes", "got that", "keep going"])


# ---------------------------------------------------------------- positive templates (typed)
def p_chat_card():
    num = gen_card()
    y, m = R.randint(2025, 2031), R.randint(1, 12)
    cvv = "%04d" % R.randint(0, 9999) if num[:2] in ("34", "37") else "%03d" % R.randint(0, 999)
    c = Case("web chat card payment with cvv and expiry (" + pick(["telecom", "retail", "utilities", "travel"]) + ")")
    c.a(pick(["Please type the long card number below.", "Can you enter the card number pls", "Card number?"]))
    c.c(pick(["", "ok ", "sure its ", "card no: ", "card#", "Card Number - "]), V(fmt_card_typed(num), "CARD_NUMBER"),
        pick(["", " ", " thx", "\n"]))
    c.a("Thanks. Expiry and security code?")
    if chance(0.5):
        c.c(pick(["exp ", "expires ", "Exp: ", ""]), V(fmt_exp_typed(y, m), "EXPIRY"), pick([" cvv ", " / sec code ", ", CVC: ", " and "]),
            V(cvv, "CVV"))
    else:
        c.c(V(fmt_exp_typed(y, m), "EXPIRY"))
        c.c(pick(["", "cvv "]), V(cvv, "CVV"))
    return c


def p_chat_card_split():
    num = gen_card(16)
    groups = card_groups(num)
    c = Case("card typed across several chat messages with agent back-channels")
    c.c(pick(["my card nmber is", "card is", "heres the card", "long number:"]))
    k = R.randint(2, 3)
    parts = [" ".join(groups[:2]), " ".join(groups[2:])] if k == 2 else [groups[0] + " " + groups[1], groups[2], groups[3]]
    for i, p in enumerate(parts):
        c.c(V(p, "CARD_NUMBER"), pick(["", "", " ...", "\n"]))
        if i < len(parts) - 1 and chance(0.5):
            c.a(pick(["ok", "go on", "👍", "yep"]))
    if chance(0.5):
        c.a("Thanks, just to confirm that's ", V(" ".join(groups), "CARD_NUMBER"), "?")
        c.c(pick(["yes", "correct", "yep thats it"]))
    return c


def p_chat_card_restart():
    num = gen_card(16)
    g = card_groups(num)
    c = Case("card sent too early then re-sent; last four later mentioned")
    c.c(V(" ".join(g[:2]) + " " + g[2][:2], "CARD_NUMBER"))
    c.c(pick(["oops sent too early", "sorry hit enter", "ugh phone keyboard, again:"]))
    c.c(V(fmt_card_typed(num), "CARD_NUMBER"))
    c.a("Thank you, the card ending ", V(num[-4:], "CARD_NUMBER"), " has been added to your " + pick(["account", "booking", "policy"]) + ".")
    return c


def p_email_payment():
    num = gen_card()
    y, m = R.randint(2025, 2031), R.randint(1, 12)
    ph, cc = gen_phone()
    em = gen_email()
    name = pick(FIRST).capitalize() + " " + pick(LAST).capitalize()
    c = Case("email with card details in body and signature with phone/email")
    c.c(greet(), "\n\nPlease take the outstanding balance of £", "%d.%02d" % (R.randint(20, 900), R.randint(0, 99)),
        " from my card.\n\nCard: ", V(fmt_card_typed(num), "CARD_NUMBER"), "\nExpiry: ", V(fmt_exp_typed(y, m), "EXPIRY"),
        "\nCVV: ***\n\nKind regards,\n", name, "\n", pick(["Mob: ", "M: ", "Tel. ", "📞 ", ""]), V(fmt_phone(ph, cc), "PHONE"),
        "\n", V(em, "EMAIL"), pick(["\nSent from my iPhone", "", "\n--"]))
    c.a("Thanks ", name.split()[0], ", payment taken. Please don't send card details by email in future.")
    return c


def p_email_quoted():
    ni = gen_ni()
    y, m, d = gen_date(1950, 2003)
    c = Case("email reply with quoted agent text; NI and DOB in reply (government services)")
    c.c("Hi,\n\nMy NI number is ", V(fmt_ni(ni), "NI_NUMBER"), " and DOB ", V(fmt_dob_typed(y, m, d), "DOB"),
        ".\n\nThanks\n\n", pick(["On Tue, 4 Mar 2025 at 09:12, Benefits Team wrote:", "-----Original Message-----\nFrom: HMRC Support"]),
        "\n> Please reply with your National Insurance number and date of birth.\n> Reference: ", str(R.randint(100000, 999999)))
    if chance(0.5):
        c.a("Thank you. We have matched ", V(ni, "NI_NUMBER"), " to your record.")
    return c


def p_email_quoted_card():
    num = gen_card()
    c = Case("customer quotes own earlier message containing card in a follow-up email")
    c.c("Still waiting on this?!\n\n> On 12 Feb, I wrote:\n> Hi please update my card to ", V(fmt_card_typed(num).replace("\n", "\n> "), "CARD_NUMBER"),
        "\n> thanks")
    c.a("Apologies for the delay, we've updated the card ending ", V(num[-4:], "CARD_NUMBER"), ".")
    return c


def p_web_form():
    uk = chance(0.6)
    if uk:
        addr, town, pc = gen_uk_address()
        ph, cc = gen_phone(pick(["UK", "UKL"]))
    else:
        addr, town, pc = gen_us_address()
        ph, cc = gen_phone("US")
    y, m, d = gen_date(1940, 2004)
    em = gen_email()
    c = Case("web form submission pasted into case (" + ("UK" if uk else "US") + ")")
    segs = ["[Web form: " + pick(["Change of address", "New account", "Callback request", "Claim form"]) + "]\n",
            "Full name: ", pick(FIRST).capitalize(), " ", pick(LAST).capitalize(), "\n",
            pick(["Date of birth: ", "DOB: ", "D.O.B "]), V(fmt_dob_typed(y, m, d, not uk), "DOB"), "\n",
            pick(["Email: ", "E-mail address: "]), V(fmt_email_typed(em), "EMAIL"), "\n",
            pick(["Phone: ", "Contact no.: ", "Tel: "]), V(fmt_phone(ph, cc), "PHONE"), "\n",
            "Address line 1: ", V(addr, "ADDRESS"), "\n", "Town/City: ", town, "\n",
            "Postcode: " if uk else "ZIP: ", V(fmt_pc(pc), "POSTCODE"), "\n"]
    if not uk and chance(0.7):
        segs += ["SSN: ", V(fmt_ssn(gen_ssn()), "SSN"), "\n"]
    segs += ["Preferred contact time: ", pick(["9am-12pm", "after 5", "anytime"])]
    c.c(*segs)
    c.a("Thanks, I've updated your details.")
    return c


def p_sms():
    ph, cc = gen_phone()
    c = Case("SMS channel: new phone number, informal")
    c.c(pick(["hi its ", "hey this is ", "Hello it's "]), pick(FIRST).capitalize(), pick([", ", " - ", " "]),
        pick(["new num is ", "pls update my number to ", "my new mobile: ", "can u call me on "]), V(fmt_phone(ph, cc), "PHONE"),
        pick([" ta", " thx", "", " cheers x"]))
    c.a("Thanks, we'll call you on ", V(fmt_phone(ph, cc), "PHONE"), " within 2 hours.")
    return c


def p_sms_split_phone():
    ph, cc = gen_phone("UK")
    c = Case("SMS: phone number split across two messages")
    c.c("call me back on ", V(ph[:5], "PHONE"))
    c.c(V(ph[5:], "PHONE"), pick([" sorry", " (sorry, sent early)", ""]))
    c.a("OK, calling ", V(ph[:5] + " " + ph[5:], "PHONE"), " now.")
    return c


def p_chat_ssn():
    s = gen_ssn()
    c = Case("US chat: SSN with label variants (" + pick(["banking", "insurance", "healthcare billing"]) + ")")
    c.c(pick(["SSN: ", "ssn is ", "social: ", "my soc sec # ", "Social Security No. "]), V(fmt_ssn(s), "SSN"))
    if chance(0.5):
        c.a("Thank you, I have ", V(fmt_ssn(s), "SSN"), " on file. Can you confirm your date of birth?")
        y, m, d = gen_date(1945, 2000)
        c.c(V(fmt_dob_typed(y, m, d, True), "DOB"))
    return c


def p_chat_ssn_split():
    s = gen_ssn()
    c = Case("US chat: SSN sent in two messages with a correction")
    c.c(V(s[:3] + "-" + s[3:5], "SSN"), "-")
    c.a("go on")
    c.c(V(s[5:], "SSN"))
    c.c("sorry full one is ", V(fmt_ssn(s), "SSN"))
    return c


def p_chat_ni():
    ni = gen_ni()
    c = Case("UK chat: NI number with odd case/spacing")
    c.c(pick(["NI no. ", "ni number ", "National Insurance: ", "my nino is ", "NINO-"]), V(fmt_ni(ni), "NI_NUMBER"),
        pick(["", " (think thats right)", ".", " cheers"]))
    if chance(0.6):
        c.a("Thanks, that's ", V(fmt_ni(ni), "NI_NUMBER"), " - is that correct?")
        c.c("yes")
    return c


def p_chat_ni_lines():
    ni = gen_ni()
    c = Case("NI number broken across lines in a pasted letter")
    c.c("copied from my P60:\n\nEmployee's National Insurance number\n", V(ni[:2] + " " + ni[2:4] + "\n" + ni[4:6] + " " + ni[6:8] + " " + ni[8], "NI_NUMBER"),
        "\nTax year to 5 April ", str(R.randint(2019, 2024)))
    return c


def p_email_bank():
    sc, ac = gen_sort(), gen_acct()
    c = Case("email: UK sort code and account number for refund (" + pick(["utilities", "insurance", "retail"]) + ")")
    c.c(greet(), "\nPlease refund to:\n", pick(["Sort code: ", "S/C ", "sort-code "]), V(fmt_sort(sc), "SORT_CODE"), "\n",
        pick(["Acct no: ", "Account number ", "A/C: ", "acc# "]), V(ac if chance(0.6) else ac[:4] + " " + ac[4:], "BANK_ACCOUNT"),
        "\nAccount name: ", pick(FIRST).capitalize(), " ", pick(LAST).capitalize(), "\n\nThanks")
    if chance(0.5):
        c.a("We'll send the refund to sort code ", V(fmt_sort(sc), "SORT_CODE"), ", account ", V(ac, "BANK_ACCOUNT"), ".")
    return c


def p_table_bank():
    rows = [(gen_sort(), gen_acct()) for _ in range(2)]
    c = Case("pasted table with two payees, pipe separators")
    segs = ["Name | Sort code | Account\n"]
    for sc, ac in rows:
        segs += [pick(FIRST).capitalize(), " ", pick(LAST).capitalize(), " | ", V(fmt_sort(sc), "SORT_CODE"), " | ", V(ac, "BANK_ACCOUNT"), "\n"]
    segs += ["(second one is my wife's)"]
    c.c(*segs)
    return c


def p_us_bank():
    ac = gen_acct(True)
    routing = "0" + "".join(str(R.randint(0, 9)) for _ in range(8))
    c = Case("US chat: checking account number with routing number (routing not labelled)")
    c.c("routing ", routing, pick([" acct ", ", account no. ", " / checking #"]), V(ac, "BANK_ACCOUNT"))
    c.a("Thanks, autopay will draw from account ", V(ac, "BANK_ACCOUNT"), ".")
    return c


def p_iban():
    ib = gen_iban()
    c = Case("EU/IE chat: IBAN pasted with BIC")
    txt = fmt_iban(ib)
    if chance(0.3):
        k = len(txt) // 2
        k = txt.index(" ", k) if " " in txt[k:] else k
        txt = txt[:k] + "\n" + txt[k + 1:] if txt[k:k + 1] == " " else txt
    c.c(pick(["IBAN: ", "iban ", "my IBAN is ", "Bank details -> IBAN "]), V(txt, "IBAN"), pick(["\nBIC: AIBKIE2D", " BIC COBADEFFXXX", "", "."]))
    if chance(0.4):
        c.a("Thanks, refund will go to ", V(ib, "IBAN"), ".")
    return c


def p_address_chat():
    if chance(0.65):
        addr, town, pc = gen_uk_address()
    else:
        addr, town, pc = gen_us_address()
    c = Case("chat: change of address with town and postcode")
    c.c(pick(["new address is ", "ive moved to ", "Address: ", "pls send to "]), V(pick([addr, addr.lower()]), "ADDRESS"),
        pick([", ", " ", "\n"]), town, pick([" ", ", ", "\n"]), V(fmt_pc(pc), "POSTCODE"))
    c.a("Updated. Is ", V(pc, "POSTCODE"), " correct?")
    return c


def p_email_sig():
    em = gen_email()
    ph, cc = gen_phone()
    c = Case("email signature block with mobile, email, address")
    addr, town, pc = gen_uk_address()
    c.c("Hi team, please cancel my " + pick(["broadband", "gym membership", "policy"]) + " from next month.\n\n--\n",
        pick(FIRST).capitalize(), "\n", V(addr, "ADDRESS"), "\n", town, " ", V(pc, "POSTCODE"), "\n", "m. ", V(fmt_phone(ph, cc), "PHONE"),
        "\ne. ", V(em, "EMAIL"))
    return c


def p_chat_email_obf():
    em = gen_email()
    loc, dom = em.split("@")
    obf = pick([loc + " [at] " + dom, loc + " at " + dom.replace(".", " dot "), loc + "(at)" + dom])
    c = Case("chat: obfuscated email address")
    c.c("email me at ", V(obf, "EMAIL"), pick(["", " pls", " (dont want spam)"]))
    return c


def p_dob_chat():
    y, m, d = gen_date(1935, 2005)
    c = Case("chat: DOB for security check")
    c.a("For security, can you confirm your date of birth?")
    c.c(pick(["", "its ", "dob ", "born "]), V(fmt_dob_typed(y, m, d, chance(0.3)), "DOB"))
    return c


# ---------------------------------------------------------------- positive templates (spoken / ASR)
def p_call_card():
    num = gen_card(16)
    g = card_groups(num)
    c = Case("call ASR: card read in groups over several turns, agent back-channels and read-back")
    c.a("and what's the long number on the front of the card")
    c.c(pick(["okay it's ", "right so it's ", "yeah it's ", "um "]), V(speak_digits(g[:2]), "CARD_NUMBER"))
    c.a(agent_ack())
    c.c(V(speak_digits(g[2:3]), "CARD_NUMBER"))
    c.a(agent_ack())
    c.c(V(speak_digits(g[3:]), "CARD_NUMBER"), pick(["", " and that's it", ""]))
    if chance(0.6):
        c.a("so that's ", V(speak_digits(g, fancy=False, fillers=0), "CARD_NUMBER"), " yeah")
        c.c("yes")
    if chance(0.5):
        y, m = R.randint(2025, 2031), R.randint(1, 12)
        c.a("and the expiry")
        c.c(V(speak_exp(y, m), "EXPIRY"))
        c.a("and the three digits on the back")
        c.c(V(speak_digits(["%03d" % R.randint(0, 999)], fillers=0), "CVV"))
    return c


def p_call_card_aside():
    num = gen_card(16)
    g = card_groups(num)
    c = Case("call ASR: card reading interrupted by an aside and restarted")
    c.c("it's ", V(speak_digits(g[:2]), "CARD_NUMBER"), pick([" hang on the kids are ", " sorry one sec my glasses "]),
        V(speak_digits(g[2:]), "CARD_NUMBER"))
    c.a("sorry i missed the start can you give me the whole thing again")
    c.c(V(speak_digits(g), "CARD_NUMBER"))
    return c


def p_call_phone():
    ph, cc = gen_phone()
    c = Case("call ASR: phone number spoken, agent reads back")
    c.a("best number to reach you on")
    c.c(pick(["it's ", "yeah it's ", "my mobile's "]), V(speak_phone(ph, cc), "PHONE"))
    c.a("that's ", V(speak_digits([ph], fancy=False, fillers=0) if chance(0.5) else speak_phone(ph, cc), "PHONE"))
    return c


def p_call_email():
    em = gen_email()
    c = Case("call ASR: email spelled out with dot/at")
    c.a("can i take an email address")
    c.c("yeah it's ", V(speak_email(em), "EMAIL"))
    c.a("lovely")
    return c


def p_call_ni():
    ni = gen_ni()
    c = Case("call ASR: NI number with NATO spelling (government services)")
    c.a("can i take your national insurance number")
    c.c(pick(["yep it's ", "um yeah ", "it's "]), V(speak_ni(ni), "NI_NUMBER"))
    if chance(0.5):
        c.a("thank you so ", V(spell_letters(ni[:2], 0) + " " + speak_digits([ni[2:8]], fancy=False, fillers=0) + " " + ni[8].lower(), "NI_NUMBER"))
    return c


def p_call_ssn():
    s = gen_ssn()
    c = Case("call ASR: SSN spoken in 3-2-4 groups, split across turns")
    c.c("my social is ", V(speak_digits([s[:3], s[3:5]]), "SSN"))
    c.a(agent_ack())
    c.c(V(speak_digits([s[5:]]), "SSN"))
    return c


def p_call_postcode():
    addr, town, pc = gen_uk_address()
    c = Case("call ASR: address and postcode with NATO spelling")
    c.a("and the first line of the address")
    c.c(V(speak_address(addr), "ADDRESS"), " in ", town.lower())
    c.a("postcode")
    c.c(V(speak_pc(pc), "POSTCODE"))
    return c


def p_call_dob():
    y, m, d = gen_date(1935, 2004)
    c = Case("call ASR: date of birth spoken")
    c.a("can you confirm your date of birth please")
    c.c(pick(["yeah it's ", "um ", "", "it's ", "it's the ", "yeah the "]), V(speak_dob(y, m, d), "DOB"))
    return c


def p_call_sort():
    sc, ac = gen_sort(), gen_acct()
    c = Case("call ASR: sort code in pairs, account number with double/triple")
    c.c("sort code ", V(speak_digits(chunk(sc, [2, 2, 2])), "SORT_CODE"))
    c.a(agent_ack())
    c.c("account number ", V(speak_digits(chunk(ac, [4, 4])), "BANK_ACCOUNT"))
    return c


def p_call_iban():
    ib = gen_iban()
    c = Case("call ASR: Irish/EU IBAN spoken")
    c.c("the iban is ", V(spell_letters(ib[:2], 0.3) + " " + speak_digits([ib[2:4]], fillers=0) + " " +
                            " ".join(spell_letters(ib[k:k + 4], 0.2) if not ib[k:k + 4].isdigit() else speak_digits([ib[k:k + 4]], fillers=0)
                                     for k in range(4, len(ib), 4)), "IBAN"))
    return c


POS_TEMPLATES = [p_chat_card, p_chat_card, p_chat_card_split, p_chat_card_restart, p_email_payment, p_email_quoted,
                 p_email_quoted_card, p_web_form, p_web_form, p_sms, p_sms_split_phone, p_chat_ssn, p_chat_ssn_split,
                 p_chat_ni, p_chat_ni_lines, p_email_bank, p_table_bank, p_us_bank, p_iban, p_address_chat, p_email_sig,
                 p_chat_email_obf, p_dob_chat, p_call_card, p_call_card_aside, p_call_phone, p_call_email, p_call_ni,
                 p_call_ssn, p_call_postcode, p_call_dob, p_call_sort, p_call_iban]
TOPUP = {"CARD_NUMBER": [p_chat_card, p_chat_card_split, p_call_card, p_email_payment],
         "SSN": [p_chat_ssn, p_chat_ssn_split, p_call_ssn], "NI_NUMBER": [p_chat_ni, p_call_ni, p_email_quoted],
         "CVV": [p_chat_card], "EXPIRY": [p_chat_card], "BANK_ACCOUNT": [p_email_bank, p_us_bank],
         "SORT_CODE": [p_email_bank, p_call_sort], "IBAN": [p_iban, p_call_iban], "PHONE": [p_sms, p_call_phone],
         "EMAIL": [p_chat_email_obf, p_call_email], "DOB": [p_dob_chat, p_call_dob],
         "POSTCODE": [p_address_chat, p_call_postcode], "ADDRESS": [p_address_chat, p_call_postcode]}


# ---------------------------------------------------------------- negative templates
def rdig(k):
    return str(R.randint(1, 9)) + "".join(str(R.randint(0, 9)) for _ in range(k - 1))


def luhn_number(k):
    body = rdig(k - 1)
    for ch in "0123456789":
        if luhn_ok(body + ch):
            return body + ch


def n_order_luhn():
    num = luhn_number(16)
    c = Case("negative: Luhn-valid 16-digit order number, labelled as order")
    c.c(pick(["Order #: ", "order no ", "Order number - "]), " ".join(chunk(num, [4, 4, 4, 4])), pick([" hasnt arrived", " still not here", ""]))
    c.a("I can see order ", num, " was dispatched on ", "%d %s" % (R.randint(1, 28), MONTHS[R.randint(0, 11)].capitalize()), ".")
    return c


def n_imei():
    num = luhn_number(15)
    c = Case("negative: IMEI (Luhn-valid 15 digits) and model number (telecom)")
    c.c("IMEI ", num, pick([" model SM-G991B", " (iPhone 13, A2633)", ""]), " - phone is locked")
    c.a("Thanks, unlock request ", "UNL-" + rdig(7), " raised, takes 24-48 hours.")
    return c


def n_masked_card():
    l4 = "%04d" % R.randint(0, 9999)
    c = Case("negative: masked card and card last-four only")
    c.a(pick(["I can see a card ending ", "The card on file ends in ", "Payment card: **** **** **** "]), l4, ".")
    c.c(pick(["yes the one ending ", "yep xxxx-xxxx-xxxx-", "thats the one, ************"]), l4)
    return c


def n_tracking():
    c = Case("negative: tracking numbers and dates")
    c.c("tracking says ", pick(["1Z" + rdig(3) + "AA" + rdig(10), "JD0146" + rdig(14), rdig(22)]), " delivered ", "%02d/%02d" % (R.randint(1, 28), R.randint(1, 12)),
        " but nothing here")
    c.a("I've opened claim ", "CLM-" + rdig(8), " and you'll hear back within 5 working days.")
    return c


def n_invoice():
    c = Case("negative: invoice, amounts, due date (utilities)")
    c.c("Invoice ", "INV-" + str(R.randint(2019, 2025)) + "-" + rdig(6), " says £", "%d,%03d.%02d" % (R.randint(1, 9), R.randint(0, 999), R.randint(0, 99)),
        " due ", "%d %s %d" % (R.randint(1, 28), MONTHS[R.randint(0, 11)].capitalize(), R.randint(2024, 2026)), " - thats 40% more than last year!")
    c.a("Your balance is £", "%d.%02d" % (R.randint(10, 999), R.randint(0, 99)), " and the minimum payment is £25.00.")
    return c


def n_meter():
    c = Case("negative: meter readings and MPRN/MPAN (utilities)")
    c.c("meter reading ", rdig(5), " day ", rdig(5), " night, MPRN ", rdig(10))
    c.a("Thanks, reading of ", rdig(5), " kWh submitted on ", "%02d/%02d/%d" % (R.randint(1, 28), R.randint(1, 12), R.randint(2024, 2026)), ".")
    return c


def n_travel():
    c = Case("negative: flight, gate, seat, booking ref, times (travel)")
    c.c("flight ", pick(["BA", "EI", "FR", "LH"]), str(R.randint(100, 9999)), " on the ", str(R.randint(1, 28)), "th, booking ref ",
        "".join(pick("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6)), ", seat ", str(R.randint(1, 40)) + pick("ABCDEF"))
    c.a("Gate ", str(R.randint(1, 60)), " closes at ", "%02d:%02d" % (R.randint(5, 22), pick([0, 15, 30, 45])), ", boarding ", str(R.randint(20, 45)), " minutes before.")
    return c


def n_spoken_ref():
    ref = rdig(16)
    g = chunk(ref, [4, 4, 4, 4])
    c = Case("negative: reference number spoken in 4-digit groups like a card reading")
    c.a("have you got a reference number")
    c.c("yeah the reference is ", speak_digits(g[:2]))
    c.a(agent_ack())
    c.c(speak_digits(g[2:]))
    c.a("thanks that's the complaint reference, it's been escalated")
    return c


def n_spoken_policy():
    c = Case("negative: policy number read out, amounts spoken (insurance)")
    c.c("my policy number is p o l ", speak_digits(chunk(rdig(8), [4, 4])), " and the excess is two hundred and fifty pounds")
    c.a("thanks, the renewal premium is four hundred and twelve pounds sixty")
    return c


def n_hours():
    c = Case("negative: opening hours, durations, counts, ages, temperatures")
    c.c("been on hold ", str(R.randint(20, 90)), " mins, my ", str(R.randint(70, 95)), " year old mum has no heating and it's ", str(R.randint(-3, 6)), "°C")
    c.a("Sorry about the wait. The engineers work 8am-8pm Mon-Sat and we have ", str(R.randint(2, 9)), " visits booked for ",
        "%d %s" % (R.randint(1, 28), MONTHS[R.randint(0, 11)].capitalize()), ".")
    return c


def n_ticket():
    c = Case("negative: ticket/case/serial numbers with labels")
    c.c("Case ", rdig(8), " / ticket #", rdig(7), " - router serial SN: ", "".join(pick("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(12)))
    c.a("Thanks, I've linked case ", rdig(8), " to your account. Reply within 14 days.")
    return c


def n_roads():
    c = Case("negative: road names and years, contract dates")
    c.c("engineer got stuck on the ", pick(["A406", "M25", "N7", "I-95", "M50"]), ", I've been a customer since ", str(R.randint(1995, 2020)),
        " and my contract ends ", "%d/%d/%d" % (R.randint(1, 28), R.randint(1, 12), R.randint(2025, 2027)))
    c.a("Understood, I've applied a ", str(R.randint(5, 30)), "% discount for ", str(R.randint(3, 12)), " months.")
    return c


def n_room():
    c = Case("negative: room/ward numbers, appointment times (healthcare billing)")
    c.c("I was in room ", str(R.randint(100, 1999)), " on ward ", str(R.randint(1, 30)), ", the bill says ", str(R.randint(3, 14)), " nights at $",
        "%d,%03d" % (R.randint(1, 9), R.randint(0, 999)))
    c.a("The statement ", "STMT-" + rdig(9), " covers procedure code ", rdig(5), ". Your appointment is at ", "%d:%02d" % (R.randint(1, 5), pick([0, 30])), "pm.")
    return c


def n_long_amounts():
    c = Case("negative: long digit strings that are amounts/IDs not PII")
    c.c("transaction ID ", rdig(18), " for ", pick(["€", "$", "£"]), "%d,%03d,%03d.%02d" % (R.randint(1, 9), R.randint(0, 999), R.randint(0, 999), R.randint(0, 99)),
        " - batch ", rdig(12))
    c.a("That transaction ", rdig(18), " was reversed on ", "%d %s" % (R.randint(1, 28), MON3[R.randint(0, 11)].capitalize()), ".")
    return c


def n_sms_otp_like():
    c = Case("negative: SMS with order and delivery slot, price")
    c.c("Your order ", rdig(10), " arrives ", pick(["Tue", "Wed", "Fri"]), " ", "%02d:00-%02d:00" % (R.randint(7, 12), R.randint(13, 20)),
        ". Total £", "%d.%02d" % (R.randint(5, 300), R.randint(0, 99)), ". Reply STOP to opt out")
    return c


def n_spoken_amount():
    c = Case("negative: spoken balance and dates read digit-by-digit style")
    c.a("your balance is " + pick(["one thousand two hundred and forty pounds", "three hundred and six euro fifty", "nine nine nine dollars"]))
    c.c("and the payment date was the " + ORD[R.randint(1, 28)] + " of " + MONTHS[R.randint(0, 11)] + " wasn't it")
    c.a("yes and the invoice number is " + speak_digits(chunk(rdig(9), [3, 3, 3])))
    return c


def n_email_disclaimer():
    c = Case("negative: email with quoted reference and company reg numbers")
    c.c("Hi,\n\nRe: your ref ", rdig(11), "\n\nThe meter serial is ", "E" + rdig(2) + "Z" + rdig(6), ".\n\n> Our ref: ", "C-" + rdig(9),
        "\n> Registered in England No. ", rdig(8), "\n> VAT reg ", "GB " + rdig(3) + " " + rdig(4) + " " + rdig(2))
    return c


NEG_TEMPLATES = [n_order_luhn, n_imei, n_masked_card, n_tracking, n_invoice, n_meter, n_travel, n_spoken_ref,
                 n_spoken_policy, n_hours, n_ticket, n_roads, n_room, n_long_amounts, n_sms_otp_like,
                 n_spoken_amount, n_email_disclaimer]


# ---------------------------------------------------------------- build
def build():
    pos, neg = [], []
    counts = {t: 0 for t in TYPES}
    for i in range(210):
        c = POS_TEMPLATES[i % len(POS_TEMPLATES)]() if i < len(POS_TEMPLATES) * 3 else pick(POS_TEMPLATES)()
        pos.append(c)
    def tally():
        cnt = {t: 0 for t in TYPES}
        for c in pos:
            for _, segs in c.turns:
                for s in segs:
                    if isinstance(s, tuple):
                        cnt[s[1]] += 1
        return cnt
    counts = tally()
    guard = 0
    while any(counts[t] < MIN_SPANS[t] for t in TYPES) and guard < 500:
        t = [t for t in TYPES if counts[t] < MIN_SPANS[t]][0]
        pos.append(pick(TOPUP[t])())
        counts = tally()
        guard += 1
    for i in range(110):
        neg.append(NEG_TEMPLATES[i % len(NEG_TEMPLATES)]())
    rows = [c.render("h523-pos-%03d" % (i + 1), "positive") for i, c in enumerate(pos)]
    rows += [c.render("h523-neg-%03d" % (i + 1), "negative") for i, c in enumerate(neg)]
    return rows


def dump(rows):
    return "".join(json.dumps(r, ensure_ascii=False, sort_keys=False) + "\n" for r in rows)


def check_rows(rows):
    errs = []
    ids = set()
    cnt = {t: 0 for t in TYPES}
    npos = nneg = 0
    for r in rows:
        cid = r["id"]
        if cid in ids:
            errs.append("dup id " + cid)
        ids.add(cid)
        if r["kind"] == "positive":
            npos += 1
            if not r["spans"]:
                errs.append(cid + ": positive without spans")
        elif r["kind"] == "negative":
            nneg += 1
            if r["spans"]:
                errs.append(cid + ": negative with spans")
        else:
            errs.append(cid + ": bad kind")
        for t in r["turns"]:
            if t["speaker"] not in ("customer", "agent"):
                errs.append(cid + ": bad speaker")
        per_turn = {}
        per_type = {}
        for s in r["spans"]:
            if s["type"] not in TYPES:
                errs.append(cid + ": bad type")
                continue
            cnt[s["type"]] += 1
            if not (0 <= s["turn"] < len(r["turns"])):
                errs.append(cid + ": turn out of range")
                continue
            text = r["turns"][s["turn"]]["text"]
            a, b = s["start"], s["end"]
            if not (0 <= a < b <= len(text)):
                errs.append(cid + ": offsets out of range")
                continue
            val = text[a:b]
            if not (val[0].isalnum() or val[0] == "+") or not val[-1].isalnum():
                errs.append("%s: span not trimmed %r" % (cid, val))
            if (a > 0 and text[a - 1].isalnum()) or (b < len(text) and text[b].isalnum()):
                errs.append("%s: span not on word boundary %r" % (cid, val))
            per_turn.setdefault(s["turn"], []).append((a, b))
            per_type.setdefault(s["type"], []).append(val)
        for tn, lst in per_turn.items():
            lst.sort()
            for (a1, b1), (a2, b2) in zip(lst, lst[1:]):
                if a2 < b1:
                    errs.append(cid + ": overlapping spans")
        # value validation: parts split across turns are joined greedily;
        # restarted fragments / last-four mentions must be prefix/suffix of a full value
        for typ, parts in per_type.items():
            norm = (lambda v: alnum_of(v)) if typ in ("NI_NUMBER", "IBAN", "POSTCODE") else \
                   (lambda v: digits_of(v)) if typ in ("CARD_NUMBER", "SSN", "SORT_CODE", "BANK_ACCOUNT", "CVV", "PHONE") else None
            if norm is None:
                for v in parts:
                    if not valid_value(typ, v):
                        errs.append("%s: invalid %s %r" % (cid, typ, v))
                continue
            full, left, buf, raw = [], [], "", ""
            for v in parts:
                if valid_value(typ, v):
                    if buf and not norm(v).startswith(buf):
                        left.append(buf)
                    buf, raw = "", ""
                    full.append(norm(v))
                    continue
                buf += norm(v)
                raw += " " + v
                if valid_value(typ, raw):
                    full.append(buf)
                    buf, raw = "", ""
            if buf:
                left.append(buf)
            for l in left:
                if not any(f.startswith(l) or f.endswith(l) for f in full):
                    errs.append("%s: unvalidated %s fragment %r" % (cid, typ, l))
    for t in TYPES:
        if cnt[t] < MIN_SPANS[t]:
            errs.append("too few %s spans: %d" % (t, cnt[t]))
    if npos < 200 or nneg < 100:
        errs.append("too few cases")
    return errs, cnt, npos, nneg


def main():
    rows = build()
    data = dump(rows)
    if "--check" in sys.argv:
        with open(OUT, encoding="utf-8") as f:
            on_disk = f.read()
        errs = []
        if on_disk != data:
            errs.append("cases.jsonl is not byte-identical to regenerated output")
        parsed = [json.loads(l) for l in on_disk.splitlines()]
        e2, cnt, npos, nneg = check_rows(parsed)
        errs += e2
        print("positives=%d negatives=%d" % (npos, nneg))
        for t in TYPES:
            print("  %-13s %d" % (t, cnt[t]))
        if errs:
            for e in errs[:50]:
                print("ERROR:", e)
            print("%d errors" % len(errs))
            sys.exit(1)
        print("check OK")
        return
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write(data)
    print("wrote %d cases to %s" % (len(rows), OUT))


if __name__ == "__main__":
    main()

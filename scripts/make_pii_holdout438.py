#!/usr/bin/env python3
"""Generate the pii_holdout438 held-out PII redaction evaluation set.

Standard library only. Deterministic: one generator, random.Random(438241125).

    python scripts/make_pii_holdout438.py          # write the fixture
    python scripts/make_pii_holdout438.py --check  # regenerate and verify
"""
import json
import os
import random
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "fixtures", "pii_holdout438", "cases.jsonl")
R = random.Random(438241125)

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

# --------------------------------------------------------------------------
# spoken number vocabulary (shared by the renderer and the --check parser)
UNITS = {"one": "1", "two": "2", "three": "3", "four": "4", "five": "5",
         "six": "6", "seven": "7", "eight": "8", "nine": "9"}
ZEROS = {"zero": "0", "oh": "0", "o": "0", "nought": "0", "nil": "0"}
TEENS = {"ten": "10", "eleven": "11", "twelve": "12", "thirteen": "13",
         "fourteen": "14", "fifteen": "15", "sixteen": "16",
         "seventeen": "17", "eighteen": "18", "nineteen": "19"}
TENS = {"twenty": "2", "thirty": "3", "forty": "4", "fifty": "5",
        "sixty": "6", "seventy": "7", "eighty": "8", "ninety": "9"}
FILLERS = {"um", "uh", "er", "erm", "ah", "hmm", "like"}
MULT = {"double": 2, "treble": 3, "triple": 3}
NATO = {"alpha": "a", "alfa": "a", "bravo": "b", "charlie": "c", "delta": "d",
        "echo": "e", "foxtrot": "f", "golf": "g", "hotel": "h", "india": "i",
        "juliet": "j", "juliett": "j", "kilo": "k", "lima": "l", "mike": "m",
        "november": "n", "oscar": "o", "papa": "p", "quebec": "q",
        "romeo": "r", "sierra": "s", "tango": "t", "uniform": "u",
        "victor": "v", "whiskey": "w", "whisky": "w", "xray": "x",
        "x-ray": "x", "yankee": "y", "zulu": "z"}
NATO_OF = {}
for _w, _l in NATO.items():
    NATO_OF.setdefault(_l, _w)
# friendlier "as in" words people actually use
FOLK = {"a": "apple", "b": "bertie", "c": "charlie", "d": "david",
        "e": "edward", "f": "freddie", "g": "george", "h": "harry",
        "j": "jack", "k": "king", "l": "london", "m": "mary", "n": "nelly",
        "p": "peter", "r": "robert", "s": "sugar", "t": "tommy",
        "w": "william", "x": "xylophone", "y": "yellow", "z": "zebra"}
DIGIT_WORD = {v: k for k, v in UNITS.items()}
MONTHS = ["january", "february", "march", "april", "may", "june", "july",
          "august", "september", "october", "november", "december"]
MON_ABBR = [m[:3] for m in MONTHS]


def pick(seq):
    return seq[R.randrange(len(seq))]


def chance(p):
    return R.random() < p


def zero_word():
    return pick(["oh", "oh", "oh", "nought", "nought", "zero", "o"])


def dword(d):
    return zero_word() if d == "0" else DIGIT_WORD[d]


def say_singles(ds, allow_mult=True):
    out, i = [], 0
    while i < len(ds):
        d = ds[i]
        run = 1
        while i + run < len(ds) and ds[i + run] == d:
            run += 1
        left = run
        while left:
            if allow_mult and left >= 3 and chance(0.5):
                out.append(pick(["treble", "treble", "triple"]) + " " + dword(d))
                left -= 3
            elif allow_mult and left >= 2 and chance(0.75):
                out.append("double " + dword(d))
                left -= 2
            else:
                out.append(dword(d))
                left -= 1
        i += run
    return " ".join(out)


def say_pair(two):
    a, b = two
    if a == "0":
        return say_singles(two)
    if a == "1":
        return [k for k, v in TEENS.items() if v == two][0]
    tens = [k for k, v in TENS.items() if v == a][0]
    return tens if b == "0" else tens + " " + DIGIT_WORD[b]


def say_hundred(three):
    if three[0] == "0":
        return say_singles(three)
    head = DIGIT_WORD[three[0]] + " hundred"
    rest = three[1:]
    if rest == "00":
        return head
    if rest[0] == "0":
        return head + " and " + DIGIT_WORD[rest[1]]
    return head + " and " + say_pair(rest)


def say_chunk(ds):
    modes = ["single", "single"]
    if len(ds) % 2 == 0:
        modes += ["pair", "pair"]
    if len(ds) == 3 and ds[0] != "0":
        modes += ["hundred"]
    if len(ds) == 4:
        modes += ["pairs_mixed"]
    m = pick(modes)
    if m == "pair" or m == "pairs_mixed":
        parts = [ds[i:i + 2] for i in range(0, len(ds), 2)]
        if m == "pairs_mixed":
            return say_pair(parts[0]) + " " + say_singles(parts[1])
        return " ".join(say_pair(p) for p in parts)
    if m == "hundred":
        return say_hundred(ds)
    return say_singles(ds)


def chunks(ds, groups):
    out, i = [], 0
    for g in groups:
        out.append(ds[i:i + g])
        i += g
    if i < len(ds):
        out.append(ds[i:])
    return [c for c in out if c]


def say_digits(ds, groups=None, fillers=0.0, sep=None):
    """Speak a digit string; verified by the parser, falls back to singles."""
    groups = groups or [len(ds)]
    for _ in range(6):
        parts = []
        for c in chunks(ds, groups):
            parts.append(say_chunk(c))
        words = []
        for j, p in enumerate(parts):
            if j and fillers and chance(fillers):
                words.append(pick(["um", "uh", "er", "erm"]))
            words.append(p)
        s = (sep or pick([", ", " ", ", ", "... "])).join(words)
        if parse(s)[0] == ds and not parse(s)[1]:
            return s
    return say_singles(ds, allow_mult=False)


def spell_letter(ch, style):
    ch = ch.lower()
    if style == "nato":
        return ch + " for " + NATO_OF[ch]
    if style == "natoword":
        return NATO_OF[ch]
    if style == "folk" and ch in FOLK:
        return ch + " as in " + FOLK[ch]
    return ch


def say_alnum(s, letter_style="plain", groups=None, sep=", "):
    """Speak a mixed letter/digit string (postcode, NI, IBAN)."""
    s = s.replace(" ", "")
    groups = groups or [len(s)]
    out = []
    for c in chunks(s, groups):
        words = []
        i = 0
        while i < len(c):
            ch = c[i]
            if ch.isalpha():
                if i + 1 < len(c) and c[i + 1] == ch and letter_style == "plain" and chance(0.6):
                    words.append("double " + ch.lower())
                    i += 2
                    continue
                st = letter_style
                if st == "mixed":
                    st = pick(["plain", "nato", "folk"])
                words.append(spell_letter(ch, st))
                i += 1
            else:
                j = i
                while j < len(c) and c[j].isdigit():
                    j += 1
                words.append(say_chunk(c[i:j]) if j - i <= 4 else say_singles(c[i:j]))
                i = j
        out.append(" ".join(words))
    res = sep.join(out)
    if parse(res)[0].upper() != s.upper():
        res = sep.join(" ".join(spell_letter(ch, "plain") if ch.isalpha() else dword(ch)
                                for ch in c) for c in chunks(s, groups))
    return res


# --------------------------------------------------------------------------
# parser used by --check to normalise spoken/typed values

def parse(text, literal=False):
    """Return (normalised string, list of unknown words)."""
    t = text.lower().replace("x-ray", "xray")
    if literal:
        toks = re.split(r"[\s,]+", t)
    else:
        toks = re.split(r"[\s,\-/:;()\.]+", t)
    toks = [x.strip(".?!'\"") for x in toks]
    toks = [x for x in toks if x]
    out, bad, i = [], [], 0

    def unit_at(k):
        return k < len(toks) and toks[k] in UNITS

    while i < len(toks):
        w = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if w in FILLERS or w == "slash" or w == "space":
            i += 1
            continue
        if w in MULT:
            if nxt is None:
                bad.append(w)
                i += 1
                continue
            if nxt in UNITS:
                rep = UNITS[nxt]
            elif nxt in ZEROS:
                rep = "0"
            elif len(nxt) == 1 and nxt.isalpha():
                rep = nxt
            elif nxt in NATO:
                rep = NATO[nxt]
            else:
                bad.append(w)
                i += 1
                continue
            out.append(rep * MULT[w])
            i += 2
            continue
        if w in UNITS and nxt == "hundred":
            val = UNITS[w]
            i += 2
            if i < len(toks) and toks[i] == "and":
                i += 1
                t2 = toks[i] if i < len(toks) else None
                if t2 in TEENS:
                    val += TEENS[t2]
                    i += 1
                elif t2 in TENS:
                    if unit_at(i + 1):
                        val += TENS[t2] + UNITS[toks[i + 1]]
                        i += 2
                    else:
                        val += TENS[t2] + "0"
                        i += 1
                elif t2 in UNITS:
                    val += "0" + UNITS[t2]
                    i += 1
                else:
                    bad.append("and")
            else:
                val += "00"
            out.append(val)
            continue
        if w in UNITS and nxt == "thousand":
            val = UNITS[w]
            i += 2
            if i < len(toks) and toks[i] == "and":
                i += 1
            t2 = toks[i] if i < len(toks) else None
            if t2 in TEENS:
                val += "0" + TEENS[t2]
                i += 1
            elif t2 in TENS:
                if unit_at(i + 1):
                    val += "0" + TENS[t2] + UNITS[toks[i + 1]]
                    i += 2
                else:
                    val += "0" + TENS[t2] + "0"
                    i += 1
            elif t2 in UNITS:
                val += "00" + UNITS[t2]
                i += 1
            else:
                val += "000"
            out.append(val)
            continue
        if w in UNITS:
            out.append(UNITS[w])
        elif w in ZEROS:
            out.append("0")
        elif w in TEENS:
            out.append(TEENS[w])
        elif w in TENS:
            if unit_at(i + 1):
                out.append(TENS[w] + UNITS[toks[i + 1]])
                i += 1
            else:
                out.append(TENS[w] + "0")
        elif len(w) == 1 and w.isalpha() and nxt in ("for", "as"):
            out.append(w)
            i += 3 if nxt == "for" else 4
            continue
        elif w in NATO:
            out.append(NATO[w])
        elif w == "plus":
            out.append("+")
        elif literal and w == "dot":
            out.append(".")
        elif literal and w == "at":
            out.append("@")
        elif literal and w == "underscore":
            out.append("_")
        elif literal and w in ("dash", "hyphen"):
            out.append("-")
        elif any(ch.isdigit() for ch in w):
            out.append(re.sub(r"[^a-z0-9+@._]" if literal else r"[^a-z0-9+]", "", w))
        elif literal:
            out.append(w)
        elif len(w) <= 4 and w.isalpha() and w not in ("and", "the", "for", "is", "of", "it", "its"):
            out.append(w)
        else:
            bad.append(w)
        i += 1
    return "".join(out), bad


def luhn_ok(ds):
    tot = 0
    for i, ch in enumerate(reversed(ds)):
        d = int(ch)
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def luhn_complete(prefix, length):
    body = prefix + "".join(str(R.randrange(10)) for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def iban_num(s):
    return int("".join(str(int(c, 36)) for c in s))


def iban_ok(s):
    s = s.upper()
    lens = {"GB": 22, "IE": 22, "DE": 22, "NL": 18, "FR": 27, "ES": 24, "IT": 27, "BE": 16}
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s) or lens.get(s[:2]) != len(s):
        return False
    return iban_num(s[4:] + s[:4]) % 97 == 1


NI_RE = re.compile(r"^(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$")
UK_PC = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$")
EIR = re.compile(r"^[ACDEFHKNPRTVWXY](\d\d|6W)[ACDEFHKNPRTVWXY0-9]{4}$")
ZIP = re.compile(r"^\d{5}(\d{4})?$")
STREET = {"road", "rd", "street", "st", "avenue", "ave", "lane", "ln", "close",
          "drive", "dr", "crescent", "way", "gardens", "terrace", "court",
          "place", "grove", "park", "row", "hill", "boulevard", "blvd", "walk",
          "square", "mews", "view", "green", "parade", "rise"}


def month_in(t):
    t = t.lower()
    return any(re.search(r"\b" + m + r"\b", t) for m in MONTHS + MON_ABBR + ["sept"])


def validate(typ, text):
    """Validate the joined text of one value (possibly joined from parts)."""
    if typ == "EMAIL":
        s = text if "@" in text else parse(text, literal=True)[0]
        return bool(re.fullmatch(r"[a-z0-9._%+\-]+@[a-z0-9\-]+(\.[a-z0-9\-]+)+", s.lower()))
    if typ in ("DOB", "EXPIRY"):
        t = text.lower()
        if month_in(t):
            return True
        if typ == "DOB":
            if re.fullmatch(r"\d{1,2}\s*[/.\-]\s*\d{1,2}\s*[/.\-]\s*\d{2,4}|\d{4}-\d{2}-\d{2}", t):
                return True
            return bool(re.search(r"(first|second|third|th)\b.*\bof the\b.*(first|second|third|th)\b", t))
        s, bad = parse(t)
        if bad or not s.isdigit() or len(s) not in (4, 6):
            return False
        return 1 <= int(s[:2]) <= 12
    if typ == "ADDRESS":
        t = re.sub(r"[,.]", " ", text.lower()).split()
        if not t or t[-1] not in STREET:
            return False
        first = t[0]
        return bool(first in ("flat", "apartment", "apt", "unit") or re.match(r"\d", first)
                    or first in UNITS or first in TENS or first in TEENS or first in MULT)
    s, bad = parse(text)
    if bad:
        return False
    s = s.upper()
    if typ == "CARD_NUMBER":
        return s.isdigit() and 13 <= len(s) <= 19 and luhn_ok(s)
    if typ == "CVV":
        return s.isdigit() and len(s) in (3, 4)
    if typ == "SSN":
        return (s.isdigit() and len(s) == 9 and s[:3] not in ("000", "666")
                and s[0] != "9" and s[3:5] != "00" and s[5:] != "0000")
    if typ == "NI_NUMBER":
        return bool(NI_RE.match(s))
    if typ == "SORT_CODE":
        return s.isdigit() and len(s) == 6
    if typ == "BANK_ACCOUNT":
        return s.isdigit() and 7 <= len(s) <= 12
    if typ == "IBAN":
        return iban_ok(s)
    if typ == "PHONE":
        d = s.lstrip("+")
        return d.isdigit() and 9 <= len(d) <= 14 and (s.startswith("+") or d[0] in "01" or len(d) == 10 or d.startswith(("44", "353")))
    if typ == "POSTCODE":
        return bool(UK_PC.match(s) or EIR.match(s) or ZIP.match(s))
    return False


# --------------------------------------------------------------------------
# case construction

class V:
    """A labelled value segment. group joins parts of one value; frag skips format checks."""

    def __init__(self, typ, text, group=None, frag=False):
        self.typ, self.text, self.group, self.frag = typ, text, group, frag


CASES = []
GROUPS = {}  # (case id, group) -> list of (type, text, frag)
_auto = [0]


def T(speaker, *segs):
    return (speaker, segs)


def add(kind, note, turns):
    n = sum(1 for c in CASES if c["kind"] == kind) + 1
    cid = "h438-%s-%03d" % ("pos" if kind == "positive" else "neg", n)
    out_turns, spans = [], []
    for ti, (spk, segs) in enumerate(turns):
        assert spk in ("customer", "agent")
        text = ""
        for s in segs:
            if isinstance(s, V):
                start = len(text)
                text += s.text
                spans.append({"turn": ti, "start": start, "end": len(text), "type": s.typ})
                g = s.group
                if g is None:
                    _auto[0] += 1
                    g = "auto%d" % _auto[0]
                GROUPS.setdefault((cid, g), []).append((s.typ, s.text, s.frag))
            else:
                text += s
        out_turns.append({"speaker": spk, "text": text})
    assert (kind == "negative") == (not spans), cid
    CASES.append({"id": cid, "kind": kind, "turns": out_turns, "spans": spans, "note": note})


# --------------------------------------------------------------------------
# value generators

FIRST = ["siobhan", "declan", "aoife", "ciaran", "niamh", "gareth", "rhiannon",
         "callum", "morag", "priya", "tariq", "jo", "sam", "bernadette", "kev",
         "dermot", "fiona", "lewis", "megan", "hamish", "olu", "marta", "pawel",
         "chloe", "jamal", "grainne", "eilidh", "tom", "maureen", "raj"]
LAST = ["murphy", "kelly", "byrne", "walsh", "jones", "evans", "macleod",
        "patel", "khan", "smith", "obrien", "doyle", "mcgregor", "ahmed",
        "nowak", "taylor", "hughes", "campbell", "reilly", "brennan"]
DOMAINS = ["gmail.com", "hotmail.co.uk", "yahoo.ie", "outlook.com", "btinternet.com",
           "eircom.net", "icloud.com", "live.ie", "aol.com", "sky.com", "proton.me"]
STREETS = ["acacia avenue", "marlborough road", "high street", "church lane",
           "station road", "mill close", "orchard drive", "victoria terrace",
           "king street", "bridge street", "the crescent", "windsor gardens",
           "abbey way", "castle view", "main street", "o'connell street",
           "parnell square", "elm grove", "maple drive", "harbour row",
           "glenview park", "college green", "sycamore court", "queens parade"]
TOWNS_UK = ["leeds", "cardiff", "glasgow", "belfast", "bristol", "norwich",
            "swansea", "sheffield", "aberdeen", "derby", "hull", "exeter"]
TOWNS_IE = ["dublin 8", "cork", "galway", "limerick", "sligo", "kilkenny", "athlone"]
TOWNS_US = ["Springfield, IL", "Austin, TX", "Portland, OR", "Columbus, OH", "Tampa, FL"]


def card_number(kind=None):
    kind = kind or pick(["visa", "visa", "visa", "mc", "mc", "amex", "disc", "visa13", "maestro19"])
    if kind == "visa":
        return luhn_complete("4" + str(R.randrange(100, 1000)), 16)
    if kind == "mc":
        return luhn_complete(str(R.randrange(51, 56)), 16)
    if kind == "amex":
        return luhn_complete(pick(["34", "37"]), 15)
    if kind == "disc":
        return luhn_complete("6011", 16)
    if kind == "visa13":
        return luhn_complete("4", 13)
    return luhn_complete("6759", 19)


def typed_card(c):
    n = len(c)
    style = R.randrange(6)
    if n == 15:
        g = [4, 6, 5]
    elif n == 19:
        g = [4, 4, 4, 4, 3]
    elif n == 13:
        g = [4, 3, 3, 3]
    else:
        g = [4, 4, 4, 4]
    if style == 0:
        return c
    if style == 1:
        return " ".join(chunks(c, g))
    if style == 2:
        return "-".join(chunks(c, g))
    if style == 3:
        return " ".join(chunks(c, [4, 2, 6, 4] if n == 16 else g))
    if style == 4:
        return ".".join(chunks(c, g))
    return "  ".join(chunks(c, [8, 8] if n == 16 else g))


def ssn():
    while True:
        a = R.randrange(1, 900)
        if a != 666:
            return "%03d%02d%04d" % (a, R.randrange(1, 100), R.randrange(1, 10000))


def ni():
    ok1 = "ABCEGHJKLMNOPRSTWXYZ"
    ok2 = "ABCEGHJKLMNPRSTWXYZ"
    while True:
        p = pick(ok1) + pick(ok2)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ") and "O" not in p:
            return p + "".join(str(R.randrange(10)) for _ in range(6)) + pick("ABCD")


def rand_digits(n, first_nonzero=False):
    s = "".join(str(R.randrange(10)) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = str(R.randrange(1, 10)) + s[1:]
    return s


def sort_code():
    # bias towards sort codes with 0s and repeats (nought, double)
    return pick(["40", "20", "30", "60", "77", "80", "90", "11", "83", "93", "98", "09", "08", "01"]) + \
        pick(["00", "11", "47", "12", "96", "05", "66", "21", "44"]) + rand_digits(2)


def iban(country=None):
    country = country or pick(["GB", "GB", "IE", "IE", "DE", "NL", "FR", "ES"])
    if country == "GB":
        bban = pick(["NWBK", "BARC", "LLYD", "HBUK", "MIDL"]) + sort_code() + rand_digits(8)
    elif country == "IE":
        bban = pick(["AIBK", "IPBS", "ULSB", "BARC"]) + rand_digits(6) + rand_digits(8)
    elif country == "DE":
        bban = rand_digits(18, True)
    elif country == "NL":
        bban = pick(["ABNA", "INGB", "TRIW", "KNAB"]) + rand_digits(10)
    elif country == "FR":
        bban = rand_digits(23, True)
    else:
        bban = rand_digits(20, True)
    chk = 98 - iban_num(bban + country + "00") % 97
    s = country + "%02d" % chk + bban
    assert iban_ok(s)
    return s


def typed_iban(s):
    if chance(0.6):
        return " ".join(chunks(s, [4] * 8))
    return s if chance(0.6) else s.lower()


def uk_mobile():
    return "07" + pick(["7", "8", "9", "4"]) + rand_digits(8)


def uk_landline():
    return pick(["020" + pick(["7", "8", "3"]) + rand_digits(7),
                 "0161" + rand_digits(7), "0113" + rand_digits(7),
                 "0131" + rand_digits(7), "0141" + rand_digits(7),
                 "029" + "20" + rand_digits(6), "028" + "90" + rand_digits(6),
                 "01632" + rand_digits(6)])


def ie_mobile():
    return "08" + pick("35679") + rand_digits(7)


def ie_landline():
    return pick(["01" + rand_digits(7), "021" + rand_digits(7), "091" + rand_digits(6)])


def us_phone():
    return str(R.randrange(201, 990)) + "555" + rand_digits(4)


def phone_groups(ds):
    if ds.startswith("07"):
        return pick([[5, 6], [5, 3, 3], [4, 3, 4], [3, 4, 4]])
    if ds.startswith("08"):
        return [3, 3, 4]
    if ds.startswith("020") or ds.startswith("029") or ds.startswith("028"):
        return [3, 4, 4]
    if ds.startswith("01"):
        return pick([[4, 3, 4], [5, 6]]) if len(ds) == 11 else [2, 3, 4]
    return [3, 3, 4]


def typed_phone(ds, intl=None):
    """intl: country code digits to prefix. Returns (prefix text outside span, span text)."""
    g = phone_groups(ds)
    if intl:
        nat = ds[1:] if ds.startswith("0") else ds
        g = [g[0] - 1] + g[1:] if ds.startswith("0") else g
        st = R.randrange(4)
        if st == 0:
            return "+", intl + " " + " ".join(chunks(nat, g))
        if st == 1:
            return "+", intl + " (0)" + " ".join(chunks(nat, g))
        if st == 2:
            return "", "00" + intl + nat
        return "+", intl + nat
    st = R.randrange(5)
    if st == 0:
        return "", ds
    if st == 1:
        return "", " ".join(chunks(ds, g))
    if st == 2:
        return "", "-".join(chunks(ds, g))
    if st == 3 and len(ds) == 10 and not ds.startswith("0"):
        return "(", ds[:3] + ") " + ds[3:6] + "-" + ds[6:]
    if st == 3:
        c = chunks(ds, g)
        return "(", c[0] + ") " + " ".join(c[1:])
    return "", ".".join(chunks(ds, g))


def spoken_phone(ds, intl=None, fillers=0.2):
    g = phone_groups(ds)
    if intl:
        nat = ds[1:] if ds.startswith("0") else ds
        g = [g[0] - 1] + g[1:] if ds.startswith("0") else g
        cc = say_pair(intl) if len(intl) == 2 and chance(0.5) else say_singles(intl)
        return "plus " + cc + ", " + say_digits(nat, g, fillers)
    return say_digits(ds, g, fillers)


def uk_postcode():
    area = pick(["SW", "SE", "N", "E", "M", "B", "LS", "CF", "G", "EH", "BT", "BS", "NR", "S", "AB", "DE", "HU", "EX", "L", "NE"])
    out = area + str(R.randrange(1, 20) if len(area) == 1 else R.randrange(1, 10))
    if chance(0.1) and area in ("SW", "E", "N"):
        out = area + "1" + pick("AW")
    inward = str(R.randrange(10)) + pick("ABDEFGHJLNPQRSTUWXYZ") + pick("ABDEFGHJLNPQRSTUWXYZ")
    if chance(0.2):
        inward = inward[:2] + inward[1]
    return out + " " + inward


def eircode():
    rk = pick(["D02", "D08", "D6W", "T12", "H91", "V94", "F91", "R95", "N37", "A65", "D15", "W23"])
    ui = "".join(pick("ACDEFHKNPRTVWXY0123456789") for _ in range(4))
    return rk + " " + ui


def us_zip():
    z = "%05d" % R.randrange(10000, 99999)
    return z + "-" + rand_digits(4) if chance(0.3) else z


def email(first, last):
    st = R.randrange(5)
    d = pick(DOMAINS)
    if st == 0:
        u = first + "." + last
    elif st == 1:
        u = first[0] + last + str(R.randrange(1, 99))
    elif st == 2:
        u = first + "_" + last
    elif st == 3:
        u = last + first[0]
    else:
        u = first + str(R.randrange(1960, 2005))
    return u + "@" + d


def spoken_email(e):
    u, d = e.split("@")
    words = []
    for part in re.split(r"([._])", u):
        if part == ".":
            words.append("dot")
        elif part == "_":
            words.append("underscore")
        elif part:
            m = re.match(r"([a-z]+)(\d*)$", part)
            name, num = m.group(1), m.group(2)
            if len(name) == 1:
                words.append(name)
            elif len(name) <= 4 and "o" not in name and chance(0.5):
                words.append(" ".join(name))
            else:
                words.append(name)
            if num:
                words.append(say_chunk(num) if len(num) <= 4 else say_singles(num))
    words.append("at")
    words.append(" dot ".join(d.split(".")))
    s = " ".join(words)
    assert parse(s, literal=True)[0] == e, (s, e)
    return s


ORD = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
       "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth",
       "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth",
       "twentieth", "twenty first", "twenty second", "twenty third",
       "twenty fourth", "twenty fifth", "twenty sixth", "twenty seventh",
       "twenty eighth"]


def dob(spoken, us=False):
    y = R.randrange(1938, 2006)
    m = R.randrange(1, 13)
    d = R.randrange(1, 29)
    if not spoken:
        st = R.randrange(5)
        if st == 0:
            return ("%02d/%02d/%d" % ((m, d, y) if us else (d, m, y)))
        if st == 1:
            return "%d-%02d-%02d" % (y, m, d)
        if st == 2:
            return "%d %s %d" % (d, MONTHS[m - 1].capitalize(), y)
        if st == 3:
            return "%s %d, %d" % (MONTHS[m - 1].capitalize(), d, y)
        return "%d.%d.%02d" % (d, m, y % 100)
    ys = say_pair(str(y)[:2]) + " " + say_pair(str(y)[2:]) if y < 2000 else \
        ("two thousand and " + DIGIT_WORD[str(y % 10)] if y % 10 else "two thousand")
    st = R.randrange(4)
    if st == 0:
        return "the %s of %s %s" % (ORD[d - 1], MONTHS[m - 1], ys)
    if st == 1:
        return "%s the %s, %s" % (MONTHS[m - 1], ORD[d - 1], ys)
    if st == 2:
        return "%s of the %s, %s" % (ORD[d - 1], ORD[m - 1], ys)
    return "%s %s %s" % (ORD[d - 1], MONTHS[m - 1], ys)


def expiry(spoken):
    m = R.randrange(1, 13)
    y = R.randrange(25, 32)
    if not spoken:
        return pick(["%02d/%02d" % (m, y), "%02d/20%02d" % (m, y), "%02d-%02d" % (m, y),
                     "%s %02d" % (MON_ABBR[m - 1].capitalize(), y), "%02d / %02d" % (m, y)])
    st = R.randrange(3)
    if st == 0:
        return say_singles("%02d" % m) + " " + say_pair("%02d" % y)
    if st == 1:
        return say_singles("%02d" % m) + " slash " + say_singles("%02d" % y)
    return MONTHS[m - 1] + " twenty " + say_pair("%02d" % y)


def address(spoken, us=False):
    num = R.randrange(1, 240)
    st = pick(STREETS)
    if us:
        st = pick(["elm street", "maple avenue", "oak drive", "lincoln boulevard", "cedar lane"])
        num = R.randrange(100, 9999)
    flat = chance(0.25)
    if not spoken:
        s = "%d %s" % (num, st.title() if chance(0.7) else st)
        if flat:
            s = pick(["Flat %d, " % R.randrange(1, 30), "flat %d " % R.randrange(1, 30), "Apt %d, " % R.randrange(1, 30)]) + s
        return s
    ns = say_hundred(str(num)) if len(str(num)) == 3 and chance(0.5) else (
        say_pair(str(num)) if len(str(num)) == 2 else say_singles(str(num)))
    s = ns + " " + st
    if flat:
        s = "flat " + DIGIT_WORD[str(R.randrange(1, 10))] + ", " + s
    return s


# --------------------------------------------------------------------------
# context pieces

ORGS = {
    "banking": ["Northgate Bank", "Celtic Credit Union", "Harbour Building Society"],
    "telecom": ["Vodaline", "ÉirTel", "Skyfield Broadband"],
    "utilities": ["Pennine Energy", "Liffey Gas & Power", "Severn Water"],
    "retail": ["Harlow & Finch", "ShopDirect Outlet", "Grafton Home"],
    "insurance": ["Thistle Insurance", "Shamrock Assure", "Keystone Mutual"],
    "travel": ["AerWest Airlines", "Coastline Rail", "SunAway Holidays"],
    "healthcare billing": ["St Brigid's Billing", "MedPay Patient Accounts", "CareFirst Billing"],
    "government services": ["the DVLA helpline", "Revenue eServices", "the council tax office"],
}


def org():
    ind = pick(sorted(ORGS))
    return ind, pick(ORGS[ind])


ACKS = ["mhm", "go on", "yep", "ok", "right", "yeah", "lovely", "grand", "ok go on", "uh huh", "and the rest"]


def ack():
    return pick(ACKS)


def greet(o):
    return pick(["thanks for calling %s, " % o, "you're through to %s, " % o,
                 "hiya, %s, " % o, "good morning, %s, " % o])


def uk_ish():
    return chance(0.75)


# --------------------------------------------------------------------------
# positive templates

def p_card_typed():
    ind, o = org()
    c = card_number()
    nm = pick(FIRST)
    lab = pick(["card no: ", "Card number - ", "CC#", "card: ", "long number is ", "pan "])
    e = expiry(False)
    cv = rand_digits(4 if c[0] == "3" else 3)
    turns = [T("agent", "Hi %s, this is %s chat. To take the payment I need the card details please." % (nm.title(), o)),
             T("customer", lab, V("CARD_NUMBER", typed_card(c)), pick([" exp ", " expiry ", ", exp: ", " valid til "]),
               V("EXPIRY", e), pick([" cvv ", " security code ", " and the digits on the back are ", " cvc: "]), V("CVV", cv))]
    if chance(0.4):
        turns.append(T("agent", "Thanks, I have the card ending %s, expiry %s." % (c[-4:], e)))
        # last four after full card read in the same case IS labelled (convention)
        turns[-1] = T("agent", "Thanks, I have the card ending ", V("CARD_NUMBER", c[-4:], frag=True), ", expiry ", V("EXPIRY", e), ".")
    add("positive", "%s: typed card number with expiry and cvv (%s)" % (ind, "read-back of last four after full card" if len(turns) > 2 else "chat"), turns)


def p_card_spoken_split():
    ind, o = org()
    c = card_number(pick(["visa", "mc", "mc", "disc", "amex"]))
    g = [4, 6, 5] if len(c) == 15 else [4, 4, 4, 4]
    parts = chunks(c, g)
    turns = [T("agent", greet(o) + "can i take the long number across the front of the card when you're ready")]
    grp = "card"
    i = 0
    while i < len(parts):
        take = parts[i:i + pick([1, 1, 2])]
        i += len(take)
        txt = say_digits("".join(take), [len(x) for x in take], fillers=0.3)
        pre = pick(["", "", "ok it's ", "right ", "um ", "so "]) if i == len(take) else pick(["", "", "then ", "and "])
        turns.append(T("customer", pre, V("CARD_NUMBER", txt, grp)))
        if i < len(parts):
            turns.append(T("agent", ack()))
    if chance(0.6):
        turns.append(T("agent", pick(["so that's ", "let me read that back, ", "i've got "]),
                       V("CARD_NUMBER", say_digits(c, g, sep=", ")), pick([", is that right", "?", " yeah"])))
        turns.append(T("customer", pick(["yes that's it", "yep", "that's right aye", "correct"])))
    add("positive", "%s: ASR card number read in groups across customer turns with back-channels" % ind, turns)


def p_card_aside():
    ind, o = org()
    c = card_number("visa")
    g = [4, 4, 4, 4]
    a = say_digits(c[:8], [4, 4], fillers=0.4)
    b = say_digits(c[8:], [4, 4], fillers=0.4)
    aside = pick([", hang on the light's bad in here, ", ", sorry the dog's barking, ", ", wait, shush kids, right, ",
                  "... sorry where was i, ", ", bear with me, "])
    turns = [T("agent", "and the card number please"),
             T("customer", pick(["yeah it's ", "it's ", "right, "]), V("CARD_NUMBER", a, "c"), aside, V("CARD_NUMBER", b, "c")),
             T("agent", "and the expiry date"),
             T("customer", pick(["expires ", "it's ", "", "um "]), V("EXPIRY", expiry(True)), pick([" and the code on the back is ", ", security number "]),
               V("CVV", say_digits(rand_digits(3)))),
             ]
    add("positive", "%s: ASR card reading interrupted by an aside; expiry and cvv spoken" % ind, turns)


def p_card_restart():
    ind, o = org()
    c = card_number(pick(["visa", "mc"]))
    wrong = c[:3] + str((int(c[3]) + 3) % 10)
    turns = [T("agent", "go ahead with the card number"),
             T("customer", V("CARD_NUMBER", say_digits(wrong), frag=True),
               pick([", no sorry, that's my old card, start again, ", "... no wait. sorry. from the top, ",
                     ", oops, hang on, let me start over, "]),
               V("CARD_NUMBER", say_digits(c, [4, 4, 4, 4], fillers=0.2)))]
    if chance(0.5):
        turns += [T("agent", "thank you, and the three digit code"), T("customer", V("CVV", say_digits(rand_digits(3))))]
    add("positive", "%s: restarted card reading; false start labelled as a fragment of the card" % ind, turns)


def p_card_correction_group():
    ind, o = org()
    c = card_number("visa")
    parts = chunks(c, [4, 4, 4, 4])
    turns = [T("agent", "card number please"),
             T("customer", V("CARD_NUMBER", say_digits(parts[0] + parts[1], [4, 4]), "c")),
             T("agent", pick(["mhm", "go on", "ok"])),
             T("customer", V("CARD_NUMBER", say_digits(parts[2] + parts[3], [4, 4], fillers=0.5), "c")),
             T("agent", "sorry can you repeat the last bit, you broke up"),
             T("customer", "the last eight? ", V("CARD_NUMBER", say_digits(parts[2] + parts[3], [4, 4]), "c2", frag=True))]
    add("positive", "%s: card split over turns, customer repeats last eight digits after a dropout" % ind, turns)


def p_card_email_chat():
    ind, o = org()
    c = card_number()
    nm, ln = pick(FIRST), pick(LAST)
    e = email(nm, ln)
    turns = [T("customer", pick(["hi can u update my payment card pls. new one is ", "Hello, please change card to ", "new card "]),
               V("CARD_NUMBER", typed_card(c)), " ", pick(["thx", "cheers", "ta"]), ". confirmation to ", V("EMAIL", e if chance(0.7) else e.upper())),
             T("agent", "Thanks! For security we don't take card details over chat; we'll call you. Is ", V("EMAIL", e), " still right?")]
    add("positive", "%s: card pasted in chat with e-mail, agent repeats e-mail" % ind, turns)


def p_ssn():
    ind, o = pick([("healthcare billing", "MedPay Patient Accounts"), ("insurance", "Keystone Mutual"),
                   ("government services", "the benefits line"), ("banking", "First Prairie Bank"), ("telecom", "Bluewave Wireless")])
    s = ssn()
    mode = R.randrange(4)
    if mode == 0:
        t = pick(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s - %s - %s"]) % (s[:3], s[3:5], s[5:])
        turns = [T("agent", "Can you confirm the social on the account?"),
                 T("customer", pick(["SSN: ", "ssn is ", "social security # ", "its "]), V("SSN", t))]
    elif mode == 1:
        turns = [T("agent", "i'll just need your social security number to verify"),
                 T("customer", pick(["sure, ", "ok um ", "yeah it's "]), V("SSN", say_digits(s, [3, 2, 4], fillers=0.3)))]
    elif mode == 2:
        turns = [T("agent", "and the social"),
                 T("customer", V("SSN", say_digits(s[:3]), "s")),
                 T("agent", ack()),
                 T("customer", V("SSN", say_digits(s[3:5]), "s")),
                 T("agent", ack()),
                 T("customer", V("SSN", say_digits(s[5:], [2, 2] if chance(0.5) else [4]), "s")),
                 T("agent", "so ", V("SSN", say_digits(s, [3, 2, 4])), ", thank you")]
    else:
        turns = [T("agent", "last four of the social?"),
                 T("customer", "actually do you want the whole thing, it's ", V("SSN", say_digits(s, [3, 2, 4])),
                   pick([", i'm in ", ", we're in "]), pick(TOWNS_US)), ]
    if chance(0.3):
        turns.append(T("customer", "and my date of birth is ", V("DOB", dob(chance(0.6), us=True))))
    add("positive", "%s (US): social security number, mode %d" % (ind, mode), turns)


def p_ni():
    ind, o = pick([("government services", "HMRC"), ("government services", "the DWP helpline"),
                   ("banking", "Northgate Bank"), ("insurance", "Thistle Insurance"), ("utilities", "Pennine Energy")])
    n = ni()
    mode = R.randrange(5)
    if mode == 0:
        t = pick([n, n.lower(), n[:2] + " " + n[2:4] + " " + n[4:6] + " " + n[6:8] + " " + n[8],
                  n[:2] + n[2:8] + " " + n[8], n[:2] + "-" + n[2:8] + "-" + n[8]])
        turns = [T("customer", pick(["NI no: ", "my national insurance is ", "NINO ", "N.I. number "]), V("NI_NUMBER", t),
                   pick([" if that helps", "", ".", " thanks"]))]
    elif mode == 1:
        turns = [T("agent", "can i take your national insurance number"),
                 T("customer", pick(["yeah it's ", "aye, ", "um "]),
                   V("NI_NUMBER", say_alnum(n, pick(["plain", "nato", "mixed"]), [2, 2, 2, 2, 1], pick([", ", " ", "... "]))))]
    elif mode == 2:
        turns = [T("agent", "national insurance number please"),
                 T("customer", V("NI_NUMBER", say_alnum(n[:2], "mixed"), "n")),
                 T("agent", pick(["sorry, just the two letters?", "was that the letters?", "ok, the letters, go on"])),
                 T("customer", "yeah, then ", V("NI_NUMBER", say_digits(n[2:8], pick([[2, 2, 2], [3, 3], [6]]), fillers=0.3), "n")),
                 T("agent", ack()),
                 T("customer", "and " + pick(["the letter ", "", "it ends "]), V("NI_NUMBER", say_alnum(n[8], pick(["plain", "nato"])), "n"))]
    elif mode == 3:
        turns = [T("customer", "my n i number is ", V("NI_NUMBER", say_alnum(n, "plain", [2, 6, 1])), ", no hang on, ",
                   "i think it's ", V("NI_NUMBER", say_alnum(n, "nato", [2, 2, 2, 2, 1])), " yeah"),
                 T("agent", "let me read it back, ", V("NI_NUMBER", say_alnum(n, "natoword", [2, 2, 2, 2, 1])), "?")]
    else:
        turns = [T("agent", "Please confirm your NI number and date of birth."),
                 T("customer", V("NI_NUMBER", n[:2].lower() + n[2:]), ", dob ", V("DOB", dob(False)))]
    add("positive", "%s (UK): national insurance number, mode %d" % (ind, mode), turns)


def p_sort_acct():
    ind, o = pick([("banking", "Northgate Bank"), ("utilities", "Severn Water"), ("banking", "Harbour Building Society"),
                   ("telecom", "Skyfield Broadband"), ("insurance", "Thistle Insurance"), ("government services", "the council tax office")])
    sc = sort_code()
    ac = rand_digits(8)
    mode = R.randrange(4)
    if mode == 0:
        sct = pick([sc[:2] + "-" + sc[2:4] + "-" + sc[4:], sc, sc[:2] + " " + sc[2:4] + " " + sc[4:]])
        turns = [T("customer", pick(["acct no: ", "a/c ", "Account number ", "acc # "]), V("BANK_ACCOUNT", pick([ac, ac[:4] + " " + ac[4:]])),
                   pick([" sort ", ", sort code: ", " s/c ", " & sort code "]), V("SORT_CODE", sct))]
    elif mode == 1:
        turns = [T("agent", "and the sort code for the direct debit"),
                 T("customer", V("SORT_CODE", say_digits(sc, [2, 2, 2], fillers=0.2))),
                 T("agent", "and the account number"),
                 T("customer", pick(["", "it's ", "right, "]), V("BANK_ACCOUNT", say_digits(ac, pick([[4, 4], [3, 3, 2], [2, 2, 2, 2], [8]]), fillers=0.3)))]
    elif mode == 2:
        turns = [T("agent", "sort code please"),
                 T("customer", V("SORT_CODE", say_digits(sc[:2]), "s")), T("agent", ack()),
                 T("customer", V("SORT_CODE", say_digits(sc[2:]), "s")),
                 T("agent", "so that's ", V("SORT_CODE", say_digits(sc, [2, 2, 2]))),
                 T("customer", "yes. and the account is ", V("BANK_ACCOUNT", say_digits(ac[:4]), "a")),
                 T("agent", ack()),
                 T("customer", V("BANK_ACCOUNT", say_digits(ac[4:], fillers=0.3), "a"))]
    else:
        turns = [T("customer", "account number ", V("BANK_ACCOUNT", say_digits(ac, [4, 4])),
                   ", actually no sorry that's the wrong one, it's ", V("BANK_ACCOUNT", say_digits(ac[:6] + ac[7] + ac[6], [4, 4]))),
                 T("agent", "and the sort code on that one?"),
                 T("customer", V("SORT_CODE", say_digits(sc, [6]))), ]
    add("positive", "%s (UK/IE): sort code and account number, mode %d" % (ind, mode), turns)


def p_us_account():
    ind, o = pick([("banking", "First Prairie Bank"), ("healthcare billing", "CareFirst Billing")])
    ac = rand_digits(R.randrange(10, 13), True)
    turns = [T("agent", "what's the checking account number for the autopay"),
             T("customer", V("BANK_ACCOUNT", say_digits(ac, [3, 3, 4, 2][:4], fillers=0.3) if chance(0.6) else ac)),
             T("agent", pick(["and the routing number?", "thanks"]))]
    add("positive", "%s (US): checking account number" % ind, turns)


def p_iban():
    ind, o = org()
    ib = iban()
    mode = R.randrange(3)
    if mode == 0:
        turns = [T("customer", pick(["IBAN: ", "Please refund to iban ", "my IBAN is ", "iban "]), V("IBAN", typed_iban(ib)),
                   pick([" BIC AIBKIE2D", " thanks", "", " (joint account)"]))]
    elif mode == 1:
        turns = [T("agent", "can i have the iban for the refund"),
                 T("customer", V("IBAN", say_alnum(ib, pick(["plain", "mixed", "nato"]), [4] * 8, pick([", ", " "]))))]
    else:
        half = 8 if len(ib) > 12 else 4
        turns = [T("agent", "go ahead with the iban"),
                 T("customer", V("IBAN", say_alnum(ib[:half], "mixed", [4, 4]), "i")),
                 T("agent", ack()),
                 T("customer", V("IBAN", say_alnum(ib[half:], "plain", [4] * 6), "i"))]
    add("positive", "%s: IBAN (%s), mode %d" % (ind, ib[:2], mode), turns)


def p_phone():
    ind, o = org()
    kind = pick(["ukm", "ukm", "ukl", "iem", "iel", "us", "ukm_intl", "iem_intl", "us_intl"])
    gen = {"ukm": uk_mobile, "ukl": uk_landline, "iem": ie_mobile, "iel": ie_landline, "us": us_phone,
           "ukm_intl": uk_mobile, "iem_intl": ie_mobile, "us_intl": us_phone}[kind]
    ds = gen()
    intl = {"ukm_intl": "44", "iem_intl": "353", "us_intl": "1"}.get(kind)
    if chance(0.45):
        pre, txt = typed_phone(ds, intl)
        turns = [T("customer", pick(["mob: ", "my number is ", "Tel ", "call me on ", "contact no. "]) + pre, V("PHONE", txt),
                   pick([" after 5pm", "", " thanks", " (work)"]))]
    else:
        txt = spoken_phone(ds, intl)
        if chance(0.5):
            txt = spoken_phone(ds, intl, 0)
            sp = txt.split(", ")
            if len(sp) >= 2:
                k = R.randrange(1, len(sp))
                turns = [T("agent", "best number to reach you on?"),
                         T("customer", V("PHONE", ", ".join(sp[:k]), "p")),
                         T("agent", ack()),
                         T("customer", V("PHONE", ", ".join(sp[k:]), "p"))]
            else:
                turns = [T("agent", "best number to reach you on?"), T("customer", V("PHONE", txt))]
        else:
            turns = [T("agent", "and a contact number"),
                     T("customer", pick(["it's ", "um, ", "mobile's ", "yeah "]), V("PHONE", txt)),
                     T("agent", "lovely, so ", V("PHONE", spoken_phone(ds, intl, 0)), pick([".", ", yeah?"]))]
    add("positive", "%s: phone number (%s)" % (ind, kind), turns)


def p_email():
    ind, o = org()
    nm, ln = pick(FIRST), pick(LAST)
    e = email(nm, ln)
    if chance(0.4):
        et = e if chance(0.6) else e[0].upper() + e[1:]
        turns = [T("customer", pick(["email: ", "e-mail ", "pls send to ", "my email is "]), V("EMAIL", et))]
    else:
        sp = spoken_email(e)
        turns = [T("agent", "what e-mail should the receipt go to"),
                 T("customer", pick(["it's ", "um it's ", ""]), V("EMAIL", sp)),
                 T("agent", "so ", V("EMAIL", spoken_email(e)), ", all lower case?"),
                 T("customer", "that's it")]
    add("positive", "%s: e-mail address %s" % (ind, "typed" if len(turns) == 1 else "spoken with read-back"), turns)


def p_dob():
    ind, o = org()
    spoken = chance(0.6)
    d = dob(spoken, us=chance(0.2))
    turns = [T("agent", pick(["can you confirm your date of birth", "and your d o b please", "date of birth for security?"])),
             T("customer", pick(["", "yeah it's ", "it's ", "um ", "DOB "]), V("DOB", d))]
    if chance(0.3):
        turns.append(T("agent", "thanks, and you're still at the same address?"))
    add("positive", "%s: date of birth (%s)" % (ind, "spoken" if spoken else "typed"), turns)


def p_address():
    ind, o = org()
    where = pick(["uk", "uk", "ie", "us"])
    spoken = chance(0.5)
    if where == "uk":
        pc = uk_postcode()
        pct = say_alnum(pc, pick(["plain", "mixed"]), [len(pc.split()[0]), 3]) if spoken else pick([pc, pc.lower(), pc.replace(" ", "")])
        a = address(spoken)
        turns = [T("agent", "and the address"),
                 T("customer", V("ADDRESS", a), ", " + pick(TOWNS_UK) + ", ", V("POSTCODE", pct))]
    elif where == "ie":
        pc = eircode()
        pct = say_alnum(pc, "mixed", [3, 4]) if spoken else pick([pc, pc.replace(" ", ""), pc.lower()])
        a = address(spoken)
        turns = [T("agent", "what's the address and eircode"),
                 T("customer", V("ADDRESS", a), ", " + pick(TOWNS_IE) + ", " + pick(["eircode ", "", "the eircode is "]), V("POSTCODE", pct))]
    else:
        z = us_zip()
        a = address(False, us=True)
        turns = [T("agent", "Service address?"),
                 T("customer", V("ADDRESS", a), ", " + pick(TOWNS_US) + " ", V("POSTCODE", z))]
    add("positive", "%s: address and postcode (%s)" % (ind, where), turns)


def p_postcode_only():
    ind, o = org()
    if chance(0.6):
        pc = uk_postcode()
        g = [len(pc.split()[0]), 3]
        turns = [T("agent", "can i just take the postcode"),
                 T("customer", V("POSTCODE", say_alnum(pc, "plain", g, pick([", ", " ", "... "]))), " " + pick(["", "yeah", "i think"])),
                 T("agent", "sorry the line's bad, can you do that phonetically?"),
                 T("customer", "no, ", V("POSTCODE", say_alnum(pc, "nato", g))), ]
    else:
        pc = eircode()
        turns = [T("agent", "and your eircode"),
                 T("customer", V("POSTCODE", say_alnum(pc[:3], "plain"), "e")),
                 T("agent", ack()),
                 T("customer", V("POSTCODE", say_alnum(pc[4:], "mixed"), "e"))]
    add("positive", "%s: postcode/eircode spelt out with query or split" % ind, turns)


def p_verify_bundle():
    """Several values in one identity-verification call (UK/IE emphasis)."""
    ind, o = org()
    nm, ln = pick(FIRST), pick(LAST)
    n = ni()
    pc = uk_postcode()
    ph = uk_mobile()
    turns = [T("agent", greet(o) + "before we go on can i take a few security details. first line of the address?"),
             T("customer", "it's ", V("ADDRESS", address(True)), ", " + pick(TOWNS_UK)),
             T("agent", "postcode?"),
             T("customer", V("POSTCODE", say_alnum(pc, "plain", [len(pc.split()[0]), 3]))),
             T("agent", "and the mobile number on the account"),
             T("customer", V("PHONE", spoken_phone(ph, None, 0.3))),
             T("agent", "and finally your national insurance number"),
             T("customer", pick(["ah, um, ", "right, hang on, ", ""]), V("NI_NUMBER", say_alnum(n, "plain", [2, 2, 2, 2, 1])))]
    add("positive", "%s: bundled UK identity verification (address, postcode, mobile, NI)" % ind, turns)


def p_card_lastfour_plus_full():
    ind, o = org()
    c = card_number("visa")
    turns = [T("agent", "is it still the card ending ", V("CARD_NUMBER", say_digits(c[-4:]), frag=True), "?"),
             T("customer", "no that one expired, new one is ", V("CARD_NUMBER", say_digits(c, [4, 4, 4, 4]))),
             T("agent", "and expiry"),
             T("customer", V("EXPIRY", expiry(True)))]
    add("positive", "%s: last four mentioned and the full card read in the same case, so last four is labelled" % ind, turns)


POS = [p_card_typed, p_card_spoken_split, p_card_aside, p_card_restart, p_card_correction_group,
       p_card_email_chat, p_card_lastfour_plus_full,
       p_ssn, p_ni, p_sort_acct, p_us_account, p_iban, p_phone, p_email, p_dob, p_address,
       p_postcode_only, p_verify_bundle, p_ni, p_sort_acct, p_phone, p_ssn, p_card_spoken_split]


# --------------------------------------------------------------------------
# negative templates

def n_reference_card_like():
    ind, o = org()
    c = card_number("visa")  # Luhn-valid on purpose, but it is a reference
    lab = pick(["order number", "booking reference", "tracking number", "claim reference", "ticket number", "case number"])
    if chance(0.5):
        t = " ".join(chunks(c, [4, 4, 4, 4]))
    else:
        t = say_digits(c, [4, 4, 4, 4])
    add("negative", "%s: 16-digit %s spoken/typed like a card (Luhn-valid, not a card)" % (ind, lab),
        [T("agent", "have you got the %s there" % lab),
         T("customer", "yes the %s is %s" % (lab, t)),
         T("agent", "thanks, I've found the %s" % pick(["order", "booking", "parcel", "claim", "ticket"]))])


def n_amounts():
    ind, o = org()
    a = R.randrange(100, 999)
    add("negative", "%s: balances and amounts" % ind,
        [T("agent", "your balance is %s pounds %s and the minimum payment is %s" % (say_hundred(str(a)), say_pair(str(R.randrange(10, 99))), say_pair(str(R.randrange(20, 99))))),
         T("customer", pick(["ok and if i pay four hundred and twelve euro today?", "can i pay £1,250.00 instead", "so that's 1,499.99 all in?"])),
         T("agent", "yes, that'd leave %d.%02d outstanding" % (R.randrange(10, 500), R.randrange(100)))])


def n_last_four():
    ind, o = org()
    l4 = rand_digits(4)
    add("negative", "%s: card last four only (not PII)" % ind,
        [T("agent", pick(["is that the card ending ", "I can see a visa ending in ", "the card on file ends "]) + pick([l4, say_digits(l4)])),
         T("customer", pick(["yeah ending ", "that's right, ", "yes "]) + say_digits(l4) + pick([", the debit one", "", " yeah"]))])


def n_times_hours():
    ind, o = org()
    add("negative", "%s: opening hours, times, durations" % ind,
        [T("customer", "what time do you close"),
         T("agent", pick(["we're open eight till eight weekdays, nine to five on saturday",
                          "lines are open 08:00-20:00 mon-fri and 09:00 to 17:30 saturday",
                          "we close at half five today, back at nine tomorrow"])),
         T("customer", "i've been on hold %s minutes" % pick(["forty five", "twenty", "55", "ninety"]))])


def n_meter():
    ind = "utilities"
    o = pick(ORGS[ind])
    r = rand_digits(pick([5, 6, 8]))
    add("negative", "%s: meter reading and meter serial said with their label" % ind,
        [T("agent", "can i take a meter reading"),
         T("customer", "the reading is %s" % say_digits(r, fillers=0.2)),
         T("agent", "and the meter serial number?"),
         T("customer", "serial %s, M P R N %s" % (pick(["E10BG", "K8A", "S12Q"]) + rand_digits(5), say_digits(rand_digits(10), [3, 3, 4])))])


def n_travel():
    ind = "travel"
    add("negative", "travel: flight, gate, seat, booking ref",
        [T("customer", "i'm on flight %s%s tomorrow, seat %d%s" % (pick(["EI", "BA", "FR", "AW"]), R.randrange(100, 9999), R.randrange(1, 40), pick("ABCDEF"))),
         T("agent", "that's departing gate %s at %s, booking reference %s" % (
             pick(["three oh two", "B 41", "twelve", "forty seven"]), pick(["ten fifteen", "06:40", "half seven"]),
             "".join(pick("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6)))),
         T("customer", "and my hotel room is %s" % pick(["four hundred and twelve", "1108", "two oh six"]))])


def n_policy_numbers():
    ind, o = pick([("insurance", "Thistle Insurance"), ("insurance", "Shamrock Assure"), ("healthcare billing", "MedPay Patient Accounts")])
    pn = pick(["POL", "HH", "MTR", "CLM", "INV-"]) + rand_digits(pick([8, 9, 10, 12]))
    add("negative", "%s: policy/claim/invoice numbers with their label" % ind,
        [T("customer", "%s %s" % (pick(["policy no:", "claim ref", "invoice #", "my policy number is"]), pn if chance(0.5) else say_alnum(pn.replace("-", ""), "plain"))),
         T("agent", "thanks, and the incident date was the %s of %s?" % (pick(ORD), pick(MONTHS)))])


def n_dates_years():
    ind, o = org()
    add("negative", "%s: appointment/contract/payment dates, years, ages" % ind,
        [T("agent", pick(["your engineer appointment is on the fourteenth of june between eight and one",
                          "your contract ends on 31/03/2027", "the next payment comes out on the 1st of august"])),
         T("customer", pick(["grand, i'm seventy six so i'll be in", "ok, i've been with you since 2009",
                             "my son's 19 he'll let them in", "we moved in in nineteen ninety eight"]))])


def n_serial_model():
    ind, o = pick([("retail", "Harlow & Finch"), ("telecom", "Skyfield Broadband"), ("retail", "Grafton Home")])
    add("negative", "%s: serial and model numbers" % ind,
        [T("agent", "can you read me the serial number on the back of the router"),
         T("customer", "serial number %s, model %s" % (say_alnum(pick("ABCSXK") + rand_digits(11), "plain", [4, 4, 4]),
                                                      pick(["HH6A", "WX-3000", "TG789vac", "E5576"]))),
         T("agent", "thanks and the IMEI on the phone is %s, right?" % rand_digits(15))])


def n_roads_temps():
    ind, o = org()
    add("negative", "%s: road names, temperatures, percentages" % ind,
        [T("customer", pick(["i'm stuck on the M25 near junction 10", "there's roadworks on the A40 again",
                             "the N7 was closed so i'm late", "traffic on the I-95 is terrible"])),
         T("agent", pick(["no bother, it's thirty one degrees here too", "your tariff went up 12.5% in april",
                          "the heating's set to twenty one degrees?", "that's a four point nine percent rate"]))])


def n_spoken_like_account():
    ind, o = org()
    d = rand_digits(8)
    lab = pick(["customer reference", "account reference on the bill", "membership number", "loyalty card number", "parcel ID"])
    add("negative", "%s: 8-digit %s read like a bank account (it is a labelled reference)" % (ind, lab),
        [T("agent", "what's the %s" % lab),
         T("customer", "%s, %s" % (lab, say_digits(d, [4, 4], fillers=0.3))),
         T("agent", "lovely, and that's %s, the %s" % (say_digits(d, [2, 2, 2, 2]), lab))])


def n_counts():
    ind, o = org()
    add("negative", "%s: counts, quantities, durations" % ind,
        [T("customer", "i ordered %s chairs and only %s arrived, that was %s weeks ago" % (pick(["six", "12", "twenty four"]), pick(["four", "2", "ten"]), pick(["three", "two", "5"]))),
         T("agent", "sorry about that, it can take up to %s working days" % pick(["ten", "5", "fourteen"]))])


def n_phone_like_ref():
    ind, o = org()
    d = "07" + rand_digits(9)
    add("negative", "%s: 11-digit reference starting 07 (labelled as a reference, not a phone)" % ind,
        [T("agent", "do you have the reference from the letter"),
         T("customer", "reference number %s" % (say_digits(d, [5, 6]) if chance(0.5) else d)),
         T("agent", "yep that's the one, ticket %s" % rand_digits(7))])


def n_sortcode_like():
    ind, o = org()
    add("negative", "%s: six-digit times/prices/codes that look like sort codes" % ind,
        [T("agent", "your verification code is %s, it expires in ten minutes" % pick(["four one, two two, nine oh", "83-11-02", "402 117"])),
         T("customer", "ok and the price was %s" % pick(["forty forty-nine", "£40.47", "sixty six ninety nine"])),
         T("agent", "yes, order %s" % rand_digits(6))])


NEG = [n_reference_card_like, n_amounts, n_last_four, n_times_hours, n_meter, n_travel, n_policy_numbers,
       n_dates_years, n_serial_model, n_roads_temps, n_spoken_like_account, n_counts, n_phone_like_ref,
       n_sortcode_like, n_reference_card_like]


# --------------------------------------------------------------------------

def build():
    CASES.clear()
    GROUPS.clear()
    _auto[0] = 0
    R.seed(438241125)
    for i in range(230):
        POS[i % len(POS)]()
    for i in range(120):
        NEG[i % len(NEG)]()
    return "".join(json.dumps(c, ensure_ascii=False, sort_keys=False) + "\n" for c in CASES)


def counts():
    out = {t: 0 for t in TYPES}
    for c in CASES:
        for s in c["spans"]:
            out[s["type"]] += 1
    return out


def check(data):
    errs = []
    with open(OUT, encoding="utf-8") as f:
        if f.read() != data:
            errs.append("file differs from regeneration")
    ids = [c["id"] for c in CASES]
    if len(ids) != len(set(ids)):
        errs.append("duplicate ids")
    for c in CASES:
        spans = sorted(c["spans"], key=lambda s: (s["turn"], s["start"]))
        for a, b in zip(spans, spans[1:]):
            if a["turn"] == b["turn"] and b["start"] < a["end"]:
                errs.append("%s: overlap" % c["id"])
        for s in spans:
            if s["type"] not in TYPES:
                errs.append("%s: bad type" % c["id"])
            if not 0 <= s["turn"] < len(c["turns"]):
                errs.append("%s: bad turn" % c["id"])
                continue
            t = c["turns"][s["turn"]]["text"]
            if not (0 <= s["start"] < s["end"] <= len(t)):
                errs.append("%s: offsets out of range" % c["id"])
                continue
            v = t[s["start"]:s["end"]]
            if not (v[0].isalnum() and v[-1].isalnum()):
                errs.append("%s: span not trimmed %r" % (c["id"], v))
            if s["start"] > 0 and t[s["start"] - 1].isalnum():
                errs.append("%s: start not on word boundary %r" % (c["id"], v))
            if s["end"] < len(t) and t[s["end"]].isalnum():
                errs.append("%s: end not on word boundary %r" % (c["id"], v))
    for (cid, g), parts in GROUPS.items():
        typs = {p[0] for p in parts}
        if len(typs) != 1:
            errs.append("%s: mixed group types" % cid)
            continue
        typ = typs.pop()
        if any(p[2] for p in parts):
            s, bad = parse(" ".join(p[1] for p in parts))
            if bad or not s.isdigit():
                errs.append("%s: bad fragment %r" % (cid, parts))
            continue
        if typ in ("EMAIL", "DOB", "EXPIRY", "ADDRESS"):
            joined = " ".join(p[1] for p in parts)
            ok = validate(typ, joined)
        else:
            segs = [parse(p[1]) for p in parts]
            joined = "".join(x for x, _ in segs)
            ok = not any(b for _, b in segs) and validate(typ, joined)
        if not ok:
            errs.append("%s: invalid %s value %r" % (cid, typ, joined))
    cn = counts()
    npos = sum(c["kind"] == "positive" for c in CASES)
    nneg = sum(c["kind"] == "negative" for c in CASES)
    if npos < 200 or nneg < 100:
        errs.append("too few cases %d/%d" % (npos, nneg))
    need = {t: 10 for t in TYPES}
    need.update({"CARD_NUMBER": 70, "SSN": 30, "NI_NUMBER": 30})
    for t, n in need.items():
        if cn[t] < n:
            errs.append("too few %s: %d" % (t, cn[t]))
    return errs


def main():
    data = build()
    if "--check" in sys.argv[1:]:
        errs = check(data)
        for e in errs[:50]:
            print("ERROR:", e)
        print("positives=%d negatives=%d" % (sum(c["kind"] == "positive" for c in CASES),
                                            sum(c["kind"] == "negative" for c in CASES)))
        print(json.dumps(counts()))
        if errs:
            print("CHECK FAILED (%d errors)" % len(errs))
            sys.exit(1)
        print("CHECK OK")
        return
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(data)
    print("wrote %d cases to %s" % (len(CASES), OUT))
    print(json.dumps(counts()))


if __name__ == "__main__":
    main()

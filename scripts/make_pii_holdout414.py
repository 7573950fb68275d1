#!/usr/bin/env python3
"""Generate the pii_holdout414 held-out PII redaction evaluation set.

Standard library only; one RNG: random.Random(414241125).
Every turn is built from plain segments and labelled value segments so that
offsets are computed, never typed by hand.

Usage:
    python scripts/make_pii_holdout414.py          # write cases.jsonl + README.md
    python scripts/make_pii_holdout414.py --check  # regenerate and verify
"""
import json
import os
import random
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_DIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout414")
CASES = os.path.join(OUT_DIR, "cases.jsonl")
README = os.path.join(OUT_DIR, "README.md")

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE",
         "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

R = random.Random(414241125)

# ----------------------------------------------------------------------------
# spoken-number helpers
# ----------------------------------------------------------------------------
WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy",
        8: "eighty", 9: "ninety"}
FILL = ["um", "uh", "er", "erm"]


def say_d(d, zero):
    return zero if d == "0" else WORDS[int(d)]


def say_digits(s, zero=None, doubles=True, treble="treble"):
    zero = zero or R.choice(["oh", "oh", "zero", "nought", "o"])
    out, i = [], 0
    while i < len(s):
        d = s[i]
        run = 1
        while i + run < len(s) and s[i + run] == d:
            run += 1
        if doubles and run >= 2 and R.random() < 0.75:
            if run >= 3 and R.random() < 0.6:
                out += [treble, say_d(d, zero)]
                i += 3
            else:
                out += ["double", say_d(d, zero)]
                i += 2
        else:
            out.append(say_d(d, zero))
            i += 1
    return " ".join(out)


def say_pair(p, zero):
    a, b = int(p[0]), int(p[1])
    if a == 0:
        return ("double " + zero) if b == 0 else zero + " " + WORDS[b]
    if a == 1:
        return TEENS[b]
    return TENS[a] if b == 0 else TENS[a] + " " + WORDS[b]


def say_hundred(p):
    a, rest = int(p[0]), p[1:]
    head = WORDS[a] + " hundred"
    if rest == "00":
        return head
    if rest[0] == "0":
        return head + " and " + WORDS[int(rest[1])]
    return head + " and " + say_pair(rest, "oh")


def say_chunk(c, zero, style=None):
    styles = ["digits", "digits"]
    if len(c) % 2 == 0:
        styles += ["pairs", "pairs"]
    if len(c) == 3 and c[0] != "0":
        styles.append("hundred")
    st = style if style in styles else R.choice(styles)
    if st == "pairs":
        return " ".join(say_pair(c[i:i + 2], zero) for i in range(0, len(c), 2))
    if st == "hundred":
        return say_hundred(c)
    return say_digits(c, zero)


def say_number(s, groups, fillers=0.0, joiners=(" ", ", ", " ... "), style=None, zero=None):
    """Speak digit string s in chunks of given sizes; verify it round-trips."""
    for _ in range(40):
        z = zero or R.choice(["oh", "oh", "zero", "nought", "o"])
        parts, i = [], 0
        for g in groups:
            parts.append(say_chunk(s[i:i + g], z, style))
            i += g
        text = parts[0]
        for p in parts[1:]:
            j = R.choice(joiners)
            if R.random() < fillers:
                j = " " + R.choice(FILL) + j.lstrip(",") if j != " ... " else " ... " + R.choice(FILL) + " "
                j = re.sub(r"\s+", " ", j)
                if not j.endswith(" "):
                    j += " "
            text += j + p
        try:
            if spoken_norm(text) == s:
                return text
        except ValueError:
            pass
    return say_digits(s, "zero", doubles=False)


def chunks(s, groups):
    out, i = [], 0
    for g in groups:
        out.append(s[i:i + g])
        i += g
    return out


NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "f": "foxtrot",
        "g": "golf", "h": "hotel", "i": "india", "j": "juliet", "k": "kilo", "l": "lima",
        "m": "mike", "n": "november", "o": "oscar", "p": "papa", "q": "quebec", "r": "romeo",
        "s": "sierra", "t": "tango", "u": "uniform", "v": "victor", "w": "whiskey", "x": "x-ray",
        "y": "yankee", "z": "zulu"}
ALT = {"b": "bertie", "c": "charlie", "d": "david", "f": "freddie", "h": "harry", "j": "jack",
       "m": "mother", "n": "nellie", "p": "peter", "r": "robert", "s": "sugar", "t": "tommy",
       "w": "william", "y": "yellow", "e": "edward", "a": "apple", "g": "george", "k": "king",
       "l": "london", "x": "xmas", "z": "zebra"}


def say_letter(ch, mode):
    ch = ch.lower()
    if mode == "plain" and ch != "o":
        return ch
    if mode == "nato" or ch == "o":
        return ch + R.choice([" for ", " as in "]) + NATO[ch]
    return ch + R.choice([" for ", " as in "]) + ALT.get(ch, NATO[ch])


def say_alnum(s, mode_p=(0.6, 0.25, 0.15), zero="oh"):
    out = []
    for ch in s:
        if ch.isdigit():
            out.append(say_d(ch, zero))
        else:
            mode = R.choices(["plain", "nato", "alt"], mode_p)[0]
            out.append(say_letter(ch, mode))
    return " ".join(out)


# ----------------------------------------------------------------------------
# normaliser used by --check validation
# ----------------------------------------------------------------------------
UNIT = {"zero": 0, "oh": 0, "o": 0, "nought": 0, "naught": 0, "one": 1, "two": 2, "three": 3,
        "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
TEENV = {w: 10 + i for i, w in enumerate(TEENS)}
TENV = {w: k for k, w in TENS.items()}
NATOW = {v: k.upper() for k, v in NATO.items()}
SKIP = set(FILL) | {"and", "dash", "space", "hyphen", "sorry", "then"}


def spoken_norm(s):
    """Normalise a labelled value (typed or spoken) to an upper-case alnum string."""
    if re.search(r"\d", s):
        return re.sub(r"[^0-9A-Za-z+]", "", s).upper()
    low = s.lower()
    low = re.sub(r"\b([a-z]) (?:for|as in) [a-z-]+", lambda m: m.group(1).upper(), low)
    toks = re.findall(r"[A-Z]|[a-z-]+|\+", low)
    out = []
    i = 0

    def unit(t):
        return UNIT.get(t)

    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if t in SKIP:
            i += 1
        elif t in ("plus", "+"):
            out.append("+")
            i += 1
        elif t in ("double", "triple", "treble"):
            n = 2 if t == "double" else 3
            if nxt in UNIT:
                out.append(str(UNIT[nxt]) * n)
            elif nxt is not None and len(nxt) == 1:
                out.append(nxt.upper() * n)
            else:
                raise ValueError("bad double")
            i += 2
        elif t in UNIT and t not in ("oh", "o", "zero", "nought", "naught") and nxt == "hundred":
            h = UNIT[t]
            j = i + 2
            if j < len(toks) and toks[j] == "and":
                j += 1
            rest = 0
            if j < len(toks) and toks[j] in TEENV:
                rest = TEENV[toks[j]]
                j += 1
            elif j < len(toks) and toks[j] in TENV:
                rest = TENV[toks[j]] * 10
                j += 1
                if j < len(toks) and toks[j] in UNIT and UNIT[toks[j]] > 0 and toks[j] not in ("o",):
                    rest += UNIT[toks[j]]
                    j += 1
            elif j < len(toks) and toks[j] in UNIT and toks[i + 2] == "and":
                rest = UNIT[toks[j]]
                j += 1
            out.append("%d%02d" % (h, rest))
            i = j
        elif t in UNIT:
            out.append(str(UNIT[t]))
            i += 1
        elif t in TEENV:
            out.append(str(TEENV[t]))
            i += 1
        elif t in TENV:
            if nxt in UNIT and UNIT[nxt] > 0:
                out.append(str(TENV[t] * 10 + UNIT[nxt]))
                i += 2
            else:
                out.append(str(TENV[t] * 10))
                i += 1
        elif t in NATOW:
            out.append(NATOW[t])
            i += 1
        elif len(t) == 1:
            out.append(t.upper())
            i += 1
        else:
            raise ValueError("unknown token %r in %r" % (t, s))
    return "".join(out)


def email_norm(s):
    if "@" in s:
        return s.lower()
    toks = s.lower().split()
    m = {"dot": ".", "at": "@", "underscore": "_", "dash": "-", "hyphen": "-", "period": "."}
    out = []
    for t in toks:
        t = t.strip(",")
        if t in m:
            out.append(m[t])
        elif t in UNIT:
            out.append(str(UNIT[t]))
        elif t in FILL:
            continue
        else:
            out.append(t)
    return "".join(out)


def luhn_ok(d):
    tot = 0
    for i, ch in enumerate(reversed(d)):
        n = int(ch)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        tot += n
    return tot % 10 == 0


def iban_ok(s):
    s = s.upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in r)
    return int(num) % 97 == 1


MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
MON3 = [m[:3] for m in MONTHS]
STREET_WORDS = ["road", "street", "lane", "avenue", "close", "drive", "crescent", "terrace",
                "way", "place", "gardens", "court", "rd", "st", "ave", "park", "row", "hill",
                "green", "grove", "walk", "square", "boulevard", "blvd", "view", "mews"]


def dateish_ok(s):
    low = s.lower()
    if any(m in low for m in MON3):
        return True
    if any(re.search(r"\b%s\b" % o, low) for o in ORD):
        return True
    if re.search(r"\d{1,2}\s*[/.\- ]\s*\d{1,2}(\s*[/.\- ]\s*\d{2,4})?", s):
        return True
    try:
        n = spoken_norm(s)
    except ValueError:
        return False
    return bool(re.fullmatch(r"\d{3,8}", n))


def validate(typ, text):
    if typ == "EMAIL":
        return bool(re.fullmatch(r"[a-z0-9._+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+", email_norm(text)))
    if typ == "ADDRESS":
        low = text.lower()
        has_num = bool(re.search(r"\d", low)) or any(w in low.split() for w in
                                                      list(UNIT) + TEENS + list(TENV) + ["hundred"])
        return has_num and any(re.search(r"\b%s\b" % w, low) for w in STREET_WORDS)
    if typ in ("DOB", "EXPIRY"):
        return dateish_ok(text)
    n = spoken_norm(text)
    if typ == "CARD_NUMBER":
        return n.isdigit() and 13 <= len(n) <= 19 and luhn_ok(n)
    if typ == "CVV":
        return n.isdigit() and len(n) in (3, 4)
    if typ == "SSN":
        return n.isdigit() and len(n) == 9 and n[:3] not in ("000", "666") and n[0] != "9"
    if typ == "NI_NUMBER":
        return bool(re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", n))
    if typ == "SORT_CODE":
        return n.isdigit() and len(n) == 6
    if typ == "BANK_ACCOUNT":
        return n.isdigit() and 6 <= len(n) <= 12
    if typ == "IBAN":
        return iban_ok(n)
    if typ == "PHONE":
        return bool(re.fullmatch(r"(\+|00)?\d{10,13}", n))
    if typ == "POSTCODE":
        return bool(re.fullmatch(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}", n)
                    or re.fullmatch(r"\d{5}(\d{4})?", n)
                    or re.fullmatch(r"([AC-FHKNPRTV-Y]\d{2}|D6W)[0-9AC-FHKNPRTV-Y]{4}", n))
    if typ == "FRAGMENT":
        return True
    return False


# ----------------------------------------------------------------------------
# value generators
# ----------------------------------------------------------------------------
def rdig(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def luhn_complete(prefix, length):
    body = prefix + rdig(length - len(prefix) - 1)
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def gen_card():
    kind = R.choices(["visa", "mc", "amex", "disc", "visa13", "maestro19", "mc2"],
                     [30, 25, 12, 8, 3, 6, 8])[0]
    if kind == "visa":
        return luhn_complete("4" + rdig(1), 16), [4, 4, 4, 4]
    if kind == "mc":
        return luhn_complete(R.choice(["51", "52", "53", "54", "55"]), 16), [4, 4, 4, 4]
    if kind == "mc2":
        return luhn_complete("22" + str(R.randint(21, 99)), 16), [4, 4, 4, 4]
    if kind == "amex":
        return luhn_complete(R.choice(["34", "37"]), 15), [4, 6, 5]
    if kind == "disc":
        return luhn_complete("6011", 16), [4, 4, 4, 4]
    if kind == "visa13":
        return luhn_complete("4", 13), [4, 3, 3, 3]
    return luhn_complete(R.choice(["6759", "6761", "5018"]), 19), [4, 4, 4, 4, 3]


def gen_ssn():
    area = R.choice([R.randint(1, 665), R.randint(667, 899)])
    return "%03d%02d%04d" % (area, R.randint(1, 99), R.randint(1, 9999))


NI_A = "ABCEGHJKLMNOPRSTWXYZ"
NI_B = "ABCEGHJKLMNPRSTWXYZ"


def gen_ni():
    while True:
        p = R.choice(NI_A) + R.choice(NI_B)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ") and "O" not in p:
            return p + rdig(6) + R.choice("ABCD")


def iban_make(cc, bban):
    r = bban + cc + "00"
    num = "".join(str(int(c, 36)) for c in r)
    chk = 98 - int(num) % 97
    return "%s%02d%s" % (cc, chk, bban)


def gen_iban():
    cc = R.choices(["GB", "IE", "DE", "FR", "NL", "ES", "IT"], [5, 6, 3, 2, 2, 2, 1])[0]
    if cc in ("GB", "IE"):
        bank = R.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"] if cc == "GB"
                        else ["AIBK", "BOFI", "IPBS", "ULSB"])
        return iban_make(cc, bank + rdig(14))
    if cc == "DE":
        return iban_make(cc, rdig(18))
    if cc == "FR":
        return iban_make(cc, rdig(23))
    if cc == "NL":
        return iban_make(cc, R.choice(["ABNA", "RABO", "INGB"]) + rdig(10))
    if cc == "ES":
        return iban_make(cc, rdig(20))
    return iban_make(cc, "X" + rdig(10) + rdig(12))


def gen_uk_mobile():
    return "07" + R.choice(["7", "8", "9", "4", "5"]) + rdig(8)


def gen_uk_land():
    return R.choice(["020" + R.choice("378") + rdig(7), "0161" + rdig(7), "0131" + rdig(7),
                     "0113" + rdig(7), "02890" + rdig(6), "0117" + rdig(7), "01632" + rdig(6),
                     "0141" + rdig(7), "029" + "20" + rdig(6)])


def gen_ie_mobile():
    return "08" + R.choice("3567") + rdig(7)


UK_OUT = ["SW1A", "M14", "LS6", "B15", "EH3", "G12", "CF10", "BT9", "NE1", "L17", "BS8",
          "CB2", "SE15", "N7", "E17", "W5", "NW3", "KY16", "AB10", "PL4", "EX4", "SO17",
          "DY1", "BT47", "LL57", "NR2", "HU5", "S10", "YO10", "TN2", "M20", "CH41"]
INWARD_L = "ABDEFGHJLNPQRSTUWXYZ"
EIR_KEYS = ["D02", "D6W", "A65", "T12", "H91", "V94", "X91", "F92", "R95", "Y35", "P31",
            "K78", "W23", "E91", "N37", "D08", "D15", "T23", "H54", "A98"]
EIR_CH = "ACDEFHKNPRTVWXY0123456789"


def gen_uk_pc():
    return R.choice(UK_OUT) + str(R.randint(0, 9)) + R.choice(INWARD_L) + R.choice(INWARD_L)


def gen_eir():
    while True:
        u = "".join(R.choice(EIR_CH) for _ in range(4))
        if u[0].isalpha() and any(c.isdigit() for c in u):
            return R.choice(EIR_KEYS), u


def fmt_uk_pc(pc):
    return pc[:-3] + " " + pc[-3:]


FIRST = ["siobhan", "gareth", "aoife", "callum", "priya", "declan", "niamh", "tomasz", "rhys",
         "fiona", "kwame", "eilidh", "padraig", "chloe", "hamish", "maria", "jo", "liam",
         "grainne", "oluwaseun", "bethan", "ciaran", "sam", "ruth"]
LAST = ["o'brien", "mcallister", "evans", "murphy", "patel", "nowak", "fitzgerald", "campbell",
        "doyle", "price", "mensah", "kelly", "macleod", "byrne", "hughes", "walsh", "okafor"]
STREETS = ["mill lane", "station road", "church street", "the crescent", "victoria avenue",
           "harbour view", "orchard close", "bridge street", "kings drive", "castle terrace",
           "riverside way", "main street", "ashgrove park", "meadow gardens", "primrose hill",
           "college green", "belmont road", "st john's place", "high street", "fern walk"]
IE_STREETS = ["main street", "the green", "abbey road", "strand street", "ballymun road",
              "college road", "old youghal road", "seafield court", "oak park", "castle view"]
TOWNS_UK = ["Leeds", "Cardiff", "Belfast", "Glasgow", "Manchester", "Norwich", "Hull",
            "Bristol", "Swansea", "Aberdeen", "Newcastle", "Bangor", "Sheffield", "York"]
TOWNS_IE = ["Dublin", "Cork", "Galway", "Limerick", "Waterford", "Sligo", "Kilkenny", "Athlone"]
US_STREETS = ["Maple Avenue", "W 34th St", "Oak Street", "Sunset Blvd", "Lakeview Drive",
              "Pine Ridge Road", "Elm Court"]
US_TOWNS = ["Austin, TX", "Columbus, OH", "Portland, OR", "Tampa, FL", "Denver, CO", "Boston, MA"]
DOMAINS = ["gmail.com", "hotmail.co.uk", "yahoo.ie", "outlook.com", "btinternet.com",
           "eircom.net", "icloud.com", "sky.com", "protonmail.com", "live.ie"]
BACK = ["mhm", "go on", "yep", "okay", "uh huh", "right", "yeah", "lovely", "got that", "ok go ahead"]
INDUSTRY = ["banking", "telecom", "utilities", "retail", "insurance", "travel",
            "healthcare billing", "government services"]
ORGS = {"banking": ["Harbour Bank", "Northfield Building Society", "Celtic Credit Union"],
        "telecom": ["Skyline Mobile", "Emerald Broadband", "Vox Telecom"],
        "utilities": ["Brightwater Energy", "Irish Gas Networks", "Thames Vale Water"],
        "retail": ["Hendersons", "Parcel&Co", "Bloom Home"],
        "insurance": ["Shieldline Insurance", "Claddagh Assurance", "Pennine Motor Cover"],
        "travel": ["AerLinna", "Northern Rail Tours", "Sunway Holidays"],
        "healthcare billing": ["St Mary's Clinic billing", "MedBill Services", "Riverside Dental"],
        "government services": ["the Pension Service", "Revenue Online", "the DVLA helpline"]}


def org():
    ind = R.choice(INDUSTRY)
    return ind, R.choice(ORGS[ind])


# ----------------------------------------------------------------------------
# case builder
# ----------------------------------------------------------------------------
class Case:
    def __init__(self, kind, note):
        self.kind = kind
        self.note = note
        self.turns = []  # (speaker, [segments])
        self.gid = 0

    def t(self, speaker, *segs):
        self.turns.append((speaker, list(segs)))

    def g(self):
        self.gid += 1
        return self.gid

    def build(self, cid):
        turns, spans, groups = [], [], {}
        for ti, (sp, segs) in enumerate(self.turns):
            text = ""
            for s in segs:
                if isinstance(s, str):
                    text += s
                else:
                    val, typ, grp = s
                    st = len(text)
                    text += val
                    if typ != "FRAGMENT_NOLABEL":
                        lab = "CARD_NUMBER" if typ == "FRAGMENT" else typ
                        spans.append({"turn": ti, "start": st, "end": len(text), "type": lab})
                        groups.setdefault(grp, (typ, []))[1].append(val)
            turns.append({"speaker": sp, "text": text.rstrip()})
        return {"id": cid, "kind": self.kind, "turns": turns, "spans": spans,
                "note": self.note}, groups


def V(val, typ, grp):
    return (val, typ, grp)


def fill():
    return R.choice(["", "", "", "um ", "uh ", "er ", "erm "])


def greet(c, org_name):
    c.t("agent", R.choice(["Thanks for calling %s, you're speaking with %s, how can I help?",
                           "Hi, welcome to %s chat. I'm %s, what can I do for you today?",
                           "good afternoon %s %s speaking how can i help"]) %
        (org_name, R.choice(["Dermot", "Sinead", "Alex", "Gemma", "Raj", "Moira"]).capitalize()))


def split_groups(n, parts):
    """split n characters into `parts` roughly equal groups"""
    base = [n // parts] * parts
    for i in range(n % parts):
        base[i] += 1
    return base


def odd_groups(n):
    opts = []
    for sizes in ([4] * (n // 4) + ([n % 4] if n % 4 else []),
                  [3] * (n // 3) + ([n % 3] if n % 3 else []),
                  [2] * (n // 2) + ([1] if n % 2 else [])):
        opts.append(sizes)
    x = R.choice(opts)
    if R.random() < 0.3 and n >= 8:
        a = R.randint(2, 5)
        b = R.randint(2, 5)
        x = [a, b] + split_groups(n - a - b, max(1, (n - a - b) // 4))
    return [g for g in x if g]


def typed_digits(s, groups, seps=(" ", "-", "", ".", "  ")):
    sep = R.choice(seps)
    return sep.join(chunks(s, groups))


# ---------------------- EXPIRY / CVV / DOB renderers ----------------------
def gen_expiry():
    return R.randint(1, 12), R.randint(25, 31)


def typed_expiry(m, y):
    return R.choice(["%02d/%02d" % (m, y), "%d/%02d" % (m, y), "%02d-20%02d" % (m, y),
                     "%02d / %02d" % (m, y), "%s %d" % (MONTHS[m - 1][:3].capitalize(), 2000 + y),
                     "%02d/20%02d" % (m, y)])


def spoken_expiry(m, y):
    mm = "%02d" % m
    yy = "%02d" % y
    z = R.choice(["oh", "nought", "zero"])
    return R.choice([say_digits(mm, z, doubles=False) + " " + say_pair(yy, z),
                     MONTHS[m - 1] + " twenty " + say_pair(yy, z),
                     MONTHS[m - 1] + " " + say_pair(yy, z),
                     say_digits(mm, z, doubles=False) + " " + say_digits(yy, z, doubles=False),
                     "end of " + MONTHS[m - 1] + " " + say_pair(yy, z)])


ORD = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
       "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
       "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty first", "twenty second",
       "twenty third", "twenty fourth", "twenty fifth", "twenty sixth", "twenty seventh",
       "twenty eighth"]


def gen_dob():
    return R.randint(1, 28), R.randint(1, 12), R.randint(1938, 2006)


def year_words(y):
    if y >= 2000:
        return R.choice(["two thousand and " + (WORDS[y - 2000] if y < 2010 else say_pair(str(y)[2:], "oh")),
                         "twenty " + say_pair(str(y)[2:], "oh")])
    return "nineteen " + say_pair(str(y)[2:], "oh")


def typed_dob(d, m, y):
    return R.choice(["%02d/%02d/%d" % (d, m, y), "%d.%d.%d" % (d, m, y),
                     "%d %s %d" % (d, MONTHS[m - 1].capitalize(), y),
                     "%s %d, %d" % (MONTHS[m - 1].capitalize(), d, y),
                     "%02d-%02d-%d" % (d, m, y), "%d/%d/%02d" % (d, m, y % 100),
                     "%d%s %s %d" % (d, "th" if d not in (1, 2, 3, 21, 22, 23) else
                                     {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}[d],
                                     MONTHS[m - 1][:3].capitalize(), y)])


def spoken_dob(d, m, y):
    z = R.choice(["oh", "nought", "zero"])
    return R.choice(["the %s of %s %s" % (ORD[d - 1], MONTHS[m - 1], year_words(y)),
                     "%s the %s %s" % (MONTHS[m - 1], ORD[d - 1], year_words(y)),
                     "%s %s %s" % (ORD[d - 1], MONTHS[m - 1], year_words(y)),
                     "%s %s %s" % (say_digits("%02d" % d, z, False), say_digits("%02d" % m, z, False),
                                   year_words(y)),
                     "%s of the %s %s" % (ORD[d - 1], ["first", "second", "third", "fourth", "fifth",
                                                        "sixth", "seventh", "eighth", "ninth", "tenth",
                                                        "eleventh", "twelfth"][m - 1], say_pair(str(y)[2:], z))])


# ----------------------------------------------------------------------------
# positive templates
# ----------------------------------------------------------------------------
def p_card_typed():
    ind, o = org()
    c = Case("positive", "typed chat card payment (%s)" % ind)
    card, grp = gen_card()
    groups = grp if R.random() < 0.6 else odd_groups(len(card))
    shown = typed_digits(card, groups)
    greet(c, o)
    lead = R.choice(["card no: ", "card number is ", "Card # ", "ok its ", "long number - ",
                     "here u go ", "CARD:", "pan "])
    c.t("customer", R.choice(["I want to pay my bill. ", "need to settle the balance pls ",
                              "", "paying the deposit. "]), lead, V(shown, "CARD_NUMBER", c.g()),
        R.choice(["", " thanks", ".", " (visa debit)"]))
    m, y = gen_expiry()
    c.t("agent", "Thanks. Can you confirm the expiry date and the security code on the back?")
    cvv = rdig(4 if card.startswith("3") else 3)
    c.t("customer", R.choice(["exp ", "expires ", "valid til ", "expiry: "]), V(typed_expiry(m, y), "EXPIRY", c.g()),
        R.choice([" and cvv ", ", code ", " / security code is ", " cvc "]), V(cvv, "CVV", c.g()))
    if R.random() < 0.4:
        c.t("agent", "Perfect, that payment has gone through on the card ending %s." % card[-4:],
            )
        # full card was read in this case, so the last four IS labelled
        seg = c.turns[-1][1]
        c.turns[-1] = ("agent", ["Perfect, that payment has gone through on the card ending ",
                                 V(card[-4:], "FRAGMENT", c.g()), "."])
        c.note += "; last-four after full read is labelled"
    return c


def p_card_asr_split():
    ind, o = org()
    c = Case("positive", "ASR card read over several turns with back-channels (%s)" % ind)
    card, grp = gen_card()
    if R.random() < 0.35:
        grp = odd_groups(len(card))
    greet(c, o)
    c.t("customer", R.choice(["yeah i just want to pay what i owe", "hiya i'm ringing to make a payment",
                              "hi um i need to pay for the booking", "i'd like to pay off the arrears"]))
    c.t("agent", R.choice(["no problem can i take the long card number please",
                           "sure what's the sixteen digit number on the front of the card",
                           "okay when you're ready the card number"]))
    pieces = chunks(card, grp)
    # combine pieces into 2-4 customer turns
    nturn = min(len(pieces), R.randint(2, 4))
    sizes = split_groups(len(pieces), nturn)
    z = R.choice(["oh", "nought", "zero", "o"])
    k = 0
    grp_id = c.g()
    for ti, sz in enumerate(sizes):
        part = "".join(pieces[k:k + sz])
        text = say_number(part, grp[k:k + sz], fillers=0.3, zero=z)
        k += sz
        pre = R.choice(["", "", "it's ", "right ", "okay "]) if ti == 0 else R.choice(["", "", "then "])
        post = R.choice(["", "", " ... ", " yeah"])
        c.t("customer", pre, V(text, "CARD_NUMBER", grp_id), post)
        if ti < len(sizes) - 1:
            c.t("agent", R.choice(BACK))
    if R.random() < 0.55:
        rb = say_number(card, grp, zero=R.choice(["oh", "zero"]))
        c.t("agent", R.choice(["so that's ", "let me read that back ", "just to confirm "]),
            V(rb, "CARD_NUMBER", c.g()), R.choice([" is that right", "?", " correct"]))
        c.t("customer", R.choice(["yes that's it", "yep", "that's right yeah"]))
        c.note += "; agent read-back"
    m, y = gen_expiry()
    c.t("agent", "and the expiry")
    c.t("customer", fill(), V(spoken_expiry(m, y), "EXPIRY", c.g()))
    c.t("agent", R.choice(["and the last three digits on the signature strip",
                           "and the security number on the back"]))
    cvv = rdig(4 if card.startswith("3") else 3)
    c.t("customer", R.choice(["", "it's ", "that's "]), V(say_number(cvv, [len(cvv)]), "CVV", c.g()))
    return c


def p_card_correction():
    ind, o = org()
    c = Case("positive", "ASR card reading with correction / restart and aside (%s)" % ind)
    card, grp = gen_card()
    greet(c, o)
    c.t("agent", "can i take the card number")
    wrong = card[:4] + rdig(3)
    z = R.choice(["oh", "nought"])
    c.t("customer", V(say_number(wrong, [4, 3], zero=z), "FRAGMENT", c.g()),
        R.choice([" no sorry hang on i've read that wrong ", " ... wait no that's my old card, ",
                  " oh god sorry let me start again "]))
    c.t("agent", R.choice(["no worries take your time", "that's fine from the start"]))
    g = c.g()
    half = len(grp) // 2
    a = "".join(chunks(card, grp)[:half])
    b = card[len(a):]
    c.t("customer", V(say_number(a, grp[:half], fillers=0.4, zero=z), "CARD_NUMBER", g),
        R.choice([" ... sorry the dog's going mad here ... ", " hold on i need my glasses ... right ",
                  " ... hang on kids are shouting ... okay "]),
        V(say_number(b, grp[half:], fillers=0.4, zero=z), "CARD_NUMBER", g))
    c.t("agent", "lovely and the expiry date")
    m, y = gen_expiry()
    c.t("customer", V(spoken_expiry(m, y), "EXPIRY", c.g()))
    return c


def p_ssn():
    ind, o = org()
    ind = R.choice(["banking", "healthcare billing", "insurance", "government services", "telecom"])
    o = R.choice(ORGS[ind])
    ssn = gen_ssn()
    c = Case("positive", "US SSN (%s)" % ind)
    greet(c, o)
    mode = R.random()
    if mode < 0.4:
        c.note += ", typed"
        shown = R.choice(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s.%s.%s", "%s - %s - %s"]) % (ssn[:3], ssn[3:5], ssn[5:])
        c.t("customer", R.choice(["SSN: ", "my social is ", "ssn# ", "Social Security No. ", "ss number "]),
            V(shown, "SSN", c.g()), R.choice(["", ", DOB 1/2/80 is on file too", " thx"]))
        if "DOB" in c.turns[-1][1][-1]:
            c.turns[-1] = ("customer", c.turns[-1][1][:-1] + [""])
        c.t("agent", "Thank you, I've located your account.")
    elif mode < 0.75:
        c.note += ", spoken one turn"
        c.t("agent", "for verification can i get your social security number")
        c.t("customer", R.choice(["sure it's ", "yeah ", "uh ", "okay so it's "]),
            V(say_number(ssn, [3, 2, 4], fillers=0.3), "SSN", c.g()))
        if R.random() < 0.5:
            c.t("agent", "thank you that's ", V(say_number(ssn, [3, 2, 4]), "SSN", c.g()), " right")
            c.t("customer", "correct")
            c.note += " + read-back"
    else:
        c.note += ", spoken split across turns"
        c.t("agent", "and your social please")
        g = c.g()
        c.t("customer", V(say_number(ssn[:3], [3]), "SSN", g))
        c.t("agent", R.choice(BACK))
        c.t("customer", V(say_number(ssn[3:5], [2]), "SSN", g))
        c.t("agent", R.choice(BACK))
        c.t("customer", V(say_number(ssn[5:], R.choice([[4], [2, 2]])), "SSN", g), R.choice(["", " that's it"]))
    if R.random() < 0.4:
        d, m, y = gen_dob()
        c.t("agent", "and your date of birth")
        c.t("customer", V(spoken_dob(d, m, y) if "typed" not in c.note else typed_dob(d, m, y), "DOB", c.g()))
    return c


def ni_spoken(ni):
    z = R.choice(["oh", "nought", "zero", "o"])
    letters1 = say_alnum(ni[:2], (0.5, 0.3, 0.2))
    num = ni[2:8]
    numg = R.choice([[2, 2, 2], [3, 3], [6], [2, 4], [4, 2]])
    nums = say_number(num, numg, fillers=0.2, zero=z)
    last = say_alnum(ni[8], (0.6, 0.25, 0.15))
    return letters1, nums, last


def p_ni():
    ind = R.choice(["government services", "banking", "insurance", "utilities", "healthcare billing"])
    o = R.choice(ORGS[ind])
    ni = gen_ni()
    c = Case("positive", "UK NI number (%s)" % ind)
    greet(c, o)
    mode = R.random()
    if mode < 0.35:
        c.note += ", typed"
        shown = R.choice([ni, ni.lower(), "%s %s %s %s %s" % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8]),
                          "%s-%s-%s" % (ni[:2], ni[2:8], ni[8]), "%s %s %s" % (ni[:2], ni[2:8], ni[8].lower()),
                          ni[:2].capitalize() + ni[2:]])
        c.t("customer", R.choice(["NI no: ", "my national insurance is ", "NINO ", "N.I. number - ",
                                  "ni num ", "NI:"]), V(shown, "NI_NUMBER", c.g()),
            R.choice(["", " thanks", ". I'm on universal credit if that matters"]))
        c.t("agent", "Thanks, that matches what we hold.")
    elif mode < 0.7:
        c.note += ", spoken with letters and regional number habits"
        l1, nums, last = ni_spoken(ni)
        c.t("agent", "can you give me your national insurance number")
        c.t("customer", R.choice(["aye it's ", "yeah so it's ", "", "right it's ", "hang on ... "]),
            V(l1 + " " + nums + " " + last, "NI_NUMBER", c.g()))
        if R.random() < 0.5:
            c.t("agent", "so ", V(say_alnum(ni[:2], (0, 1, 0)) + " " + say_number(ni[2:8], [2, 2, 2], zero="zero")
                                  + " " + say_alnum(ni[8], (0, 1, 0)), "NI_NUMBER", c.g()), " yes")
            c.t("customer", R.choice(["that's the one", "yes", "spot on"]))
            c.note += " + NATO read-back"
    else:
        c.note += ", spoken split over turns"
        l1, nums, last = ni_spoken(ni)
        g = c.g()
        c.t("agent", "and your NI number please")
        c.t("customer", R.choice(["okay it starts ", "", "first two letters are "]), V(l1, "NI_NUMBER", g))
        c.t("agent", R.choice(BACK))
        c.t("customer", V(nums, "NI_NUMBER", g))
        c.t("agent", R.choice(["and the letter at the end", "mhm", "and the last letter"]))
        c.t("customer", R.choice(["", "it's ", "just "]), V(last, "NI_NUMBER", g))
    if R.random() < 0.35:
        pc = gen_uk_pc()
        c.t("agent", "and the postcode")
        c.t("customer", V(fmt_uk_pc(pc) if "typed" in c.note else say_alnum(pc, zero=R.choice(["oh", "nought"])),
                          "POSTCODE", c.g()))
    return c


def p_bank_uk():
    ind = R.choice(["banking", "utilities", "telecom", "insurance", "government services"])
    o = R.choice(ORGS[ind])
    sc = rdig(6)
    acct = rdig(8)
    c = Case("positive", "UK sort code + account for direct debit (%s)" % ind)
    greet(c, o)
    if R.random() < 0.4:
        c.note += ", typed"
        scs = R.choice(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s/%s/%s"]) % (sc[:2], sc[2:4], sc[4:])
        accs = R.choice([acct, acct[:4] + " " + acct[4:], "-".join(chunks(acct, [3, 3, 2]))])
        c.t("customer", R.choice(["set up DD pls. ", "new bank details: ", ""]),
            R.choice(["sort code ", "s/c: ", "SC "]), V(scs, "SORT_CODE", c.g()),
            R.choice([" acct no: ", ", account ", " a/c ", " / acc number "]), V(accs, "BANK_ACCOUNT", c.g()))
        c.t("agent", "Thanks, the direct debit will start next month.")
    else:
        c.note += ", spoken"
        c.t("agent", "what's the sort code")
        z = R.choice(["oh", "nought", "zero", "o"])
        scw = say_number(sc, R.choice([[2, 2, 2], [6], [3, 3]]), zero=z, fillers=0.2)
        c.t("customer", R.choice(["", "it's ", "erm "]), V(scw, "SORT_CODE", c.g()))
        c.t("agent", "and the account number")
        if R.random() < 0.5:
            g = c.g()
            c.t("customer", V(say_number(acct[:4], [4], zero=z), "BANK_ACCOUNT", g))
            c.t("agent", R.choice(BACK))
            c.t("customer", V(say_number(acct[4:], R.choice([[4], [2, 2]]), zero=z), "BANK_ACCOUNT", g))
        else:
            c.t("customer", R.choice(["", "right ", "it's "]),
                V(say_number(acct, R.choice([[4, 4], [3, 3, 2], [2, 2, 2, 2], [8]]), zero=z, fillers=0.2),
                  "BANK_ACCOUNT", c.g()))
        if R.random() < 0.5:
            c.t("agent", "so sort code ", V(say_number(sc, [2, 2, 2], zero="zero"), "SORT_CODE", c.g()),
                " account ", V(say_number(acct, [4, 4], zero="zero"), "BANK_ACCOUNT", c.g()))
            c.t("customer", "yep")
    return c


def p_iban():
    ind = R.choice(["banking", "travel", "insurance", "retail"])
    o = R.choice(ORGS[ind])
    ib = gen_iban()
    c = Case("positive", "IBAN %s (%s)" % (ib[:2], ind))
    greet(c, o)
    if R.random() < 0.55:
        c.note += ", typed"
        shown = R.choice([" ".join(ib[i:i + 4] for i in range(0, len(ib), 4)), ib, ib.lower(),
                          ib[:4] + " " + ib[4:]])
        c.t("customer", R.choice(["pls refund to IBAN ", "IBAN: ", "my iban is ", "bank (IBAN) "]),
            V(shown, "IBAN", c.g()), R.choice(["", " thanks", ", BIC on request"]))
        c.t("agent", "Thank you, refunds take 3 to 5 working days.")
    else:
        c.note += ", spoken split"
        z = R.choice(["oh", "nought", "zero"])
        g = c.g()
        c.t("agent", "can you read me the IBAN")
        head = ib[:4]
        c.t("customer", V(say_alnum(head[:2], (0.5, 0.5, 0)) + " " + say_number(head[2:], [2], zero=z), "IBAN", g))
        c.t("agent", R.choice(BACK))
        rest = ib[4:]
        parts = [rest[i:i + 8] for i in range(0, len(rest), 8)]
        for pi, p in enumerate(parts):
            txt = " ".join(say_alnum(x, (0.3, 0.7, 0), zero=z) if x.isalpha() else say_number(x, [len(x)], zero=z)
                           for x in re.findall(r"[A-Z]+|\d+", p))
            c.t("customer", V(txt, "IBAN", g))
            if pi < len(parts) - 1:
                c.t("agent", R.choice(BACK))
    return c


def phone_typed(num, kind):
    if kind == "ukm":
        return R.choice([num[:5] + " " + num[5:], num, "+44 " + num[1:5] + " " + num[5:],
                         "+44 (0)" + num[1:5] + " " + num[5:], num[:5] + "-" + num[5:8] + "-" + num[8:],
                         "0044" + num[1:]])
    if kind == "ukl":
        n = num
        if n.startswith("02"):
            return R.choice([n[:3] + " " + n[3:7] + " " + n[7:], "(" + n[:3] + ") " + n[3:7] + " " + n[7:],
                             "+44 " + n[1:3] + " " + n[3:7] + " " + n[7:]])
        return R.choice([n[:5] + " " + n[5:], "+44 " + n[1:5] + " " + n[5:], n[:4] + " " + n[4:7] + " " + n[7:]])
    if kind == "iem":
        return R.choice([num[:3] + " " + num[3:6] + " " + num[6:], "+353 " + num[1:3] + " " + num[3:],
                         "00353 " + num[1:], num[:3] + "-" + num[3:]])
    return R.choice(["(%s) %s-%s" % (num[:3], num[3:6], num[6:]), "%s-%s-%s" % (num[:3], num[3:6], num[6:]),
                     "+1 %s %s %s" % (num[:3], num[3:6], num[6:]), "%s.%s.%s" % (num[:3], num[3:6], num[6:])])


def phone_spoken(num, kind):
    z = R.choice(["oh", "oh", "nought", "zero", "o"])
    intl = R.random() < 0.3
    if kind in ("ukm", "ukl"):
        body = num[1:]
        if intl:
            g = [4, 6] if kind == "ukm" else [len(body) - 6, 3, 3]
            return "plus " + say_number("44", [2], style="digits", zero=z) + " " + say_number(body, g, fillers=0.2, zero=z)
        g = R.choice([[5, 6], [5, 3, 3], [4, 3, 4], [3, 4, 4]]) if kind == "ukm" else [len(num) - 6, 3, 3]
        return say_number(num, g, fillers=0.25, zero=z)
    if kind == "iem":
        if intl:
            return "plus three five three " + say_number(num[1:], [2, 3, 4], zero=z)
        return say_number(num, R.choice([[3, 3, 4], [3, 7], [3, 4, 3]]), fillers=0.25, zero=z)
    if intl:
        return "plus one " + say_number(num, [3, 3, 4], zero=z)
    return say_number(num, [3, 3, 4], fillers=0.2, zero=z)


def gen_phone():
    kind = R.choices(["ukm", "ukl", "iem", "us"], [40, 25, 22, 13])[0]
    if kind == "ukm":
        return kind, gen_uk_mobile()
    if kind == "ukl":
        return kind, gen_uk_land()
    if kind == "iem":
        return kind, gen_ie_mobile()
    return kind, str(R.randint(201, 989)) + "555" + "01" + rdig(2)


def p_phone():
    ind, o = org()
    kind, num = gen_phone()
    c = Case("positive", "phone number %s (%s)" % (kind, ind))
    greet(c, o)
    r = R.random()
    if r < 0.35:
        c.note += ", typed"
        shown = phone_typed(num, kind)
        lead = re.match(r"[^0-9]*", shown).group(0)
        c.t("customer", R.choice(["pls call me back on ", "mob: ", "Tel ", "best contact no. is ",
                                  "my new number - ", "ph:"]), lead, V(shown[len(lead):], "PHONE", c.g()),
            R.choice(["", " after 6pm", ", ta", " (whatsapp too)"]))
        c.t("agent", "Noted, I'll update your contact details.")
    elif r < 0.7:
        c.note += ", spoken"
        c.t("agent", "what's the best number to reach you on")
        c.t("customer", R.choice(["", "it's ", "so it's ", "the mobile's "]), V(phone_spoken(num, kind), "PHONE", c.g()))
        if R.random() < 0.5:
            c.t("agent", "that's ", V(say_number(num, [5, 6] if len(num) == 11 else [3, 3, len(num) - 6], zero="oh"),
                                      "PHONE", c.g()), "?")
            c.t("customer", "yeah that's me")
            c.note += " + read-back"
    else:
        c.note += ", spoken split over turns"
        g = c.g()
        c.t("agent", "and a contact number")
        cut = R.choice([3, 4, 5])
        z = R.choice(["oh", "nought", "zero"])
        c.t("customer", V(say_number(num[:cut], [cut], zero=z), "PHONE", g))
        c.t("agent", R.choice(BACK))
        rest = num[cut:]
        c.t("customer", V(say_number(rest, split_groups(len(rest), 2), fillers=0.3, zero=z), "PHONE", g),
            R.choice(["", " ... that's the landline mind", " yeah"]))
    return c


def email_spoken(user, dom):
    out = []
    for tok in re.findall(r"[a-z]+|\d|[._-]", user):
        if tok == ".":
            out.append("dot")
        elif tok == "_":
            out.append("underscore")
        elif tok == "-":
            out.append("dash")
        elif tok.isdigit():
            out.append(WORDS[int(tok)])
        elif len(tok) <= 2 or R.random() < 0.2:
            out.append(" ".join(tok))
        else:
            out.append(tok)
    return " ".join(out) + " at " + dom.replace(".", " dot ")


def p_email():
    ind, o = org()
    f, l = R.choice(FIRST), R.choice(LAST).replace("'", "")
    user = R.choice([f + "." + l, f[0] + "." + l, f + l + str(R.randint(1, 99)), f + "_" + l[:4],
                     l + f[0] + str(R.randint(60, 99)), f + "-" + l])
    dom = R.choice(DOMAINS)
    c = Case("positive", "email (%s)" % ind)
    greet(c, o)
    if R.random() < 0.5:
        c.note += ", typed"
        em = user + "@" + dom
        em = R.choice([em, em.capitalize(), em.upper() if R.random() < 0.2 else em])
        c.t("customer", R.choice(["email: ", "send it to ", "my email is ", "e-mail "]), V(em, "EMAIL", c.g()),
            R.choice(["", " please", ". thx"]))
        c.t("agent", "Done, the receipt is on its way.")
    else:
        c.note += ", spoken"
        c.t("agent", "can i get an email address for the confirmation")
        c.t("customer", R.choice(["yeah it's ", "", "so it's "]), V(email_spoken(user, dom), "EMAIL", c.g()),
            R.choice(["", " all lower case", " all one word"]))
    return c


def p_dob():
    ind, o = org()
    d, m, y = gen_dob()
    c = Case("positive", "date of birth (%s)" % ind)
    greet(c, o)
    if R.random() < 0.45:
        c.note += ", typed"
        c.t("customer", R.choice(["DOB ", "d.o.b: ", "born ", "date of birth is "]), V(typed_dob(d, m, y), "DOB", c.g()))
        c.t("agent", "Thanks, you're verified.")
    else:
        c.note += ", spoken"
        c.t("agent", "can i take your date of birth")
        c.t("customer", R.choice(["", "it's ", "um ", "yeah "]), V(spoken_dob(d, m, y), "DOB", c.g()))
        if R.random() < 0.3:
            c.t("agent", "so ", V("%02d/%02d/%d" % (d, m, y), "DOB", c.g()), " on the system yeah")
            c.t("customer", "yep")
    return c


def p_address():
    country = R.choices(["uk", "ie", "us"], [45, 35, 20])[0]
    ind, o = org()
    c = Case("positive", "address + postcode %s (%s)" % (country, ind))
    greet(c, o)
    typed = R.random() < 0.45
    if country == "uk":
        num = R.randint(1, 240)
        street = R.choice(STREETS)
        pc = gen_uk_pc()
        town = R.choice(TOWNS_UK)
        flat = R.random() < 0.3
        if typed:
            addr = ("Flat %d, " % R.randint(1, 30) if flat else "") + "%d %s" % (num, street.title())
            c.t("customer", R.choice(["new address: ", "I've moved to ", "deliver to "]), V(addr, "ADDRESS", c.g()),
                ", %s, " % town, V(R.choice([fmt_uk_pc(pc), pc, fmt_uk_pc(pc).lower()]), "POSTCODE", c.g()))
        else:
            numw = say_number(str(num), [len(str(num))], style=R.choice(["pairs", "hundred", "digits"]))
            addr = ("flat " + WORDS[R.randint(1, 9)] + ", " if flat else "") + numw + " " + street
            c.t("agent", "what's the first line of the address")
            c.t("customer", R.choice(["", "it's ", "erm "]), V(addr, "ADDRESS", c.g()), " in %s" % town.lower())
            c.t("agent", "and the postcode")
            c.t("customer", V(say_alnum(pc, zero=R.choice(["oh", "nought", "zero"])), "POSTCODE", c.g()))
    elif country == "ie":
        num = R.randint(1, 99)
        street = R.choice(IE_STREETS)
        town = R.choice(TOWNS_IE)
        key, unit = gen_eir()
        if typed:
            c.t("customer", R.choice(["address: ", "Can you update my address to ", "ship to "]),
                V("%d %s" % (num, street.title()), "ADDRESS", c.g()), ", %s, Co. %s, " % (town, town),
                V(R.choice([key + " " + unit, key + unit, (key + " " + unit).lower()]), "POSTCODE", c.g()))
        else:
            c.t("agent", "and your address")
            c.t("customer", V(say_number(str(num), [len(str(num))]) + " " + street, "ADDRESS", c.g()),
                ", %s" % town.lower())
            c.t("agent", "and the eircode")
            g = c.g()
            c.t("customer", V(say_alnum(key, zero="oh"), "POSTCODE", g))
            c.t("agent", R.choice(BACK))
            c.t("customer", V(say_alnum(unit, (0.3, 0.7, 0), zero=R.choice(["oh", "zero"])), "POSTCODE", g))
    else:
        num = R.randint(10, 9999)
        street = R.choice(US_STREETS)
        town = R.choice(US_TOWNS)
        z = rdig(5) if R.random() < 0.7 else rdig(5) + "-" + rdig(4)
        if typed:
            c.t("customer", "Mailing address: ", V("%d %s" % (num, street), "ADDRESS", c.g()), ", %s " % town,
                V(z, "POSTCODE", c.g()))
        else:
            c.t("agent", "what's the street address")
            c.t("customer", V(say_number(str(num), split_groups(len(str(num)), 2 if num > 99 else 1), style="pairs")
                              + " " + street.lower().replace("w 34th st", "west thirty fourth street"),
                              "ADDRESS", c.g()), " " + town.split(",")[0].lower())
            c.t("agent", "zip code")
            c.t("customer", V(say_number(z.replace("-", ""), [5] if len(z) == 5 else [5, 4]), "POSTCODE", c.g()))
    return c


def p_idv_uk():
    """Multi-type UK/Irish ID&V flow: NI or phone + DOB + postcode."""
    ind = R.choice(["banking", "utilities", "insurance", "government services"])
    o = R.choice(ORGS[ind])
    c = Case("positive", "ID&V flow UK/IE caller, several types (%s)" % ind)
    greet(c, o)
    d, m, y = gen_dob()
    c.t("agent", "before we go any further can i take your full date of birth")
    c.t("customer", V(spoken_dob(d, m, y), "DOB", c.g()))
    kind, num = ("ukm", gen_uk_mobile()) if R.random() < 0.6 else ("iem", gen_ie_mobile())
    c.t("agent", "and the mobile number on the account")
    c.t("customer", V(phone_spoken(num, kind), "PHONE", c.g()))
    ni = gen_ni()
    c.t("agent", "and finally your national insurance number")
    l1, nums, last = ni_spoken(ni)
    c.t("customer", V(l1 + " " + nums + " " + last, "NI_NUMBER", c.g()), R.choice(["", " i think", " yeah"]))
    return c


# ----------------------------------------------------------------------------
# negative templates
# ----------------------------------------------------------------------------
def n_case(note):
    return Case("negative", note)


def neg_templates():
    def order_luhn():
        card, grp = gen_card()
        c = n_case("16-digit order number that happens to be Luhn-valid, labelled as order number")
        c.t("customer", R.choice(["order number ", "Order #", "order ref: "]) + typed_digits(card, grp, (" ", "-", "")),
            " hasn't arrived")
        c.t("agent", "Thanks, I can see that order was dispatched on the 3rd.")
        return c

    def order_spoken():
        num = rdig(16)
        c = n_case("order number spoken in card-like groups")
        c.t("agent", "have you got the order number there")
        c.t("customer", "yeah the order number is " + say_number(num, [4, 4, 4, 4], fillers=0.2))
        c.t("agent", "lovely and that was ordered on the fourth of june")
        return c

    def tracking():
        c = n_case("tracking number and parcel weight")
        c.t("customer", "tracking no. " + R.choice(["JD", "RM", "TX"]) + rdig(18) + "GB, it says 2.4kg")
        c.t("agent", "That parcel is out for delivery between 10:00 and 14:00 today.")
        return c

    def last4():
        c = n_case("card last four only (PCI allows), plus amount")
        l4 = rdig(4)
        c.t("agent", R.choice(["is that the visa ending %s", "card ending in %s yeah"]) % say_number(l4, [4]))
        c.t("customer", "yeah the one ending " + R.choice([l4, say_number(l4, [2, 2], style="pairs")]) + " that's fine")
        c.t("agent", "okay i've taken £%d.%02d off that card" % (R.randint(10, 400), R.randint(1, 99)))
        return c

    def balance():
        c = n_case("balances, amounts and percentages")
        c.t("agent", "your balance is £%s,%03d.%02d and the APR is %d.%d%%" %
            (R.randint(1, 19), R.randint(0, 999), R.randint(0, 99), R.randint(3, 29), R.randint(0, 9)))
        c.t("customer", "so if i pay " + say_number(str(R.randint(100, 999)), [3], style="hundred") +
            " pound a month how long is that")
        c.t("agent", "about %d months, so roughly %d years" % (R.randint(12, 60), R.randint(1, 5)))
        return c

    def meter():
        c = n_case("meter reading and meter serial number")
        mr = rdig(5)
        c.t("agent", "can i take a meter reading")
        c.t("customer", "it's " + say_number(mr, [5], zero=R.choice(["nought", "oh"])) + " and the serial on the meter is "
            + "E" + rdig(2) + "Z" + rdig(7))
        c.t("agent", "great that's " + mr + " kilowatt hours logged for today")
        return c

    def times():
        c = n_case("opening hours, times and durations")
        c.t("customer", "what time do you close on saturdays")
        c.t("agent", R.choice(["we're open 8am to 8pm weekdays and nine till five saturday",
                               "lines are open from eight thirty to half six, about a twenty minute wait"]))
        c.t("customer", "and the wait was " + say_number(str(R.randint(20, 59)), [2], style="pairs") + " minutes last time")
        return c

    def flight():
        c = n_case("flight, seat, gate and booking reference")
        c.t("customer", "i'm on flight EI %d tomorrow seat %d%s, booking ref %s" %
            (R.randint(100, 999), R.randint(1, 33), R.choice("ABCDEF"),
             "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ23456789") for _ in range(6))))
        c.t("agent", "that departs gate %d at %02d:%02d, boarding closes 20 minutes before" %
            (R.randint(100, 420), R.randint(5, 22), R.choice([0, 15, 30, 45])))
        return c

    def policy():
        num = rdig(10)
        c = n_case("policy number read like an account number, labelled")
        c.t("agent", "what's your policy number")
        c.t("customer", "policy number " + say_number(num, [3, 3, 4], fillers=0.2, zero=R.choice(["nought", "oh"])))
        c.t("agent", "thanks, the renewal premium is %d pounds" % R.randint(200, 1400))
        return c

    def claim_ref():
        c = n_case("claim reference + invoice number long digit strings")
        c.t("customer", "Claim ref CLM-%s, invoice no. INV%s - total €%d.%02d" %
            (rdig(9), rdig(8), R.randint(50, 3000), R.randint(0, 99)))
        c.t("agent", "Thanks, that claim was logged on 14/03/2024 and is being assessed.")
        return c

    def ages():
        c = n_case("ages, counts, temperatures and years")
        c.t("customer", "my mam is %d and the heating's been stuck at %d degrees since %d" %
            (R.randint(70, 95), R.randint(12, 17), R.randint(2015, 2024)))
        c.t("agent", "sorry to hear that, we've had %d reports in your area this week" % R.randint(3, 60))
        return c

    def appt():
        c = n_case("appointment and payment dates (not DOB)")
        c.t("agent", "your next payment is due on the %s of %s and the engineer is booked for %s" %
            (R.choice(ORD), R.choice(MONTHS), R.choice(["12/11/2025", "Tuesday the 4th", "the 9th at 2pm"])))
        c.t("customer", "and the contract ends " + R.choice(["in march twenty twenty seven", "on 31/08/2026",
                                                             "twenty fourth of may next year"]))
        return c

    def ticket():
        c = n_case("support ticket and case numbers, model and serial")
        c.t("customer", "ticket %s, router model %s, serial number %s" %
            ("#" + rdig(7), R.choice(["HG8245H", "TG789vac", "DSL-2750U"]), rdig(12)))
        c.t("agent", "Thanks, I've linked ticket %s to case %s." % (rdig(7), rdig(8)))
        return c

    def road():
        c = n_case("road names and route numbers")
        c.t("customer", "i'm stuck on the %s near junction %d, there's a queue back to the %s" %
            (R.choice(["M62", "A470", "N7", "M50", "A1(M)", "I-95"]), R.randint(1, 40), R.choice(["M1", "N11", "A38"])))
        c.t("agent", "recovery will be with you in about %d minutes" % R.randint(30, 90))
        return c

    def room():
        c = n_case("hotel room and reservation numbers")
        c.t("customer", "room %d, reservation number %s for %d nights" % (R.randint(100, 999), rdig(11), R.randint(2, 9)))
        c.t("agent", "checkout is at 11 and breakfast is 7 to 10:30")
        return c

    def phone_like_ref():
        num = "0" + rdig(10)
        c = n_case("11-digit reference number starting with 0, labelled as reference (looks like a phone)")
        c.t("agent", "your complaint reference is " + say_number(num, [5, 6], zero="oh"))
        c.t("customer", "so that's reference " + num[:5] + " " + num[5:] + " yeah")
        return c

    def sortlike():
        c = n_case("six digit customer PIN-less account reference labelled as membership number")
        c.t("customer", "membership number " + rdig(6) + " and the renewal was £%d" % R.randint(20, 99))
        c.t("agent", "thanks, your membership lapsed after %d days" % R.randint(5, 90))
        return c

    def mprn():
        c = n_case("Irish MPRN / GPRN meter point numbers, labelled")
        c.t("agent", "can you give me the MPRN from the top of the bill")
        c.t("customer", "MPRN " + "10" + rdig(9) + ", and the gas one GPRN " + rdig(7))
        return c

    def invoice_spoken():
        num = rdig(9)
        c = n_case("invoice number spoken with double/treble, labelled")
        c.t("customer", "the invoice number is " + say_number(num, [3, 3, 3], zero="nought"))
        c.t("agent", "i see it, %d euro %d outstanding" % (R.randint(10, 500), R.randint(1, 99)))
        return c

    return [order_luhn, order_spoken, tracking, last4, balance, meter, times, flight, policy, claim_ref,
            ages, appt, ticket, road, room, phone_like_ref, sortlike, mprn, invoice_spoken]


# ----------------------------------------------------------------------------
def generate():
    plan = ([p_card_typed] * 30 + [p_card_asr_split] * 36 + [p_card_correction] * 9 +
            [p_ssn] * 32 + [p_ni] * 34 + [p_bank_uk] * 22 + [p_iban] * 14 + [p_phone] * 30 +
            [p_email] * 16 + [p_dob] * 14 + [p_address] * 28 + [p_idv_uk] * 8)
    R.shuffle(plan)
    pos, groups_all = [], []
    for i, fn in enumerate(plan, 1):
        case, groups = fn().build("h414-pos-%03d" % i)
        pos.append(case)
        groups_all.append((case["id"], groups))
    negs = neg_templates()
    neg = []
    for i in range(1, 115):
        fn = negs[(i - 1) % len(negs)] if i <= len(negs) else R.choice(negs)
        case, _ = fn().build("h414-neg-%03d" % i)
        neg.append(case)
    return pos + neg, groups_all


def counts(cases):
    cnt = {t: 0 for t in TYPES}
    for c in cases:
        for s in c["spans"]:
            cnt[s["type"]] += 1
    return cnt


def render_readme(cases):
    cnt = counts(cases)
    npos = sum(1 for c in cases if c["kind"] == "positive")
    nneg = len(cases) - npos
    lines = [
        "# pii_holdout414 — held-out PII redaction evaluation set",
        "",
        "> **Never use this set for tuning.** Do not adjust patterns, thresholds, word lists or models",
        "> by looking at these cases. It exists only to measure the redaction engine after the fact.",
        "> If it leaks into development, it stops measuring anything.",
        "",
        "## Provenance",
        "",
        "Written by an AI helper acting as an independent test author. The author did not see the",
        "redaction code, its tests, docs, benchmarks or other fixtures; cases were written from the",
        "specification of PII types and annotation conventions only. Everything is synthetic: names,",
        "numbers and addresses are invented (card numbers are Luhn-valid, IBANs mod-97-valid, but random).",
        "",
        "Generated by `scripts/make_pii_holdout414.py` (standard library only, one RNG",
        "`random.Random(414241125)`). Turns are assembled from plain-text and labelled value segments,",
        "so offsets are computed. `python scripts/make_pii_holdout414.py --check` regenerates the file,",
        "checks it is byte-identical, that ids are unique, that spans are in range, on word boundaries",
        "and non-overlapping, and validates each labelled value after normalising spoken forms",
        "(Luhn for cards, mod-97 for IBANs, NI format, 9 digits for SSN, 6 for sort codes, UK/US/Eircode",
        "postcode shapes, phone digit counts, e-mail shape).",
        "",
        "Emphasis: UK and Irish callers — NI numbers, sort codes, account numbers, UK/IE mobiles and",
        "landlines, UK postcodes and Eircodes, spoken with 'nought', 'oh', 'o', 'double', 'treble',",
        "pairs ('forty one eleven'), hundreds ('four hundred and twelve'), NATO/phonetic spelling",
        "('j for juliet', 's for sugar') and unusual groupings.",
        "",
        "## Format",
        "",
        "`cases.jsonl`, one JSON object per line: `id`, `kind` (`positive`/`negative`), `turns`",
        "(`speaker` is `customer` or `agent`, `text`), `spans` (`turn`, `start`, `end` as Python",
        "character offsets, end exclusive, and `type`), `note`.",
        "",
        "## Annotation conventions",
        "",
        "- A span covers exactly the value, first letter/digit to last; lead-in words are outside.",
        "- A value split across turns gets one span per turn, each with the value's type.",
        "  Agent read-backs are labelled too.",
        "- Filler words ('um', 'uh', 'er') and separators spoken inside a reading are inside the span;",
        "  asides between two parts of one reading (\"hang on, the dog's going mad\") are outside, giving",
        "  two spans in the same turn.",
        "- In a corrected/restarted card reading, the abandoned partial reading is labelled",
        "  CARD_NUMBER as well (it discloses real card digits).",
        "- Phone spans include the country code ('plus four four ...', '0044 ...'); a leading '+' or",
        "  '(' in typed numbers is punctuation before the first digit and so sits just outside the span.",
        "- ADDRESS covers house/flat number and street, not the town; the postcode/ZIP/Eircode is a",
        "  separate POSTCODE span.",
        "- DOB and EXPIRY cover the whole date expression.",
        "- A card's last four on their own ('card ending 4821') are not PII, unless the full card was",
        "  read in the same case, in which case the last-four mention is labelled CARD_NUMBER.",
        "- Negative cases contain no PII: amounts, balances, times, durations, counts, ages,",
        "  temperatures, percentages, years, appointment/payment/contract dates, order/ticket/",
        "  invoice/claim/reference/tracking/serial/model/policy/MPRN numbers said with their label,",
        "  meter readings, flight/room/gate/seat numbers, road names and card last-four mentions.",
        "  Several are deliberately tricky (Luhn-valid 16-digit order numbers, references read in",
        "  card-like groups, 0-prefixed 11-digit references shaped like UK phone numbers).",
        "",
        "## Counts",
        "",
        "Cases: %d positive, %d negative, %d total." % (npos, nneg, len(cases)),
        "",
        "| Type | Spans |",
        "|---|---:|",
    ]
    for t in TYPES:
        lines.append("| %s | %d |" % (t, cnt[t]))
    lines.append("| **Total** | %d |" % sum(cnt.values()))
    lines.append("")
    return "\n".join(lines)


def serialise(cases):
    return "".join(json.dumps(c, ensure_ascii=False, sort_keys=False) + "\n" for c in cases)


def check(cases, groups_all, data, readme):
    errs = []
    with open(CASES, encoding="utf-8") as f:
        if f.read() != data:
            errs.append("cases.jsonl is not byte-identical to regenerated output")
    with open(README, encoding="utf-8") as f:
        if f.read() != readme:
            errs.append("README.md is not identical to regenerated output")
    ids = [c["id"] for c in cases]
    if len(ids) != len(set(ids)):
        errs.append("duplicate ids")
    for c in cases:
        if c["kind"] == "negative" and c["spans"]:
            errs.append("%s: negative with spans" % c["id"])
        if c["kind"] == "positive" and not c["spans"]:
            errs.append("%s: positive without spans" % c["id"])
        for t in c["turns"]:
            if t["speaker"] not in ("customer", "agent"):
                errs.append("%s: bad speaker" % c["id"])
        by_turn = {}
        for s in c["spans"]:
            if s["type"] not in TYPES:
                errs.append("%s: bad type %s" % (c["id"], s["type"]))
            if not 0 <= s["turn"] < len(c["turns"]):
                errs.append("%s: turn out of range" % c["id"])
                continue
            text = c["turns"][s["turn"]]["text"]
            st, en = s["start"], s["end"]
            if not (0 <= st < en <= len(text)):
                errs.append("%s: offsets out of range" % c["id"])
                continue
            val = text[st:en]
            if val != val.strip() or not val[0].isalnum() or not val[-1].isalnum():
                errs.append("%s: span %r does not start/end on alnum" % (c["id"], val))
            if (st > 0 and text[st - 1].isalnum()) or (en < len(text) and text[en].isalnum()):
                errs.append("%s: span %r not on word boundary" % (c["id"], val))
            by_turn.setdefault(s["turn"], []).append((st, en))
            if s["type"] != "CARD_NUMBER":
                try:
                    spoken_norm(val) if s["type"] not in ("EMAIL", "ADDRESS", "DOB", "EXPIRY") else None
                except ValueError as e:
                    errs.append("%s: %s" % (c["id"], e))
        for t, lst in by_turn.items():
            lst.sort()
            for a, b in zip(lst, lst[1:]):
                if b[0] < a[1]:
                    errs.append("%s: overlapping spans in turn %d" % (c["id"], t))
    # validate each labelled value (parts of a split value are joined first)
    for cid, groups in groups_all:
        for gid, (typ, parts) in groups.items():
            if typ == "FRAGMENT":
                ok = all(spoken_norm(p).isdigit() for p in parts)
                lab = "CARD_NUMBER fragment"
            elif typ in ("EMAIL", "ADDRESS", "DOB", "EXPIRY"):
                ok = validate(typ, " ".join(parts))
                lab = typ
            else:
                try:
                    ok = validate(typ, "".join(spoken_norm(p) for p in parts))
                except ValueError:
                    ok = False
                lab = typ
            if not ok:
                errs.append("%s: %s value fails validation: %r" % (cid, lab, parts))
    cnt = counts(cases)
    npos = sum(1 for c in cases if c["kind"] == "positive")
    if npos < 200 or len(cases) - npos < 100:
        errs.append("too few cases")
    mins = {"CARD_NUMBER": 70, "SSN": 30, "NI_NUMBER": 30}
    for t in TYPES:
        if cnt[t] < mins.get(t, 10):
            errs.append("too few %s spans: %d" % (t, cnt[t]))
    return errs


def main():
    cases, groups_all = generate()
    data = serialise(cases)
    readme = render_readme(cases)
    if "--check" in sys.argv[1:]:
        errs = check(cases, groups_all, data, readme)
        for e in errs[:50]:
            print("ERROR:", e)
        cnt = counts(cases)
        print("cases: %d (%d positive)" % (len(cases), sum(c["kind"] == "positive" for c in cases)))
        print(" ".join("%s=%d" % kv for kv in cnt.items()))
        if errs:
            print("CHECK FAILED (%d errors)" % len(errs))
            sys.exit(1)
        print("CHECK OK")
        return
    os.makedirs(OUT_DIR, exist_ok=True)
    with open(CASES, "w", encoding="utf-8") as f:
        f.write(data)
    with open(README, "w", encoding="utf-8") as f:
        f.write(readme)
    print("wrote %d cases" % len(cases))


if __name__ == "__main__":
    main()

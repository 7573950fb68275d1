#!/usr/bin/env python3
"""Generate the pii_holdout358 held-out PII evaluation set.

Written by an AI helper acting as an independent test author; it does not
import or look at the redaction engine.  Standard library only.

    python scripts/make_pii_holdout358.py          # write the fixture
    python scripts/make_pii_holdout358.py --check  # regenerate and verify
"""
import datetime
import json
import os
import random
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_DIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout358")
OUT = os.path.join(OUT_DIR, "cases.jsonl")
SEED = 358241125

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

# ---------------------------------------------------------------- spoken forms
UNIT_NAMES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEEN_NAMES = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
              "seventeen", "eighteen", "nineteen"]
TENS_NAMES = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
UNITS = {n: i for i, n in enumerate(UNIT_NAMES)}
UNITS.update({"oh": 0, "o": 0, "nought": 0})
TEENS = {n: 10 + i for i, n in enumerate(TEEN_NAMES)}
TENS = {n: i for i, n in enumerate(TENS_NAMES) if n}
FILLERS = {"um", "uh", "erm", "er", "umm", "uhh", "hmm", "ah"}
NATO = {"alpha": "a", "alfa": "a", "bravo": "b", "charlie": "c", "delta": "d", "echo": "e",
        "foxtrot": "f", "golf": "g", "hotel": "h", "india": "i", "juliet": "j", "juliett": "j",
        "kilo": "k", "lima": "l", "mike": "m", "november": "n", "oscar": "o", "papa": "p",
        "quebec": "q", "romeo": "r", "sierra": "s", "tango": "t", "uniform": "u", "victor": "v",
        "whiskey": "w", "whisky": "w", "xray": "x", "yankee": "y", "zulu": "z"}
NATO_BY_LETTER = {}
for _w, _l in NATO.items():
    NATO_BY_LETTER.setdefault(_l, _w)
NATO_TEXT = {l: ("x-ray" if w == "xray" else w) for l, w in NATO_BY_LETTER.items()}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
MONTH_ABBR = [m[:3] for m in MONTHS] + ["sept"]
ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
       "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
       "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty first", "twenty second",
       "twenty third", "twenty fourth", "twenty fifth", "twenty sixth", "twenty seventh",
       "twenty eighth", "twenty ninth", "thirtieth", "thirty first"]


def norm_alnum(text):
    """Normalise a typed or spoken value to upper-case letters and digits."""
    t = text.lower().replace("x-ray", "xray")
    toks = re.findall(r"[a-z]+|\d+", t)
    out = []
    i = 0
    n = len(toks)

    def unit_at(j):
        return toks[j] if j < n and toks[j] in UNITS else None

    while i < n:
        w = toks[i]
        nxt = toks[i + 1] if i + 1 < n else None
        if w in FILLERS or w in ("plus", "and", "letter", "then"):
            i += 1
            continue
        if w in ("double", "triple"):
            k = 2 if w == "double" else 3
            if nxt is None:
                raise ValueError("dangling " + w)
            if nxt in UNITS:
                out.append(str(UNITS[nxt]) * k)
            elif nxt in NATO:
                out.append(NATO[nxt].upper() * k)
            elif len(nxt) == 1:
                out.append(nxt.upper() * k)
            else:
                raise ValueError("bad double " + nxt)
            i += 2
            continue
        if len(w) == 1 and w.isalpha() and w != "o":
            if nxt == "for" and i + 2 < n and toks[i + 2][0] == w:
                out.append(w.upper())
                i += 3
                continue
            if nxt == "as" and i + 3 < n and toks[i + 2] == "in" and toks[i + 3][0] == w:
                out.append(w.upper())
                i += 4
                continue
            out.append(w.upper())
            i += 1
            continue
        if w == "o" and nxt == "for" and i + 2 < n and toks[i + 2] == "oscar":
            out.append("O")
            i += 3
            continue
        if w in NATO:
            out.append(NATO[w].upper())
            i += 1
            continue
        if w in TENS:
            u = unit_at(i + 1)
            if u is not None and UNITS[u] > 0 and u not in ("oh", "o", "nought"):
                out.append("%d%d" % (TENS[w], UNITS[u]))
                i += 2
            else:
                out.append("%d0" % TENS[w])
                i += 1
            continue
        if w in TEENS:
            out.append(str(TEENS[w]))
            i += 1
            continue
        if w in UNITS:
            if nxt == "hundred":
                d = UNITS[w]
                j = i + 2
                if j < n and toks[j] == "and":
                    j += 1
                rest = "00"
                if j < n and toks[j] in TENS:
                    u = unit_at(j + 1)
                    if u is not None and UNITS[u] > 0 and u not in ("oh", "o", "nought"):
                        rest = "%d%d" % (TENS[toks[j]], UNITS[u])
                        j += 2
                    else:
                        rest = "%d0" % TENS[toks[j]]
                        j += 1
                elif j < n and toks[j] in TEENS:
                    rest = str(TEENS[toks[j]])
                    j += 1
                elif j < n and toks[j] in UNITS and toks[j - 1] == "and":
                    rest = "0%d" % UNITS[toks[j]]
                    j += 1
                out.append("%d%s" % (d, rest))
                i = j
                continue
            out.append(str(UNITS[w]))
            i += 1
            continue
        if w.isdigit():
            out.append(w)
            i += 1
            continue
        if w.isalpha() and len(w) <= 4 and w not in ("for", "as", "in"):
            out.append(w.upper())  # typed letter run, e.g. "SE" in "SE23 4JQ"
            i += 1
            continue
        raise ValueError("unknown token %r in %r" % (w, text))
    return "".join(out)


def norm_email(text):
    t = text.lower().strip()
    if "@" in t:
        return t
    t = t.replace("x-ray", "xray")
    toks = re.findall(r"[a-z0-9]+", t)
    out = []
    num = []
    i = 0

    def flush():
        if num:
            out.append(norm_alnum(" ".join(num)))
            del num[:]
    numwords = set(UNITS) | set(TEENS) | set(TENS) | {"double", "triple", "hundred"}
    while i < len(toks):
        w = toks[i]
        if w in FILLERS:
            i += 1
            continue
        if w in numwords and w != "o" or w.isdigit():
            num.append(w)
            i += 1
            continue
        flush()
        sym = {"dot": ".", "at": "@", "underscore": "_", "dash": "-", "hyphen": "-"}
        if w in sym:
            out.append(sym[w])
        elif len(w) == 1 and i + 2 < len(toks) and toks[i + 1] == "for" and toks[i + 2][0] == w:
            out.append(w)
            i += 2
        else:
            out.append(w)
        i += 1
    flush()
    return "".join(out)


def plain_digits(s, zw):
    return [zw if c == "0" else UNIT_NAMES[int(c)] for c in s]


def pair_words(p, zw):
    a, b = int(p[0]), int(p[1])
    if a == 0:
        return [zw, UNIT_NAMES[b] if b else zw]
    if a == 1:
        return [TEEN_NAMES[b]]
    if b == 0:
        return [TENS_NAMES[a]]
    return [TENS_NAMES[a], UNIT_NAMES[b]]


def speak_chunk(s, rng, style, zw):
    """Speak a digit string (no letters) in a given style."""
    if style == "pairs" and len(s) >= 2:
        toks = []
        rest = s
        if len(s) % 2:
            toks += plain_digits(s[0], zw)
            rest = s[1:]
        for k in range(0, len(rest), 2):
            toks += pair_words(rest[k:k + 2], zw)
        return toks
    if style == "hund" and len(s) == 3 and s[0] != "0":
        toks = [UNIT_NAMES[int(s[0])], "hundred"]
        r = s[1:]
        if r == "00":
            return toks
        toks.append("and")
        if r[0] == "0":
            return toks + [UNIT_NAMES[int(r[1])]]
        return toks + pair_words(r, zw)
    if style == "double":
        toks = []
        k = 0
        while k < len(s):
            j = k
            while j < len(s) and s[j] == s[k]:
                j += 1
            run = j - k
            word = zw if s[k] == "0" else UNIT_NAMES[int(s[k])]
            while run >= 2:
                if run == 3 or (run > 4 and rng.random() < 0.5):
                    toks += ["triple", word]
                    run -= 3
                else:
                    toks += ["double", word]
                    run -= 2
            if run == 1:
                toks.append(word)
            k = j
        return toks
    return plain_digits(s, zw)


def zero_word(rng, region="uk"):
    if region == "us":
        return rng.choice(["zero", "zero", "oh", "o"])
    return rng.choice(["oh", "oh", "o", "zero", "nought"])


def speak_groups(groups, rng, region="uk", styles=("plain", "double", "pairs"), fillers=0.2):
    """Return list of spoken group strings for digit groups; verified."""
    zw = zero_word(rng, region)
    for attempt in range(6):
        out = []
        for g in groups:
            st = rng.choice(styles) if attempt < 5 else "plain"
            if st == "hund" and not (len(g) == 3 and g[0] != "0"):
                st = "pairs"
            out.append(" ".join(speak_chunk(g, rng, st, zw)))
        if norm_alnum(" ".join(out)) == "".join(groups):
            return out
    raise AssertionError("cannot speak %r" % groups)


def join_groups(spoken, rng, fillers=0.2, seps=(" ", ", ", ", ", " ... ")):
    parts = []
    for k, g in enumerate(spoken):
        if k:
            sep = rng.choice(seps)
            if rng.random() < fillers:
                sep = rng.choice([", um, ", " uh ", " erm ", ", er, ", " um "])
            parts.append(sep)
        parts.append(g)
    return "".join(parts)


def speak_letter(l, rng, mode):
    l = l.lower()
    if mode == "nato" or l == "o":
        return rng.choice(["%s for %s", "%s for %s", "%s as in %s"]) % (l, NATO_TEXT[l])
    if mode == "natoonly":
        return NATO_TEXT[l]
    return l


def num_words(n):
    if n < 10:
        return UNIT_NAMES[n]
    if n < 20:
        return TEEN_NAMES[n - 10]
    if n < 100:
        return TENS_NAMES[n // 10] + ("" if n % 10 == 0 else " " + UNIT_NAMES[n % 10])
    h = UNIT_NAMES[n // 100] + " hundred"
    return h if n % 100 == 0 else h + " and " + num_words(n % 100)


# ---------------------------------------------------------------- validators
def luhn_ok(d):
    tot = 0
    for k, c in enumerate(reversed(d)):
        v = int(c)
        if k % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        tot += v
    return tot % 10 == 0


def luhn_complete(body):
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def iban_ok(s):
    s = s.upper()
    if not re.match(r"^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def make_iban(cc, bban):
    r = bban + cc + "00"
    chk = 98 - int("".join(str(int(c, 36)) for c in r)) % 97
    return "%s%02d%s" % (cc, chk, bban)


NI_FIRST = "ABCEGHJKLMNOPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"
NI_BAD = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}


def ni_ok(s):
    return (re.match(r"^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$", s) is not None
            and s[:2] not in NI_BAD)


def ssn_ok(s):
    return (re.match(r"^\d{9}$", s) is not None and s[:3] not in ("000", "666")
            and s[0] != "9" and s[3:5] != "00" and s[5:] != "0000")


UK_PC = r"^[A-Z]{1,2}\d[A-Z\d]?\d[ABD-HJLNP-UW-Z]{2}$"
EIR_PC = r"^([AC-FHKNPRTV-Y]\d{2}|D6W)[0-9AC-FHKNPRTV-Y]{4}$"
STREET_SUFFIX = {"road", "street", "avenue", "lane", "close", "drive", "way", "terrace", "court",
                 "crescent", "grove", "park", "place", "gardens", "rd", "st", "ave", "blvd",
                 "boulevard", "square", "row", "hill", "view", "mews", "walk", "green", "heights"}


def validate(typ, canon, text):
    if typ == "CARD_NUMBER":
        return canon.isdigit() and 13 <= len(canon) <= 19 and luhn_ok(canon)
    if typ == "CVV":
        return re.match(r"^\d{3,4}$", canon) is not None
    if typ == "SSN":
        return ssn_ok(canon)
    if typ == "NI_NUMBER":
        return ni_ok(canon)
    if typ == "BANK_ACCOUNT":
        return re.match(r"^\d{6,17}$", canon) is not None
    if typ == "SORT_CODE":
        return re.match(r"^\d{6}$", canon) is not None
    if typ == "IBAN":
        return iban_ok(canon)
    if typ == "PHONE":
        return re.match(r"^\d{10,14}$", canon) is not None
    if typ == "EMAIL":
        return re.match(r"^[a-z0-9._+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$", canon) is not None
    if typ == "POSTCODE":
        return bool(re.match(UK_PC, canon) or re.match(EIR_PC, canon)
                    or re.match(r"^\d{5}(\d{4})?$", canon))
    if typ in ("DOB", "EXPIRY"):
        y, m, d = canon
        try:
            datetime.date(y, m, d)
        except ValueError:
            return False
        low = text.lower()
        has_month = any(re.search(r"\b%s" % mo, low) for mo in MONTH_ABBR)
        has_num = re.search(r"\d{1,4}\s*[/.\-]\s*\d{1,4}", low) is not None
        spoken = len(re.findall(r"[a-z]+", low)) >= 2 and any(
            w in low for w in list(UNIT_NAMES) + TEEN_NAMES + TENS_NAMES[2:] + ["oh", "first", "second", "third", "th"])
        return has_month or has_num or spoken
    if typ == "ADDRESS":
        toks = re.findall(r"[a-z0-9]+", text.lower())
        if not toks or toks[-1] not in STREET_SUFFIX:
            return False
        head = toks[:4]
        return any(t.isdigit() or t in UNITS or t in TEENS or t in TENS or
                   re.match(r"^\d+[a-z]$", t) for t in head)
    return False


# ---------------------------------------------------------------- case builder
class V(object):
    def __init__(self, typ, text, grp, canon=None):
        self.typ, self.text, self.grp, self.canon = typ, text, grp, canon


class Case(object):
    def __init__(self, kind, note):
        self.kind, self.note = kind, note
        self.turns = []
        self.groups = {}
        self._g = 0

    def group(self, typ, full):
        self._g += 1
        self.groups[self._g] = (typ, full)
        return self._g

    def val(self, typ, text, full=None, grp=None, canon=None):
        if grp is None:
            grp = self.group(typ, full)
        return V(typ, text, grp, canon)

    def say(self, speaker, *parts):
        self.turns.append((speaker, list(parts)))

    def build(self):
        turns, spans, meta = [], [], []
        for ti, (spk, parts) in enumerate(self.turns):
            buf = ""
            for p in parts:
                if isinstance(p, V):
                    spans.append({"turn": ti, "start": len(buf), "end": len(buf) + len(p.text),
                                  "type": p.typ})
                    meta.append(p)
                    buf += p.text
                else:
                    buf += p
            turns.append({"speaker": spk, "text": buf})
        return turns, spans, meta


def cust_agent(case, rng):
    return case


# ---------------------------------------------------------------- vocab
ORGS = {
    "banking": ["Northgate Bank", "Harbour Building Society", "Shannon Credit Union",
                "Liffey Bank", "Pennine Savings", "Atlantic Federal Credit Union"],
    "telecom": ["Vireo Mobile", "BrightLine Broadband", "Emerald Telecom", "Skylark Mobile"],
    "utilities": ["Calder Energy", "Greenfield Power", "Corrib Gas & Electric", "Tamar Water"],
    "retail": ["Hollis & Grey", "ShopWell", "Fenwick Home", "Quayside Outdoor"],
    "insurance": ["Keystone Insurance", "Brampton Mutual", "Clover Assure", "Midlands Motor Cover"],
    "travel": ["SkyBridge Airways", "Celtic Ferries", "Wayfarer Holidays", "EuroRail Direct"],
    "healthcare billing": ["St Aidan's Billing", "Lakeside Medical Billing", "CareFirst Patient Accounts"],
    "government": ["the Pension Service line", "HMRC-style tax helpline", "Revenue helpdesk",
                   "the DMV helpline", "the benefits helpline"],
}
INDUSTRIES = list(ORGS)
AGENTS = ["Priya", "Liam", "Siobhan", "Marcus", "Aoife", "Dev", "Grace", "Tomasz", "Jordan", "Niamh",
          "Callum", "Fatima", "Rory", "Keisha", "Owen"]
FIRST = ["sarah", "james", "aoife", "ciaran", "emma", "michael", "priya", "tom", "niamh", "david",
         "grace", "liam", "rachel", "sean", "hannah", "mark", "chloe", "declan", "amy", "ryan"]
LAST = ["murphy", "smith", "kelly", "walsh", "patel", "jones", "byrne", "evans", "khan", "taylor",
        "ryan", "hughes", "clarke", "doyle", "fitzgerald", "reid", "campbell", "price", "nash"]
DOMAINS = ["gmail.com", "hotmail.co.uk", "outlook.ie", "yahoo.com", "btinternet.com", "eircom.net",
           "icloud.com", "sky.com", "live.co.uk", "protonmail.com", "aol.com", "virginmedia.com"]
UK_STREETS = ["Kingsley Road", "Mill Lane", "Church Street", "Station Road", "Victoria Terrace",
              "Elm Drive", "Oakfield Close", "Maple Court", "Castle Crescent", "Pine Grove",
              "Willow Way", "Albert Street", "Queens Avenue", "Beech Gardens", "Priory Mews"]
IE_STREETS = ["Harcourt Street", "Main Street", "Seaview Park", "Ashgrove Avenue", "Sandymount Road",
              "Dublin Road", "Convent Hill", "Clontarf Road", "Mallow Street", "Fairgreen Terrace"]
US_STREETS = ["Maple Ave", "Oak Street", "Sunset Blvd", "Cedar Lane", "Lincoln Avenue",
              "Jefferson Street", "Birch Drive", "Lakeview Road", "Elm St"]
UK_TOWNS = ["Leeds", "Bristol", "Croydon", "Cardiff", "Belfast", "Manchester", "Glasgow",
            "Edinburgh", "Reading", "Derby"]
IE_TOWNS = ["Dublin 2", "Galway", "Cork", "Limerick", "Sligo", "Kilkenny", "Athlone", "Dundalk"]
US_TOWNS = ["Springfield, IL", "Austin, TX", "Portland, OR", "Columbus, OH", "Tampa, FL"]
UK_AREAS = ["SW", "SE", "NW", "N", "E", "W", "M", "B", "LS", "G", "EH", "CF", "BS", "BT", "L", "S",
            "CR", "DN", "NE", "RG", "GU", "KT", "CB", "PL", "EX", "LE", "NG", "DE", "HU"]
INWARD = "ABDEFGHJLNPQRSTUWXYZ"
EIR_KEYS = ["D02", "D04", "D06", "D08", "D12", "D15", "D24", "A94", "A96", "T12", "T23", "H91",
            "V94", "X91", "W23", "K78", "R95", "Y35", "F92", "P31", "N37", "E91", "D6W"]
EIR_CH = "ACDEFHKNPRTVWXY0123456789"
EIR_L = "ACDEFHKNPRTVWXY"
BACKCH = ["mhm", "mm-hm", "go on", "yep", "ok", "yeah", "right", "uh huh", "ok go ahead", "got that"]


def opener(case, rng, ind=None, asr=True):
    ind = ind or rng.choice(INDUSTRIES)
    org = rng.choice(ORGS[ind])
    ag = rng.choice(AGENTS)
    if asr:
        case.say("agent", rng.choice([
            "thank you for calling %s you're speaking with %s how can i help" % (org.lower(), ag.lower()),
            "good morning %s %s speaking" % (org.lower(), ag.lower()),
            "hi there you're through to %s my name's %s" % (org.lower(), ag.lower())]))
    else:
        case.say("agent", rng.choice([
            "Hi, you're chatting with %s at %s. How can I help today?" % (ag, org),
            "Hello and welcome to %s live chat, I'm %s." % (org, ag),
            "Thanks for contacting %s. %s here - what can I do for you?" % (org, ag)]))
    return ind


# ---------------------------------------------------------------- value makers
def make_card(rng):
    kind = rng.choice(["visa", "visa", "visa", "mc", "mc", "mc2", "amex", "maestro", "discover",
                       "diners", "visa13", "visa19"])
    if kind == "visa":
        pre, ln = "4" + rng.choice(["929", "539", "111", "485", "751", "000"]), 16
    elif kind == "visa13":
        pre, ln = "4", 13
    elif kind == "visa19":
        pre, ln = "4", 19
    elif kind == "mc":
        pre, ln = "5" + str(rng.randint(1, 5)), 16
    elif kind == "mc2":
        pre, ln = str(rng.randint(2221, 2720)), 16
    elif kind == "amex":
        pre, ln = rng.choice(["34", "37"]), 15
    elif kind == "maestro":
        pre, ln = rng.choice(["6759", "6763"]), rng.choice([16, 18, 19])
    elif kind == "discover":
        pre, ln = "6011", 16
    else:
        pre, ln = "36", 14
    body = pre + "".join(rng.choice("0123456789") for _ in range(ln - 1 - len(pre)))
    return luhn_complete(body)


def card_groups(c, rng, odd=False):
    if odd:
        out, k = [], 0
        while k < len(c):
            n = rng.randint(2, 5)
            out.append(c[k:k + n])
            k += n
        return out
    if len(c) == 15:
        return [c[:4], c[4:10], c[10:]]
    if len(c) == 14:
        return [c[:4], c[4:10], c[10:]]
    return [c[k:k + 4] for k in range(0, len(c), 4)]


def rdig(rng, n, first_nonzero=False):
    s = "".join(rng.choice("0123456789") for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = str(rng.randint(1, 9)) + s[1:]
    return s


def make_ssn(rng):
    while True:
        s = "%03d%02d%04d" % (rng.randint(1, 899), rng.randint(1, 99), rng.randint(1, 9999))
        if ssn_ok(s):
            return s


def make_ni(rng):
    while True:
        p = rng.choice(NI_FIRST) + rng.choice(NI_SECOND)
        if p not in NI_BAD and "O" not in p:
            return p + rdig(rng, 6) + rng.choice("ABCD")


def make_uk_pc(rng):
    a = rng.choice(UK_AREAS)
    d = str(rng.randint(1, 20)) if len(a) == 2 else str(rng.randint(1, 9)) + rng.choice(["", "", "A", "1"])
    return a + d, str(rng.randint(0, 9)) + rng.choice(INWARD) + rng.choice(INWARD)


def make_eir(rng):
    return rng.choice(EIR_KEYS), rng.choice(EIR_L) + "".join(rng.choice(EIR_CH) for _ in range(3))


def make_phone(rng, region):
    """Return (canon_digits, typed_display, digit_groups for speaking)."""
    if region == "uk":
        if rng.random() < 0.6:
            rest = "7" + rng.choice(["700", "911", "824", "456", "398"]) + rdig(rng, 6)
            if rng.random() < 0.4:
                c = "44" + rest
                disp = rng.choice(["+44 %s %s" % (rest[:4], rest[4:]), "+44%s" % rest,
                                   "0044 %s %s %s" % (rest[:4], rest[4:7], rest[7:])])
                c = "0044" + rest if disp.startswith("0044") else c
                grp = ["44", rest[:4], rest[4:7], rest[7:]] if not disp.startswith("0044") else ["0044", rest[:4], rest[4:7], rest[7:]]
                return c, disp, grp
            c = "0" + rest
            disp = rng.choice(["%s %s" % (c[:5], c[5:]), "%s-%s-%s" % (c[:5], c[5:8], c[8:]), c])
            return c, disp, [c[:5], c[5:8], c[8:]]
        c = rng.choice(["020", "0161", "0113", "0117", "0131", "0141", "028"])
        c = c + rdig(rng, 11 - len(c))
        k = len(c) - 7 if len(c) - 7 > 3 else 3
        return c, "%s %s %s" % (c[:k], c[k:k + 3], c[k + 3:]), [c[:k], c[k:k + 3], c[k + 3:]]
    if region == "ie":
        rest = "8" + rng.choice("35679") + rdig(rng, 7)
        if rng.random() < 0.35:
            c = "353" + rest
            return c, "+353 %s %s %s" % (rest[:2], rest[2:5], rest[5:]), ["353", rest[:2], rest[2:5], rest[5:]]
        c = "0" + rest
        return c, rng.choice(["%s %s %s" % (c[:3], c[3:6], c[6:]), c, "(%s) %s %s" % (c[:3], c[3:6], c[6:])]), [c[:3], c[3:6], c[6:]]
    area = rng.choice(["415", "212", "312", "617", "206", "512", "303", "704"])
    rest = area + str(rng.randint(2, 9)) + rdig(rng, 2) + rdig(rng, 4)
    if rng.random() < 0.3:
        return "1" + rest, "+1 %s %s %s" % (rest[:3], rest[3:6], rest[6:]), ["1", rest[:3], rest[3:6], rest[6:]]
    disp = rng.choice(["(%s) %s-%s" % (rest[:3], rest[3:6], rest[6:]), "%s.%s.%s" % (rest[:3], rest[3:6], rest[6:]),
                       "%s-%s-%s" % (rest[:3], rest[3:6], rest[6:]), rest])
    return rest, disp, [rest[:3], rest[3:6], rest[6:]]


def make_email(rng):
    f, l = rng.choice(FIRST), rng.choice(LAST)
    style = rng.randint(0, 4)
    num = str(rng.randint(1, 99)) if rng.random() < 0.5 else ""
    if style == 0:
        local, parts = "%s.%s%s" % (f, l, num), [f, "dot", l]
    elif style == 1:
        local, parts = "%s%s%s" % (f[0], l, num), [speak_letter(f[0], rng, rng.choice(["nato", "bare"])), l]
    elif style == 2:
        local, parts = "%s_%s%s" % (f, l, num), [f, "underscore", l]
    elif style == 3:
        local, parts = "%s%s%s" % (f, l[0], num), [f, speak_letter(l[0], rng, "nato")]
    else:
        local, parts = "%s.%s%s" % (f[0], l, num), [speak_letter(f[0], rng, "bare"), "dot", l]
    dom = rng.choice(DOMAINS)
    if num:
        parts.append(num_words(int(num)) if rng.random() < 0.7 else " ".join(plain_digits(num, "oh")))
    dparts = dom.split(".")
    spoken = " ".join(parts) + " at " + " dot ".join(dparts)
    return local + "@" + dom, spoken


def make_date(rng, lo, hi):
    y = rng.randint(lo, hi)
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    return y, m, d


def year_words(y, rng):
    if 2000 <= y < 2010:
        return rng.choice(["two thousand and " + UNIT_NAMES[y - 2000], "two thousand " + UNIT_NAMES[y - 2000]])
    hi, lo = divmod(y, 100)
    low = ("oh " + UNIT_NAMES[lo]) if lo < 10 else num_words(lo)
    return num_words(hi) + " " + low


def dob_text(dt, rng, asr, us=False):
    y, m, d = dt
    if asr:
        yw = year_words(y, rng) if rng.random() < 0.7 else num_words(y % 100) if y % 100 >= 10 else year_words(y, rng)
        return rng.choice([
            "the %s of %s %s" % (ORD[d], MONTHS[m - 1], yw),
            "%s of %s %s" % (ORD[d], MONTHS[m - 1], yw),
            "%s %s %s" % (MONTHS[m - 1], ORD[d], yw),
            "%s %s, %s" % (num_words(d), MONTHS[m - 1], yw),
            "%s of the %s %s" % (ORD[d], ORD[m], yw)])
    mn = MONTHS[m - 1].capitalize()
    if us:
        return rng.choice(["%02d/%02d/%d" % (m, d, y), "%d/%d/%d" % (m, d, y % 100 if False else y),
                           "%s %d, %d" % (mn, d, y), "%d-%02d-%02d" % (y, m, d)])
    return rng.choice(["%02d/%02d/%d" % (d, m, y), "%d.%d.%02d" % (d, m, y % 100), "%d %s %d" % (d, mn, y),
                       "%d %s %d" % (d, mn[:3], y), "%02d-%02d-%d" % (d, m, y), "%d%s %s %d" % (
                           d, {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}.get(d, "th"), mn, y)])


def expiry_text(dt, rng, asr):
    y, m, _ = dt
    if asr:
        mm = "%02d" % m
        return rng.choice([
            " ".join(speak_chunk(mm, rng, "plain", "oh")) + " " + num_words(y % 100),
            num_words(m) + " " + num_words(y % 100),
            " ".join(speak_chunk(mm, rng, "plain", "zero")) + " slash " + num_words(y % 100),
            MONTHS[m - 1] + " " + year_words(y, rng),
            MONTHS[m - 1] + " " + num_words(y % 100)])
    return rng.choice(["%02d/%02d" % (m, y % 100), "%02d/%d" % (m, y), "%02d-%02d" % (m, y % 100),
                       "%s %d" % (MONTHS[m - 1][:3].capitalize(), y), "%d/%02d" % (m, y % 100)])


def typed_groups(groups, rng, seps=(" ", "-", " ", "", ".")):
    sep = rng.choice(seps)
    return sep.join(groups)


# ---------------------------------------------------------------- positives
def spoken_value_turns(case, rng, typ, full, groups_text, lead, split_prob=0.4, backs=None):
    """Customer reads groups; possibly split across turns with back-channels."""
    g = case.group(typ, full)
    if len(groups_text) >= 2 and rng.random() < split_prob:
        nchunks = min(len(groups_text), rng.choice([2, 2, 3]))
        cuts = sorted(rng.sample(range(1, len(groups_text)), nchunks - 1))
        chunks, prev = [], 0
        for c in cuts + [len(groups_text)]:
            chunks.append(groups_text[prev:c])
            prev = c
        for k, ch in enumerate(chunks):
            txt = join_groups(ch, rng)
            pre = lead if k == 0 else rng.choice(["", "", "then ", "and ", "uh ", "next is "])
            post = rng.choice(["", "", " ...", ","]) if k < len(chunks) - 1 else rng.choice(["", "", " that's it"])
            case.say("customer", pre, V(typ, txt, g, norm_alnum(txt)), post)
            if k < len(chunks) - 1:
                case.say("agent", rng.choice(BACKCH))
    else:
        txt = join_groups(groups_text, rng)
        case.say("customer", lead, V(typ, txt, g, norm_alnum(txt)))
    return g


def readback(case, rng, typ, full, groups, region="uk"):
    sp = speak_groups(groups, rng, region)
    txt = join_groups(sp, rng, fillers=0.0)
    g = case.group(typ, full)
    case.say("agent", rng.choice(["so that's ", "ok just reading that back ", "let me repeat that ",
                                  "so i have "]), V(typ, txt, g, norm_alnum(txt)),
             rng.choice([" is that right", " correct", " yeah", ""]))
    case.say("customer", rng.choice(["yes", "that's right", "yep that's it", "correct", "yeah"]))


def pos_card_typed(rng, n):
    c = Case("positive", "typed chat card payment")
    ind = opener(c, rng, rng.choice(["retail", "travel", "utilities", "telecom", "insurance"]), asr=False)
    card = make_card(rng)
    odd = rng.random() < 0.25
    txt = typed_groups(card_groups(card, rng, odd), rng)
    lead = rng.choice(["card no: ", "Card number is ", "its ", "card nuber ", "CARD: ", "ok here you go ",
                       "long number - ", "cc# "])
    c.say("customer", rng.choice(["i want to pay my bill", "Can I pay by card please",
                                  "need to update my payment card", "paying the outstanding balance"]))
    c.say("agent", "Sure, please type the long card number.")
    c.say("customer", lead, c.val("CARD_NUMBER", txt, card, canon=card), rng.choice(["", ".", " thanks", " x"]))
    if rng.random() < 0.7:
        dt = make_date(rng, 2025, 2031)
        c.say("agent", "And the expiry date and security code?")
        cvv = rdig(rng, 4 if len(card) == 15 else 3)
        e = expiry_text(dt, rng, False)
        c.say("customer", rng.choice(["exp ", "expires ", "", "Expiry "]), c.val("EXPIRY", e, dt, canon=dt),
              rng.choice([" cvv ", " and ", ", sec code: ", " / cvc "]), c.val("CVV", cvv, cvv, canon=cvv))
    if rng.random() < 0.35:
        l4 = card[-4:]
        c.say("agent", "Thanks, the payment on the card ending ", c.val("CARD_NUMBER", l4, ("last4", card), canon=l4),
              " has gone through.")
        c.note = "typed card + expiry/cvv; last four after full card is labelled"
    return c


def pos_card_spoken(rng, n):
    c = Case("positive", "ASR card payment call")
    region = rng.choice(["uk", "uk", "ie", "us"])
    opener(c, rng, rng.choice(INDUSTRIES))
    c.say("customer", rng.choice(["hi yeah i'd like to pay the bill", "i need to make a payment please",
                                  "yeah i'm calling to pay off the balance", "hiya can i pay over the phone"]))
    c.say("agent", rng.choice(["no problem can i take the long number on the front of the card",
                               "ok when you're ready the sixteen digits across the card please",
                               "sure go ahead with the card number"]))
    card = make_card(rng)
    groups = card_groups(card, rng)
    sp = speak_groups(groups, rng, region, styles=("plain", "plain", "double", "pairs"))
    mode = rng.random()
    if mode < 0.2:
        # correction / restarted reading: abandoned partial reading not labelled
        wrong = list(groups[0])
        wrong[-1] = str((int(wrong[-1]) + 1) % 10)
        ws = " ".join(plain_digits("".join(wrong), "oh"))
        g = c.group("CARD_NUMBER", card)
        txt = join_groups(sp, rng)
        c.say("customer", "it's " + ws + rng.choice([" no sorry ", " no wait start again ", " oh hang on let me start again "]),
              V("CARD_NUMBER", txt, g, norm_alnum(txt)))
        c.note = "restarted card reading; abandoned first group not labelled"
    elif mode < 0.4 and len(sp) >= 3:
        k = rng.randint(1, len(sp) - 1)
        g = c.group("CARD_NUMBER", card)
        t1, t2 = join_groups(sp[:k], rng), join_groups(sp[k:], rng)
        c.say("customer", "ok it's ", V("CARD_NUMBER", t1, g, norm_alnum(t1)),
              rng.choice([" hang on i need my glasses ", " sorry the dog's barking ", " wait it's worn a bit here ",
                          " um what was i at yeah "]), V("CARD_NUMBER", t2, g, norm_alnum(t2)))
        c.note = "card reading interrupted by aside in same turn"
    else:
        spoken_value_turns(c, rng, "CARD_NUMBER", card, sp, rng.choice(["yeah it's ", "", "ok ", "right so "]),
                           split_prob=0.6)
        c.note = "spoken card reading, possibly split across turns"
    if rng.random() < 0.5:
        readback(c, rng, "CARD_NUMBER", card, groups, region)
    if rng.random() < 0.7:
        dt = make_date(rng, 2025, 2031)
        c.say("agent", rng.choice(["and the expiry", "expiry date please", "when does it expire"]))
        e = expiry_text(dt, rng, True)
        c.say("customer", rng.choice(["", "it's ", "um ", "expires "]), c.val("EXPIRY", e, dt, canon=dt))
    if rng.random() < 0.7:
        cvv = rdig(rng, 4 if len(card) == 15 else 3)
        c.say("agent", rng.choice(["and the three digit security code on the back", "last three on the signature strip",
                                   "and the cvv"]))
        st = rng.choice(["plain", "hund", "pairs", "double"])
        ct = " ".join(speak_chunk(cvv, rng, st if st != "hund" or cvv[0] != "0" else "plain", zero_word(rng, region)))
        if norm_alnum(ct) != cvv:
            ct = " ".join(plain_digits(cvv, "oh"))
        c.say("customer", rng.choice(["", "it's ", "that's ", "uh "]), c.val("CVV", ct, cvv, canon=cvv))
    if rng.random() < 0.3:
        l4 = card[-4:]
        t = " ".join(plain_digits(l4, "oh"))
        c.say("agent", "lovely that's gone through on the card ending ", c.val("CARD_NUMBER", t, ("last4", card), canon=l4))
    return c


def pos_ssn(rng, n):
    c = Case("positive", "US SSN verification")
    ind = rng.choice(["healthcare billing", "insurance", "government", "banking", "telecom"])
    asr = rng.random() < 0.6
    opener(c, rng, ind, asr=asr)
    ssn = make_ssn(rng)
    groups = [ssn[:3], ssn[3:5], ssn[5:]]
    if asr:
        c.say("agent", rng.choice(["can i get your social security number", "i'll need your social to verify",
                                   "what's the social on the account"]))
        sp = speak_groups(groups, rng, "us", styles=("plain", "double", "pairs", "hund"))
        spoken_value_turns(c, rng, "SSN", ssn, sp, rng.choice(["sure it's ", "yeah ", "um ok ", "it's "]), 0.45)
        if rng.random() < 0.5:
            readback(c, rng, "SSN", ssn, groups, "us")
        c.note = "spoken SSN"
    else:
        c.say("agent", "To verify, please provide your Social Security number.")
        txt = rng.choice(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s.%s.%s"]) % tuple(groups)
        c.say("customer", rng.choice(["SSN: ", "ssn is ", "my social is ", "ss# ", "Social - "]),
              c.val("SSN", txt, ssn, canon=ssn), rng.choice(["", ".", " thx"]))
        if rng.random() < 0.4:
            txt2 = "%s-%s-%s" % tuple(groups)
            c.say("agent", "Thanks, I've matched ", c.val("SSN", txt2, ssn, canon=ssn), " to your account.")
        c.note = "typed SSN"
    return c


def speak_ni(ni, rng):
    p = ni[:2].lower()
    mode = rng.random()
    if p[0] == p[1] and mode < 0.4:
        pre = "double " + (p[0] if rng.random() < 0.6 else NATO_TEXT[p[0]])
    else:
        lm = rng.choice(["bare", "bare", "nato", "natoonly"])
        pre = " ".join(speak_letter(x, rng, lm) for x in p)
    digs = speak_groups([ni[2:4], ni[4:6], ni[6:8]], rng, "uk", styles=("plain", "pairs", "pairs", "double"))
    suf = speak_letter(ni[8], rng, rng.choice(["bare", "bare", "nato"]))
    return [pre] + digs + [suf]


def pos_ni(rng, n):
    c = Case("positive", "UK NI number")
    ind = rng.choice(["government", "banking", "insurance", "utilities", "healthcare billing"])
    asr = rng.random() < 0.6
    opener(c, rng, ind, asr=asr)
    ni = make_ni(rng)
    if asr:
        c.say("agent", rng.choice(["can i take your national insurance number please",
                                   "and your n i number", "what's your national insurance number"]))
        parts = speak_ni(ni, rng)
        if rng.random() < 0.35:
            g = c.group("NI_NUMBER", ni)
            t1 = join_groups(parts[:3], rng)
            t2 = join_groups(parts[3:], rng)
            c.say("customer", rng.choice(["yeah it's ", "it's ", "um "]), V("NI_NUMBER", t1, g, norm_alnum(t1)))
            c.say("agent", rng.choice(BACKCH))
            c.say("customer", rng.choice(["", "then ", "and "]), V("NI_NUMBER", t2, g, norm_alnum(t2)))
        else:
            spoken_value_turns(c, rng, "NI_NUMBER", ni, parts, rng.choice(["it's ", "yeah ", "ok ", ""]), 0.2)
        if rng.random() < 0.45:
            rb = speak_ni(ni, rng)
            t = join_groups(rb, rng, fillers=0)
            c.say("agent", "so that's ", c.val("NI_NUMBER", t, ni, canon=norm_alnum(t)), " yeah")
            c.say("customer", rng.choice(["yes", "that's it", "yep"]))
        c.note = "spoken NI number"
    else:
        c.say("agent", "Could you confirm your National Insurance number?")
        fmt = rng.choice(["%s %s %s %s %s", "%s%s%s%s%s", "%s-%s-%s-%s-%s", "%s %s%s%s %s"])
        txt = fmt % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8])
        txt = rng.choice([txt, txt.lower(), txt[0] + txt[1:].lower()])
        c.say("customer", rng.choice(["NI no: ", "ni number ", "NINO ", "its ", "Nat ins: ", ""]),
              c.val("NI_NUMBER", txt, ni, canon=ni), rng.choice(["", ".", " - is that enough?"]))
        c.note = "typed NI number"
    return c


def pos_bank(rng, n):
    c = Case("positive", "sort code and account number")
    region = rng.choice(["uk", "uk", "ie", "us"])
    ind = rng.choice(["banking", "utilities", "insurance", "government", "telecom"])
    asr = rng.random() < 0.55
    opener(c, rng, ind, asr=asr)
    acct = rdig(rng, 8 if region != "us" else rng.randint(9, 12), first_nonzero=(region == "us"))
    sc = (rng.choice(["20", "40", "30", "60", "77", "83", "09", "11"]) if region == "uk" else rng.choice(["93", "90", "98", "99"])) + rdig(rng, 4)
    if asr:
        c.say("customer", rng.choice(["i want to set up a direct debit", "i need to change the bank details",
                                      "can you refund it to my bank"]))
        if region != "us":
            c.say("agent", rng.choice(["ok what's the sort code", "first the sort code please", "and the six digit sort code"]))
            sp = speak_groups([sc[:2], sc[2:4], sc[4:]], rng, region, styles=("plain", "pairs", "pairs", "double"))
            spoken_value_turns(c, rng, "SORT_CODE", sc, sp, rng.choice(["it's ", "", "um "]), 0.25)
        c.say("agent", rng.choice(["and the account number", "then the account number please", "and the eight digits of the account"]))
        ag = [acct[:4], acct[4:]] if len(acct) == 8 else [acct[:3], acct[3:6], acct[6:]]
        sp = speak_groups(ag, rng, region, styles=("plain", "double", "pairs", "hund"))
        spoken_value_turns(c, rng, "BANK_ACCOUNT", acct, sp, rng.choice(["", "yeah ", "it's ", "ok so "]), 0.4)
        if rng.random() < 0.4:
            readback(c, rng, "BANK_ACCOUNT", acct, ag, region)
    else:
        c.say("agent", "Please send your bank details for the refund.")
        parts = []
        if region != "us":
            st = rng.choice(["%s-%s-%s", "%s %s %s", "%s%s%s"]) % (sc[:2], sc[2:4], sc[4:])
            parts += [rng.choice(["s/c ", "Sort code: ", "sort ", "NSC "]), c.val("SORT_CODE", st, sc, canon=sc),
                      rng.choice([" acc ", ", acct no: ", " / a/c ", "  account "])]
        else:
            parts += [rng.choice(["acct no: ", "checking acct ", "Account # "])]
        at = acct if rng.random() < 0.6 else " ".join(acct[k:k + 4] for k in range(0, len(acct), 4))
        parts.append(c.val("BANK_ACCOUNT", at, acct, canon=acct))
        c.say("customer", *parts)
    return c


def make_iban_val(rng):
    cc = rng.choice(["GB", "IE", "IE", "DE", "FR", "NL", "ES", "GB"])
    if cc in ("GB", "IE"):
        bank = rng.choice(["NWBK", "BARC", "LOYD", "MIDL", "HBUK"] if cc == "GB" else ["AIBK", "BOFI", "IPBS", "ULSB"])
        bban = bank + rdig(rng, 6) + rdig(rng, 8)
    elif cc == "DE":
        bban = rdig(rng, 18)
    elif cc == "FR":
        bban = rdig(rng, 23)
    elif cc == "NL":
        bban = rng.choice(["ABNA", "INGB", "RABO"]) + rdig(rng, 10)
    else:
        bban = rdig(rng, 20)
    return make_iban(cc, bban)


def speak_iban(iban, rng):
    out = []
    lm = rng.choice(["bare", "nato"])
    groups = [iban[k:k + 4] for k in range(0, len(iban), 4)]
    zw = zero_word(rng)
    for g in groups:
        toks = []
        k = 0
        while k < len(g):
            ch = g[k]
            if ch.isalpha():
                toks.append(speak_letter(ch, rng, lm))
                k += 1
            else:
                j = k
                while j < len(g) and g[j].isdigit():
                    j += 1
                toks += speak_chunk(g[k:j], rng, rng.choice(["plain", "plain", "pairs", "double"]), zw)
                k = j
        out.append(" ".join(toks))
    if norm_alnum(" ".join(out)) != iban:
        out = [" ".join(speak_letter(ch, rng, "nato") if ch.isalpha() else plain_digits(ch, "zero")[0] for ch in g) for g in groups]
    assert norm_alnum(" ".join(out)) == iban, (out, iban)
    return out


def pos_iban(rng, n):
    c = Case("positive", "IBAN")
    asr = rng.random() < 0.45
    opener(c, rng, rng.choice(["banking", "travel", "insurance", "retail", "government"]), asr=asr)
    iban = make_iban_val(rng)
    if asr:
        c.say("agent", rng.choice(["can you read me the iban", "what's the iban for the refund", "the full i ban please"]))
        sp = speak_iban(iban, rng)
        spoken_value_turns(c, rng, "IBAN", iban, sp, rng.choice(["ok it's ", "", "right ", "um "]), 0.55)
        if rng.random() < 0.3:
            sp2 = speak_iban(iban, rng)
            t = join_groups(sp2, rng, fillers=0)
            c.say("agent", "let me read that back ", c.val("IBAN", t, iban, canon=norm_alnum(t)))
    else:
        c.say("agent", "Please share the IBAN where you'd like the refund sent.")
        groups = [iban[k:k + 4] for k in range(0, len(iban), 4)]
        txt = rng.choice([" ".join(groups), iban, " ".join(groups).lower(), "-".join(groups)])
        c.say("customer", rng.choice(["IBAN: ", "iban ", "Its ", "IBAN no. ", ""]), c.val("IBAN", txt, iban, canon=iban),
              rng.choice(["", " (irish account)", ".", " thanks"]))
    return c


def pos_phone(rng, n):
    c = Case("positive", "phone number")
    region = rng.choice(["uk", "uk", "uk", "ie", "ie", "us"])
    asr = rng.random() < 0.55
    opener(c, rng, rng.choice(INDUSTRIES), asr=asr)
    canon, disp, groups = make_phone(rng, region)
    if asr:
        c.say("agent", rng.choice(["what's the best number to call you back on", "can i take a contact number",
                                   "and a mobile number in case we get cut off"]))
        sp = speak_groups(groups, rng, region, styles=("plain", "double", "double", "pairs"))
        if groups[0] in ("44", "353", "1"):
            sp[0] = "plus " + sp[0]
            g = c.group("PHONE", canon)
            t = join_groups(sp, rng)
            c.say("customer", rng.choice(["it's ", "", "my mobile's "]), V("PHONE", t, g, norm_alnum(t)))
        else:
            spoken_value_turns(c, rng, "PHONE", canon, sp, rng.choice(["it's ", "yeah ", "", "my mobile is "]), 0.4)
        if rng.random() < 0.4:
            readback(c, rng, "PHONE", canon, groups, region)
    else:
        c.say("agent", "What's the best contact number for you?")
        lead = rng.choice(["mob: ", "call me on ", "tel ", "my number is ", "Phone - "])
        if disp.startswith("("):
            lead, disp = lead + "(", disp[1:]
        c.say("customer", lead,
              c.val("PHONE", disp, canon, canon=canon), rng.choice(["", " after 6pm", ".", " (mobile)"]))
    return c


def pos_email(rng, n):
    c = Case("positive", "email address")
    asr = rng.random() < 0.6
    opener(c, rng, rng.choice(INDUSTRIES), asr=asr)
    em, spoken = make_email(rng)
    if asr:
        c.say("agent", rng.choice(["and what email should we send the confirmation to", "can i take an email address",
                                   "what's your email"]))
        if rng.random() < 0.3:
            local, dom = spoken.split(" at ", 1)
            g = c.group("EMAIL", em)
            c.say("customer", rng.choice(["it's ", "yeah "]), V("EMAIL", local, g, norm_email(local)))
            c.say("agent", rng.choice(["mhm", "go on", "at"]))
            c.say("customer", "at ", V("EMAIL", dom, g, "@" + norm_email(dom)))
            c.note = "spoken email split across turns"
        else:
            c.say("customer", rng.choice(["it's ", "", "yeah it's ", "um "]), c.val("EMAIL", spoken, em, canon=norm_email(spoken)))
        if rng.random() < 0.3:
            c.say("agent", "so that's ", c.val("EMAIL", spoken, em, canon=norm_email(spoken)))
    else:
        c.say("agent", "Which email address should we use?")
        t = em if rng.random() < 0.7 else em.capitalize()
        c.say("customer", rng.choice(["email: ", "its ", "", "E-mail - "]), c.val("EMAIL", t, em, canon=em.lower()),
              rng.choice(["", " pls", ".", " ta"]))
    return c


def pos_dob(rng, n):
    c = Case("positive", "date of birth ID&V")
    us = rng.random() < 0.25
    asr = rng.random() < 0.6
    opener(c, rng, rng.choice(INDUSTRIES), asr=asr)
    dt = make_date(rng, 1938, 2004)
    t = dob_text(dt, rng, asr, us)
    c.say("agent", rng.choice(["can you confirm your date of birth", "and your d o b please", "What is your date of birth?"]))
    c.say("customer", rng.choice(["", "it's ", "yeah ", "born on ", "uh "]), c.val("DOB", t, dt, canon=dt))
    if rng.random() < 0.3:
        c.say("agent", "thanks that matches the ", c.val("DOB", dob_text(dt, rng, asr, us), dt, canon=dt), " we have")
    return c


def spoken_pc(outw, inw, rng, eir=False):
    parts = []
    for piece in (outw, inw):
        toks = []
        k = 0
        lm = rng.choice(["bare", "bare", "nato"])
        while k < len(piece):
            ch = piece[k]
            if ch.isalpha():
                toks.append(speak_letter(ch, rng, lm))
                k += 1
            else:
                j = k
                while j < len(piece) and piece[j].isdigit():
                    j += 1
                toks += speak_chunk(piece[k:j], rng, rng.choice(["plain", "pairs"]), "oh")
                k = j
        parts.append(" ".join(toks))
    t = rng.choice([" ", ", ", " ... "]).join(parts)
    if norm_alnum(t) != outw + inw:
        t = " ".join(speak_letter(ch, rng, "nato") if ch.isalpha() else UNIT_NAMES[int(ch)] for ch in outw + inw)
    assert norm_alnum(t) == outw + inw
    return t


def pos_address(rng, n):
    c = Case("positive", "address and postcode")
    region = rng.choice(["uk", "uk", "ie", "ie", "us"])
    asr = rng.random() < 0.55
    opener(c, rng, rng.choice(INDUSTRIES), asr=asr)
    num = rng.randint(1, 240)
    flat = rng.random() < 0.25
    street = rng.choice({"uk": UK_STREETS, "ie": IE_STREETS, "us": US_STREETS}[region])
    town = rng.choice({"uk": UK_TOWNS, "ie": IE_TOWNS, "us": US_TOWNS}[region])
    if region == "uk":
        pco, pci = make_uk_pc(rng)
    elif region == "ie":
        pco, pci = make_eir(rng)
    else:
        z = rdig(rng, 5, True)
        pco, pci = z, (rdig(rng, 4) if rng.random() < 0.3 else "")
    pcanon = pco + pci
    c.say("agent", rng.choice(["can i confirm the address on the account", "what's the first line of the address and the postcode",
                               "Please confirm your address.", "and where should we send the new card"]))
    if asr:
        fl = ("flat %s " % num_words(rng.randint(1, 30))) if flat else ""
        addr = fl + (num_words(num) if rng.random() < 0.7 else " ".join(plain_digits(str(num), "oh"))) + " " + street.lower()
        if region == "us":
            pt = " ".join(plain_digits(pco, "zero")) + ((" dash " + " ".join(plain_digits(pci, "zero"))) if pci else "")
            if pci:
                pt = pt.replace(" dash ", " ")
        else:
            pt = spoken_pc(pco, pci, rng)
        if rng.random() < 0.4:
            c.say("customer", rng.choice(["it's ", "yeah ", ""]), c.val("ADDRESS", addr, addr),
                  " " + town.lower().replace(",", ""))
            c.say("agent", rng.choice(["and the postcode", "and the eircode", "postcode please", "zip code"])
                  if region != "ie" else "and the eircode")
            c.say("customer", rng.choice(["", "it's ", "um "]), c.val("POSTCODE", pt, pcanon, canon=norm_alnum(pt)))
        else:
            c.say("customer", rng.choice(["it's ", "", "uh "]), c.val("ADDRESS", addr, addr), " " + town.lower().replace(",", "") + " ",
                  c.val("POSTCODE", pt, pcanon, canon=norm_alnum(pt)))
    else:
        fl = rng.choice(["Flat %d, " % rng.randint(1, 30), "Apt %d%s " % (rng.randint(1, 30), rng.choice(["", "B"])),
                         "Unit %d " % rng.randint(1, 9)]) if flat else ""
        addr = fl + ("%d %s" % (num, street if rng.random() < 0.7 else street.lower()))
        if region == "us":
            pt = pco + ("-" + pci if pci else "")
        else:
            pt = rng.choice(["%s %s", "%s%s", "%s  %s"]) % (pco, pci)
            pt = pt if rng.random() < 0.75 else pt.lower()
        c.say("customer", c.val("ADDRESS", addr, addr), rng.choice([", ", ", ", " "]), town, rng.choice([", ", " ", "\n"]),
              c.val("POSTCODE", pt, pcanon, canon=norm_alnum(pt)))
    return c


def pos_mixed(rng, n):
    """ID&V combo: DOB + postcode + phone, or NI + sort code etc."""
    c = Case("positive", "ID&V combination")
    asr = True
    opener(c, rng, rng.choice(["banking", "government", "utilities", "insurance"]))
    c.say("agent", "before we go any further i just need to run through security")
    dt = make_date(rng, 1940, 2003)
    c.say("agent", "date of birth first")
    c.say("customer", "yeah it's ", c.val("DOB", dob_text(dt, rng, True), dt, canon=dt))
    if rng.random() < 0.5:
        pco, pci = make_uk_pc(rng)
    else:
        pco, pci = make_eir(rng)
    c.say("agent", "and the postcode")
    pt = spoken_pc(pco, pci, rng)
    c.say("customer", rng.choice(["", "it's ", "um "]), c.val("POSTCODE", pt, pco + pci, canon=norm_alnum(pt)))
    ch = rng.random()
    if ch < 0.5:
        ni = make_ni(rng)
        c.say("agent", "and your national insurance number")
        t = join_groups(speak_ni(ni, rng), rng)
        c.say("customer", "", c.val("NI_NUMBER", t, ni, canon=norm_alnum(t)))
    else:
        canon, disp, groups = make_phone(rng, "uk")
        if groups[0] in ("44", "0044"):
            groups = ["0" + "".join(groups[1:])[:4], "".join(groups[1:])[4:7], "".join(groups[1:])[7:]]
            canon = "".join(groups)
        c.say("agent", "and the mobile number we have on file")
        t = join_groups(speak_groups(groups, rng, "uk", styles=("double", "plain")), rng)
        c.say("customer", "", c.val("PHONE", t, canon, canon=norm_alnum(t)))
    c.say("agent", rng.choice(["perfect you're through security", "lovely thanks for that"]))
    return c


# ---------------------------------------------------------------- negatives
def neg_cases(rng):
    out = []

    def cur():
        return rng.choice(["£", "€", "$"])

    def longdig(n):
        return rdig(rng, n, True)

    def spoken_long(n):
        d = longdig(n)
        return join_groups(speak_groups([d[k:k + 4] for k in range(0, n, 4)], rng), rng, fillers=0.1)

    T = []
    T.append(lambda: [("customer", "hi my order number is %s and it still hasn't arrived" % longdig(rng.choice([10, 12, 16]))),
                      ("agent", "thanks let me look up that order")])
    T.append(lambda: [("agent", "your reference number is %s" % spoken_long(16)),
                      ("customer", "sorry can you repeat the reference"),
                      ("agent", "of course the reference is %s" % spoken_long(12))])
    T.append(lambda: [("customer", "The balance says %s%d.%02d but I only owe %s%d" % (cur(), rng.randint(100, 9999), rng.randint(0, 99), cur(), rng.randint(10, 999))),
                      ("agent", "I can see a late fee of %s%d.00 was added on the %s." % (cur(), rng.randint(5, 40), ORD[rng.randint(1, 28)]))])
    T.append(lambda: [("agent", "we're open from %s till %s monday to friday and %s till %s on saturdays" % (
        num_words(rng.randint(7, 9)), num_words(rng.randint(5, 8)), num_words(rng.randint(8, 10)), num_words(rng.randint(1, 4)))),
                      ("customer", "ok so if i ring back at half four that's fine")])
    T.append(lambda: [("customer", "ive been on hold for %d minutes" % rng.randint(20, 95)),
                      ("agent", "I'm sorry about the wait, the queue was %d calls deep this morning." % rng.randint(30, 400))])
    T.append(lambda: [("agent", "can i take the meter reading"),
                      ("customer", "yeah it's %s" % " ".join(plain_digits(longdig(rng.choice([5, 6])), rng.choice(["oh", "nought"])))),
                      ("agent", "and the night rate reading"),
                      ("customer", "%s point %s" % (" ".join(plain_digits(longdig(5), "oh")), UNIT_NAMES[rng.randint(0, 9)]))])
    T.append(lambda: [("customer", "My MPRN is %s" % ("10" + rdig(rng, 9))),
                      ("agent", "Thanks, that's the meter point reference for the electricity supply at the property.")])
    T.append(lambda: [("customer", "the MPAN on the bill is %s %s %s %s" % (rdig(rng, 2), rdig(rng, 4), rdig(rng, 4), rdig(rng, 3))),
                      ("agent", "Great, and the meter serial number is %s%s" % (rng.choice(["E10BG", "S95L", "K84D"]), rdig(rng, 5)))])
    T.append(lambda: [("agent", "your flight is %s%d departing gate %s%d at %02d:%02d" % (
        rng.choice(["BA", "EI", "FR", "AA", "U2"]), rng.randint(100, 9999), rng.choice("ABCD"), rng.randint(1, 60),
        rng.randint(5, 22), rng.choice([0, 15, 30, 45]))),
                      ("customer", "and seat %d%s is still a window?" % (rng.randint(1, 40), rng.choice("ACDF")))])
    T.append(lambda: [("customer", "i'm in room %s at the hotel and the booking ref is %s" % (
        num_words(rng.randint(100, 999)), " ".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(6)).lower())),
                      ("agent", "ok i've got the reservation for %s nights" % num_words(rng.randint(2, 14)))])
    T.append(lambda: [("customer", "i'm stuck in traffic on the %s near junction %d" % (rng.choice(["M25", "M6", "N7", "M50", "A406", "I-95"]), rng.randint(1, 30))),
                      ("agent", "no worries the engineer will wait until %s" % rng.choice(["two o'clock", "half three", "12:30", "5pm"]))])
    T.append(lambda: [("agent", "is that the card ending %s" % rng.choice([rdig(rng, 4), " ".join(plain_digits(rdig(rng, 4), "oh"))])),
                      ("customer", "yes the one ending in %s" % rdig(rng, 4))])
    T.append(lambda: [("customer", "can you take it from the card ending %s please" % " ".join(speak_groups([rdig(rng, 4)], rng))),
                      ("agent", "sure that's the visa ending %s" % rdig(rng, 4))])
    T.append(lambda: [("customer", "Invoice no. INV-%s was paid on %d/%02d/%d" % (longdig(8), rng.randint(1, 28), rng.randint(1, 12), rng.randint(2019, 2026))),
                      ("agent", "Yes, I can see the payment of %s%d.%02d against it." % (cur(), rng.randint(20, 900), rng.randint(0, 99)))])
    T.append(lambda: [("agent", "your claim number is %s %s %s" % (rdig(rng, 4), rdig(rng, 4), rdig(rng, 4))),
                      ("customer", "and the policy number stays %s%s" % (rng.choice(["POL", "MTR", "HH-"]), longdig(9)))])
    T.append(lambda: [("customer", "tracking number %s" % rng.choice(["1Z" + "".join(rng.choice("0123456789ABCDEFGHJKLMNPRSTUVWXY") for _ in range(16)),
                                                                       "JD" + longdig(16), longdig(22)])),
                      ("agent", "It's showing as out for delivery between %d and %d." % (rng.randint(8, 12), rng.randint(1, 6)))])
    T.append(lambda: [("agent", "the serial number on the router should start with %s" % rng.choice(["SN", "S/N"])),
                      ("customer", "it's %s%s and the model is %s-%d" % (rng.choice(["SN", "sn "]), longdig(12), rng.choice(["HUB", "KX", "VMG"]), rng.randint(1000, 9999)))])
    T.append(lambda: [("customer", "ticket %s is still open after %d days" % (rng.choice(["INC", "REQ", "CS"]) + longdig(7), rng.randint(3, 40))),
                      ("agent", "I've escalated it, you'll hear back within %d working days" % rng.randint(2, 10))])
    T.append(lambda: [("customer", "i'm %s years old and i've been a customer since %s" % (num_words(rng.randint(18, 95)), year_words(rng.randint(1980, 2020), rng))),
                      ("agent", "thank you for being with us for so long")])
    T.append(lambda: [("customer", "the heating is set to %d degrees but it's only %d in here" % (rng.randint(18, 24), rng.randint(10, 17))),
                      ("agent", "ok and the boiler pressure is showing %s bar" % rng.choice(["1.5", "0.8", "2.1"]))])
    T.append(lambda: [("agent", "your rate is going up by %s%% from the %s of %s" % (rng.choice(["4.5", "12", "7.9", "3"]), ORD[rng.randint(1, 28)], rng.choice(MONTHS))),
                      ("customer", "so %d%% more on a %d month contract?" % (rng.randint(3, 15), rng.choice([12, 18, 24, 36])))])
    T.append(lambda: [("agent", "the engineer is booked for %s the %s of %s between %s and %s" % (
        rng.choice(["monday", "tuesday", "friday"]), ORD[rng.randint(1, 28)], rng.choice(MONTHS), num_words(rng.randint(8, 11)), num_words(rng.randint(12, 12)) if False else "one")),
                      ("customer", "fine and the next payment comes out on the %s" % ORD[rng.randint(1, 28)])])
    T.append(lambda: [("customer", "my contract started on %s and ends %d/%02d/%d" % (
        "%d %s %d" % (rng.randint(1, 28), rng.choice(MONTHS).capitalize(), rng.randint(2020, 2025)), rng.randint(1, 28), rng.randint(1, 12), rng.randint(2025, 2028))),
                      ("agent", "That's right, so there are %d months left on it." % rng.randint(1, 24))])
    T.append(lambda: [("customer", "the reference on the letter is %s, is that my case number" % " ".join(speak_groups([longdig(3), rdig(rng, 3), rdig(rng, 3)], rng))),
                      ("agent", "yes that's your case reference not your national insurance number")])
    T.append(lambda: [("agent", "For the direct debit we'll take %s%d.%02d on the %s of each month" % (cur(), rng.randint(20, 200), rng.randint(0, 99), ORD[rng.randint(1, 28)])),
                      ("customer", "the first one is %s pounds %s?" % (num_words(rng.randint(20, 199)), num_words(rng.randint(1, 99))))])
    T.append(lambda: [("customer", "my VAT registration is GB %s %s %s for the business" % (rdig(rng, 3), rdig(rng, 4), rdig(rng, 2))),
                      ("agent", "Thanks, and the company registration number is %s?" % rdig(rng, 8))])
    T.append(lambda: [("customer", "press %s then %s, that's what the recording said" % (num_words(rng.randint(1, 9)), num_words(rng.randint(1, 9)))),
                      ("agent", "yes option %d is billing and option %d is faults" % (rng.randint(1, 5), rng.randint(6, 9)))])
    T.append(lambda: [("customer", "the product code is %s and it's the %d gig model" % (rdig(rng, 13), rng.choice([64, 128, 256]))),
                      ("agent", "that's the barcode, I'll check stock at the %s branch" % rng.choice(["Leeds", "Galway", "Dundrum", "Boston"]))])
    T.append(lambda: [("agent", "your prescription reference is %s and the copay is $%d" % (" ".join(plain_digits(longdig(9), "zero")), rng.randint(5, 60))),
                      ("customer", "and the statement covers %s through %s" % (rng.choice(MONTHS), rng.choice(MONTHS)))])
    T.append(lambda: [("customer", "we live on %s, is there an outage there" % rng.choice(["the high street", "main street", "station road", "the Dublin road"])),
                      ("agent", "there's a fault affecting about %d homes in that area, estimated fix by %s" % (rng.randint(20, 900), rng.choice(["6pm", "midnight", "10:45"])))])
    T.append(lambda: [("customer", "the booking reference is %s" % spoken_long(8)),
                      ("agent", "and that's for %s adults and %s children" % (num_words(rng.randint(1, 4)), num_words(rng.randint(0, 3))))])
    T.append(lambda: [("agent", "your loyalty membership number is %s" % " ".join(rdig(rng, 4) for _ in range(4))),
                      ("customer", "that's the membership one, not a bank card, right")])
    T.append(lambda: [("customer", "Policy # %s, renewal due %s %d" % (longdig(10), rng.choice(MONTHS).capitalize(), rng.randint(2025, 2027))),
                      ("agent", "Renewal premium is %s%d, down %d%% on last year." % (cur(), rng.randint(200, 1500), rng.randint(2, 20)))])
    T.append(lambda: [("customer", "the error code on the screen is %s" % rng.choice(["E-%d" % rng.randint(100, 999), "0x%08X" % rng.randint(0, 2 ** 32 - 1)])),
                      ("agent", "please try restarting, it takes about %d seconds" % rng.randint(30, 180))])
    T.append(lambda: [("customer", "my parcel locker code is %s" % " ".join(plain_digits(rdig(rng, 6), "oh"))),
                      ("agent", "that code expires in %s hours" % num_words(rng.randint(24, 72)))])
    T.append(lambda: [("agent", "how many people live at the property"),
                      ("customer", "%s and two dogs, and it's about %d square metres" % (num_words(rng.randint(1, 6)), rng.randint(40, 250)))])
    for i in range(110):
        tpl = T[i % len(T)] if i < len(T) else rng.choice(T)
        turns = tpl()
        if rng.random() < 0.4 and i >= len(T):
            turns = turns + rng.choice(T)()
        out.append(turns)
    return out


POS_PLAN = [(pos_card_spoken, 34), (pos_card_typed, 24), (pos_ssn, 26), (pos_ni, 30), (pos_bank, 22),
            (pos_iban, 16), (pos_phone, 22), (pos_email, 16), (pos_dob, 14), (pos_address, 22), (pos_mixed, 12)]


def generate():
    rng = random.Random(SEED)
    pos = []
    for fn, count in POS_PLAN:
        for k in range(count):
            pos.append(fn(rng, k))
    rng.shuffle(pos)
    records, metas = [], []
    for k, c in enumerate(pos):
        turns, spans, meta = c.build()
        records.append({"id": "h358-pos-%03d" % (k + 1), "kind": "positive", "turns": turns, "spans": spans, "note": c.note})
        metas.append((c, meta))
    for k, tl in enumerate(neg_cases(rng)):
        turns = [{"speaker": s, "text": t} for s, t in tl]
        records.append({"id": "h358-neg-%03d" % (k + 1), "kind": "negative", "turns": turns, "spans": [],
                        "note": "no PII: numbers with non-PII labels (refs, amounts, times, readings, last four)"})
        metas.append((None, []))
    text = "".join(json.dumps(r, ensure_ascii=False, sort_keys=False) + "\n" for r in records)
    return text, records, metas


def counts(records):
    ct = {t: 0 for t in TYPES}
    for r in records:
        for s in r["spans"]:
            ct[s["type"]] += 1
    return ct


def check(text, records, metas):
    errs = []
    with open(OUT, encoding="utf-8") as f:
        if f.read() != text:
            errs.append("cases.jsonl is not byte-identical to regenerated output")
    ids = [r["id"] for r in records]
    if len(ids) != len(set(ids)):
        errs.append("duplicate ids")
    for r, (case, meta) in zip(records, metas):
        if r["kind"] == "negative" and r["spans"]:
            errs.append(r["id"] + " negative with spans")
        if r["kind"] == "positive" and not r["spans"]:
            errs.append(r["id"] + " positive without spans")
        for t in r["turns"]:
            if t["speaker"] not in ("customer", "agent"):
                errs.append(r["id"] + " bad speaker")
        by_turn = {}
        for s in r["spans"]:
            txt = r["turns"][s["turn"]]["text"]
            if not (0 <= s["start"] < s["end"] <= len(txt)):
                errs.append("%s offsets out of range" % r["id"])
                continue
            v = txt[s["start"]:s["end"]]
            if not (v[0].isalnum() and v[-1].isalnum()):
                errs.append("%s span not trimmed %r" % (r["id"], v))
            if s["start"] > 0 and txt[s["start"] - 1].isalnum():
                errs.append("%s span start not on word boundary %r" % (r["id"], v))
            if s["end"] < len(txt) and txt[s["end"]].isalnum():
                errs.append("%s span end not on word boundary %r" % (r["id"], v))
            by_turn.setdefault(s["turn"], []).append((s["start"], s["end"]))
        for lst in by_turn.values():
            lst.sort()
            for a, b in zip(lst, lst[1:]):
                if b[0] < a[1]:
                    errs.append("%s overlapping spans" % r["id"])
        if case is None:
            continue
        grp_parts = {}
        for s, m in zip(r["spans"], meta):
            v = r["turns"][s["turn"]]["text"][s["start"]:s["end"]]
            assert v == m.text
            typ, full = case.groups[m.grp]
            if typ != s["type"]:
                errs.append("%s type mismatch" % r["id"])
            try:
                if typ in ("DOB", "EXPIRY", "ADDRESS"):
                    ok = validate(typ, full if typ != "ADDRESS" else None, v)
                    if not ok:
                        errs.append("%s invalid %s %r" % (r["id"], typ, v))
                    continue
                n = norm_email(v) if typ == "EMAIL" else norm_alnum(v)
            except ValueError as e:
                errs.append("%s cannot normalise %r: %s" % (r["id"], v, e))
                continue
            if typ == "EMAIL" and grp_parts.get(m.grp) and "@" not in n and "@" not in "".join(grp_parts[m.grp]):
                n = "@" + n  # domain said in a later turn after a spoken "at" lead-in
            grp_parts.setdefault(m.grp, []).append(n)
        for g, parts in grp_parts.items():
            typ, full = case.groups[g]
            joined = "".join(parts)
            if typ == "EMAIL":
                joined = joined.lower()
            if isinstance(full, tuple) and full[0] == "last4":
                if joined != full[1][-4:] or not any(
                        case.groups[x][1] == full[1] and not isinstance(case.groups[x][1], tuple) for x in case.groups):
                    errs.append("%s bad last-four" % r["id"])
                continue
            want = full.lower() if typ == "EMAIL" else full
            if joined != want:
                errs.append("%s %s normalised %r != %r" % (r["id"], typ, joined, want))
            if not validate(typ, joined, None):
                errs.append("%s %s fails validation: %r" % (r["id"], typ, joined))
    ct = counts(records)
    npos = sum(r["kind"] == "positive" for r in records)
    nneg = len(records) - npos
    if npos < 200 or nneg < 100:
        errs.append("too few cases %d/%d" % (npos, nneg))
    mins = {t: 10 for t in TYPES}
    mins.update({"CARD_NUMBER": 70, "SSN": 30, "NI_NUMBER": 30})
    for t, m in mins.items():
        if ct[t] < m:
            errs.append("too few %s spans: %d < %d" % (t, ct[t], m))
    return errs


def readme(records):
    ct = counts(records)
    npos = sum(r["kind"] == "positive" for r in records)
    nneg = len(records) - npos
    rows = "\n".join("| %s | %d |" % (t, ct[t]) for t in TYPES)
    return """# pii_holdout358 — held-out PII redaction evaluation set

> **Never use this set for tuning.** Do not adjust patterns, thresholds, word lists
> or models while looking at these cases or their results. It exists only to measure
> the engine on data it has not been shaped to. If it leaks into development, retire it
> and generate a new set with a different seed and phrasing.

## Who wrote it and how

Written by an AI helper acting as an independent test author. The author did **not**
see the redaction engine's code, tests, docs or other fixtures; the cases come only from
a description of the PII types and annotation conventions. Everything is produced by
`scripts/make_pii_holdout358.py` (Python standard library only, a single
`random.Random(358241125)`). Every turn is assembled from plain-text segments and
labelled value segments, so span offsets are computed, never typed by hand.

`python scripts/make_pii_holdout358.py --check` regenerates the set and verifies: the file
is byte-identical; ids are unique; offsets are in range, on word boundaries, trimmed and
non-overlapping; every labelled value, after normalising spoken forms ("oh"/"o"/"nought"/
"zero", "double"/"triple", pairs like "forty one", "four hundred and twelve", NATO
"q for quebec", "dot"/"at" in e-mails, fillers), matches its value and passes its
validator (Luhn for cards, mod-97 for IBANs, NI format and prefixes, 9-digit SSN rules,
6-digit sort codes, UK/Eircode/ZIP postcode formats, valid calendar dates, etc.). A value
split across turns is checked by joining its pieces.

Emphasis: UK and Ireland — NI numbers, sort codes/NSCs and account numbers, UK
postcodes and Eircodes, GB/IE IBANs, UK and Irish phones, spoken (ASR transcript style)
and typed (chat/e-mail style). US SSNs/ZIPs/phones and EU IBANs are also present.

## Format

`cases.jsonl`, one JSON object per line: `id`, `kind` (`positive`/`negative`), `turns`
(`speaker` is `customer` or `agent`, `text`), `spans` (`turn`, `start`, `end` — Python
character offsets, end exclusive — and `type`), `note`.

## Annotation conventions

- A span covers exactly the value, from its first letter/digit to its last; lead-ins
  ("it's", "my number is", "card no:") are outside. For phones typed as `+44 ...` or
  `(415) ...` the span starts at the first digit (the `+`/bracket is outside), but it always
  includes the country code.
- A value split across turns gets one span per turn, each with the value's type.
  Agent read-backs are labelled too.
- Filler words inside a reading ("um", "uh", "erm") are inside the span.
- An aside in the middle of a reading within one turn ("hang on I need my glasses")
  is outside; the reading becomes two spans of the same type in that turn.
- Restarted readings: a short abandoned fragment before "no sorry, start again" (one
  group of at most four digits) is not labelled; the complete reading that follows is.
- ADDRESS covers the house/flat number and street (including "flat 3,"), not the town;
  the postcode/ZIP/Eircode is a separate POSTCODE span. Eircodes are labelled POSTCODE.
- DOB and EXPIRY cover the whole date expression.
- A card's last four on their own are not PII, unless the full card was read in the same
  case; then the last-four mention is labelled CARD_NUMBER.
- Negative cases contain no PII at all: amounts, balances, times, durations, counts, ages,
  temperatures, percentages, years, appointment/payment/contract dates, order/ticket/
  invoice/claim/reference/tracking/serial/model/policy/membership/MPRN/MPAN numbers
  given with their label, meter readings, flight/room/gate/seat numbers, road names,
  VAT/company numbers, card last-four mentions, including long digit strings read
  out like card numbers.

## Counts

%d positive cases, %d negative cases, %d cases in all.

| Type | Spans |
|---|---|
%s
| **Total** | %d |
""" % (npos, nneg, len(records), rows, sum(ct.values()))


def main():
    text, records, metas = generate()
    if "--check" in sys.argv:
        errs = check(text, records, metas)
        with open(os.path.join(OUT_DIR, "README.md"), encoding="utf-8") as f:
            if f.read() != readme(records):
                errs.append("README.md counts out of date")
        for e in errs[:50]:
            print("ERROR", e)
        ct = counts(records)
        print("cases:", len(records), "spans:", ct)
        if errs:
            print("FAILED (%d errors)" % len(errs))
            return 1
        print("check OK")
        return 0
    os.makedirs(OUT_DIR, exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(text)
    with open(os.path.join(OUT_DIR, "README.md"), "w", encoding="utf-8") as f:
        f.write(readme(records))
    print("wrote", OUT, len(records), "cases", counts(records))
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Generate the pii_holdout348 held-out PII redaction evaluation set.

Every turn is assembled from plain-text segments and labelled value segments,
so character offsets are computed, never typed by hand.

Usage:
    python scripts/make_pii_holdout348.py           # write cases.jsonl
    python scripts/make_pii_holdout348.py --check   # regenerate + verify
"""
import json
import os
import random
import re
import sys
import datetime

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_DIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout348")
OUT = os.path.join(OUT_DIR, "cases.jsonl")

R = random.Random(348241125)

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

# --------------------------------------------------------------------------
# spoken-form vocabulary and normaliser
# --------------------------------------------------------------------------
UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = {"twenty": 2, "thirty": 3, "forty": 4, "fifty": 5, "sixty": 6, "seventy": 7,
        "eighty": 8, "ninety": 9}
TENS_BY_D = {v: k for k, v in TENS.items()}
ORD_UNITS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
             "seventh": 7, "eighth": 8, "ninth": 9}
ORD_TEENS = {"tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
             "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17,
             "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "thirtieth": 30}
ORD_WORD = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth",
            7: "seventh", 8: "eighth", 9: "ninth"}
ZERO_WORDS = {"zero", "oh", "o", "nought"}
FILLERS = {"um", "uh", "er", "erm", "umm", "uhh", "hmm", "and"}
NATO = {"alpha": "A", "alfa": "A", "bravo": "B", "charlie": "C", "delta": "D", "echo": "E",
        "foxtrot": "F", "golf": "G", "hotel": "H", "india": "I", "juliet": "J",
        "juliett": "J", "kilo": "K", "lima": "L", "mike": "M", "november": "N",
        "oscar": "O", "papa": "P", "quebec": "Q", "romeo": "R", "sierra": "S",
        "tango": "T", "uniform": "U", "victor": "V", "whiskey": "W", "whisky": "W",
        "xray": "X", "yankee": "Y", "zulu": "Z"}
NATO_BY_L = {}
for _w, _l in NATO.items():
    NATO_BY_L.setdefault(_l, _w)
ALT_SPELL = {"B": ["bravo", "bob"], "D": ["delta", "david"], "F": ["foxtrot", "freddie"],
             "M": ["mike", "mother"], "N": ["november", "nancy"], "P": ["papa", "peter"],
             "S": ["sierra", "sugar"], "T": ["tango", "tommy"]}
EXTRA_SPELL = {"bob": "B", "david": "D", "freddie": "F", "mother": "M", "nancy": "N",
               "peter": "P", "sugar": "S", "tommy": "T"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
MON3 = [m[:3] for m in MONTHS]


def _num_word(t):
    if t in ZERO_WORDS:
        return 0
    if t in UNITS:
        return UNITS.index(t)
    return None


def norm_spoken(text):
    """Turn a spoken/ASR (or loosely typed) reading into [0-9A-Z]*."""
    toks = re.findall(r"[a-z0-9]+", text.lower())
    out = []
    i = 0
    n = len(toks)
    while i < n:
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < n else None
        # letter followed by "for <word>" / "as in <word>"
        if len(t) == 1 and t.isalpha() and nxt in ("for", "as"):
            j = i + 2 if nxt == "for" else i + 3
            if j - 1 < n and (nxt == "for" or (i + 2 < n and toks[i + 2] == "in")):
                if j < n and (toks[j] in NATO or toks[j] in EXTRA_SPELL):
                    out.append(t.upper())
                    i = j + 1
                    continue
        if t.isdigit():
            out.append(t)
        elif re.fullmatch(r"\d+(st|nd|rd|th)", t):
            out.append(re.sub(r"\D", "", t))
        elif t in ("double", "triple") and nxt is not None and _num_word(nxt) is not None:
            out.append(str(_num_word(nxt)) * (2 if t == "double" else 3))
            i += 2
            continue
        elif _num_word(t) is not None:
            out.append(str(_num_word(t)))
        elif t in TEENS:
            out.append(str(10 + TEENS.index(t)))
        elif t in TENS:
            if nxt in UNITS and nxt != "zero":
                out.append(str(TENS[t]) + str(UNITS.index(nxt)))
                i += 2
                continue
            if nxt in ORD_UNITS:
                out.append(str(TENS[t]) + str(ORD_UNITS[nxt]))
                i += 2
                continue
            out.append(str(TENS[t]) + "0")
        elif t in ORD_UNITS:
            out.append(str(ORD_UNITS[t]))
        elif t in ORD_TEENS:
            out.append(str(ORD_TEENS[t]))
        elif t in ("hundred", "thousand"):
            j = i + 1
            if j < n and toks[j] == "and":
                j += 1
                nx = toks[j] if j < n else None
                if t == "hundred":
                    if nx in UNITS or nx in ZERO_WORDS:
                        out.append("0")
                else:
                    if nx in UNITS:
                        out.append("00")
                    elif nx in TEENS or nx in TENS:
                        out.append("0")
                    else:
                        out.append("000")
            else:
                out.append("00" if t == "hundred" else "000")
            i = j
            continue
        elif t in NATO:
            out.append(NATO[t])
        elif t in EXTRA_SPELL:
            out.append(EXTRA_SPELL[t])
        elif len(t) == 1 and t.isalpha():
            out.append(t.upper())
        # fillers, month names, lead words inside a date etc. are ignored
        i += 1
    return "".join(out)


def norm_typed(text):
    return re.sub(r"[^0-9A-Za-z]", "", text).upper()


EMAIL_WORDS = {"dot": ".", "at": "@", "underscore": "_", "dash": "-", "hyphen": "-",
               "period": ".", "full": "", "stop": "."}


def norm_email_spoken(text):
    toks = re.findall(r"[a-z0-9]+", text.lower())
    out = []
    for i, t in enumerate(toks):
        if t in FILLERS - {"and"}:
            continue
        if t == "full" and i + 1 < len(toks) and toks[i + 1] == "stop":
            continue
        if t in EMAIL_WORDS:
            out.append(EMAIL_WORDS[t])
        elif t in UNITS:
            out.append(str(UNITS.index(t)))
        else:
            out.append(t)
    return "".join(out)


# --------------------------------------------------------------------------
# validators
# --------------------------------------------------------------------------
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


def iban_ok(s):
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in r)
    return int(num) % 97 == 1


NI_RE = re.compile(r"^(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$")
UK_PC_RE = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\d[ABD-HJLNP-UW-Z]{2}$")
EMAIL_RE = re.compile(r"^[a-z0-9._%+\-]+@[a-z0-9\-]+(\.[a-z0-9\-]+)+$")
STREET_WORDS = ("street", "st", "road", "rd", "lane", "avenue", "ave", "drive", "close",
                "grove", "way", "crescent", "terrace", "place", "court", "gardens",
                "boulevard", "blvd", "park", "row", "hill", "walk", "square", "mews")


def validate_value(typ, canon):
    """canon is the canonical value (a string, or a tuple for dates)."""
    if typ == "CARD_NUMBER":
        return canon.isdigit() and 13 <= len(canon) <= 19 and luhn_ok(canon)
    if typ == "CVV":
        return canon.isdigit() and len(canon) in (3, 4)
    if typ == "EXPIRY":
        m, y = canon
        return 1 <= m <= 12 and 2024 <= y <= 2035
    if typ == "DOB":
        try:
            datetime.date(*canon)
        except ValueError:
            return False
        return 1930 <= canon[0] <= 2008
    if typ == "SSN":
        return (canon.isdigit() and len(canon) == 9 and canon[:3] not in ("000", "666")
                and canon[0] != "9" and canon[3:5] != "00" and canon[5:] != "0000")
    if typ == "NI_NUMBER":
        return bool(NI_RE.match(canon))
    if typ == "BANK_ACCOUNT":
        return canon.isdigit() and 6 <= len(canon) <= 17
    if typ == "SORT_CODE":
        return canon.isdigit() and len(canon) == 6
    if typ == "IBAN":
        return iban_ok(canon)
    if typ == "PHONE":
        return canon.isdigit() and 9 <= len(canon) <= 15
    if typ == "EMAIL":
        return bool(EMAIL_RE.match(canon))
    if typ == "POSTCODE":
        return bool(UK_PC_RE.match(canon)) or bool(re.fullmatch(r"\d{5}(\d{4})?", canon))
    if typ == "ADDRESS":
        words = re.findall(r"[a-z]+", canon.lower())
        first = words[0] if words else ""
        return (bool(re.match(r"^(flat|apartment|apt|unit|\d)", canon.lower())) or first in UNITS
                or first in TEENS or first in TENS or first in ("double", "triple")) and \
            any(w in STREET_WORDS for w in words)
    return False


# --------------------------------------------------------------------------
# segment / case builders
# --------------------------------------------------------------------------
class V:
    """A labelled value segment."""

    def __init__(self, text, typ, group, norm_mode, part="full"):
        self.text = text
        self.typ = typ
        self.group = group
        self.norm_mode = norm_mode  # spoken | typed | email_spoken | email_typed | date | address
        self.part = part  # full | sub


class Case:
    def __init__(self, kind, note):
        self.kind = kind
        self.note = note
        self.turns = []
        self.groups = {}  # group -> (typ, canon, expected_norm)
        self._g = 0

    def group(self, typ, canon, expected):
        self._g += 1
        self.groups[self._g] = (typ, canon, expected)
        return self._g

    def add(self, speaker, *segs):
        self.turns.append((speaker, list(segs)))

    def render(self, cid):
        turns, spans = [], []
        for ti, (spk, segs) in enumerate(self.turns):
            text = ""
            for s in segs:
                if isinstance(s, V):
                    st = len(text)
                    text += s.text
                    spans.append({"turn": ti, "start": st, "end": len(text), "type": s.typ})
                else:
                    text += s
            turns.append({"speaker": spk, "text": text})
        return {"id": cid, "kind": self.kind, "turns": turns, "spans": spans, "note": self.note}


def seg_norm(v):
    if v.norm_mode == "typed":
        return norm_typed(v.text)
    if v.norm_mode == "email_typed":
        return v.text.lower()
    if v.norm_mode == "email_spoken":
        return norm_email_spoken(v.text)
    if v.norm_mode == "address":
        return v.text
    if v.norm_mode == "date":
        t = re.sub(r"[a-z]+", lambda m: "" if m.group(0) in MONTHS or m.group(0) in MON3
                   else m.group(0), v.text.lower())
        return re.sub(r"[A-Z]", "", norm_spoken(t))
    return norm_spoken(v.text)


# --------------------------------------------------------------------------
# speaking helpers
# --------------------------------------------------------------------------
def pick(seq):
    return R.choice(seq)


def chance(p):
    return R.random() < p


def zero_word():
    return pick(["oh", "oh", "zero", "nought", "o"])


def say_pair(two):
    a, b = int(two[0]), int(two[1])
    if a == 1:
        return TEENS[b]
    if b == 0:
        return TENS_BY_D[a]
    return TENS_BY_D[a] + ("-" if chance(0.2) else " ") + UNITS[b]


def say_digit_run(chunk, zw):
    words = []
    i = 0
    while i < len(chunk):
        d = chunk[i]
        j = i
        while j < len(chunk) and chunk[j] == d:
            j += 1
        run = j - i
        w = zw if d == "0" else UNITS[int(d)]
        if run == 3 and chance(0.6):
            words.append("triple " + w)
        elif run >= 2 and chance(0.7):
            words.append("double " + w)
            words.extend([w] * (run - 2))
        else:
            words.extend([w] * run)
        i = j
    return " ".join(words)


def say_chunk(chunk, zw, fancy=True):
    if fancy and len(chunk) == 2 and chunk[0] != "0" and (chunk[0] == "1" or chunk[1] != "0") \
            and chance(0.55):
        return say_pair(chunk)
    if fancy and len(chunk) == 3 and chunk[0] != "0" and chunk[2] != "0" and chance(0.3):
        rest = chunk[1:]
        tail = UNITS[int(rest[1])] if rest[0] == "0" else say_pair(rest)
        return UNITS[int(chunk[0])] + " hundred and " + tail
    if fancy and len(chunk) == 4 and chunk[0] != "0" and chunk[1] != "0" \
            and (chunk[2] == "1" or (chunk[2] != "0" and chunk[3] != "0")) and chance(0.35):
        return say_pair(chunk[:2]) + " " + say_pair(chunk[2:])
    return say_digit_run(chunk, zw)


def split_groups(s, sizes):
    out, i = [], 0
    for k in sizes:
        out.append(s[i:i + k])
        i += k
    if i < len(s):
        out.append(s[i:])
    return [c for c in out if c]


def rand_sizes(n, lo=2, hi=4):
    sizes = []
    while sum(sizes) < n:
        sizes.append(R.randint(lo, hi))
    return sizes


def say_digits(s, sizes=None, filler=0.15, zw=None, fancy=True):
    zw = zw or zero_word()
    chunks = split_groups(s, sizes or rand_sizes(len(s)))
    parts = []
    for k, c in enumerate(chunks):
        parts.append(say_chunk(c, zw, fancy))
        if k < len(chunks) - 1:
            if chance(filler):
                parts.append(pick([" um ", " uh ", ", er, ", "... erm "]))
            else:
                parts.append(pick([" ", " ", ", ", "... "]))
    return "".join(parts)


def type_digits(s, sizes=None, sep=None):
    sep = pick([" ", " ", "-", "", "."]) if sep is None else sep
    return sep.join(split_groups(s, sizes or rand_sizes(len(s), 3, 4)))


def say_letter(l, nato_p=0.5):
    if l == "O":
        return pick(["o for oscar", "oscar"])
    if chance(nato_p):
        w = pick(ALT_SPELL.get(l, [NATO_BY_L[l]]))
        return pick(["%s for %s", "%s as in %s", "%s for %s"]) % (l.lower(), w)
    return l.lower()


def say_alnum(s, zw=None, nato_p=0.4):
    zw = zw or zero_word()
    out = []
    buf = ""
    for ch in s + " ":
        if ch.isdigit():
            buf += ch
            continue
        if buf:
            out.append(say_digits(buf, filler=0.05, zw=zw))
            buf = ""
        if ch.isalpha():
            out.append(say_letter(ch, nato_p))
    return " ".join(out)


# --------------------------------------------------------------------------
# value generators
# --------------------------------------------------------------------------
def luhn_complete(prefix, length):
    body = prefix + "".join(str(R.randint(0, 9)) for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def gen_card():
    kind = pick(["visa", "visa", "mc", "mc", "amex", "disc", "visa13", "maestro19"])
    if kind == "visa":
        return luhn_complete("4", 16), "visa"
    if kind == "mc":
        return luhn_complete(str(R.randint(51, 55)), 16), "mastercard"
    if kind == "amex":
        return luhn_complete(pick(["34", "37"]), 15), "amex"
    if kind == "disc":
        return luhn_complete("6011", 16), "discover"
    if kind == "visa13":
        return luhn_complete("4", 13), "visa"
    return luhn_complete(pick(["6759", "5018"]), 19), "maestro"


def card_sizes(card):
    if len(card) == 15:
        return [4, 6, 5]
    if len(card) == 13:
        return [4, 3, 3, 3]
    if len(card) == 19:
        return [4, 4, 4, 4, 3]
    return [4, 4, 4, 4]


def gen_ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


NI_FIRST = "ABCEGHJKLMNPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"


def gen_ni():
    while True:
        p = pick(NI_FIRST) + pick(NI_SECOND)
        if p not in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ"):
            break
    return p + "".join(str(R.randint(0, 9)) for _ in range(6)) + pick("ABCD")


def iban_make(cc, bban):
    num = "".join(str(int(c, 36)) for c in bban + cc + "00")
    chk = 98 - int(num) % 97
    return cc + "%02d" % chk + bban


def gen_iban():
    cc = pick(["GB", "GB", "IE", "DE", "NL", "FR", "ES"])
    dg = lambda k: "".join(str(R.randint(0, 9)) for _ in range(k))
    if cc == "GB":
        bban = pick(["NWBK", "BARC", "HBUK", "LOYD", "MIDL"]) + dg(6) + dg(8)
    elif cc == "IE":
        bban = pick(["AIBK", "BOFI", "IPBS"]) + dg(6) + dg(8)
    elif cc == "DE":
        bban = dg(18)
    elif cc == "NL":
        bban = pick(["ABNA", "RABO", "INGB"]) + dg(10)
    elif cc == "FR":
        bban = dg(23)
    else:
        bban = dg(20)
    return iban_make(cc, bban)


UK_AREAS = ["SW", "SE", "N", "E", "W", "NW", "EC", "M", "B", "LS", "L", "G", "EH", "CF",
            "BS", "NE", "S", "NG", "CB", "OX", "BT", "CR", "DN", "RG", "BN", "PL", "YO"]
PC_LAST = "ABDEFGHJLNPQRSTUWXYZ"


def gen_uk_postcode():
    a = pick(UK_AREAS)
    d = str(R.randint(1, 29)) if chance(0.6) else str(R.randint(1, 9))
    if len(a) == 2 and len(d) == 1 and chance(0.15) and a in ("SW", "EC", "NW"):
        d += pick("AW")
    return a + d, str(R.randint(1, 9)) + pick(PC_LAST) + pick(PC_LAST)


def gen_zip():
    z = "%05d" % R.randint(1001, 99950)
    if chance(0.25):
        return z, "%04d" % R.randint(1, 9999)
    return z, None


STREETS = ["Mill Lane", "Church Road", "Station Road", "Victoria Street", "Elm Grove",
           "Park Avenue", "Kingsley Road", "Orchard Close", "Albert Terrace", "Meadow Way",
           "High Street", "Chapel Row", "Beech Crescent", "Queens Drive", "Harbour View Road",
           "St Mary's Place", "Canal Walk", "Rosemount Gardens", "Oak Hill", "Ferry Road"]
US_STREETS = ["Maple Street", "Oak Avenue", "Sunset Blvd", "Cedar Lane", "Lincoln Drive",
              "Washington Ave", "Pine Court", "Lakeview Drive", "Elm St", "Birch Road"]
UK_TOWNS = ["Leeds", "Bristol", "Manchester", "Cardiff", "Glasgow", "Norwich", "Hull",
            "Brighton", "Plymouth", "York", "Belfast", "Croydon", "Reading"]
US_TOWNS = [("Columbus", "OH"), ("Austin", "TX"), ("Tampa", "FL"), ("Denver", "CO"),
            ("Portland", "OR"), ("Albany", "NY"), ("Madison", "WI"), ("Reno", "NV")]
IE_TOWNS = ["Cork", "Galway", "Limerick", "Dublin 8", "Waterford", "Sligo"]

FIRST = ["sarah", "james", "priya", "tom", "aoife", "mohammed", "lucy", "daniel", "grace",
         "kevin", "olga", "liam", "chloe", "ravi", "megan", "sean", "hannah", "marek"]
LAST = ["doe", "patel", "murphy", "smith", "okafor", "jones", "walsh", "nguyen", "brown",
        "kowalski", "evans", "byrne", "taylor", "khan", "reilly", "garcia"]
DOMAINS = ["gmail.com", "outlook.com", "yahoo.co.uk", "hotmail.com", "icloud.com",
           "btinternet.com", "eircom.net", "proton.me", "aol.com", "web.de"]

INDUSTRY = {
    "banking": ["Harbour Bank", "Northgate Building Society", "Clearwater Credit Union"],
    "telecom": ["Vireo Mobile", "Skylink Broadband", "TalkWave"],
    "utilities": ["Northway Energy", "Brightwater Gas", "AquaFlow Water"],
    "retail": ["Hollis & Crane", "ShopSmart", "Bramble Home"],
    "insurance": ["Castlegate Insurance", "Evergreen Mutual", "Shieldline Motor"],
    "travel": ["Skyward Air", "Coastline Ferries", "Wanderstay Hotels"],
    "healthcare billing": ["St Columba Billing", "MedPay Services", "Riverside Clinic Accounts"],
    "government services": ["the Vehicle Licensing Office", "the Benefits Helpline",
                            "the County Tax Office"],
}
IND_KEYS = list(INDUSTRY)


def company(ind=None):
    ind = ind or pick(IND_KEYS)
    return ind, pick(INDUSTRY[ind])


def greet(ind=None, chat=False):
    ind, co = company(ind)
    if chat:
        return ind, pick(["Hi, you're chatting with %s support, how can I help?",
                          "Welcome to %s live chat. What can I do for you today?",
                          "Hello and thanks for contacting %s. How can I help?"]) % co
    return ind, pick(["thank you for calling %s my name's %s how can i help",
                      "hi you're through to %s this is %s speaking",
                      "good morning %s you're speaking with %s",
                      "%s customer services %s speaking how can i help today"]) % (
        co.lower(), pick(["dan", "amira", "jo", "keith", "bex", "marcus", "fiona", "li"]))


BACKCHANNEL = ["mhm", "go on", "yep", "okay", "uh huh", "right", "yes", "got that", "okay go on",
               "mm hm", "carry on"]
FILL_PRE = ["", "", "um ", "uh ", "er ", "so ", "right so ", "okay "]


# ---- spoken / typed forms per type --------------------------------------
def expiry_forms(m, y, spoken):
    yy = "%02d" % (y % 100)
    mm = "%02d" % m
    if spoken:
        f = R.randint(0, 4)
        if f == 0:
            return (zero_word() + " " + UNITS[m] if m < 10 else say_pair(mm)) + " " + \
                say_pair(yy), mm + yy
        if f == 1:
            return MONTHS[m - 1] + " " + say_pair(yy), yy
        if f == 2:
            return MONTHS[m - 1] + " twenty " + say_pair(yy), "20" + yy
        if f == 3:
            return say_digit_run(mm, "zero") + " slash " + say_digit_run(yy, "zero"), mm + yy
        if m < 10:
            return "the " + ORD_WORD[m] + " month " + say_pair(yy), str(m) + yy
        return MONTHS[m - 1] + " of " + say_pair(yy), yy
    f = R.randint(0, 4)
    if f == 0:
        return mm + "/" + yy, mm + yy
    if f == 1:
        return mm + "/" + str(y), mm + str(y)
    if f == 2:
        return str(m) + "-" + yy, str(m) + yy
    if f == 3:
        return MON3[m - 1].capitalize() + " " + str(y), str(y)
    return mm + yy, mm + yy


def dob_forms(y, m, d, spoken):
    dd = "%02d" % d
    if spoken:
        if d < 10:
            dw = ORD_WORD[d]
        elif d < 20:
            dw = [k for k, v in ORD_TEENS.items() if v == d][0]
        elif d % 10 == 0:
            dw = [k for k, v in ORD_TEENS.items() if v == d][0]
        else:
            dw = TENS_BY_D[d // 10] + " " + ORD_WORD[d % 10]
        ys = str(y)
        if y >= 2000:
            yw = "two thousand" + (" and " + (UNITS[y % 10] if y % 100 < 10 else say_pair(ys[2:]))
                                   if y % 100 else "")
        else:
            yw = say_pair(ys[:2]) + " " + (say_pair(ys[2:]) if ys[2] != "0" else
                                           zero_word() + " " + UNITS[int(ys[3])])
        f = R.randint(0, 2)
        if f == 0:
            return "the " + dw + " of " + MONTHS[m - 1] + " " + yw, str(d) + ys
        if f == 1:
            return MONTHS[m - 1] + " " + dw + " " + yw, str(d) + ys
        return dw + " " + MONTHS[m - 1] + " um " + yw, str(d) + ys
    f = R.randint(0, 4)
    if f == 0:
        return "%s/%02d/%d" % (dd, m, y), dd + "%02d" % m + str(y)
    if f == 1:
        return "%02d/%s/%d" % (m, dd, y), "%02d" % m + dd + str(y)
    if f == 2:
        return "%d-%02d-%s" % (y, m, dd), str(y) + "%02d" % m + dd
    if f == 3:
        return "%s %d, %d" % (MONTHS[m - 1].capitalize(), d, y), str(d) + str(y)
    return "%d %s %d" % (d, MON3[m - 1].capitalize(), y), str(d) + str(y)


def rand_dob():
    while True:
        try:
            dt = datetime.date(R.randint(1940, 2004), R.randint(1, 12), R.randint(1, 31))
            return dt.year, dt.month, dt.day
        except ValueError:
            pass


def phone_gen():
    """Returns (country, national_digits, intl_digits, typed_national, typed_intl_rest)."""
    c = pick(["UK", "UK", "UK", "US", "US", "IE", "DE", "FR"])
    if c == "UK":
        if chance(0.6):
            nat = "07700" + "900" + "%03d" % R.randint(0, 999)
            tn = nat[:5] + pick([" ", "", "-"]) + nat[5:]
        else:
            nat = "020" + "7946" + "%04d" % R.randint(0, 999)
            tn = nat[:3] + " " + nat[3:7] + " " + nat[7:]
        return c, nat, "44" + nat[1:], tn, "44 " + tn[1:]
    if c == "US":
        nat = "%03d" % R.randint(201, 989) + "555" + "01%02d" % R.randint(0, 99)
        sep = pick(["-", ".", " "])
        tn = nat[:3] + sep + nat[3:6] + sep + nat[6:]
        return c, nat, "1" + nat, tn, "1 " + tn
    if c == "IE":
        nat = "08" + pick("3567") + "%07d" % R.randint(0, 9999999)
        tn = nat[:3] + " " + nat[3:6] + " " + nat[6:]
        return c, nat, "353" + nat[1:], tn, "353 " + tn[1:]
    if c == "DE":
        nat = "030" + "%07d" % R.randint(0, 9999999)
        tn = nat[:3] + " " + nat[3:]
        return c, nat, "49" + nat[1:], tn, "49 " + tn[1:]
    nat = "06" + "%08d" % R.randint(0, 99999999)
    tn = " ".join(nat[i:i + 2] for i in range(0, 10, 2))
    return c, nat, "33" + nat[1:], tn, "33 " + tn[1:]


def email_gen():
    f, l = pick(FIRST), pick(LAST)
    sep = pick([".", "_", "", "."])
    dig = "" if chance(0.5) else "%d" % R.randint(1, 99)
    local = pick([f + sep + l, f[0] + sep + l, f + sep + l[0], l + sep + f]) + dig
    return local + "@" + pick(DOMAINS)


def email_spoken(addr):
    local, dom = addr.split("@")
    words = []
    for piece in re.findall(r"[a-z]+|\d|[._\-]", local):
        if piece == ".":
            words.append("dot")
        elif piece == "_":
            words.append("underscore")
        elif piece == "-":
            words.append("dash")
        elif piece.isdigit():
            words.append(UNITS[int(piece)])
        else:
            words.append(piece)
    words.append("at")
    for k, p in enumerate(dom.split(".")):
        if k:
            words.append("dot")
        words.append(p)
    return " ".join(words)


# --------------------------------------------------------------------------
# positive case templates
# --------------------------------------------------------------------------
def V_full(case, typ, canon, text, mode, expected=None):
    exp = expected if expected is not None else (
        canon if isinstance(canon, str) else "")
    g = case.group(typ, canon, exp)
    return V(text, typ, g, mode)


def pos_card_chat():
    card, brand = gen_card()
    c = Case("positive", "typed chat: %s card with expiry and CVV, labels" % brand)
    ind, hi = greet(pick(["retail", "telecom", "travel", "utilities"]), chat=True)
    c.add("agent", hi)
    c.add("customer", pick(["hi i need to pay my bill", "Hello, want to pay the outstanding balance",
                            "hiya can i update my payment card pls", "need to pay for my booking"]))
    c.add("agent", "Sure, please enter the long card number.")
    sizes = card_sizes(card) if chance(0.6) else rand_sizes(len(card), 2, 5)
    txt = type_digits(card, sizes)
    lead = pick(["card no: ", "Card number - ", "its ", "", "card# ", "CC: ", "number is "])
    c.add("customer", lead, V_full(c, "CARD_NUMBER", card, txt, "typed"),
          pick(["", " ", " thx", " (" + brand + ")"]))
    m, y = R.randint(1, 12), R.randint(2026, 2031)
    et, ee = expiry_forms(m, y, False)
    cvv = "%04d" % R.randint(0, 9999) if len(card) == 15 else "%03d" % R.randint(0, 999)
    c.add("agent", "Thanks. Expiry date and the security code on the back?")
    order = chance(0.5)
    ev = V_full(c, "EXPIRY", (m, y), et, "date", ee)
    cv = V_full(c, "CVV", cvv, cvv, "typed")
    if order:
        c.add("customer", pick(["exp ", "expires ", "Exp: "]), ev,
              pick([" cvv ", " and code ", ", CVC: ", " sec code "]), cv)
    else:
        c.add("customer", pick(["cvv ", "code is ", "CVV2: "]), cv, pick([", exp ", " - expiry ", " and it runs out "]), ev)
    c.add("agent", "Thank you, that payment has gone through.")
    return c


def card_said(card, filler=0.2):
    sizes = card_sizes(card) if chance(0.6) else rand_sizes(len(card), 2, 4)
    return sizes, split_groups(card, sizes)


def pos_card_call_split():
    card, brand = gen_card()
    c = Case("positive", "ASR call: card read over several turns with back-channels%s")
    ind, hi = greet()
    c.add("agent", hi)
    c.add("customer", pick(["yeah hi i wanna make a payment", "hi um i've got a bill to pay",
                            "hello yes i'd like to pay off my arrears"]))
    c.add("agent", pick(["no problem what's the long number on the card",
                         "okay can i take the sixteen digit number please",
                         "sure go ahead with the card number when you're ready"]))
    _, chunks = card_said(card)
    zw = zero_word()
    g = c.group("CARD_NUMBER", card, card)
    k = 0
    first = True
    while k < len(chunks):
        take = R.randint(1, 2)
        piece = chunks[k:k + take]
        k += take
        txt = say_digits("".join(piece), [len(p) for p in piece], filler=0.3, zw=zw)
        if first:
            c.add("customer", pick(FILL_PRE) + pick(["it's ", "yeah it's ", "", "okay so "]), V(txt, "CARD_NUMBER", g, "spoken"))
            first = False
        else:
            c.add("customer", V(txt, "CARD_NUMBER", g, "spoken"))
        if k < len(chunks):
            c.add("agent", pick(BACKCHANNEL))
    rb = chance(0.5)
    if rb:
        g2 = c.group("CARD_NUMBER", card, card)
        c.add("agent", "so that's ", V(say_digits(card, card_sizes(card), filler=0, zw="zero", fancy=False),
                                        "CARD_NUMBER", g2, "spoken"), " is that right")
        c.add("customer", pick(["yep", "that's it", "yes correct"]))
    last4 = card[-4:]
    if chance(0.5):
        c.add("agent", "and i'll just confirm that's the card ending ",
              V(say_digits(last4, [2, 2], filler=0), "CARD_NUMBER", g if not rb else g2, "spoken", "sub"),
              " yeah")
        c.note = c.note % " and a labelled last-four mention (full card read in same case)"
    else:
        c.note = c.note % (" and agent read-back" if rb else "")
    c.add("customer", "yeah")
    return c


def pos_card_call_restart():
    card, brand = gen_card()
    c = Case("positive", "ASR call: card reading abandoned and restarted (partial labelled), aside mid-reading")
    ind, hi = greet()
    c.add("agent", hi)
    c.add("customer", "hiya i need to renew the " + pick(["policy", "subscription", "parking permit", "insurance"]))
    c.add("agent", "lovely and how would you like to pay")
    c.add("customer", "on the card")
    c.add("agent", "okay go ahead with the number")
    zw = zero_word()
    cut = R.randint(3, 7)
    gp = c.group("CARD_NUMBER", card, card)
    c.add("customer", V(say_digits(card[:cut], filler=0.2, zw=zw), "CARD_NUMBER", gp, "spoken", "sub"),
          pick(["... no hang on that's the old card. sorry. right, it's ",
                " oh wait sorry i'm reading it wrong let me start again ",
                "... sorry i've lost my place. from the top, "]),
          V(say_digits(card[:8], [4, 4], filler=0.2, zw=zw), "CARD_NUMBER", gp, "spoken"),
          pick([", hang on the dog's barking, ", "... sorry can you hear me ok? yeah, ", " - two secs - "]),
          V(say_digits(card[8:], rand_sizes(len(card) - 8, 2, 4), filler=0.2, zw=zw), "CARD_NUMBER", gp, "spoken"))
    # the first (partial) segment is 'sub', the other two make up the full group
    c.add("agent", "perfect thank you and the expiry")
    m, y = R.randint(1, 12), R.randint(2026, 2031)
    et, ee = expiry_forms(m, y, True)
    c.add("customer", pick(["", "it's ", "um "]), V_full(c, "EXPIRY", (m, y), et, "date", ee))
    c.add("agent", "and finally the three digits on the back")
    cvv = "%04d" % R.randint(0, 9999) if len(card) == 15 else "%03d" % R.randint(0, 999)
    c.add("customer", V_full(c, "CVV", cvv, say_digits(cvv, [len(cvv)], filler=0, fancy=chance(0.5)), "spoken"))
    return c


def pos_card_call_correction():
    card, brand = gen_card()
    c = Case("positive", "ASR call: agent read-back with customer correction of one group")
    _, hi = greet()
    c.add("agent", hi)
    c.add("customer", "i'm calling to pay for " + pick(["the replacement phone", "my gas bill", "the excess on my claim", "my kid's school trip"]))
    c.add("agent", "okay card number please")
    sizes = card_sizes(card)
    gr = split_groups(card, sizes)
    zw = zero_word()
    g = c.group("CARD_NUMBER", card, card)
    c.add("customer", V(say_digits(card, sizes, filler=0.25, zw=zw), "CARD_NUMBER", g, "spoken"))
    # agent mishears the 2nd group
    wrong = list(gr)
    bad = "".join(str((int(ch) + 1) % 10) if i == 0 else ch for i, ch in enumerate(gr[1]))
    wrong[1] = bad
    wrong_s = "".join(wrong)
    gw = c.group("CARD_NUMBER", card, card)
    c.add("agent", "let me read that back ",
          V(say_digits(wrong_s[:len(gr[0]) + len(gr[1])], [len(gr[0]), len(gr[1])], filler=0, fancy=False), "CARD_NUMBER", gw, "spoken", "subwrong"),
          "...")
    c.add("customer", "no no the second bit's ", V(say_digits(gr[1], [len(gr[1])], filler=0), "CARD_NUMBER", gw, "spoken", "sub"))
    g3 = c.group("CARD_NUMBER", card, card)
    c.add("agent", "sorry so ", V(say_digits(card, sizes, filler=0, fancy=False, zw="zero"), "CARD_NUMBER", g3, "spoken"))
    c.add("customer", "that's right yeah")
    return c


def pos_ssn():
    ssn = gen_ssn()
    spoken = chance(0.6)
    ind = pick(["banking", "insurance", "healthcare billing", "government services", "telecom"])
    c = Case("positive", "%s: US SSN %s" % ("ASR call" if spoken else "typed chat", "(%s)" % ind))
    _, hi = greet(ind, chat=not spoken)
    c.add("agent", hi)
    if spoken:
        c.add("customer", pick(["hi yeah i'm trying to get into my account", "hey i got a letter about my bill",
                                "hi i need to check on a claim"]))
        c.add("agent", pick(["sure i just need to verify you can i get your social",
                             "okay for security what's your social security number",
                             "can i get the last... actually i'll need the full ssn for this one"]))
        zw = zero_word()
        form = R.randint(0, 2)
        g = c.group("SSN", ssn, ssn)
        if form == 0:
            c.add("customer", pick(FILL_PRE) + pick(["it's ", "", "yeah "]),
                  V(say_digits(ssn, [3, 2, 4], filler=0.3, zw=zw), "SSN", g, "spoken"))
        elif form == 1:
            c.add("customer", V(say_digits(ssn[:3], [3], zw=zw), "SSN", g, "spoken"))
            c.add("agent", pick(BACKCHANNEL))
            c.add("customer", V(say_digits(ssn[3:5], [2], zw=zw), "SSN", g, "spoken"))
            c.add("agent", pick(BACKCHANNEL))
            c.add("customer", V(say_digits(ssn[5:], pick([[4], [2, 2]]), zw=zw), "SSN", g, "spoken"))
        else:
            c.add("customer", "okay ", V(say_digits(ssn[:5], [3, 2], zw=zw), "SSN", g, "spoken"),
                  pick([" hold on i'm reading it off the card ", " sorry my glasses... ", ", um, where was i, "]),
                  V(say_digits(ssn[5:], [4], zw=zw), "SSN", g, "spoken"))
        if chance(0.5):
            g2 = c.group("SSN", ssn, ssn)
            c.add("agent", "thanks so that's ", V(say_digits(ssn, [3, 2, 4], filler=0, fancy=False), "SSN", g2, "spoken"))
            c.add("customer", "yep")
        c.add("agent", "great you're verified")
    else:
        c.add("customer", pick(["I need to update my tax info", "hi, verifying my identity for the loan app",
                                "my claim was denied and i need to fix my details"]))
        c.add("agent", "Please provide your Social Security Number to continue.")
        t = pick([ssn[:3] + "-" + ssn[3:5] + "-" + ssn[5:], ssn[:3] + " " + ssn[3:5] + " " + ssn[5:],
                  ssn, ssn[:3] + "." + ssn[3:5] + "." + ssn[5:]])
        c.add("customer", pick(["SSN: ", "ssn ", "its ", "social is ", "SS# ", ""]),
              V_full(c, "SSN", ssn, t, "typed"), pick(["", " thanks", ". is this secure?"]))
        c.add("agent", "Thank you, I've located your record.")
    return c


def ni_spoken(ni, zw):
    return say_letter(ni[0]) + " " + say_letter(ni[1]) + pick([" ", ", "]) + \
        say_digits(ni[2:8], pick([[2, 2, 2], [3, 3], [6], [2, 4]]), filler=0.2, zw=zw) + \
        pick([" ", ", ", " and then "]) + say_letter(ni[8])


def pos_ni():
    ni = gen_ni()
    spoken = chance(0.6)
    ind = pick(["government services", "banking", "insurance", "utilities"])
    c = Case("positive", "%s: UK NI number" % ("ASR call" if spoken else "typed chat"))
    _, hi = greet(ind, chat=not spoken)
    c.add("agent", hi)
    if spoken:
        c.add("customer", pick(["hi i'm ringing about my tax code", "hello it's about my pension",
                                "hiya i need to update my details for universal credit"]))
        c.add("agent", pick(["can i take your national insurance number please", "what's your n i number",
                             "okay and your national insurance"]))
        zw = zero_word()
        g = c.group("NI_NUMBER", ni, ni)
        f = R.randint(0, 2)
        if f == 0:
            c.add("customer", pick(FILL_PRE) + pick(["it's ", "yeah it's ", ""]), V(ni_spoken(ni, zw), "NI_NUMBER", g, "spoken"))
        elif f == 1:
            c.add("customer", V(say_letter(ni[0]) + " " + say_letter(ni[1]), "NI_NUMBER", g, "spoken"))
            c.add("agent", pick(BACKCHANNEL))
            c.add("customer", V(say_digits(ni[2:8], [2, 2, 2], zw=zw), "NI_NUMBER", g, "spoken"))
            c.add("agent", pick(BACKCHANNEL))
            c.add("customer", V(say_letter(ni[8], 0.8), "NI_NUMBER", g, "spoken"))
        else:
            c.add("customer", V(say_letter(ni[0]) + " " + say_letter(ni[1]) + " " + say_digits(ni[2:5], [3], zw=zw), "NI_NUMBER", g, "spoken"),
                  pick([" sorry it's on a letter somewhere... here, ", " bear with me, ", " - i've got it written down - "]),
                  V(say_digits(ni[5:8], [3], zw=zw) + " " + say_letter(ni[8]), "NI_NUMBER", g, "spoken"))
        if chance(0.5):
            g2 = c.group("NI_NUMBER", ni, ni)
            c.add("agent", "lovely so that's ", V(" ".join(say_letter(x, 0.0) if x.isalpha() else UNITS[int(x)] for x in ni),
                                                   "NI_NUMBER", g2, "spoken"), " yeah")
            c.add("customer", pick(["yes", "that's right", "spot on"]))
    else:
        c.add("customer", pick(["Hi, my employer has the wrong NI on file", "need to check my NI contributions",
                                "applying for the grant, what do you need"]))
        c.add("agent", "Could you type your National Insurance number please?")
        f = R.randint(0, 3)
        if f == 0:
            t = ni[:2] + " " + ni[2:4] + " " + ni[4:6] + " " + ni[6:8] + " " + ni[8]
        elif f == 1:
            t = ni.lower()
        elif f == 2:
            t = ni[:2] + ni[2:8] + " " + ni[8]
        else:
            t = ni[:2].lower() + "-" + ni[2:8] + "-" + ni[8]
        c.add("customer", pick(["NI: ", "ni no ", "NINO ", "it's ", "", "national insurance "]),
              V_full(c, "NI_NUMBER", ni, t, "typed"), pick(["", " ta", ", thanks"]))
        c.add("agent", "Thanks, I can see your record now.")
    return c


def pos_bank():
    acct = "%08d" % R.randint(0, 99999999)
    sc = "%02d%02d%02d" % (R.randint(1, 99), R.randint(0, 99), R.randint(0, 99))
    spoken = chance(0.55)
    c = Case("positive", "%s: UK sort code and account number for direct debit" % ("ASR call" if spoken else "typed chat"))
    _, hi = greet(pick(["utilities", "telecom", "insurance", "banking"]), chat=not spoken)
    c.add("agent", hi)
    if spoken:
        c.add("customer", pick(["i want to set up a direct debit", "can i change the bank account you take it from",
                                "hi i need to switch my payments to monthly"]))
        c.add("agent", "no problem can i take the sort code first")
        zw = zero_word()
        gsc = c.group("SORT_CODE", sc, sc)
        c.add("customer", pick(["", "it's ", "um "]), V(say_digits(sc, [2, 2, 2], filler=0.15, zw=zw), "SORT_CODE", gsc, "spoken"))
        c.add("agent", pick(["and the account number", "lovely and the eight digit account number"]))
        ga = c.group("BANK_ACCOUNT", acct, acct)
        if chance(0.5):
            c.add("customer", V(say_digits(acct[:4], [4], zw=zw), "BANK_ACCOUNT", ga, "spoken"))
            c.add("agent", pick(BACKCHANNEL))
            c.add("customer", V(say_digits(acct[4:], [4], zw=zw, filler=0.3), "BANK_ACCOUNT", ga, "spoken"))
        else:
            c.add("customer", V(say_digits(acct, rand_sizes(8, 2, 4), filler=0.3, zw=zw), "BANK_ACCOUNT", ga, "spoken"))
        if chance(0.5):
            g2 = c.group("SORT_CODE", sc, sc)
            g3 = c.group("BANK_ACCOUNT", acct, acct)
            c.add("agent", "so sort code ", V(say_digits(sc, [2, 2, 2], filler=0, fancy=False), "SORT_CODE", g2, "spoken"),
                  " account ", V(say_digits(acct, [4, 4], filler=0, fancy=False), "BANK_ACCOUNT", g3, "spoken"))
            c.add("customer", "yes that's it")
    else:
        c.add("customer", pick(["want to pay by direct debit", "Can I update my bank details", "switching banks, new details below"]))
        c.add("agent", "Sure, what are the sort code and account number?")
        st = pick([sc[:2] + "-" + sc[2:4] + "-" + sc[4:], sc, sc[:2] + " " + sc[2:4] + " " + sc[4:]])
        at = pick([acct, acct[:4] + " " + acct[4:]])
        if chance(0.5):
            c.add("customer", pick(["sort code ", "s/c: ", "Sort: "]), V_full(c, "SORT_CODE", sc, st, "typed"),
                  pick([" acct no: ", ", account ", " a/c "]), V_full(c, "BANK_ACCOUNT", acct, at, "typed"))
        else:
            c.add("customer", pick(["acc no ", "Account number: ", "acct "]), V_full(c, "BANK_ACCOUNT", acct, at, "typed"),
                  pick(["\nsort ", " and sort code is ", ", sc "]), V_full(c, "SORT_CODE", sc, st, "typed"))
        c.add("agent", "Thanks, the mandate is set up.")
    return c


def pos_us_bank():
    acct = str(R.randint(10 ** 9, 10 ** 12 - 1))
    c = Case("positive", "US checking account number (routing number is not labelled)")
    _, hi = greet(pick(["banking", "utilities", "healthcare billing"]), chat=chance(0.5))
    c.add("agent", hi)
    c.add("customer", "i want to set up autopay from my checking")
    c.add("agent", "ok what's the routing number and then the account number")
    routing = pick(["021000021", "011000138", "122105155", "071000013"])
    c.add("customer", "routing is " + routing + " and the account is ",
          V_full(c, "BANK_ACCOUNT", acct, pick([acct, say_digits(acct, filler=0.1)]), "typed" if False else "spoken"))
    c.add("agent", "got it, autopay is on")
    return c


def iban_typed(ib):
    f = R.randint(0, 2)
    if f == 0:
        return " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))
    if f == 1:
        return ib
    return " ".join(ib[i:i + 4] for i in range(0, len(ib), 4)).lower()


def pos_iban():
    ib = gen_iban()
    spoken = chance(0.4)
    c = Case("positive", "%s: IBAN (%s)" % ("ASR call" if spoken else "typed chat/e-mail", ib[:2]))
    _, hi = greet(pick(["travel", "banking", "retail", "insurance"]), chat=not spoken)
    c.add("agent", hi)
    if spoken:
        c.add("customer", "hi i'm waiting on a refund and you need my bank details")
        c.add("agent", "that's right can you read me the iban")
        zw = zero_word()
        g = c.group("IBAN", ib, ib)
        cut = 8
        c.add("customer", pick(["okay ", "right it's ", ""]), V(say_alnum(ib[:cut], zw, 0.5), "IBAN", g, "spoken"))
        c.add("agent", pick(BACKCHANNEL))
        c.add("customer", V(say_alnum(ib[cut:], zw, 0.3), "IBAN", g, "spoken"))
        c.add("agent", "thanks the refund will go out in five working days")
    else:
        c.add("customer", pick(["Hi, please refund to my account below", "Refund request - booking cancelled",
                                "where do I send my bank details for the refund?"]))
        c.add("agent", "Please share the IBAN for the refund.")
        c.add("customer", pick(["IBAN: ", "iban ", "my IBAN is ", "Bank: IBAN "]), V_full(c, "IBAN", ib, iban_typed(ib), "typed"),
              pick(["", " (" + pick(["AIB", "Barclays", "ING", "Sparkasse"]) + ")", " thanks"]))
        c.add("agent", "Received, thank you.")
    return c


def phone_spoken(digits, zw):
    return say_digits(digits, rand_sizes(len(digits), 3, 4), filler=0.15, zw=zw)


def pos_phone():
    cty, nat, intl, tn, ti = phone_gen()
    spoken = chance(0.5)
    use_intl = chance(0.4)
    c = Case("positive", "%s: %s phone number, %s" % ("ASR call" if spoken else "typed chat", cty,
                                                    "international" if use_intl else "national"))
    _, hi = greet(pick(IND_KEYS), chat=not spoken)
    c.add("agent", hi)
    c.add("customer", pick(["i need to update my contact number", "you've got my old mobile on file",
                            "can someone call me back"]))
    c.add("agent", pick(["what's the best number", "sure what number should we use",
                         "okay go ahead with the new number"]))
    if spoken:
        zw = zero_word()
        if use_intl:
            digs = intl
            lead = pick(["plus ", "it's plus ", ""])
            if lead == "" :
                digs = "00" + intl
        else:
            digs = nat
            lead = pick(["", "it's ", "um "])
        g = c.group("PHONE", digs, digs)
        if chance(0.4):
            c.add("customer", lead, V(say_digits(digs[:5], [len(digs[:5])], zw=zw), "PHONE", g, "spoken"))
            c.add("agent", pick(BACKCHANNEL))
            c.add("customer", V(phone_spoken(digs[5:], zw), "PHONE", g, "spoken"))
        else:
            c.add("customer", lead, V(phone_spoken(digs, zw), "PHONE", g, "spoken"))
        if chance(0.4):
            g2 = c.group("PHONE", digs, digs)
            c.add("agent", "so that's ", V(say_digits(digs, rand_sizes(len(digs), 3, 4), filler=0, fancy=False), "PHONE", g2, "spoken"))
            c.add("customer", "that's the one")
    else:
        if use_intl:
            t = ti
            lead = pick(["+", "tel: +", "mobile +", "00"])
            exp = intl
            if lead == "00":
                exp = "00" + intl
                t = "00" + t
                lead = pick(["", "tel "])
        else:
            t = tn
            lead = pick(["", "mob: ", "tel ", "its "])
            exp = nat
        c.add("customer", lead, V_full(c, "PHONE", exp, t, "typed", exp),
              pick(["", " after 5pm", " (mobile)", " thx"]))
    c.add("agent", "that's updated for you")
    return c


def pos_email():
    addr = email_gen()
    spoken = chance(0.55)
    c = Case("positive", "%s: e-mail address" % ("ASR call" if spoken else "typed chat"))
    _, hi = greet(pick(IND_KEYS), chat=not spoken)
    c.add("agent", hi)
    c.add("customer", pick(["can you email me the receipt", "i never got the confirmation email",
                            "i'd like paperless billing please"]))
    c.add("agent", "sure what email address should i use")
    if spoken:
        g = c.group("EMAIL", addr, addr)
        c.add("customer", pick(["yeah it's ", "it's ", "um ", ""]), V(email_spoken(addr), "EMAIL", g, "email_spoken"))
        if chance(0.5):
            g2 = c.group("EMAIL", addr, addr)
            c.add("agent", "so ", V(email_spoken(addr), "EMAIL", g2, "email_spoken"), " yeah")
            c.add("customer", "yes")
    else:
        t = addr if chance(0.6) else (addr[0].upper() + addr[1:])
        g = c.group("EMAIL", addr, addr)
        c.add("customer", pick(["email: ", "it's ", "", "use "]), V(t, "EMAIL", g, "email_typed_ci"),
              pick(["", " pls", ". thanks!"]))
    c.add("agent", "done, you should get it shortly")
    return c


def pos_dob():
    y, m, d = rand_dob()
    spoken = chance(0.55)
    c = Case("positive", "%s: date of birth for ID&V" % ("ASR call" if spoken else "typed chat"))
    _, hi = greet(pick(IND_KEYS), chat=not spoken)
    c.add("agent", hi)
    c.add("customer", pick(["hi i'm ringing about my account", "i need to change my address",
                            "i've been charged twice"]))
    c.add("agent", pick(["can i take your date of birth", "for security what's your d o b",
                         "first i need to confirm your date of birth"]))
    t, e = dob_forms(y, m, d, spoken)
    c.add("customer", pick(["", "it's ", "yeah ", "DOB "]) if not spoken else pick(["", "it's ", "um "]),
          V_full(c, "DOB", (y, m, d), t, "date", e), pick(["", " thanks", " yeah"]))
    c.add("agent", "thank you you're through security")
    return c


def pc_spoken(out, inn, zw):
    return say_alnum(out, zw, 0.4) + pick([" ", ", ", " ... "]) + say_alnum(inn, zw, 0.4)


def pos_address():
    country = pick(["UK", "UK", "US", "US", "IE"])
    spoken = chance(0.5)
    c = Case("positive", "%s: %s address with postcode/ZIP" % ("ASR call" if spoken else "typed chat", country))
    _, hi = greet(pick(IND_KEYS), chat=not spoken)
    c.add("agent", hi)
    c.add("customer", pick(["i've moved house and need to update my address", "the parcel went to the wrong place",
                            "can you send an engineer out"]))
    c.add("agent", "what's the address")
    street = pick(US_STREETS if country == "US" else STREETS)
    num = R.randint(1, 240) if country != "US" else R.randint(100, 9899)
    flat = R.randint(1, 30) if chance(0.3) and country != "US" else None
    if spoken:
        nums = str(num)
        nw = say_digits(nums, [2, 2] if len(nums) == 4 else [len(nums)], filler=0) if len(nums) > 1 else UNITS[num]
        atext = (("flat " + (say_digits(str(flat), [len(str(flat))], filler=0) if flat >= 10 else UNITS[flat]) + " ")
                 if flat else "") + nw + " " + re.sub(r" ave$", " avenue", re.sub(r" st$", " street", street.lower().replace("'", "").replace(
            "blvd", "boulevard")))
    else:
        atext = (("Flat %d, " % flat) if flat else "") + "%d %s" % (num, street)
        if chance(0.3):
            atext = atext.lower()
    ga = c.group("ADDRESS", atext, atext)
    segs = [pick(["", "it's ", "so it's "]), V(atext, "ADDRESS", ga, "address")]
    if country == "UK":
        out, inn = gen_uk_postcode()
        pc = out + inn
        town = pick(UK_TOWNS)
        if spoken:
            zw = zero_word()
            ptxt = pc_spoken(out, inn, zw)
            segs += [", " + town.lower() + ", ", V_full(c, "POSTCODE", pc, ptxt, "spoken")]
        else:
            ptxt = pick([out + " " + inn, pc, (out + " " + inn).lower()])
            segs += [", " + town + ", ", V_full(c, "POSTCODE", pc, ptxt, "typed")]
    elif country == "US":
        z, p4 = gen_zip()
        town, st = pick(US_TOWNS)
        zc = z + (p4 or "")
        if spoken:
            ztxt = say_digits(z, [5], filler=0, fancy=False) + ((" dash " + say_digits(p4, [4], filler=0, fancy=False)) if p4 else "")
            segs += [" " + town.lower() + " " + st.lower() + " ", V_full(c, "POSTCODE", zc, ztxt, "spoken")]
        else:
            ztxt = z + (("-" + p4) if p4 else "")
            segs += [", " + town + ", " + st + " ", V_full(c, "POSTCODE", zc, ztxt, "typed")]
    else:
        town = pick(IE_TOWNS)
        segs += [", " + (town.lower() if spoken else town)]
    c.add("customer", *segs)
    c.add("agent", "great that's all updated")
    return c


def pos_idv_combo():
    """Identity & verification with several types in one call."""
    c = Case("positive", "ASR call: ID&V combo — DOB, postcode, phone read back by agent")
    _, hi = greet(pick(["banking", "telecom", "insurance", "utilities"]))
    c.add("agent", hi)
    c.add("customer", "hi i've been locked out of my online account")
    c.add("agent", "okay i'll need to ask a few security questions first your date of birth")
    y, m, d = rand_dob()
    t, e = dob_forms(y, m, d, True)
    c.add("customer", pick(["", "it's ", "er "]), V_full(c, "DOB", (y, m, d), t, "date", e))
    c.add("agent", "and the postcode")
    out, inn = gen_uk_postcode()
    zw = zero_word()
    g = c.group("POSTCODE", out + inn, out + inn)
    c.add("customer", V(say_alnum(out, zw, 0.3), "POSTCODE", g, "spoken"))
    c.add("agent", pick(BACKCHANNEL))
    c.add("customer", V(say_alnum(inn, zw, 0.6), "POSTCODE", g, "spoken"))
    _, nat, intl, tn, ti = phone_gen()
    c.add("agent", "and is the mobile still ", V_full(c, "PHONE", nat, say_digits(nat, rand_sizes(len(nat), 3, 4), filler=0), "spoken"))
    c.add("customer", "yes that's still mine")
    return c


def pos_email_ticket():
    """Typed e-mail to the support inbox with several values."""
    c = Case("positive", "typed e-mail: signature block with phone, address, postcode, NI number")
    ni = gen_ni()
    out, inn = gen_uk_postcode()
    _, nat, intl, tn, ti = phone_gen()
    addr = email_gen()
    num = R.randint(1, 180)
    street = pick(STREETS)
    ref = "%d" % R.randint(10 ** 7, 10 ** 8 - 1)
    c.add("customer", "Subject: Re: case ", ref, "\n\nHello,\n\nPlease update my records. My NI number is ",
          V_full(c, "NI_NUMBER", ni, ni[:2] + " " + ni[2:4] + " " + ni[4:6] + " " + ni[6:8] + " " + ni[8], "typed"),
          " and my new address is ", V_full(c, "ADDRESS", "%d %s" % (num, street), "%d %s" % (num, street), "address"),
          ", " + pick(UK_TOWNS) + " ", V_full(c, "POSTCODE", out + inn, out + " " + inn, "typed"),
          ".\n\nRegards,\n" + pick(FIRST).capitalize() + "\nTel: ", V_full(c, "PHONE", nat, tn, "typed"),
          "\n", V_full(c, "EMAIL", addr, addr, "email_typed"))
    c.add("agent", "Thanks for your e-mail, your records for case " + ref + " have been updated.")
    return c


# --------------------------------------------------------------------------
# negative case templates
# --------------------------------------------------------------------------
def neg_amounts():
    c = Case("negative", "balances, amounts and due dates")
    _, hi = greet(pick(["utilities", "telecom", "banking"]))
    c.add("agent", hi)
    a = R.randint(100, 99999)
    c.add("customer", "how much do i owe")
    c.add("agent", pick(["your balance is %s pounds and %s pence due on the %s of %s" % (
        say_digits(str(a // 100), [len(str(a // 100))], filler=0, fancy=True) if a // 100 < 10 else
        say_pair(str(a // 100)[:2]) if a // 100 < 100 else str(a // 100), say_pair("%02d" % (a % 100)) if a % 100 >= 11 and a % 100 % 10 else str(a % 100),
        pick(["fourteenth", "first", "twenty third"]), pick(MONTHS)),
        "the outstanding balance is $%d.%02d and your next payment of $%d is due %s %d" % (
            a // 100, a % 100, R.randint(20, 400), pick(MONTHS).capitalize(), R.randint(1, 28))]))
    c.add("customer", "okay and how much is it if i pay it all now")
    c.add("agent", "it'd be %d.%02d with the %d percent discount" % (R.randint(50, 900), R.randint(0, 99), R.randint(2, 15)))
    return c


def neg_order_ref_spoken():
    ref = luhn_complete(pick(["4", "5"]), 16) if chance(0.5) else "".join(str(R.randint(0, 9)) for _ in range(16))
    label = pick(["order number", "reference number", "tracking number", "claim reference", "booking reference",
                  "ticket number", "invoice number"])
    c = Case("negative", "16-digit %s read like a card number but labelled as a reference" % label)
    _, hi = greet(pick(["retail", "insurance", "travel", "telecom"]))
    c.add("agent", hi)
    c.add("customer", "hi i'm chasing up a " + label.split()[0])
    c.add("agent", "sure what's the " + label)
    c.add("customer", "the %s is %s" % (label, say_digits(ref, [4, 4, 4, 4], filler=0.2)))
    c.add("agent", "thanks %s %s, i can see that's %s" % (label, say_digits(ref, [4, 4, 4, 4], filler=0, fancy=False),
                                                          pick(["been dispatched", "still being processed", "closed"])))
    return c


def neg_typed_refs():
    c = Case("negative", "typed chat with long labelled identifiers (order/policy/serial/invoice)")
    _, hi = greet(pick(["retail", "insurance", "telecom"]), chat=True)
    c.add("agent", hi)
    items = [
        "Order #%d" % R.randint(10 ** 9, 10 ** 10),
        "policy no: POL-%d-%d" % (R.randint(2019, 2025), R.randint(100000, 999999)),
        "serial number SN%d" % R.randint(10 ** 11, 10 ** 12),
        "invoice INV%08d" % R.randint(0, 10 ** 8),
        "tracking 1Z%s" % "".join(pick("0123456789ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(16)),
        "model no. %s-%d" % (pick(["WM", "KX", "RTX", "HD"]), R.randint(1000, 9999)),
        "claim ref CLM%d" % R.randint(10 ** 8, 10 ** 9),
        "ticket %d" % R.randint(10 ** 5, 10 ** 7),
    ]
    R.shuffle(items)
    c.add("customer", "hi, re my " + items[0] + " - it arrived damaged. " + items[1].capitalize() + ".")
    c.add("agent", "Sorry to hear that. I've raised " + items[2] + " for you.")
    c.add("customer", "also the " + items[3] + " on the box?")
    return c


def neg_times():
    c = Case("negative", "opening hours, times, durations, appointment dates")
    _, hi = greet(pick(["healthcare billing", "government services", "utilities", "telecom"]))
    c.add("agent", hi)
    c.add("customer", "what time are you open till")
    c.add("agent", "we're open %s till %s monday to friday and %s to %s on saturdays" % (
        pick(["eight", "8am", "nine"]), pick(["eight pm", "20:00", "half seven"]), pick(["nine", "10"]), pick(["one", "four"])))
    c.add("customer", "and how long's the wait for an engineer")
    c.add("agent", "the next slot is %s the %s of %s between %s and %s, it takes about %s minutes" % (
        pick(["tuesday", "friday", "monday"]), pick(["third", "twenty first", "fourteenth", "30th"]), pick(MONTHS),
        pick(["ten", "7:30", "08:00"]), pick(["two", "12:30", "4pm"]), pick(["forty five", "ninety", "30"])))
    c.add("customer", "okay book me in for %s %d at %s" % (pick(MONTHS).capitalize(), R.randint(1, 28), pick(["10:15", "2.30pm", "11am"])))
    return c


def neg_card_ending():
    c = Case("negative", "card last-four mentions only (PCI-permitted), no full card read")
    _, hi = greet(pick(["retail", "banking", "telecom", "travel"]))
    c.add("agent", hi)
    l4 = "%04d" % R.randint(0, 9999)
    c.add("customer", "i think i was charged twice on my card")
    c.add("agent", pick(["is that the card ending %s", "i can see a visa ending in %s is that the one",
                         "the mastercard ending %s yes"]) % say_digits(l4, [2, 2], filler=0))
    c.add("customer", pick(["yeah ending %s", "yes the one that ends %s", "yep last four %s"]) % pick([l4, say_digits(l4, [4], filler=0)]))
    c.add("agent", "okay i've refunded the duplicate of %d pounds %d" % (R.randint(5, 300), R.randint(10, 99)))
    return c


def neg_meter():
    c = Case("negative", "meter readings and meter serial numbers")
    _, hi = greet("utilities")
    c.add("agent", hi)
    c.add("customer", "i want to give a meter reading")
    r = "%05d" % R.randint(0, 99999)
    c.add("agent", "go ahead with the reading")
    c.add("customer", "okay it's " + say_digits(r, [len(r)], filler=0.3) + " on the day rate and " +
          say_digits("%05d" % R.randint(0, 99999), [2, 3], filler=0.1) + " on the night")
    c.add("agent", "and the meter serial starts %s%d is that right" % (pick(["e", "k", "s"]), R.randint(10, 99)) +
          " it's serial " + say_digits(str(R.randint(10 ** 7, 10 ** 8)), [4, 4], filler=0))
    c.add("customer", "yes")
    return c


def neg_travel():
    c = Case("negative", "flight, gate, seat, room numbers and booking codes")
    _, hi = greet("travel", chat=chance(0.4))
    c.add("agent", hi)
    fl = pick(["BA", "EI", "FR", "UA", "LH", "AF"]) + str(R.randint(10, 9999))
    c.add("customer", "I'm on flight %s on the %dth, booking ref %s" % (fl, R.randint(4, 28),
                                                                        "".join(pick("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))))
    c.add("agent", "I see you in seat %d%s, departing gate %s%d at %02d:%02d" % (
        R.randint(1, 40), pick("ABCDEF"), pick("ABC"), R.randint(1, 60), R.randint(5, 22), pick([0, 15, 30, 45])))
    c.add("customer", "and the hotel room is %d for %d nights?" % (R.randint(100, 1250), R.randint(1, 14)))
    c.add("agent", "yes room %d, check-out by 11" % R.randint(100, 1250))
    return c


def neg_misc_numbers():
    c = Case("negative", "ages, temperatures, percentages, counts, years, road names")
    _, hi = greet(pick(["insurance", "utilities", "healthcare billing"]))
    c.add("agent", hi)
    c.add("customer", "my mum's %s and the heating's been off since %s, it's %s degrees in here" % (
        pick(["eighty four", "ninety one", "seventy six"]), pick(["twenty nineteen", "last tuesday", "2021"]),
        pick(["twelve", "nine", "14"])))
    c.add("agent", "i'm sorry to hear that, %d percent of homes in your area were affected, we've got %d engineers on the %s" % (
        R.randint(3, 60), R.randint(2, 40), pick(["a40", "m62", "route 66", "n7", "i 95"])))
    c.add("customer", "the house was built in %d and we've been here %d years" % (R.randint(1890, 2015), R.randint(2, 40)))
    return c


def neg_policy_spoken():
    c = Case("negative", "policy / account reference spoken digit by digit with NI-like letter prefix, labelled as policy")
    _, hi = greet("insurance")
    c.add("agent", hi)
    pre = pick(["pc", "hh", "mt", "hm"])
    digs = "".join(str(R.randint(0, 9)) for _ in range(8))
    c.add("customer", "hi my policy number is %s %s" % (" ".join(say_letter(x.upper(), 0.5) for x in pre),
                                                       say_digits(digs, [2, 2, 2, 2], filler=0.2)))
    c.add("agent", "thanks so policy %s%s, your renewal is on the %s of %s at %d pounds a month" % (
        pre.upper(), digs, pick(["ninth", "twelfth", "twenty second"]), pick(MONTHS), R.randint(15, 90)))
    return c


def neg_long_strings():
    c = Case("negative", "long digit strings that are not PII: IMEI, SIM/ICCID, MPAN, VIN, barcode")
    _, hi = greet(pick(["telecom", "utilities", "retail"]), chat=True)
    c.add("agent", hi)
    imei = luhn_complete("35", 15)
    iccid = "8944" + "".join(str(R.randint(0, 9)) for _ in range(15))
    c.add("customer", pick(["my phone's IMEI is %s", "IMEI: %s (from the box)"]) % imei)
    c.add("agent", "Thanks. And the SIM number (ICCID) on the card?")
    c.add("customer", "sim serial " + " ".join(iccid[i:i + 4] for i in range(0, len(iccid), 4)))
    c.add("agent", "Great, and for the energy switch the MPAN is " + "".join(str(R.randint(0, 9)) for _ in range(13)) +
          ", barcode " + "".join(str(R.randint(0, 9)) for _ in range(13)))
    return c


def neg_contract():
    c = Case("negative", "contract dates, payment dates, tariff prices, data allowances")
    _, hi = greet("telecom", chat=chance(0.5))
    c.add("agent", hi)
    c.add("customer", "when does my contract end")
    c.add("agent", "your 24 month contract started on %02d/%02d/%d and ends %s %d, %d" % (
        R.randint(1, 28), R.randint(1, 12), R.randint(2022, 2024), pick(MONTHS).capitalize(), R.randint(1, 28), R.randint(2025, 2027)))
    c.add("customer", "and what's the price after that")
    c.add("agent", "£%d.%02d a month for %dGB, payment taken on the %dth" % (
        R.randint(10, 60), R.randint(0, 99), pick([30, 100, 250]), R.randint(4, 28)))
    return c


def neg_reference_nato():
    c = Case("negative", "booking/claim reference spelled with NATO alphabet")
    _, hi = greet(pick(["travel", "insurance", "government services"]))
    c.add("agent", hi)
    ref = "".join(pick("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)) + str(R.randint(100, 999))
    c.add("customer", "my booking reference is " + say_alnum(ref, None, 0.7))
    c.add("agent", "thanks reference %s, that's a %d night stay for %d adults" % (ref.lower(), R.randint(2, 10), R.randint(1, 4)))
    return c


NEG_TEMPLATES = [neg_amounts, neg_order_ref_spoken, neg_typed_refs, neg_times, neg_card_ending, neg_meter,
                 neg_travel, neg_misc_numbers, neg_policy_spoken, neg_long_strings, neg_contract, neg_reference_nato]

POS_PLAN = ([pos_card_chat] * 20 + [pos_card_call_split] * 20 + [pos_card_call_restart] * 10 +
            [pos_card_call_correction] * 6 + [pos_ssn] * 32 + [pos_ni] * 30 + [pos_bank] * 16 +
            [pos_us_bank] * 4 + [pos_iban] * 14 + [pos_phone] * 18 + [pos_email] * 14 + [pos_dob] * 14 +
            [pos_address] * 18 + [pos_idv_combo] * 6 + [pos_email_ticket] * 6)


# --------------------------------------------------------------------------
# generation + checks
# --------------------------------------------------------------------------
def build():
    R.seed(348241125)
    plan = list(POS_PLAN)
    R.shuffle(plan)
    cases = []
    for i, fn in enumerate(plan, 1):
        case = fn()
        errs = validate_case_modes(case)
        if errs:
            raise SystemExit("validation failed for h348-pos-%03d (%s): %s" % (i, fn.__name__, errs))
        cases.append(case.render("h348-pos-%03d" % i))
    for i in range(1, 111):
        fn = NEG_TEMPLATES[(i - 1) % len(NEG_TEMPLATES)]
        case = fn()
        if case.groups:
            raise SystemExit("negative case has labels")
        cases.append(case.render("h348-neg-%03d" % i))
    return cases


def validate_case_modes(case):
    # map special modes onto the shared validator
    for _, segs in case.turns:
        for s in segs:
            if isinstance(s, V) and s.norm_mode == "email_typed_ci":
                s.norm_mode = "email_typed"
            if isinstance(s, V) and s.part == "subwrong":
                s.part = "wrong"
    errs = []
    full = {}
    for _, segs in case.turns:
        for s in segs:
            if not isinstance(s, V):
                continue
            typ, canon, exp = case.groups[s.group]
            nv = seg_norm(s)
            if not nv:
                errs.append("empty normalisation for %r" % s.text)
            if s.part == "full":
                full.setdefault(s.group, []).append(nv)
            elif s.part == "sub":
                if nv not in exp:
                    errs.append("partial %r not in %r" % (nv, exp))
            elif s.part == "wrong":
                # misheard read-back: same length as the prefix it stands for, digits only
                if not nv.isdigit():
                    errs.append("misheard read-back not digits %r" % nv)
    for g, (typ, canon, exp) in case.groups.items():
        if not validate_value(typ, canon):
            errs.append("invalid %s value %r" % (typ, canon))
        if g in full:
            got = " ".join(full[g]) if typ == "ADDRESS" else "".join(full[g])
            if typ == "EMAIL":
                got = got.lower()
            if got != exp:
                errs.append("%s normalised %r != expected %r" % (typ, got, exp))
    return errs


def serialise(cases):
    return "".join(json.dumps(c, ensure_ascii=False, sort_keys=False) + "\n" for c in cases)


def structural_check(cases):
    errs = []
    ids = [c["id"] for c in cases]
    if len(set(ids)) != len(ids):
        errs.append("duplicate ids")
    for c in cases:
        if c["kind"] == "negative" and c["spans"]:
            errs.append("%s: negative with spans" % c["id"])
        if c["kind"] == "positive" and not c["spans"]:
            errs.append("%s: positive without spans" % c["id"])
        for t in c["turns"]:
            if t["speaker"] not in ("customer", "agent"):
                errs.append("%s: bad speaker" % c["id"])
        per_turn = {}
        for s in c["spans"]:
            if s["type"] not in TYPES:
                errs.append("%s: bad type %s" % (c["id"], s["type"]))
            if not (0 <= s["turn"] < len(c["turns"])):
                errs.append("%s: turn out of range" % c["id"])
                continue
            txt = c["turns"][s["turn"]]["text"]
            a, b = s["start"], s["end"]
            if not (0 <= a < b <= len(txt)):
                errs.append("%s: offsets out of range" % c["id"])
                continue
            if not (txt[a].isalnum() and txt[b - 1].isalnum()):
                errs.append("%s: span %r does not start/end on alnum" % (c["id"], txt[a:b]))
            if (a > 0 and txt[a - 1].isalnum()) or (b < len(txt) and txt[b].isalnum()):
                errs.append("%s: span %r not on word boundary" % (c["id"], txt[a:b]))
            per_turn.setdefault(s["turn"], []).append((a, b))
        for spans in per_turn.values():
            spans.sort()
            for (a1, b1), (a2, b2) in zip(spans, spans[1:]):
                if a2 < b1:
                    errs.append("%s: overlapping spans" % c["id"])
    return errs


def counts(cases):
    cnt = {t: 0 for t in TYPES}
    for c in cases:
        for s in c["spans"]:
            cnt[s["type"]] += 1
    return cnt


def main():
    cases = build()
    data = serialise(cases)
    errs = structural_check(cases)
    npos = sum(c["kind"] == "positive" for c in cases)
    nneg = sum(c["kind"] == "negative" for c in cases)
    cnt = counts(cases)
    if npos < 200 or nneg < 100:
        errs.append("too few cases")
    for t, n in cnt.items():
        need = 70 if t == "CARD_NUMBER" else 30 if t in ("SSN", "NI_NUMBER") else 10
        if n < need:
            errs.append("too few %s spans: %d" % (t, n))
    if errs:
        print("\n".join(errs[:50]))
        sys.exit(1)
    if "--check" in sys.argv[1:]:
        with open(OUT, encoding="utf-8") as fh:
            old = fh.read()
        if old != data:
            print("cases.jsonl differs from regenerated output")
            sys.exit(1)
        for line in old.splitlines():
            json.loads(line)
        print("OK: %d positive, %d negative; spans: %s" % (npos, nneg, json.dumps(cnt)))
        return
    os.makedirs(OUT_DIR, exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as fh:
        fh.write(data)
    print("wrote %s: %d positive, %d negative; spans: %s" % (OUT, npos, nneg, json.dumps(cnt)))


if __name__ == "__main__":
    main()

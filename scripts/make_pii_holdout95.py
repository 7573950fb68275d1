#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set h95.

Written by an AI helper acting as an independent author (it never saw the
redaction code).  Every turn is assembled from plain-text segments and
(value, TYPE) segments, so span offsets are computed, never typed by hand.
All randomness comes from one seeded random.Random, so the output is
byte-for-byte reproducible.

    python scripts/make_pii_holdout95.py          # write fixture + README
    python scripts/make_pii_holdout95.py --check  # regenerate and verify
"""
import json
import os
import random
import re
import sys
from collections import Counter

SEED = 95301123
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_DIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout95")
OUT = os.path.join(OUT_DIR, "cases.jsonl")
README = os.path.join(OUT_DIR, "README.md")

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

R = random.Random(SEED)


def ch(seq):
    return R.choice(seq)


def p(x):
    return R.random() < x


# ---------------------------------------------------------------------------
# segments
# ---------------------------------------------------------------------------
_GID = [0]


def new_gid():
    _GID[0] += 1
    return _GID[0]


class V:
    """A labelled value segment. Segments sharing gid form one value."""

    def __init__(self, text, typ, gid=None):
        self.text = text
        self.typ = typ
        self.gid = gid if gid is not None else new_gid()


def turn(speaker, *segs):
    return (speaker, [s for s in segs if s is not None and s != ""])


NOSPACE_BEFORE = tuple(",.?!;:)'")


def render(turns):
    """Return (turn dicts, spans with gid)."""
    out, spans = [], []
    for ti, (spk, segs) in enumerate(turns):
        text = ""
        for seg in segs:
            s = seg.text if isinstance(seg, V) else seg
            if text and not text.endswith((" ", "(", "\n")) and not (
                    isinstance(seg, str) and s.startswith(NOSPACE_BEFORE)):
                text += " "
            if isinstance(seg, V):
                spans.append({"turn": ti, "start": len(text),
                              "end": len(text) + len(s), "type": seg.typ,
                              "gid": seg.gid})
            text += s
        out.append({"speaker": spk, "text": text})
    return out, spans


# ---------------------------------------------------------------------------
# spoken number helpers
# ---------------------------------------------------------------------------
ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven",
        "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
         "sixteen", "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
        "eighty", "ninety"]
ORD = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth",
       6: "sixth", 7: "seventh", 8: "eighth", 9: "ninth", 10: "tenth",
       11: "eleventh", 12: "twelfth", 13: "thirteenth", 14: "fourteenth",
       15: "fifteenth", 16: "sixteenth", 17: "seventeenth",
       18: "eighteenth", 19: "nineteenth", 20: "twentieth",
       30: "thirtieth"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july",
          "august", "september", "october", "november", "december"]
NATO = ["alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf",
        "hotel", "india", "juliet", "kilo", "lima", "mike", "november",
        "oscar", "papa", "quebec", "romeo", "sierra", "tango", "uniform",
        "victor", "whiskey", "xray", "yankee", "zulu"]
LETTER_HOMO = {"b": "bee", "c": "see", "j": "jay", "k": "kay", "r": "are",
               "y": "why", "t": "tea", "p": "pea", "q": "queue"}


def ordinal(n):
    if n in ORD:
        return ORD[n]
    return TENS[n // 10] + " " + ORD[n % 10]


def num_words(n):
    """0..99 as words."""
    if n < 10:
        return ONES[n]
    if n < 20:
        return TEENS[n - 10]
    t, u = divmod(n, 10)
    return TENS[t] if u == 0 else TENS[t] + " " + ONES[u]


def zero_word(uk):
    opts = ["zero", "oh", "oh", "o"] + (["nought"] if uk else [])
    return ch(opts)


def digit_word(d, uk, homophones=False):
    if d == "0":
        return zero_word(uk)
    if homophones and p(0.15):
        if d == "4":
            return "for"
        if d == "2":
            return ch(["to", "too"])
        if d == "8":
            return "ate"
    return ONES[int(d)]


def pair_word(s, uk):
    n = int(s)
    if s[0] == "0":
        return zero_word(uk) + " " + ONES[n]
    return num_words(n)


def say_digits(s, uk=False, pairs=0.0, doubles=0.5, homophones=False):
    """Speak a digit string the way a caller + ASR would."""
    words, i = [], 0
    while i < len(s):
        d = s[i]
        if doubles and i + 2 < len(s) + 0 and s[i:i + 3] == d * 3 and p(doubles):
            words.append("triple " + digit_word(d, uk))
            i += 3
            continue
        if doubles and i + 1 < len(s) and s[i + 1] == d and p(doubles):
            words.append("double " + digit_word(d, uk))
            i += 2
            continue
        if pairs and i + 1 < len(s) and p(pairs) and s[i] != "0" \
                and s[i + 1] != "0":
            words.append(pair_word(s[i:i + 2], uk))
            i += 2
            continue
        words.append(digit_word(d, uk, homophones))
        i += 1
    return " ".join(words)


def say_groups(groups, uk=False, pairs=0.0, doubles=0.4, sep=" ",
               homophones=False):
    return sep.join(say_digits(g, uk, pairs, doubles, homophones)
                    for g in groups)


def rdigits(n):
    return "".join(str(R.randint(0, 9)) for _ in range(n))


def chunks(s, sizes):
    out, i = [], 0
    for k in sizes:
        out.append(s[i:i + k])
        i += k
    if i < len(s):
        out.append(s[i:])
    return out


def spell_letter(c, nato=0.3, homo=0.15):
    c = c.lower()
    r = R.random()
    if c == "o":
        return "o for oscar"
    if r < nato:
        return c + " for " + NATO[ord(c) - 97]
    if r < nato + homo and c in LETTER_HOMO:
        return LETTER_HOMO[c]
    return c


# ---------------------------------------------------------------------------
# value generators
# ---------------------------------------------------------------------------
def luhn_ok(num):
    tot = 0
    for i, c in enumerate(reversed(num)):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def gen_card():
    kind = ch(["visa", "visa", "mc", "mc", "amex", "disc", "visa19"])
    if kind == "visa":
        body, n = "4" + rdigits(14), 16
    elif kind == "visa19":
        body, n = "4" + rdigits(17), 19
    elif kind == "mc":
        body, n = ch(["51", "52", "53", "54", "55", "22"]) + rdigits(13), 16
    elif kind == "amex":
        body, n = ch(["34", "37"]) + rdigits(12), 15
    else:
        body, n = "6011" + rdigits(11), 16
    for d in "0123456789":
        if luhn_ok(body + d):
            num = body + d
            break
    if n == 15:
        groups = chunks(num, [4, 6, 5])
    elif n == 19:
        groups = chunks(num, [4, 4, 4, 4, 3])
    else:
        groups = chunks(num, [4, 4, 4, 4])
    return num, groups


def iban_check(country, bban):
    s = bban + country + "00"
    conv = "".join(str(ord(c) - 55) if c.isalpha() else c for c in s)
    return "%02d" % (98 - int(conv) % 97)


def mod97_ok(iban):
    s = iban[4:] + iban[:4]
    conv = "".join(str(ord(c) - 55) if c.isalpha() else c for c in s)
    return int(conv) % 97 == 1


BANKS = {"GB": ["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "SRLG"],
         "IE": ["AIBK", "BOFI", "IPBS"], "NL": ["ABNA", "INGB", "RABO"]}


def gen_iban(country):
    if country in ("GB", "IE"):
        bban = ch(BANKS[country]) + rdigits(14)
    elif country == "NL":
        bban = ch(BANKS["NL"]) + rdigits(10)
    elif country == "DE":
        bban = rdigits(18)
    elif country == "FR":
        bban = rdigits(23)
    else:  # ES
        bban = rdigits(20)
    return country + iban_check(country, bban) + bban


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
        pre = ch(NI_FIRST) + ch(NI_SECOND)
        if pre not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return pre + rdigits(6) + ch("ABCD")


def gen_uk_postcode():
    area = ch(["SW", "SE", "N", "E", "W", "M", "B", "LS", "BS", "CF", "EH",
               "G", "NG", "L", "CB", "OX", "BT", "RG", "PO", "DN", "YO"])
    district = str(R.randint(1, 28))
    if area in ("SW", "W", "E") and p(0.2):
        district = str(R.randint(1, 9)) + ch("ABC")
    inward = str(R.randint(0, 9)) + ch("ABDEFGHJLNPQRSTUWXYZ") + \
        ch("ABDEFGHJLNPQRSTUWXYZ")
    return area + district, inward


def gen_zip():
    z = "%05d" % R.randint(1001, 99950)
    if p(0.25):
        return z, "%04d" % R.randint(1, 9999)
    return z, None


def gen_uk_mobile():
    return "07" + str(R.randint(3, 9)) + rdigits(8)


def gen_us_phone():
    return str(R.randint(2, 9)) + rdigits(2) + str(R.randint(2, 9)) + rdigits(6)


def gen_ie_mobile():
    return "08" + ch("35679") + rdigits(7)


STREETS = ["elm", "oak", "maple", "victoria", "church", "station", "mill",
           "park", "highfield", "queens", "king", "cedar", "willow",
           "grange", "meadow", "orchard", "ashgrove", "lakeview", "pine",
           "chestnut", "beech", "hawthorn", "albert", "york", "windsor",
           "sycamore", "riverside", "belmont", "fairview", "clarence"]
SUFFIX_UK = ["road", "street", "lane", "close", "avenue", "drive",
             "crescent", "terrace", "gardens", "way", "grove", "place"]
SUFFIX_US = ["street", "avenue", "drive", "boulevard", "lane", "court",
             "road", "way", "place", "parkway"]
FIRST = ["sarah", "james", "priya", "tom", "aoife", "liam", "maria",
         "david", "chloe", "marcus", "niamh", "ahmed", "emma", "olu",
         "grace", "kevin", "fatima", "sean", "hannah", "raj", "lucy",
         "dan", "megan", "carlos", "zoe", "patrick", "jen", "ali"]
LAST = ["mitchell", "obrien", "patel", "kowalski", "nguyen", "murphy",
        "hughes", "fernandez", "clarke", "osei", "walsh", "bennett",
        "schmidt", "dubois", "khan", "reilly", "brooks", "lambert",
        "garcia", "okafor", "doyle", "harper", "rossi", "jensen"]
DOMAINS = [("gmail", "com"), ("hotmail", "co.uk"), ("outlook", "com"),
           ("yahoo", "com"), ("icloud", "com"), ("btinternet", "com"),
           ("eircom", "net"), ("web", "de"), ("protonmail", "com"),
           ("aol", "com"), ("live", "ie"), ("comcast", "net")]

# ---------------------------------------------------------------------------
# context: channel / country / industry
# ---------------------------------------------------------------------------
INDUSTRIES = ["banking", "telecom", "utilities", "retail", "insurance",
              "travel", "healthcare billing", "government services"]
COUNTRY_NAMES = {"US": "US", "UK": "UK", "IE": "Ireland", "EU": "EU"}


class Ctx:
    def __init__(self, channel, country, industry):
        self.channel = channel
        self.country = country
        self.industry = industry
        self.uk = country in ("UK", "IE")
        self.call = channel == "call"
        self.cur = {"US": "dollars", "UK": "pounds", "IE": "euro",
                    "EU": "euro"}[country]
        self.sym = {"US": "$", "UK": "£", "IE": "€", "EU": "€"}[country]


def agent(*segs):
    return turn("agent", *segs)


def cust(*segs):
    return turn("customer", *segs)


def bc(c):
    if c.call:
        return ch(["mhm", "okay", "yep", "okay go on", "uh huh", "right",
                   "got that", "yeah"])
    return ch(["ok", "thanks", "got it", "ok go on"])


# --------------------------- non-PII numbers -------------------------------
def money(c):
    amt = R.randint(5, 480)
    cents = ch([0, 0, 50, 99, 25, 49, 10, 75])
    if c.call:
        w = spoken_amount(amt)
        unit = c.cur
        if cents:
            sub = {"US": "", "UK": "", "IE": "", "EU": ""}[c.country]
            return "%s %s %s" % (w, unit, num_words(cents)) + sub
        return "%s %s" % (w, unit)
    if cents:
        return "%s%d.%02d" % (c.sym, amt, cents)
    return "%s%d" % (c.sym, amt)


def spoken_amount(n):
    if n < 100:
        return num_words(n)
    h, r = divmod(n, 100)
    return ONES[h] + " hundred" + ("" if r == 0 else " and " + num_words(r))


def a_date(c):
    d, m = R.randint(1, 28), R.randint(1, 12)
    if c.call:
        if c.uk:
            return "the %s of %s" % (ordinal(d), MONTHS[m - 1])
        return "%s %s" % (MONTHS[m - 1], ordinal(d))
    if c.country == "US":
        return "%s %d" % (MONTHS[m - 1].capitalize()[:3], d)
    return "%d %s" % (d, MONTHS[m - 1].capitalize())


def a_time(c):
    h, mi = R.randint(8, 11), ch([0, 15, 30, 45])
    if c.call:
        if mi == 0:
            return "%s o'clock" % ONES[h] if h < 10 else "%s am" % TEENS[h - 10]
        return "%s %s" % (ONES[h] if h < 10 else TEENS[h - 10], num_words(mi))
    return "%d:%02d" % (h, mi) + ch(["am", " am", ""])


def a_ref(c, word=None):
    word = word or ch(["reference", "ticket", "case", "order", "claim",
                       "invoice"])
    n = rdigits(R.randint(6, 9))
    n = str(R.randint(1, 9)) + n
    if c.call:
        return "%s number %s" % (word, say_digits(n, c.uk, pairs=0.3))
    pre = ch(["", "#", "no. ", "number "])
    return "%s %s%s" % (word, pre, n)


def day_range(c):
    a = R.randint(2, 6)
    b = a + R.randint(2, 8)
    if c.call:
        return [num_words(a), "to", num_words(b), "working days"]
    return ["%d-%d working days" % (a, b)]


def a_count(c):
    n = R.randint(2, 14)
    return num_words(n) if c.call else str(n)


INDUSTRY_PROBLEM = {
    "banking": [
        lambda c: ["there's a payment of", money(c),
                   "on my account that i don't recognise, it went out on",
                   a_date(c)],
        lambda c: ["my card got declined twice today at the shop, it was only for",
                   money(c)],
        lambda c: ["i want to set up a standing order for", money(c),
                   "a month starting", a_date(c)],
    ],
    "telecom": [
        lambda c: ["my bill went up to", money(c),
                   "this month and i've only used about", a_count(c),
                   "gigs of data"],
        lambda c: ["the broadband keeps dropping, it's been down", a_count(c),
                   "times since", a_date(c)],
        lambda c: ["i want to upgrade my phone, i've been with you", a_count(c),
                   "years"],
    ],
    "utilities": [
        lambda c: ["my direct debit jumped to", money(c),
                   "a month and i want to know why"],
        lambda c: ["i need to give you a meter reading, it's",
                   say_digits(rdigits(5), c.uk) if c.call else rdigits(5)],
        lambda c: ["i'm moving out on", a_date(c),
                   "and need to close the gas account"],
    ],
    "retail": [
        lambda c: ["my order hasn't arrived, it was supposed to come on",
                   a_date(c), "and it was", money(c)],
        lambda c: ["i want to return", a_count(c),
                   "items from my last order, i got charged", money(c)],
        lambda c: ["i was charged twice for the same order,", money(c),
                   "each time"],
    ],
    "insurance": [
        lambda c: ["i need to make a claim, someone reversed into my car on",
                   a_date(c)],
        lambda c: ["my renewal quote came through at", money(c),
                   "which is way more than last year"],
        lambda c: ["i want to add my son to the policy from", a_date(c)],
    ],
    "travel": [
        lambda c: ["my flight on", a_date(c),
                   "got cancelled and i want a refund of the", money(c)],
        lambda c: ["i need to change my booking to", a_date(c), "at",
                   a_time(c)],
        lambda c: ["the hotel charged me", money(c),
                   "extra for a room i never used"],
    ],
    "healthcare billing": [
        lambda c: ["i got a bill for", money(c),
                   "from my appointment on", a_date(c),
                   "and i thought insurance covered it"],
        lambda c: ["i want to set up a payment plan for the", money(c),
                   "balance"],
    ],
    "government services": [
        lambda c: ["i'm calling about my tax refund, it said", a_count(c),
                   "weeks and it's been longer than that"],
        lambda c: ["i need to update my details for the benefit claim i made on",
                   a_date(c)],
        lambda c: ["i got a letter saying i owe", money(c),
                   "and i don't understand why"],
    ],
}

AGENT_MIDDLE = [
    lambda c: ["okay i can see that, it was processed on", a_date(c),
               "for", money(c)],
    lambda c: ["right so i've raised", a_ref(c),
               "for you, that should be sorted within", a_count(c),
               "working days"],
    lambda c: ["let me just have a look, bear with me for", a_count(c),
               "seconds"],
    lambda c: ["i can see your last payment was", money(c), "on", a_date(c)],
    lambda c: ["okay so the balance showing is", money(c)],
    lambda c: ["i've added a note, your", a_ref(c),
               "if you need to call back"],
    lambda c: ["i'll set up a callback for", a_date(c), "at", a_time(c)],
    lambda c: IND_AGENT[c.industry](c),
    lambda c: IND_AGENT[c.industry](c),
    lambda c: ["so the refund of", money(c), "should show in"] + day_range(c),
]

IND_AGENT = {
    "banking": lambda c: ["i've put a temporary block on the card, the new one takes",
                          num_words(R.randint(3, 7)) if c.call else str(R.randint(3, 7)),
                          "to", num_words(R.randint(8, 10)) if c.call else str(R.randint(8, 10)),
                          "days"],
    "telecom": lambda c: ["i can knock", money(c),
                          "off the monthly price if you take the", a_count(c),
                          "month contract"],
    "utilities": lambda c: ["we can get an engineer out on", a_date(c), "between",
                            a_time(c), "and", "one pm" if c.call else "1pm"],
    "retail": lambda c: ["the courier shows it left the depot on", a_date(c),
                         "at", a_time(c)],
    "insurance": lambda c: ["your excess on the policy is", money(c),
                            "and the renewal is on", a_date(c)],
    "travel": lambda c: ["the next available is", a_date(c), "at", a_time(c),
                         "with a fare difference of", money(c)],
    "healthcare billing": lambda c: ["your plan covered", money(c),
                                     "and the remaining", money(c),
                                     "is the patient responsibility"],
    "government services": lambda c: ["it's showing as received on", a_date(c),
                                      "and the current processing time is",
                                      a_count(c), "weeks"],
}

CUST_MIDDLE = [
    lambda c: ["okay that's fine"],
    lambda c: ["yeah i've been on hold for like", a_count(c),
               "minutes already"],
    lambda c: ["great, and will that be before", a_date(c) + "?"],
    lambda c: ["sure no problem"],
    lambda c: ["it's the", money(c), "one yeah"],
    lambda c: ["ah brilliant thanks" if c.uk else "oh great thanks"],
    lambda c: ["i rang last week as well, someone said", a_count(c),
               "days"],
]


def opening(c):
    org = {"banking": "the bank", "telecom": "customer services",
           "utilities": "the energy team", "retail": "customer care",
           "insurance": "claims and policies",
           "travel": "the bookings team",
           "healthcare billing": "patient billing",
           "government services": "the helpline"}[c.industry]
    name = ch(FIRST)
    if c.call:
        a = agent("thank you for calling %s you're speaking with %s how can i help"
                  % (org, name))
    else:
        a = agent("Hi, you're chatting with %s from %s. How can I help today?"
                  % (name.capitalize(), org))
    prob = ch(INDUSTRY_PROBLEM[c.industry])(c)
    lead = ch(["hi yeah", "hiya", "hello", "hi there", "um hi"]) if c.call \
        else ch(["Hi,", "hello", "Hey", "hi -"])
    return [a, cust(lead, *prob)]


def middle(c, k):
    out = []
    for _ in range(k):
        out.append(agent(*ch(AGENT_MIDDLE)(c)))
        if p(0.7):
            out.append(cust(*ch(CUST_MIDDLE)(c)))
    return out


def closing(c):
    out = []
    if c.call:
        out.append(agent(ch(["is there anything else i can help with today",
                             "anything else at all",
                             "was there anything else"])))
        out.append(cust(ch(["no that's everything thanks",
                            "no that's it cheers", "no you've been great"])))
        if p(0.5):
            out.append(agent("thanks for calling have a good day"))
    else:
        out.append(agent(ch(["Anything else I can help with?",
                             "Is there anything else today?"])))
        out.append(cust(ch(["no thats all thx", "No, that's it. Thanks!",
                            "nope all good ty"])))
    return out


# ---------------------------------------------------------------------------
# PII snippets: each returns a list of turns
# ---------------------------------------------------------------------------
def sn_card(c):
    num, groups = gen_card()
    g = new_gid()
    v = R.random()
    if not c.call:
        sep = ch([" ", " ", "-", "", " ", "  "])
        txt = sep.join(groups) if sep else num
        if "0" in txt and p(0.15):
            # typo: letter O typed for zero
            j = txt.index("0")
            txt = txt[:j] + "O" + txt[j + 1:]
        if v < 0.3:
            return [agent("Could you type the long card number for me please?"),
                    cust(ch(["sure", "its", "ok -", "card:"]), V(txt, "CARD_NUMBER", g))]
        if v < 0.55:
            return [agent("Please enter the card number you'd like to use."),
                    cust(V(txt, "CARD_NUMBER", g), ch(["", "thanks", "- visa",
                                                       "is that ok?"]))]
        if v < 0.75:
            half = len(groups) // 2
            g1 = " ".join(groups[:half])
            g2 = " ".join(groups[half:])
            return [agent("What's the card number?"),
                    cust(V(g1, "CARD_NUMBER", g)),
                    cust(V(g2, "CARD_NUMBER", g), "sorry hit enter too soon")]
        other = gen_card()[0][-4:]
        return [agent("Card number please"),
                cust("it's the one ending", other,
                     "actually no use the other one:",
                     V(sep.join(groups) if sep else num, "CARD_NUMBER", g))]
    pairs = ch([0.0, 0.0, 0.3, 0.7])
    homo = p(0.3)
    ask = agent(ch(["okay can i take the long number on the front of the card",
                    "and what's the card number please",
                    "go ahead with the long number when you're ready",
                    "can i get the card number"]))
    if v < 0.3:
        t = say_groups(groups, c.uk, pairs, homophones=homo)
        return [ask, cust(ch(["yeah it's", "okay it's", "right", "um"]),
                          V(t, "CARD_NUMBER", g))]
    if v < 0.65:
        turns = [ask]
        for i, grp in enumerate(groups):
            w = say_digits(grp, c.uk, pairs, homophones=homo)
            if i == 0:
                turns.append(cust(ch(["okay", "right so", "yeah"]),
                                  V(w, "CARD_NUMBER", g)))
            else:
                fill = ch(["", "", "um", "uh"])
                turns.append(cust(fill, V(w, "CARD_NUMBER", g)))
            if i < len(groups) - 1:
                turns.append(agent(bc(c)))
        return turns
    if v < 0.8:
        # filler inside one reading + agent reads back
        parts = [say_digits(x, c.uk, pairs) for x in groups]
        k = R.randint(1, len(parts) - 1)
        t = " ".join(parts[:k]) + " " + ch(["um", "uh", "hang on", "er"]) + \
            " " + " ".join(parts[k:])
        g2 = new_gid()
        rb = say_groups(groups, c.uk, 0.0, doubles=0.5)
        return [ask, cust(V(t, "CARD_NUMBER", g)),
                agent("let me read that back", V(rb, "CARD_NUMBER", g2),
                      "is that right"),
                cust("yes that's it")]
    if v < 0.9:
        # chit-chat in the middle of the reading, same turn -> two spans
        k = R.randint(1, len(groups) - 1)
        a = say_groups(groups[:k], c.uk, pairs)
        b = say_groups(groups[k:], c.uk, pairs)
        return [ask, cust(V(a, "CARD_NUMBER", g),
                          ch(["sorry the dog's going mad hang on right where was i",
                              "sorry one sec the kids are shouting okay",
                              "hold on i can't see the numbers properly the light's bad okay",
                              "sorry the bus is going past um"]),
                          V(b, "CARD_NUMBER", g)),
                agent("that's fine i got all that")]
    # self-correction: wrong group, restart
    wrong = say_digits(groups[0], c.uk)
    t = say_groups(groups, c.uk, pairs)
    return [ask, cust(wrong, "no sorry wrong card hang on"),
            agent("no worries take your time"),
            cust("right here we go", V(t, "CARD_NUMBER", g))]


def expiry_value(c):
    m, y = R.randint(1, 12), R.randint(25, 33)
    if c.call:
        f = R.random()
        if f < 0.35:
            return "%s %s" % (pair_word("%02d" % m, c.uk), num_words(y))
        if f < 0.6:
            return "%s %s" % (MONTHS[m - 1], num_words(y))
        if f < 0.8:
            return "%s %s" % (say_digits("%02d" % m, c.uk), say_digits(str(y), c.uk))
        return "%s twenty %s" % (MONTHS[m - 1], num_words(y))
    f = ch(["%02d/%02d", "%02d/%02d", "%d/%02d", "%02d-%02d", "%02d / 20%02d",
            "%02d%02d"])
    return f % (m, y)


def sn_expiry(c):
    g = new_gid()
    e = expiry_value(c)
    if c.call:
        return [agent(ch(["and the expiry date", "what's the expiry on it",
                          "and when does the card expire"])),
                cust(ch(["it's", "expires", "end of", "um"]), V(e, "EXPIRY", g))]
    return [agent("And the expiry date (MM/YY)?"),
            cust(ch(["exp", "", "expiry"]), V(e, "EXPIRY", g))]


def sn_cvv(c):
    g = new_gid()
    n = rdigits(4 if p(0.15) else 3)
    if c.call:
        t = say_digits(n, c.uk)
        return [agent(ch(["and the three digit security code on the back",
                          "last thing the security code on the back please"])),
                cust(ch(["it's", "yeah", "that's"]), V(t, "CVV", g))]
    return [agent("and the CVV / security code on the back?"),
            cust(ch(["cvv", "its", "", "code is"]), V(n, "CVV", g))]


def sn_card_full_chat(c):
    """card + expiry + cvv typed in one message."""
    num, groups = gen_card()
    e = expiry_value(c)
    cv = rdigits(3)
    return [agent("Please send the card details you'd like to pay with."),
            cust("card", V(" ".join(groups), "CARD_NUMBER"), "exp",
                 V(e, "EXPIRY"), "cvv", V(cv, "CVV"))]


def sn_card_expiry_call(c):
    num, groups = gen_card()
    e = expiry_value(c)
    cv = rdigits(3)
    return [agent("okay i'll need the card details"),
            cust("yep so it's", V(say_groups(groups, c.uk, 0.2), "CARD_NUMBER")),
            agent(bc(c) + " and the expiry"),
            cust(V(e, "EXPIRY"), "and the code on the back is",
                 V(say_digits(cv, c.uk), "CVV"))]


def sn_ssn(c):
    s = gen_ssn()
    g = new_gid()
    parts = [s[:3], s[3:5], s[5:]]
    v = R.random()
    if not c.call:
        f = ch(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s - %s - %s", "%s.%s.%s"])
        t = f % tuple(parts)
        if v < 0.5:
            return [agent("For verification, can you provide your Social Security number?"),
                    cust(ch(["sure its", "SSN", "ok", "it's"]), V(t, "SSN", g))]
        return [agent("I'll need the full SSN to pull up the account."),
                cust(V(t, "SSN", g), ch(["", "thanks", "is that safe to send here?"]))]
    ask = agent(ch(["can i get your social security number",
                    "and for verification your social please",
                    "i'll need your full social security number"]))
    pairs = ch([0.0, 0.0, 0.5])
    if v < 0.35:
        t = " ".join(say_digits(x, False, pairs) for x in parts)
        return [ask, cust(ch(["yeah it's", "sure", "okay"]), V(t, "SSN", g))]
    if v < 0.75:
        out = [ask]
        for i, x in enumerate(parts):
            out.append(cust(V(say_digits(x, False, pairs), "SSN", g)))
            if i < 2:
                out.append(agent(bc(c)))
        return out
    # two values in one turn: ssn and dob
    dob = dob_value(c)
    return [agent("i'll need your social and your date of birth"),
            cust("okay the social is",
                 V(" ".join(say_digits(x, False, pairs) for x in parts), "SSN", g),
                 "and my birthday is", V(dob, "DOB"))]


def sn_ssn_last_then_full(c):
    s = gen_ssn()
    return [agent("can you confirm your social security number"),
            cust("it's", V(say_groups([s[:3], s[3:5], s[5:]], False, 0.4), "SSN")),
            agent("sorry you broke up a bit there, can you say that again slowly"),
            cust("oh sure", V(say_groups([s[:3], s[3:5], s[5:]], False, 0.0, doubles=0),
                              "SSN"))]


def ni_value(c, ni):
    if not c.call:
        f = R.random()
        if f < 0.4:
            return "%s %s %s %s %s" % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8])
        if f < 0.7:
            return ni
        if f < 0.85:
            return ni.lower()
        return "%s%s %s" % (ni[:2], ni[2:8], ni[8])
    words = []
    if ni[0] == ni[1] and p(0.5):
        words.append("double " + ni[0].lower())
    else:
        words.append(spell_letter(ni[0]))
        words.append(spell_letter(ni[1]))
    pairs = ch([0.0, 0.0, 0.6, 1.0])
    words.append(say_digits(ni[2:8], True, pairs))
    words.append(spell_letter(ni[8]))
    return " ".join(words)


def sn_ni(c):
    ni = gen_ni()
    g = new_gid()
    if not c.call:
        return [agent(ch(["Can you confirm your National Insurance number?",
                          "What's your NI number please?"])),
                cust(ch(["its", "sure", "NI no", ""]), V(ni_value(c, ni), "NI_NUMBER", g))]
    ask = agent(ch(["can i take your national insurance number",
                    "and your national insurance number please",
                    "what's your n i number"]))
    v = R.random()
    if v < 0.4:
        return [ask, cust(ch(["yeah it's", "it's", "um"]), V(ni_value(c, ni), "NI_NUMBER", g))]
    if v < 0.8:
        letters = " ".join(spell_letter(x) for x in ni[:2])
        return [ask,
                cust(V(letters, "NI_NUMBER", g)),
                agent(bc(c)),
                cust(V(say_digits(ni[2:5], True), "NI_NUMBER", g), "um",
                     V(say_digits(ni[5:8], True), "NI_NUMBER", g)),
                agent("and the letter at the end"),
                cust(V(spell_letter(ni[8], nato=0.6), "NI_NUMBER", g))]
    g2 = new_gid()
    return [ask, cust(V(ni_value(c, ni), "NI_NUMBER", g)),
            agent("so that's", V(ni_value(c, ni), "NI_NUMBER", g2), "yeah"),
            cust("that's right")]


def sort_value(c, sc):
    if not c.call:
        return ch(["%s-%s-%s", "%s %s %s", "%s%s%s"]) % (sc[:2], sc[2:4], sc[4:])
    pairs = ch([0.0, 1.0, 0.5])
    return " ".join(say_digits(sc[i:i + 2], True, pairs) for i in (0, 2, 4))


def sn_bank_uk(c):
    sc = rdigits(6)
    acct = rdigits(8)
    g = new_gid()
    if not c.call:
        if p(0.5):
            return [agent("What are the sort code and account number for the refund?"),
                    cust("sort", V(sort_value(c, sc), "SORT_CODE"), "acc",
                         V(acct, "BANK_ACCOUNT"))]
        return [agent("Which account should the refund go to?"),
                cust("sort code", V(sort_value(c, sc), "SORT_CODE")),
                cust("account no", V(acct, "BANK_ACCOUNT"))]
    v = R.random()
    if v < 0.5:
        return [agent("can i take the sort code"),
                cust(V(sort_value(c, sc), "SORT_CODE")),
                agent("and the account number"),
                cust("it's", V(say_digits(acct, True, ch([0, 0.5])), "BANK_ACCOUNT"))]
    return [agent("what's the account number and sort code"),
            cust("account number is",
                 V(say_digits(acct[:4], True), "BANK_ACCOUNT", g)),
            agent(bc(c)),
            cust(V(say_digits(acct[4:], True), "BANK_ACCOUNT", g),
                 "and the sort code", V(sort_value(c, sc), "SORT_CODE"))]


def sn_bank_us(c):
    acct = rdigits(R.choice([9, 10, 12]))
    routing = "0" + rdigits(8)
    if not c.call:
        return [agent("What's the checking account number you want to link?"),
                cust("acct #", V(acct, "BANK_ACCOUNT"))]
    return [agent("and the account number on the checking account"),
            cust("okay it's", V(say_digits(acct, False, ch([0, 0.4])), "BANK_ACCOUNT"))]


def iban_spoken(c, iban):
    out = [spell_letter(iban[0], 0.2, 0), spell_letter(iban[1], 0.2, 0),
           say_digits(iban[2:4], c.uk, 0.5)]
    rest = iban[4:]
    grp = []
    for i in range(0, len(rest), 4):
        part = rest[i:i + 4]
        if part.isdigit():
            grp.append(say_digits(part, c.uk, 0.3))
        else:
            grp.append(" ".join(spell_letter(x, 0.25, 0) if x.isalpha()
                                else digit_word(x, c.uk) for x in part))
    return " ".join(out + grp), grp


def sn_iban(c):
    cc = {"UK": "GB", "IE": "IE"}.get(c.country) or ch(["DE", "FR", "NL", "ES"])
    iban = gen_iban(cc)
    if not c.call:
        f = R.random()
        if f < 0.5:
            t = " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))
        elif f < 0.8:
            t = iban
        else:
            t = " ".join(iban[i:i + 4] for i in range(0, len(iban), 4)).lower()
        return [agent("Please provide the IBAN for the transfer."),
                cust(ch(["IBAN:", "here:", "its", ""]), V(t, "IBAN"))]
    g = new_gid()
    full, grp = iban_spoken(c, iban)
    if p(0.5):
        return [agent("can you read me the iban"),
                cust("okay it's", V(full, "IBAN", g))]
    head = " ".join(full.split(" ")[:0])
    first = full[:len(full) - len(" ".join(grp))].strip()
    out = [agent("can you read me the iban please, take your time"),
           cust(V(first, "IBAN", g))]
    half = (len(grp) + 1) // 2
    out.append(agent(bc(c)))
    out.append(cust(V(" ".join(grp[:half]), "IBAN", g)))
    out.append(agent(bc(c)))
    out.append(cust(V(" ".join(grp[half:]), "IBAN", g), "that's it"))
    return out


def phone_value(c):
    if c.country == "US":
        n = gen_us_phone()
        if c.call:
            if p(0.3):
                return "one " + say_groups([n[:3], n[3:6], n[6:]], False, 0.3)
            return say_groups([n[:3], n[3:6], n[6:]], False, 0.4)
        return ch(["(%s) %s-%s", "%s-%s-%s", "%s.%s.%s", "+1 %s %s %s",
                   "%s%s%s"]) % (n[:3], n[3:6], n[6:])
    if c.country == "IE":
        n = gen_ie_mobile()
        if c.call:
            return say_groups([n[:3], n[3:6], n[6:]], True, 0.3)
        f = ch(["%s %s %s", "%s-%s%s", "+353 %s %s %s"])
        return f % (n[1:3] if f.startswith("+") else n[:3], n[3:6], n[6:])
    if c.country == "EU":
        n = "1" + ch("567") + rdigits(8)
        if c.call:
            return "plus four nine " + say_groups([n[:3], n[3:6], n[6:]], False, 0.3)
        return "+49 %s %s" % (n[:3], n[3:])
    n = gen_uk_mobile()
    if c.call:
        if p(0.25):
            return "plus four four " + say_groups([n[1:5], n[5:8], n[8:]], True, 0.3)
        return say_groups([n[:5], n[5:8], n[8:]], True, ch([0, 0.5]))
    f = ch(["%s %s%s", "+44 %s %s%s", "%s-%s-%s", "%s%s%s"])
    return f % (n[1:5] if f.startswith("+") else n[:5], n[5:8], n[8:])


def sn_phone(c):
    t = phone_value(c)
    if c.call:
        if p(0.4):
            g = new_gid()
            w = t.split(" ")
            k = len(w) // 2
            return [agent("what's the best number to reach you on"),
                    cust(V(" ".join(w[:k]), "PHONE", g)),
                    agent(bc(c)),
                    cust(V(" ".join(w[k:]), "PHONE", g))]
        return [agent(ch(["and a contact number", "best number for a callback",
                          "what's the mobile number on the account"])),
                cust(ch(["yeah it's", "it's", "mobile is", "you can get me on"]),
                     V(t, "PHONE"))]
    return [agent("Whats the best number to reach you?"),
            cust(ch(["mob", "", "call me on", "its"]), V(t, "PHONE"),
                 ch(["", "after 5pm pls", "thanks"]))]


def email_value(c):
    f, l = ch(FIRST), ch(LAST)
    dom, tld = ch(DOMAINS)
    yy = str(R.randint(70, 99)) if p(0.4) else ""
    style = R.random()
    if c.call:
        sep_w = ch([" dot ", " underscore ", " ", " dash "])
        local = (f[0] if p(0.4) else f) + sep_w + l + (" " + num_words(int(yy)) if yy else "")
        if dom == "gmail" and p(0.5):
            dom = "g mail"
        if dom == "hotmail" and p(0.5):
            dom = "hot mail"
        return local + " at " + dom + " dot " + tld.replace(".", " dot ")
    sep = ch([".", "_", "", "-"])
    local = (f[0] if style < 0.3 else f) + sep + l + yy
    e = local + "@" + dom + "." + tld
    return e.capitalize() if p(0.15) else e


def sn_email(c):
    e = email_value(c)
    if c.call:
        return [agent("can i confirm the email address we've got"),
                cust(ch(["it should be", "yeah it's", "it's"]), V(e, "EMAIL")),
                agent(ch(["lovely", "perfect", "great"]))]
    return [agent("What email should we send the confirmation to?"),
            cust(ch(["", "pls use", "its"]), V(e, "EMAIL"))]


def dob_value(c):
    d, m = R.randint(1, 28), R.randint(1, 12)
    y = R.randint(1941, 2004)
    if c.call:
        yw = num_words(y // 100) + " " + pair_word("%02d" % (y % 100), c.uk)
        f = R.random()
        if f < 0.3:
            return "the %s of %s %s" % (ordinal(d), MONTHS[m - 1], yw)
        if f < 0.5:
            return "%s %s %s" % (MONTHS[m - 1], ordinal(d), yw)
        if f < 0.7:
            return "%s %s %s" % (MONTHS[m - 1], num_words(d), pair_word("%02d" % (y % 100), c.uk))
        if f < 0.85:
            return "%s %s %s" % (say_digits("%02d" % d, c.uk), say_digits("%02d" % m, c.uk),
                                 say_digits(str(y)[2:], c.uk))
        return "%s of the %s %s" % (ordinal(d), ordinal(m), yw)
    if c.country == "US":
        f = ch(["%02d/%02d/%d", "%d/%d/%d", "%02d-%02d-%d"])
        return f % (m, d, y)
    if p(0.3):
        return "%d %s %d" % (d, MONTHS[m - 1].capitalize()[:3], y)
    return ch(["%02d/%02d/%d", "%d.%d.%d", "%02d-%02d-%d"]) % (d, m, y)


def sn_dob(c):
    t = dob_value(c)
    if c.call:
        return [agent(ch(["and can you confirm your date of birth",
                          "what's your date of birth please"])),
                cust(ch(["yeah it's", "it's", "", "um"]), V(t, "DOB"))]
    return [agent("Can you confirm your date of birth?"),
            cust(ch(["", "dob", "its"]), V(t, "DOB"))]


def postcode_value(c):
    if c.country == "US":
        z, plus4 = gen_zip()
        if c.call:
            t = say_digits(z, False, 0.2)
            return t + (" dash " + say_digits(plus4, False) if plus4 and p(0.5) else "")
        return z + ("-" + plus4 if plus4 else "")
    out, inn = gen_uk_postcode()
    if c.call:
        def sp(s, nato):
            w = []
            for x in s:
                w.append(spell_letter(x, nato, 0.1) if x.isalpha()
                         else digit_word(x, True))
            return " ".join(w)
        return sp(out, 0.2) + " " + sp(inn, 0.35)
    return ch(["%s %s", "%s%s", "%s %s"]) % (out, inn) if p(0.75) else \
        ("%s %s" % (out, inn)).lower()


def sn_postcode(c):
    t = postcode_value(c)
    if c.call:
        return [agent(ch(["and the postcode", "what's the postcode there"])
                      if c.country != "US" else "and the zip code"),
                cust(ch(["it's", "yeah", ""]), V(t, "POSTCODE"))]
    return [agent("Postcode?" if c.country != "US" else "ZIP code?"),
            cust(V(t, "POSTCODE"))]


def address_value(c):
    n = R.randint(1, 240)
    st = ch(STREETS)
    suf = ch(SUFFIX_US if c.country == "US" else SUFFIX_UK)
    if c.call:
        if n >= 100 and c.country == "US" and p(0.5):
            nw = say_digits(str(n), False, 0.5)
        else:
            nw = spoken_amount(n)
        pre = "flat %s " % num_words(R.randint(1, 12)) if p(0.2) and c.uk else ""
        return pre + nw + " " + st + " " + suf
    pre = ch(["Flat %d, " % R.randint(1, 12), "Apt %d " % R.randint(1, 30), ""]) \
        if p(0.25) else ""
    t = "%d %s %s" % (n, st.capitalize(), suf.capitalize())
    if p(0.3):
        t = t.lower()
    return pre + t


def sn_address(c):
    t = address_value(c)
    town = ch(["leeds", "bristol", "cork", "austin", "denver", "manchester",
               "galway", "portland", "cardiff", "columbus"])
    if c.call:
        if p(0.5):
            return [agent("and what's the first line of the address"),
                    cust(ch(["it's", "yeah", "so it's"]), V(t, "ADDRESS"))]
        if c.country == "IE":
            return [agent("can i confirm the address on the account"),
                    cust(V(t, "ADDRESS"), "in", town)]
        return [agent("can i confirm the address on the account"),
                cust(V(t, "ADDRESS"), "in", town),
                agent("and the postcode" if c.country != "US" else "and the zip"),
                cust(V(postcode_value(c), "POSTCODE"))]
    if c.country == "IE":
        return [agent("What's the delivery address?"),
                cust(V(t, "ADDRESS"), ",", town.capitalize())]
    return [agent("What's the delivery address?"),
            cust(V(t, "ADDRESS"), ",", town.capitalize(),
                 V(postcode_value(c), "POSTCODE"))]


SNIPPETS = {
    "CARD_NUMBER": [sn_card, sn_card, sn_card_expiry_call, sn_card_full_chat],
    "CVV": [sn_cvv], "EXPIRY": [sn_expiry],
    "SSN": [sn_ssn, sn_ssn, sn_ssn, sn_ssn_last_then_full],
    "NI_NUMBER": [sn_ni], "BANK_ACCOUNT": [sn_bank_uk, sn_bank_us],
    "SORT_CODE": [sn_bank_uk], "IBAN": [sn_iban], "PHONE": [sn_phone],
    "EMAIL": [sn_email], "DOB": [sn_dob], "POSTCODE": [sn_postcode],
    "ADDRESS": [sn_address],
}
COUNTRY_FOR = {"SSN": ["US"], "NI_NUMBER": ["UK"], "SORT_CODE": ["UK"],
               "POSTCODE": ["UK", "US"], "IBAN": ["UK", "IE", "EU", "EU"],
               "ADDRESS": ["UK", "US", "IE"]}
ALLOWED = {
    "US": ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "BANK_ACCOUNT", "PHONE",
           "EMAIL", "DOB", "POSTCODE", "ADDRESS"],
    "UK": ["CARD_NUMBER", "CVV", "EXPIRY", "NI_NUMBER", "BANK_ACCOUNT",
           "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE",
           "ADDRESS"],
    "IE": ["CARD_NUMBER", "CVV", "EXPIRY", "IBAN", "PHONE", "EMAIL", "DOB",
           "ADDRESS"],
    "EU": ["CARD_NUMBER", "CVV", "EXPIRY", "IBAN", "PHONE", "EMAIL", "DOB"],
}


def snippet_for(typ, c):
    if typ == "BANK_ACCOUNT":
        return sn_bank_us(c) if c.country == "US" else sn_bank_uk(c)
    if typ == "CARD_NUMBER" and c.call:
        return ch([sn_card, sn_card, sn_card_expiry_call])(c)
    if typ == "CARD_NUMBER":
        return ch([sn_card, sn_card, sn_card_full_chat])(c)
    return ch(SNIPPETS[typ])(c)


# ---------------------------------------------------------------------------
# case builders
# ---------------------------------------------------------------------------
PRIMARY_CYCLE = ["CARD_NUMBER", "NI_NUMBER", "SSN", "CARD_NUMBER",
                 "NI_NUMBER", "SSN", "CVV", "EXPIRY", "BANK_ACCOUNT",
                 "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE",
                 "ADDRESS", "CARD_NUMBER", "SSN", "NI_NUMBER", "IBAN"]


def positive(i):
    prim = PRIMARY_CYCLE[i % len(PRIMARY_CYCLE)]
    country = ch(COUNTRY_FOR.get(prim, ["US", "UK", "IE", "EU"]))
    channel = ch(["call", "call", "chat"])
    inds = INDUSTRIES[:]
    if prim in ("SSN",):
        inds = ["banking", "insurance", "healthcare billing",
                "government services", "telecom", "utilities"]
    if prim == "NI_NUMBER":
        inds = ["banking", "government services", "insurance", "utilities",
                "telecom"]
    c = Ctx(channel, country, ch(inds))
    types = [prim]
    others = [t for t in ALLOWED[country] if t != prim]
    for t in R.sample(others, R.randint(0, 2)):
        types.append(t)
    turns = opening(c)
    turns += middle(c, R.randint(1, 2))
    turns.append(agent(ch(["okay before i go any further i just need to verify a few details",
                           "right i'll just need to take some details"])
                       if c.call else "Before I can help, I need to verify a few details."))
    for t in types:
        turns += snippet_for(t, c)
        if p(0.4):
            turns += middle(c, 1)
    turns += middle(c, R.randint(1, 2))
    turns += closing(c)
    note = "%s/%s (%s): %s amid conversation about the customer's issue" % (
        channel, c.industry, COUNTRY_NAMES[country], ", ".join(types))
    return turns, note


def describe(tt, spans):
    feats = []
    by = {}
    for sp in spans:
        by.setdefault(sp["gid"], []).append(sp)
    for gid, sps in by.items():
        typ = sps[0]["type"]
        txt = " ".join(tt[x["turn"]]["text"][x["start"]:x["end"]] for x in sps)
        f = []
        turns_ = sorted(set(x["turn"] for x in sps))
        if len(turns_) > 1:
            f.append("split over %d turns" % len(turns_))
        elif len(sps) > 1:
            f.append("interrupted by chit-chat inside the turn")
        if any(tt[x["turn"]]["speaker"] == "agent" for x in sps):
            f.append("agent read-back")
        low = " " + txt.lower() + " "
        for w, d in ((" double ", "double"), (" triple ", "triple"),
                     (" nought ", "nought"), (" oh ", "oh"), (" o ", "o=zero"),
                     (" for ", "NATO/'for'"), (" um ", "filler inside"),
                     (" uh ", "filler inside"), (" at ", "spoken at/dot")):
            if w in low and d not in f:
                f.append(d)
        if re.search(r"\b(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|ten|eleven|twelve|teen)", low) and typ not in ("DOB", "EXPIRY", "ADDRESS"):
            f.append("paired numbers")
        if re.search(r"\bate\b|\bto\b|\btoo\b|\bsee\b|\bjay\b|\bkay\b|\bbee\b|\bwhy\b|\bare\b|\btea\b|\bqueue\b", low):
            f.append("ASR homophone")
        if re.search(r"\dO|O\d", txt):
            f.append("letter O typed for zero")
        feats.append(typ + (" (" + ", ".join(f) + ")" if f else ""))
    return "; ".join(feats)


NEG_EXTRA = [
    lambda c: (agent("your flight is", ch(["BA", "EI", "UA", "LH", "FR"]) +
                     str(R.randint(100, 9999)) if not c.call else
                     "flight " + ch(["b a", "e i", "u a"]) + " " +
                     say_digits(str(R.randint(100, 999)), c.uk, 0.5),
                     "departing at", a_time(c), "from gate",
                     str(R.randint(2, 60)) if not c.call else num_words(R.randint(2, 60)))),
    lambda c: (agent("you're in room", str(R.randint(100, 950)) if not c.call
                     else spoken_amount(R.randint(100, 950)), "for",
                     a_count(c), "nights")),
    lambda c: (cust("the model number on the router is",
                    ch(["TG", "HG", "DX", "RX"]) + str(R.randint(100, 9999)) if not c.call
                    else ch(["t g", "h g"]) + " " + say_digits(str(R.randint(100, 9999)), c.uk, 0.5))),
    lambda c: (cust("the meter reads", rdigits(5) if not c.call else
                    say_digits(rdigits(5), c.uk), "as of this morning")),
    lambda c: (agent("you're getting about", a_count(c) + "0" if not c.call
                     else num_words(R.randint(2, 9) * 10),
                     "megabits download at the moment")),
    lambda c: (cust("i'm", num_words(R.randint(20, 89)) if c.call else str(R.randint(20, 89)),
                    "years old and i've never had this problem")),
    lambda c: (agent("the interest rate is", "%d.%d%%" % (R.randint(1, 24), R.randint(0, 9))
                     if not c.call else num_words(R.randint(2, 24)) + " point " +
                     ONES[R.randint(1, 9)] + " percent")),
    lambda c: (cust("it was", num_words(R.randint(1, 30)) if c.call else str(R.randint(1, 30)),
                    "degrees in the house last night with no heating")),
    lambda c: (agent("your contract started on", a_date(c), "back in",
                     ("twenty " + num_words(R.randint(10, 24))) if c.call
                     else str(R.randint(2010, 2024)))),
    lambda c: (agent("the payment's due on", a_date(c))),
    lambda c: (agent("i can see", a_ref(c, ch(["order", "invoice", "claim", "ticket"])),
                     "was logged on", a_date(c))),
    lambda c: (cust("we've got", a_count(c), "people on the plan")),
    lambda c: (agent("the call will take about", a_count(c), "minutes")),
    lambda c: (agent("your available balance is", money(c))),
    lambda c: (cust("i was driving at about", num_words(R.randint(2, 7) * 10) if c.call
                    else str(R.randint(2, 7) * 10), "miles an hour when it happened")),
]


def negative(i):
    country = ch(["US", "UK", "IE", "EU"])
    channel = ch(["call", "call", "chat"])
    c = Ctx(channel, country, INDUSTRIES[i % len(INDUSTRIES)])
    turns = opening(c)
    turns += middle(c, R.randint(1, 2))
    for f in R.sample(NEG_EXTRA, R.randint(3, 5)):
        turns.append(f(c))
        if p(0.6) and turns[-1][0] == "agent":
            turns.append(cust(*ch(CUST_MIDDLE)(c)))
    turns += middle(c, R.randint(1, 2))
    turns += closing(c)
    note = "%s/%s (%s): lookalike numbers only (amounts, dates, refs, times, counts) - nothing to redact" % (
        channel, c.industry, COUNTRY_NAMES[country])
    return turns, note


N_POS, N_NEG = 190, 110


def build():
    _GID[0] = 0
    R.seed(SEED)
    cases, meta = [], []
    for i in range(N_POS):
        while True:
            turns, note = positive(i)
            if 8 <= len(turns) <= 20:
                break
        tt, spans = render(turns)
        note = note.split(":")[0] + ": " + describe(tt, spans) + \
            " - amid talk about the customer's issue with unlabelled amounts/dates/refs"
        cases.append({"id": "h95-pos-%03d" % (i + 1), "kind": "positive",
                      "turns": tt,
                      "spans": [{k: s[k] for k in ("turn", "start", "end", "type")}
                                for s in spans],
                      "note": note})
        meta.append([s["gid"] for s in spans])
    for i in range(N_NEG):
        while True:
            turns, note = negative(i)
            if 8 <= len(turns) <= 20:
                break
        tt, spans = render(turns)
        assert not spans
        cases.append({"id": "h95-neg-%03d" % (i + 1), "kind": "negative",
                      "turns": tt, "spans": [], "note": note})
        meta.append([])
    return cases, meta


# ---------------------------------------------------------------------------
# validation (normalise spoken forms)
# ---------------------------------------------------------------------------
W2D = {w: str(i) for i, w in enumerate(ONES)}
W2D.update({"oh": "0", "o": "0", "nought": "0", "zero": "0"})
HOMO_D = {"for": "4", "to": "2", "too": "2", "ate": "8"}
FILLER = {"um", "uh", "er", "hang", "on", "and", "dash", "slash", "space",
          "plus", "the", "of", "that's", "it", "yeah"}
LFILLER = {"um", "uh", "er", "and", "dash", "slash", "space", "plus", "the",
           "of"}
LET_HOMO_REV = {v: k for k, v in LETTER_HOMO.items()}


def norm_digits(text, letters=False):
    """Turn spoken/typed text into a canonical string of digits (and
    letters when letters=True)."""
    toks = re.findall(r"[a-z']+|\d+|[+]", text.lower())
    out, i, mult = "", 0, 1
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if t in ("double", "triple"):
            mult = 2 if t == "double" else 3
            i += 1
            continue
        piece = None
        n2 = toks[i + 2] if i + 2 < len(toks) else None
        if letters and len(t) == 1 and t.isalpha() and nxt == "for" \
                and n2 in NATO and n2[0] == t:
            out += t * mult
            mult = 1
            i += 3
            continue
        if t.isdigit():
            piece = t
        elif letters and t == "for" and nxt in NATO:
            i += 2
            continue
        elif letters and t in NATO:
            piece = t[0]
        elif t in W2D and not (letters and t == "o" and False):
            piece = W2D[t]
        elif not letters and t in HOMO_D:
            piece = HOMO_D[t]
        elif t in TEENS:
            piece = str(10 + TEENS.index(t))
        elif t in TENS and t:
            u = W2D.get(nxt) if nxt in ONES[1:] else None
            if u:
                piece = str(TENS.index(t)) + u
                i += 1
            else:
                piece = str(TENS.index(t)) + "0"
        elif t == "hundred":
            # "two hundred and twelve" -> handled: 2 + 00 then overwrite
            j = i + 1
            if j < len(toks) and toks[j] == "and":
                j += 1
            rest = toks[j] if j < len(toks) else None
            if rest in TEENS or rest in TENS or rest in ONES:
                i += 1
                # pad: next number will supply 2 digits
                if rest in ONES:
                    out += "0"
                continue
            piece = "00"
        elif letters and len(t) == 1:
            piece = t
        elif letters and t in LET_HOMO_REV:
            piece = LET_HOMO_REV[t]
        elif letters and t.isalpha() and t not in LFILLER:
            piece = t
        elif t in FILLER or t == "+":
            piece = ""
        else:
            return None
        out += piece * mult
        mult = 1
        i += 1
    return out.upper()


def norm_date(text):
    toks = re.findall(r"[a-z]+|\d+", text.lower())
    out = []
    i = 0
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if t.isdigit():
            out.append(t)
        elif t in ("double", "triple") and nxt in W2D:
            out.append(W2D[nxt] * (2 if t == "double" else 3))
            i += 1
        elif t in MONTHS or t[:3] in [m[:3] for m in MONTHS] and len(t) == 3:
            out.append("M")
        elif t in ORD.values():
            out.append(str([k for k, v in ORD.items() if v == t][0]))
        elif t in TENS and t and nxt in ORD.values():
            out.append(str(TENS.index(t) * 10 + [k for k, v in ORD.items() if v == nxt][0]))
            i += 1
        elif t in W2D or t in TEENS or (t in TENS and t):
            d = norm_digits(" ".join([t] + ([nxt] if t in TENS and nxt in ONES[1:] else [])))
            if t in TENS and nxt in ONES[1:]:
                i += 1
            out.append(d)
        elif t in ("the", "of", "st", "nd", "rd", "th", "um"):
            pass
        else:
            return None
        i += 1
    return out


def valid_value(typ, text):
    if typ == "EMAIL":
        t = text.lower()
        if "@" not in t:
            t = re.sub(r"\s+at\s+", "@", t)
            t = re.sub(r"\s*\bdot\b\s*", ".", t)
            t = re.sub(r"\s*\bunderscore\b\s*", "_", t)
            t = re.sub(r"\s*\bdash\b\s*", "-", t)
            words = t.split(" ")
            t = "".join(norm_digits(w) if w in TENS or w in TEENS or w in ONES
                        else w for w in words).lower()
        return bool(re.fullmatch(r"[a-z0-9._-]+@[a-z0-9-]+(\.[a-z0-9-]+)+", t))
    if typ == "ADDRESS":
        t = text.lower()
        sufs = set(SUFFIX_UK + SUFFIX_US)
        words = re.findall(r"[a-z]+|\d+", t)
        has_num = any(w.isdigit() or w in ONES or w in TENS or w in TEENS
                      for w in words)
        return has_num and words[-1] in sufs
    if typ in ("DOB", "EXPIRY"):
        toks = norm_date(text)
        if toks is None:
            return False
        digits = "".join(x for x in toks if x != "M")
        if typ == "EXPIRY":
            if "M" in toks:
                return len(digits) in (2, 4)
            return len(digits) in (3, 4, 6) and 1 <= int(digits[:-2] if len(digits) < 6 else digits[:2]) <= 12
        if "M" in toks:
            return 3 <= len(digits) <= 8
        return len(digits) in (6, 7, 8)
    letters = typ in ("NI_NUMBER", "IBAN", "POSTCODE")
    n = norm_digits(text, letters=letters)
    if n is None:
        return False
    if typ == "CARD_NUMBER":
        return n.isdigit() and 13 <= len(n) <= 19 and luhn_ok(n)
    if typ == "CVV":
        return n.isdigit() and len(n) in (3, 4)
    if typ == "SSN":
        return n.isdigit() and len(n) == 9 and n[:3] not in ("000", "666")
    if typ == "SORT_CODE":
        return n.isdigit() and len(n) == 6
    if typ == "BANK_ACCOUNT":
        return n.isdigit() and 6 <= len(n) <= 17
    if typ == "PHONE":
        return n.isdigit() and 10 <= len(n) <= 13
    if typ == "NI_NUMBER":
        return bool(re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", n))
    if typ == "IBAN":
        return bool(re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", n)) and mod97_ok(n)
    if typ == "POSTCODE":
        return bool(re.fullmatch(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}", n) or
                    re.fullmatch(r"\d{5}(\d{4})?", n))
    return False


def serialise(cases):
    return "".join(json.dumps(cz, ensure_ascii=False) + "\n" for cz in cases)


def check(cases, meta, text):
    problems = []
    if not os.path.exists(OUT):
        problems.append("fixture missing")
    else:
        with open(OUT, encoding="utf-8") as fh:
            if fh.read() != text:
                problems.append("fixture differs from regenerated output")
    ids = [cz["id"] for cz in cases]
    if len(set(ids)) != len(ids):
        problems.append("duplicate ids")
    counts = Counter()
    for cz, gids in zip(cases, meta):
        if cz["kind"] == "negative" and cz["spans"]:
            problems.append("%s: negative with spans" % cz["id"])
        if cz["kind"] == "positive" and not cz["spans"]:
            problems.append("%s: positive without spans" % cz["id"])
        if not cz["turns"]:
            problems.append("%s: no turns" % cz["id"])
        by_turn = {}
        groups = {}
        for sp, gid in zip(cz["spans"], gids):
            counts[sp["type"]] += 1
            if sp["type"] not in TYPES:
                problems.append("%s: bad type %s" % (cz["id"], sp["type"]))
            if not 0 <= sp["turn"] < len(cz["turns"]):
                problems.append("%s: turn out of range" % cz["id"])
                continue
            tx = cz["turns"][sp["turn"]]["text"]
            s, e = sp["start"], sp["end"]
            if not (0 <= s < e <= len(tx)):
                problems.append("%s: offsets out of range" % cz["id"])
                continue
            if (s > 0 and tx[s - 1].isalnum()) or (e < len(tx) and tx[e].isalnum()) \
                    or not (tx[s].isalnum() or tx[s] in "+(") \
                    or not tx[e - 1].isalnum():
                problems.append("%s: span not on word boundary %r" % (cz["id"], tx[s:e]))
            by_turn.setdefault(sp["turn"], []).append((s, e))
            groups.setdefault(gid, [sp["type"], []])[1].append(tx[s:e])
        for t, lst in by_turn.items():
            lst.sort()
            for a, b in zip(lst, lst[1:]):
                if b[0] < a[1]:
                    problems.append("%s: overlapping spans" % cz["id"])
        for gid, (typ, parts) in groups.items():
            if not valid_value(typ, " ".join(parts)):
                problems.append("%s: invalid %s value %r" % (cz["id"], typ, " | ".join(parts)))
    for t in TYPES:
        need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
        if counts[t] < need:
            problems.append("type %s has %d spans (< %d)" % (t, counts[t], need))
    npos = sum(cz["kind"] == "positive" for cz in cases)
    nneg = sum(cz["kind"] == "negative" for cz in cases)
    if npos < 170 or nneg < 100:
        problems.append("too few cases")
    return problems, counts, npos, nneg


def readme(counts, npos, nneg):
    lines = [
        "# PII hold-out set h95",
        "",
        "**Never use this set for tuning.** It is a held-out evaluation set only.",
        "",
        "Written by an AI helper acting as an independent author, who did not see",
        "the redaction code, its tests, its docs or any other PII fixtures (only a",
        "three-line format example). Generated by `scripts/make_pii_holdout95.py`",
        "(seed %d); `--check` regenerates and verifies the file byte-for-byte and" % SEED,
        "validates every labelled value after normalising spoken forms.",
        "",
        "Emphasis: longer whole calls (ASR-style transcripts: lower case, numbers",
        "as words, oh/o/nought, double/triple, pairs like 'forty one', NATO",
        "spellings and letter homophones, digit homophones 'for'/'to'/'ate',",
        "values split over turns with back-channels, read-backs, fillers inside",
        "readings, self-corrections) and typed chats, in which PII sits amid",
        "normal talk about the customer's problem with unlabelled amounts, dates,",
        "times, reference numbers, counts around it. Industries: banking, telecom,",
        "utilities, retail, insurance, travel, healthcare billing, government",
        "services; countries US, UK, Ireland, EU.",
        "",
        "## Annotation conventions",
        "",
        "- A span covers the value only: from its first to its last character,",
        "  not the lead-in words ('it's', 'card', 'exp', 'cvv', 'sort code').",
        "- Fillers said *inside* a reading ('um', 'uh', 'hang on') are inside the span.",
        "- A value split across turns gets one span per turn (each a fragment).",
        "- Agent read-backs of a full value are labelled as a separate span.",
        "- Self-corrections: only the complete, corrected reading is labelled;",
        "  an abandoned partial attempt is left unlabelled (not scored).",
        "- A repeated reading (caller asked to say it again) is labelled again.",
        "- Chit-chat in the middle of a reading ('sorry the dog's going mad')",
        "  is outside the spans: the value gets two spans in that turn.",
        "- Where a caller mentions the last four of a *different* card before",
        "  giving the real one, those four digits are not labelled.",
        "- Typed values keep their separators inside the span ('20-45-77',",
        "  '(415) 555-0142'); a span may start with '+' or '('.",
        "- ADDRESS = house/flat number through the street suffix (town not",
        "  included); POSTCODE is a separate span (UK postcode or US ZIP/ZIP+4).",
        "- DOB spans include 'the'/'of' inside the date ('the third of may ...').",
        "- EXPIRY and CVV are labelled only where the context asks for them.",
        "- Negatives contain no PII at all: amounts, balances, dates of",
        "  appointments/payments/contracts, times, references (with their word),",
        "  flight and room numbers, model numbers, meter readings, speeds, ages,",
        "  temperatures, percentages.",
        "",
        "## Counts",
        "",
        "Positive cases: %d; negative cases: %d." % (npos, nneg),
        "",
        "| type | spans |",
        "|---|---|",
    ]
    for t in TYPES:
        lines.append("| %s | %d |" % (t, counts[t]))
    lines.append("")
    return "\n".join(lines)


def main():
    cases, meta = build()
    text = serialise(cases)
    if "--check" in sys.argv[1:]:
        problems, counts, npos, nneg = check(cases, meta, text)
        if os.path.exists(README):
            with open(README, encoding="utf-8") as fh:
                if fh.read() != readme(counts, npos, nneg):
                    problems.append("README differs")
        print("cases: %d positive, %d negative" % (npos, nneg))
        for t in TYPES:
            print("  %-13s %d" % (t, counts[t]))
        for pr in problems[:60]:
            print("PROBLEM:", pr)
        print("problems: %d" % len(problems))
        sys.exit(1 if problems else 0)
    os.makedirs(OUT_DIR, exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as fh:
        fh.write(text)
    problems, counts, npos, nneg = check(cases, meta, text)
    with open(README, "w", encoding="utf-8") as fh:
        fh.write(readme(counts, npos, nneg))
    print("wrote %s (%d positive, %d negative)" % (OUT, npos, nneg))
    for pr in problems[:60]:
        print("PROBLEM:", pr)


if __name__ == "__main__":
    main()

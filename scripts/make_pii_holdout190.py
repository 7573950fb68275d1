#!/usr/bin/env python3
"""Generate the held-out PII evaluation set h190 (independent author, stdlib only).

Usage: python scripts/make_pii_holdout190.py [--check]
"""
import json
import os
import re
import sys
import random
from collections import Counter

SEED = 190241125
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_DIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout190")
OUT = os.path.join(OUT_DIR, "cases.jsonl")
README = os.path.join(OUT_DIR, "README.md")
TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE",
         "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
         "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORD = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
       "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
       "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty first", "twenty second",
       "twenty third", "twenty fourth", "twenty fifth", "twenty sixth", "twenty seventh",
       "twenty eighth"]
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "g": "golf",
        "h": "hotel", "j": "juliet", "k": "kilo", "l": "lima", "m": "mike", "n": "november",
        "p": "papa", "r": "romeo", "s": "sierra", "t": "tango", "w": "whiskey", "x": "x-ray",
        "y": "yankee", "z": "zulu", "f": "foxtrot", "i": "india", "o": "oscar",
        "q": "quebec", "u": "uniform", "v": "victor"}
FOR_WORD = {"a": "apple", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "g": "george",
            "h": "harry", "j": "john", "k": "king", "l": "london", "m": "mother", "n": "nancy",
            "p": "peter", "r": "robert", "s": "sugar", "t": "tommy", "w": "william",
            "x": "x-ray", "y": "yellow", "z": "zebra", "f": "freddie", "i": "ireland",
            "o": "orange", "q": "queen", "u": "uncle", "v": "victor"}
FILLERS = ["um", "uh", "erm", "er"]


# ---------------------------------------------------------------- spoken forms
def zero_word(rng, uk):
    return rng.choice(["oh", "oh", "o", "zero", "nought"] if uk else ["oh", "oh", "zero", "o"])


def say_group(g, rng, uk, last=False, allow_pairs=True, fill=False):
    """Spell a digit group as an ASR transcript would."""
    words = []
    i = 0
    mode = rng.random()
    while i < len(g):
        d = g[i]
        if allow_pairs and mode < 0.35 and i + 1 < len(g) and d != "0":
            p = g[i:i + 2]
            if p[0] == "1":
                words.append(TEENS[int(p[1])]); i += 2; continue
            if p[1] != "0":
                words.append(TENS[int(p[0])] + " " + ONES[int(p[1])]); i += 2; continue
            if last and i + 2 == len(g):
                words.append(TENS[int(p[0])]); i += 2; continue
        run = 1
        while i + run < len(g) and g[i + run] == d and run < 3:
            run += 1
        w = zero_word(rng, uk) if d == "0" else ONES[int(d)]
        if run == 3 and rng.random() < 0.7:
            words.append("triple " + w); i += 3; continue
        if run >= 2 and rng.random() < 0.7:
            words.append("double " + w); i += 2; continue
        words.append(w); i += 1
    if fill and len(words) > 2 and rng.random() < 0.4:
        words.insert(rng.randint(1, len(words) - 1), rng.choice(FILLERS))
    return " ".join(words)


def say_digits(s, rng, uk, groups=None, fill=False):
    if groups is None:
        groups = [len(s)]
    out, pos = [], 0
    for k, n in enumerate(groups):
        out.append(say_group(s[pos:pos + n], rng, uk, last=(k == len(groups) - 1), fill=fill))
        pos += n
    return " ".join(out)


def say_letter(ch, rng, style=None):
    ch = ch.lower()
    style = style if style is not None else rng.random()
    if style < 0.4:
        return ch
    if style < 0.7:
        return "%s for %s" % (ch, FOR_WORD[ch])
    return "%s as in %s" % (ch, NATO[ch])


WORDNUM = {w: str(i) for i, w in enumerate(ONES)}
WORDNUM.update({"oh": "0", "o": "0", "nought": "0", "nil": "0"})


def spoken_to_alnum(text, letters=False):
    """Normalise a spoken/typed value back to its digits (and letters when letters=True)."""
    t = text.lower().replace("-", " ").replace("/", " ").replace(".", " ").replace(",", " ")
    toks = [x for x in t.split() if x]
    out = []
    i = 0
    while i < len(toks):
        w = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if w in ("double", "triple") and nxt is not None:
            n = 2 if w == "double" else 3
            if nxt in WORDNUM:
                out.append(WORDNUM[nxt] * n); i += 2; continue
            if letters and len(nxt) == 1 and nxt.isalpha():
                out.append(nxt.upper() * n); i += 2; continue
        if w in WORDNUM and not (letters and w == "o" and False):
            out.append(WORDNUM[w]); i += 1; continue
        if w in TEENS:
            out.append(str(10 + TEENS.index(w))); i += 1; continue
        if w in TENS and w:
            v = TENS.index(w)
            if nxt in ONES[1:]:
                out.append(str(v) + WORDNUM[nxt]); i += 2; continue
            out.append(str(v) + "0"); i += 1; continue
        if w.isdigit():
            out.append(w); i += 1; continue
        if letters and re.fullmatch(r"[a-z0-9]+", w) and (len(w) == 1 or re.search(r"\d", w)):
            out.append(w.upper())
            if nxt in ("for", "as"):
                i += 2 if nxt == "for" else 3
                i += 1
                continue
            i += 1; continue
        if letters and re.fullmatch(r"[a-z]{2,4}", w) and w not in FILLERS and w not in ("for", "as", "in") and i == 0:
            out.append(w.upper()); i += 1; continue
        i += 1  # filler / ignored word
    return "".join(out)


# ---------------------------------------------------------------- value generators
def luhn_ok(s):
    tot = 0
    for k, ch in enumerate(reversed(s)):
        d = int(ch)
        if k % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def gen_card(rng):
    kind = rng.choice(["visa", "visa", "mc", "mc", "amex", "visa19", "disc"])
    if kind == "visa":
        pre, n = "4", 16
    elif kind == "visa19":
        pre, n = "4", 19
    elif kind == "mc":
        pre, n = rng.choice(["51", "52", "53", "54", "55", "2221", "2720"]), 16
    elif kind == "amex":
        pre, n = rng.choice(["34", "37"]), 15
    else:
        pre, n = "6011", 16
    body = pre + "".join(str(rng.randint(0, 9)) for _ in range(n - len(pre) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def card_groups(n):
    return {15: [4, 6, 5], 16: [4, 4, 4, 4], 19: [4, 4, 4, 4, 3]}[n]


def gen_ssn(rng):
    while True:
        a = rng.randint(1, 899)
        if a == 666:
            continue
        return "%03d%02d%04d" % (a, rng.randint(1, 99), rng.randint(1, 9999))


NI_FIRST = "ABCEGHJKLMNPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"


def gen_ni(rng):
    while True:
        p = rng.choice(NI_FIRST) + rng.choice(NI_SECOND)
        if p in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            continue
        return p + "".join(str(rng.randint(0, 9)) for _ in range(6)) + rng.choice("ABCD")


def iban_check(cc, bban):
    s = bban + cc + "00"
    num = "".join(str(int(ch, 36)) for ch in s)
    return "%02d" % (98 - int(num) % 97)


def iban_ok(s):
    s = s.replace(" ", "").upper()
    r = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in r)) % 97 == 1


def gen_iban(rng):
    cc = rng.choice(["GB", "GB", "IE", "DE", "FR", "NL", "ES"])
    dg = lambda n: "".join(str(rng.randint(0, 9)) for _ in range(n))
    if cc == "GB":
        bban = rng.choice(["NWBK", "BARC", "HLFX", "HBUK", "MIDL"]) + dg(14)
    elif cc == "IE":
        bban = rng.choice(["AIBK", "BKIR", "IPBS"]) + dg(14)
    elif cc == "DE":
        bban = dg(18)
    elif cc == "FR":
        bban = dg(23)
    elif cc == "NL":
        bban = rng.choice(["ABNA", "INGB", "RABO"]) + dg(10)
    else:
        bban = dg(20)
    return cc + iban_check(cc, bban) + bban


def group4(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


UK_AREAS = ["SW", "SE", "NW", "E", "N", "W", "M", "B", "LS", "BS", "CF", "G", "EH", "NE", "L",
            "CB", "RG", "BN", "PL", "EX", "BT", "KY", "ST", "TN", "HP"]
UK_INWARD = "ABDEFGHJLNPQRSTUWXYZ"


def gen_uk_postcode(rng):
    a = rng.choice(UK_AREAS)
    d = str(rng.randint(1, 29)) if len(a) == 2 else str(rng.randint(1, 19))
    inw = str(rng.randint(0, 9)) + rng.choice(UK_INWARD) + rng.choice(UK_INWARD)
    return a + d + " " + inw


def uk_pc_ok(s):
    return re.fullmatch(r"[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}", s) is not None


def gen_zip(rng, plus4=False):
    z = "%05d" % rng.randint(1001, 99950)
    return z + ("-%04d" % rng.randint(1, 9999) if plus4 else "")


STREETS = ["Maple", "Station", "Church", "Victoria", "Elm", "Willow", "Park", "Highfield",
           "Mill", "Oakwood", "Lincoln", "Cedar", "Kings", "Queens", "Riverside", "Grange",
           "Chestnut", "Orchard", "Meadow", "Sycamore"]
SUFFIX_UK = ["Road", "Street", "Lane", "Avenue", "Close", "Drive", "Crescent", "Gardens", "Way"]
SUFFIX_US = ["Street", "Avenue", "Drive", "Boulevard", "Lane", "Court", "Road", "Place"]
SUFFIXES = set(s.lower() for s in SUFFIX_UK + SUFFIX_US + ["St", "Ave", "Rd", "Dr", "Blvd"])

FIRST = ["sarah", "james", "priya", "tom", "aoife", "marco", "lena", "david", "chloe", "omar",
         "niamh", "ben", "grace", "luis", "hannah", "kevin", "fatima", "ryan", "ellie", "sean"]
LAST = ["walsh", "patel", "nguyen", "murphy", "okafor", "schmidt", "brennan", "taylor",
        "garcia", "kowalski", "evans", "oconnor", "harris", "rossi", "byrne", "lee"]
DOMAINS = ["gmail.com", "outlook.com", "yahoo.co.uk", "hotmail.com", "icloud.com", "eircom.net",
           "btinternet.com", "proton.me", "aol.com", "gmx.de"]


def gen_email(rng):
    f, l = rng.choice(FIRST), rng.choice(LAST)
    sep = rng.choice([".", "_", "", "."])
    num = rng.choice(["", "", str(rng.randint(1, 99))])
    local = rng.choice([f + sep + l, f[0] + sep + l, f + sep + l[0], l + sep + f]) + num
    return local, rng.choice(DOMAINS)


def say_email(local, domain, rng, uk):
    def part(p):
        out = []
        for chunk in re.split(r"([._])", p):
            if chunk == ".":
                out.append("dot")
            elif chunk == "_":
                out.append("underscore")
            elif chunk.isdigit():
                out.append(say_digits(chunk, rng, uk))
            elif len(chunk) <= 2:
                out.append(" ".join(chunk))
            else:
                m = re.match(r"([a-z]+)(\d*)$", chunk)
                out.append(m.group(1) + ((" " + say_digits(m.group(2), rng, uk)) if m.group(2) else ""))
        return " ".join(out)
    at = rng.choice(["at", "at", "at sign"])
    return part(local) + " " + at + " " + part(domain)


def email_from_spoken(s):
    t = " " + s.lower() + " "
    t = t.replace(" at sign ", " @ ").replace(" at ", " @ ").replace(" dot ", " . ")
    t = t.replace(" underscore ", " _ ").replace(" dash ", " - ").replace(" hyphen ", " - ")
    toks = t.split()
    out, run = [], []
    numeric = set(WORDNUM) | set(TEENS) | set(x for x in TENS if x) | {"double", "triple"}
    for w in toks + ["@@END"]:
        if w in numeric and not (w == "o" and not run):
            run.append(w)
            continue
        if run:
            out.append(spoken_to_alnum(" ".join(run)))
            run = []
        if w != "@@END":
            out.append(w)
    return "".join(out)


def say_pc(pc, rng, uk=True):
    out = []
    for ch in pc.replace(" ", ""):
        if ch.isdigit():
            out.append(zero_word(rng, uk) if ch == "0" else ONES[int(ch)])
        else:
            out.append(say_letter(ch, rng, 0.0 if rng.random() < 0.6 else None))
    return " ".join(out)


def num_words(n):
    if n < 10:
        return ONES[n]
    if n < 20:
        return TEENS[n - 10]
    if n < 100:
        return TENS[n // 10] + ("" if n % 10 == 0 else " " + ONES[n % 10])
    if n < 1000:
        h = ONES[n // 100] + " hundred"
        r = n % 100
        return h + ("" if r == 0 else " and " + num_words(r))
    th, r = divmod(n, 1000)
    return num_words(th) + " thousand" + ("" if r == 0 else (" and " if r < 100 else " ") + num_words(r))


def say_year(y):
    hi, lo = divmod(y, 100)
    if y >= 2000 and y < 2010:
        return "two thousand and " + ONES[y - 2000]
    return num_words(hi) + " " + (("oh " + ONES[lo]) if lo < 10 else num_words(lo))


def say_amount(x, uk, rng):
    pounds = int(x)
    pence = int(round((x - pounds) * 100))
    cur = {"UK": "pounds", "IE": "euro", "EU": "euro"}.get(CUR_COUNTRY[0], "dollars")
    s = num_words(pounds) + " " + cur
    if pence:
        s += " " + num_words(pence)
    return s


# ---------------------------------------------------------------- case builder
class Case:
    def __init__(self, chan, industry, country):
        self.chan, self.industry, self.country = chan, industry, country
        self.turns = []  # list of (speaker, [segments])
        self.checks = []  # (type, [surface strings], canonical, validator)

    @property
    def voice(self):
        return self.chan == "call"

    @property
    def uk(self):
        return self.country in ("UK", "IE")

    def add(self, speaker, *segs):
        self.turns.append((speaker, list(segs)))

    def a(self, *segs):
        self.add("agent", *segs)

    def c(self, *segs):
        self.add("customer", *segs)

    def render(self):
        turns, spans = [], []
        for ti, (spk, segs) in enumerate(self.turns):
            text = ""
            for s in segs:
                if isinstance(s, tuple):
                    val, typ = s
                    spans.append({"turn": ti, "start": len(text), "end": len(text) + len(val), "type": typ})
                    text += val
                else:
                    text += s
            turns.append({"speaker": spk, "text": text})
        return turns, spans


INDUSTRIES = {
    "banking": ("bank", ["a card payment I don't recognise", "a blocked debit card", "a missing transfer", "an overdraft charge"]),
    "telecom": ("mobile network", ["a high phone bill", "no signal at home", "an upgrade", "roaming charges"]),
    "utilities": ("energy supplier", ["an estimated bill", "a new direct debit", "a meter reading", "moving house"]),
    "retail": ("online store", ["a missing parcel", "a refund", "a damaged item", "a store card payment"]),
    "insurance": ("insurer", ["a car claim", "renewing home cover", "a windscreen claim", "a policy change"]),
    "travel": ("airline", ["a cancelled flight", "changing a booking", "a lost bag", "a refund for a hotel"]),
    "healthcare": ("clinic billing team", ["a bill for a visit", "an insurance rejection", "a payment plan", "a duplicate charge"]),
    "government": ("benefits office", ["a tax code", "a pension query", "a benefit payment", "a council tax bill"]),
}


CUR_COUNTRY = ["UK"]


def money(rng, uk, chat):
    x = rng.choice([rng.randint(5, 900) + rng.choice([0, 0.5, 0.99, 0.25, 0.49]), rng.randint(10, 3000)])
    if chat:
        sym = {"UK": "£", "IE": "€", "EU": "€"}.get(CUR_COUNTRY[0], "$")
        return sym + (("%.2f" % x) if x != int(x) else str(int(x)))
    return say_amount(x, uk, rng)


def ref(rng, chat, uk, word=None):
    n = "".join(str(rng.randint(0, 9)) for _ in range(rng.randint(6, 8)))
    word = word or rng.choice(["reference", "order number", "ticket number", "claim number", "case reference", "invoice number"])
    if chat:
        pre = rng.choice(["", "", "REF-", "#"]) if word == "reference" else rng.choice(["", "#"])
        return word + " " + pre + n
    return word + " " + say_digits(n, rng, uk)


def nice_date(rng, chat):
    d, m = rng.randint(1, 28), rng.randint(1, 12)
    if chat:
        return rng.choice(["%d/%d" % (d, m), "%d %s" % (d, MONTHS[m - 1][:3].title()), "the %d%s" % (d, "th")])
    return "the " + ORD[d - 1] + " of " + MONTHS[m - 1]


def small_talk(case, rng):
    """Problem discussion turns full of non-PII numbers."""
    chat, uk = not case.voice, case.uk
    ind = case.industry
    lines = []
    amt, amt2 = money(rng, uk, chat), money(rng, uk, chat)
    r = ref(rng, chat, uk)
    dt = nice_date(rng, chat)
    hrs = rng.randint(2, 11)
    mins = rng.choice([15, 20, 30, 45])
    pool = [
        ("customer", "so I was charged %s on %s and it should only have been %s" % (amt, dt, amt2)),
        ("agent", "okay I can see that, I've raised it under %s" % r),
        ("customer", "I've been on hold for about %s minutes already" % (str(mins) if chat else num_words(mins))),
        ("agent", "the refund usually takes three to five working days" if not chat else "Refunds usually take 3-5 working days."),
        ("customer", "this is the %s time I've called about it" % rng.choice(["second", "third", "fourth"])),
        ("agent", "I can see %s open items on the account, the last one from %s" % ("2" if chat else "two", nice_date(rng, chat))),
        ("agent", "someone can call you back between %s and %s" % (("%d:00" % hrs, "%d:30pm" % (hrs + 1)) if chat else (num_words(hrs), num_words(hrs + 1) + " thirty"))),
        ("customer", "yeah it went up by about %s percent this year" % (str(rng.randint(3, 25)) if chat else num_words(rng.randint(3, 25)))),
    ]
    if ind == "travel":
        pool.append(("customer", "it was flight %s%s on %s" % (rng.choice(["BA", "EI", "FR", "UA"]), rng.randint(100, 999) if chat else "", dt) if chat else "it was flight e i " + num_words(rng.randint(100, 999)) + " on " + dt))
    if ind == "utilities":
        rd = rng.randint(10000, 99999)
        pool.append(("customer", "the meter reading today is %s" % (str(rd) if chat else say_digits(str(rd), rng, uk))))
    if ind == "telecom":
        pool.append(("customer", "I only used %s gigs of data and the plan is %s a month" % ((rng.randint(2, 60)), amt2) if chat else "i only used " + num_words(rng.randint(2, 60)) + " gigs of data and the plan is " + amt2 + " a month"))
    rng.shuffle(pool)
    k = rng.randint(2, 4)
    for spk, t in pool[:k]:
        if case.voice:
            t = t.lower().replace(",", "").replace(".", "")
        lines.append((spk, t))
    return lines


def opening(case, rng):
    co, probs = INDUSTRIES[case.industry]
    prob = rng.choice(probs)
    if case.voice:
        case.a("thank you for calling your %s my name is %s how can i help" % (co, rng.choice(["jo", "sam", "alex", "chris"])))
        case.c("hi yeah um i'm calling about %s" % prob)
        case.a("okay no problem i can help with that")
    else:
        case.c(rng.choice(["Hi there, ", "hello ", "Hi, ", "hey "]) + "I need help with %s" % prob)
        case.a("Hi, thanks for contacting us. I'm happy to help with that.")


def closing(case, rng):
    if case.voice:
        case.a("is there anything else i can help with today")
        case.c(rng.choice(["no that's everything thanks", "no that's it cheers", "nope that's all thank you bye"]))
    else:
        case.a("Is there anything else I can help with today?")
        case.c(rng.choice(["no thats all, thanks!", "No, that's it. Thanks", "all good ty"]))


# ---------------------------------------------------------------- PII blocks
# Each block appends turns to case and registers validation info.

def v_digits(n_ok):
    def f(surface, canon):
        d = spoken_to_alnum(" ".join(surface))
        return d == canon and n_ok(len(d))
    return f


def blk_card(case, rng):
    card = gen_card(rng)
    g = card_groups(len(card))
    canon = card
    if not case.voice:
        style = rng.randint(0, 3)
        if style == 0:
            s = " ".join(card[sum(g[:k]):sum(g[:k + 1])] for k in range(len(g)))
        elif style == 1:
            s = "-".join(card[sum(g[:k]):sum(g[:k + 1])] for k in range(len(g)))
        elif style == 2:
            s = card
        else:
            s = ".".join(card[sum(g[:k]):sum(g[:k + 1])] for k in range(len(g)))
        case.a("Can you please type the long card number for the payment?")
        case.c(rng.choice(["sure its ", "Card: ", "ok ", "it's "]), (s, "CARD_NUMBER"), rng.choice(["", " thanks", ".", " - it's the one ending differently to my old one"]))
        case.checks.append(("CARD_NUMBER", [s], canon))
        return card
    # voice
    parts, pos = [], 0
    for k, n in enumerate(g):
        parts.append(say_group(card[pos:pos + n], rng, case.uk, last=(k == len(g) - 1), fill=True))
        pos += n
    mode = rng.randint(0, 2)
    case.a("okay and whenever you're ready the long number across the front of the card")
    if mode == 0:
        case.c("yeah it's ", (" ".join(parts), "CARD_NUMBER"))
        case.checks.append(("CARD_NUMBER", [" ".join(parts)], canon))
    elif mode == 1:
        bc = ["mhm", "okay", "yep go on", "okay go on", "got that"]
        surf = []
        for k, p in enumerate(parts):
            if k:
                case.a(rng.choice(bc))
            if k == 0:
                case.c("right so it's ", (p, "CARD_NUMBER"))
            else:
                case.c((p, "CARD_NUMBER"))
            surf.append(p)
        case.checks.append(("CARD_NUMBER", surf, canon))
    else:
        half = len(parts) // 2
        p1, p2 = " ".join(parts[:half]), " ".join(parts[half:])
        case.c((p1, "CARD_NUMBER"), " sorry hang on i need my glasses")
        case.a("no rush take your time")
        case.c("okay the rest is ", (p2, "CARD_NUMBER"))
        case.checks.append(("CARD_NUMBER", [p1, p2], canon))
    return card


def blk_card_readback(case, rng):
    """card + agent reads back last four only (not a full card) + cvv + expiry."""
    card = blk_card(case, rng)
    last4 = card[-4:]
    if case.voice:
        case.a("thank you so that's the card ending " + say_digits(last4, rng, case.uk) + " is that right")
        case.c("yeah that's it")
    else:
        case.a("Thanks, that's the card ending in " + last4 + ".")
    return card


def blk_cvv(case, rng, amex=False):
    n = 4 if amex else 3
    v = "".join(str(rng.randint(0, 9)) for _ in range(n))
    if case.voice:
        case.a(rng.choice(["and the three digit security code on the back", "and the last three digits on the signature strip please", "and the cvv please"]))
        s = say_digits(v, rng, case.uk)
        case.c(rng.choice(["it's ", "", "um ", "that's "]), (s, "CVV"))
    else:
        case.a("And the 3-digit security code (CVV) on the back?")
        s = v
        case.c(rng.choice(["", "cvv ", "its ", "security code is "]), (s, "CVV"))
    case.checks.append(("CVV", [s], v))


def blk_expiry(case, rng):
    m, y = rng.randint(1, 12), rng.randint(26, 31)
    if case.voice:
        st = rng.randint(0, 2)
        if st == 0:
            s = (zero_word(rng, case.uk) + " " + ONES[m] if m < 10 else num_words(m)) + " " + num_words(y)
        elif st == 1:
            s = MONTHS[m - 1] + " " + rng.choice(["", "twenty "]) + num_words(y)
            s = s.replace("  ", " ")
        else:
            s = (zero_word(rng, case.uk) + " " + ONES[m] if m < 10 else num_words(m)) + " slash " + num_words(y)
        case.a("and the expiry date")
        case.c(rng.choice(["expires ", "it's ", "the end of ", ""]), (s, "EXPIRY"))
    else:
        s = rng.choice(["%02d/%02d" % (m, y), "%02d/20%02d" % (m, y), "%d/%02d" % (m, y), "%02d-%02d" % (m, y), "%s 20%02d" % (MONTHS[m - 1][:3].title(), y)])
        case.a("And the expiry date?")
        case.c(rng.choice(["exp ", "", "expires ", "valid till "]), (s, "EXPIRY"))
    case.checks.append(("EXPIRY", [s], "%02d%02d" % (m, y)))


def blk_ssn(case, rng):
    v = gen_ssn(rng)
    if case.voice:
        st = rng.randint(0, 2)
        if st == 0:
            s = say_digits(v, rng, False, [3, 2, 4], fill=True)
            case.a("to verify can i get your social security number")
            case.c("sure it's ", (s, "SSN"))
            case.checks.append(("SSN", [s], v))
        elif st == 1:
            p = [say_digits(v[:3], rng, False), say_digits(v[3:5], rng, False), say_digits(v[5:], rng, False, fill=True)]
            case.a("can you give me your social please")
            case.c("yep ", (p[0], "SSN"))
            case.a("mhm")
            case.c((p[1], "SSN"))
            case.a("okay")
            case.c((p[2], "SSN"))
            case.checks.append(("SSN", p, v))
        else:
            a = say_digits(v, rng, False, [3, 2, 4])
            b = say_digits(v, rng, False, [3, 2, 4])
            case.a("and for verification the social security number")
            case.c("okay ", (a, "SSN"))
            case.a("let me read that back ", (b, "SSN"), " correct")
            case.c("yes")
            case.checks.append(("SSN", [a], v))
            case.checks.append(("SSN", [b], v))
    else:
        s = rng.choice(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s.%s.%s"]) % (v[:3], v[3:5], v[5:])
        case.a("To verify your identity, please enter your Social Security number.")
        case.c(rng.choice(["", "SSN ", "ssn is ", "my social is "]), (s, "SSN"), rng.choice(["", " ", " thx"]).rstrip())
        case.checks.append(("SSN", [s], v))


def say_ni(v, rng, letter_style=None):
    l = [say_letter(v[0], rng, letter_style), say_letter(v[1], rng, letter_style)]
    digs = v[2:8]
    mode = rng.randint(0, 2)
    if mode == 0:
        d = say_digits(digs, rng, True, [2, 2, 2])
    elif mode == 1:
        d = " ".join(say_group(digs[i:i + 2], rng, True, allow_pairs=True, last=False) for i in (0, 2, 4))
    else:
        d = say_digits(digs, rng, True, [6])
    return " ".join(l), d, say_letter(v[8], rng, letter_style)


def blk_ni(case, rng):
    v = gen_ni(rng)
    if case.voice:
        st = rng.randint(0, 2)
        l, d, s = say_ni(v, rng)
        case.a("can i take your national insurance number please")
        if st == 0:
            full = l + " " + d + " " + s
            case.c("yeah it's ", (full, "NI_NUMBER"))
            case.checks.append(("NI_NUMBER", [full], v))
        elif st == 1:
            case.c("okay ", (l, "NI_NUMBER"))
            case.a("mhm")
            case.c((d, "NI_NUMBER"))
            case.a("and the letter at the end")
            case.c((s, "NI_NUMBER"))
            case.checks.append(("NI_NUMBER", [l, d, s], v))
        else:
            wrong = d.split()
            case.c("it's ", (l + " " + d, "NI_NUMBER"), " hang on where's my letter um yeah the letter is ", (s, "NI_NUMBER"))
            case.checks.append(("NI_NUMBER", [l + " " + d, s], v))
    else:
        s = rng.choice(["%s %s %s %s %s", "%s%s%s%s%s", "%s-%s-%s-%s-%s"]) % (v[:2], v[2:4], v[4:6], v[6:8], v[8])
        if rng.random() < 0.3:
            s = s.lower()
        case.a("Could you confirm your National Insurance number?")
        case.c(rng.choice(["", "NI no. ", "its ", "ni number "]), (s, "NI_NUMBER"))
        case.checks.append(("NI_NUMBER", [s], v))


def blk_bank(case, rng):
    uk = case.uk
    acct = "".join(str(rng.randint(0, 9)) for _ in range(8 if uk else rng.randint(10, 12)))
    acct = str(rng.randint(1, 9)) + acct[1:]
    if uk:
        sc = "%02d%02d%02d" % (rng.randint(1, 99), rng.randint(0, 99), rng.randint(0, 99))
    if case.voice:
        s = say_digits(acct, rng, uk, [4, 4] if uk else [len(acct)], fill=True)
        if uk:
            sc_s = say_digits(sc, rng, uk, [2, 2, 2])
            if rng.random() < 0.5:
                case.a("can i take the sort code and account number for the direct debit")
                case.c("sort code ", (sc_s, "SORT_CODE"), " and the account is ", (s, "BANK_ACCOUNT"))
            else:
                case.a("what's the sort code")
                case.c((sc_s, "SORT_CODE"))
                case.a("lovely and the account number")
                case.c("it's ", (s, "BANK_ACCOUNT"))
            case.checks.append(("SORT_CODE", [sc_s], sc))
        else:
            case.a("and the checking account number")
            case.c("okay it's ", (s, "BANK_ACCOUNT"))
        case.checks.append(("BANK_ACCOUNT", [s], acct))
    else:
        if uk:
            sc_s = rng.choice(["%s-%s-%s", "%s %s %s", "%s%s%s"]) % (sc[:2], sc[2:4], sc[4:])
            case.a("Please send the sort code and account number you'd like the refund paid to.")
            case.c(rng.choice(["sort ", "Sort code: ", "sc "]), (sc_s, "SORT_CODE"), rng.choice([" acc ", ", account no. ", " / a/c "]), (acct, "BANK_ACCOUNT"))
            case.checks.append(("SORT_CODE", [sc_s], sc))
        else:
            case.a("What is the account number for the refund?")
            case.c(rng.choice(["checking acct ", "account number ", "acct# "]), (acct, "BANK_ACCOUNT"))
        case.checks.append(("BANK_ACCOUNT", [acct], acct))


def blk_iban(case, rng):
    v = gen_iban(rng)
    if case.voice:
        cc = " ".join(v[:2].lower())
        chk = say_digits(v[2:4], rng, case.uk)
        rest = []
        i = 4
        while i < len(v):
            chunk = v[i:i + 4]
            if chunk.isdigit():
                rest.append(say_group(chunk, rng, case.uk, last=(i + 4 >= len(v))))
            else:
                rest.append(" ".join(ch.lower() if ch.isalpha() else ONES[int(ch)] for ch in chunk))
            i += 4
        if rng.random() < 0.5:
            s = cc + " " + chk + " " + " ".join(rest)
            case.a("can you read me the iban for the transfer")
            case.c("yeah it's ", (s, "IBAN"))
            case.checks.append(("IBAN", [s], v))
        else:
            h = len(rest) // 2
            s1 = cc + " " + chk + " " + " ".join(rest[:h])
            s2 = " ".join(rest[h:])
            case.a("go ahead with the iban")
            case.c((s1, "IBAN"))
            case.a("okay yep")
            case.c((s2, "IBAN"))
            case.checks.append(("IBAN", [s1, s2], v))
    else:
        s = rng.choice([group4(v), v, group4(v).lower()])
        case.a("Please share the IBAN for the refund.")
        case.c(rng.choice(["IBAN: ", "", "its "]), (s, "IBAN"))
        case.checks.append(("IBAN", [s], v))


def gen_phone(rng, country):
    d = lambda n: "".join(str(rng.randint(0, 9)) for _ in range(n))
    if country == "UK":
        core = "7" + str(rng.randint(1, 9)) + d(8)
        return core, rng.choice(["0" + core, "+44" + core])
    if country == "IE":
        core = "8" + rng.choice("35679") + d(7)
        return core, rng.choice(["0" + core, "+353" + core])
    if country == "US":
        core = str(rng.randint(2, 9)) + d(2) + str(rng.randint(2, 9)) + d(6)
        return core, rng.choice([core, "+1" + core])
    core = "1" + d(9)
    return core, "+49" + core


def fmt_phone(full, country, rng):
    if full.startswith("+"):
        cc = {"UK": "+44", "IE": "+353", "US": "+1", "EU": "+49"}[country]
        core = full[len(cc):]
        return cc + rng.choice([" ", "", " "]) + (core[:4] + " " + core[4:] if country != "US" else "(%s) %s-%s" % (core[:3], core[3:6], core[6:]))
    if country == "US":
        return rng.choice(["(%s) %s-%s", "%s-%s-%s", "%s.%s.%s"]) % (full[:3], full[3:6], full[6:])
    if country == "IE":
        return full[:3] + " " + full[3:6] + " " + full[6:]
    return rng.choice([full[:5] + " " + full[5:], full, full[:5] + "-" + full[5:8] + "-" + full[8:]])


def blk_phone(case, rng):
    core, full = gen_phone(rng, case.country)
    digits = re.sub(r"\D", "", full)
    if case.voice:
        if full.startswith("+"):
            ccd = digits[:len(digits) - len(core)]
            s = "plus " + " ".join(ONES[int(x)] for x in ccd) + " " + say_digits(core, rng, case.uk, [4, len(core) - 4] if case.country != "US" else [3, 3, 4], fill=True)
        else:
            g = [5, 6] if case.country == "UK" else ([3, 3, 4] if case.country in ("US", "IE") else [len(full)])
            if case.country == "IE":
                g = [3, 3, 4]
            s = say_digits(full, rng, case.uk, g, fill=True)
        case.a(rng.choice(["and what's the best number to call you back on", "can i take a contact number", "what number are you calling from"]))
        if rng.random() < 0.5:
            case.c("it's ", (s, "PHONE"))
            case.checks.append(("PHONE", [s], digits))
        else:
            ws = s.split()
            h = len(ws) // 2
            while ws[h - 1] in ("double", "triple") or ws[h - 1] in TENS:
                h += 1
            s1, s2 = " ".join(ws[:h]), " ".join(ws[h:])
            case.c("my mobile's ", (s1, "PHONE"))
            case.a("mhm")
            case.c((s2, "PHONE"))
            case.checks.append(("PHONE", [s1, s2], digits))
    else:
        s = fmt_phone(full, case.country, rng)
        case.a("What's the best number to reach you on?")
        case.c(rng.choice(["", "mob ", "call me on ", "you can reach me at "]), (s, "PHONE"), rng.choice(["", " after 5pm", " anytime before 6", ""]))
        case.checks.append(("PHONE", [s], digits))


def blk_email(case, rng):
    local, dom = gen_email(rng)
    email = local + "@" + dom
    if case.voice:
        s = say_email(local, dom, rng, case.uk)
        case.a("and an email address for the confirmation")
        case.c("yeah it's ", (s, "EMAIL"))
        if rng.random() < 0.4:
            case.a("so that's ", (s, "EMAIL"))
            case.c("that's right")
            case.checks.append(("EMAIL", [s], email))
        case.checks.append(("EMAIL", [s], email))
    else:
        s = rng.choice([email, email, email.upper() if rng.random() < 0.2 else email.title()])
        case.a("Which email should we send the confirmation to?")
        case.c(rng.choice(["", "email is ", "pls use "]), (s, "EMAIL"), rng.choice(["", " please", " (personal one)"]))
        case.checks.append(("EMAIL", [s], email))


def blk_dob(case, rng):
    y, m, d = rng.randint(1941, 2004), rng.randint(1, 12), rng.randint(1, 28)
    canon = "%04d%02d%02d" % (y, m, d)
    if case.voice:
        st = rng.randint(0, 2)
        if st == 0:
            s = "the " + ORD[d - 1] + " of " + MONTHS[m - 1] + " " + say_year(y)
        elif st == 1:
            s = MONTHS[m - 1] + " " + ORD[d - 1] + " " + say_year(y)
        else:
            s = say_digits("%02d" % d, rng, case.uk) + " " + say_digits("%02d" % m, rng, case.uk) + " " + say_year(y)
        case.a("can you confirm your date of birth for security")
        case.c(rng.choice(["yeah it's ", "", "um "]), (s, "DOB"))
    else:
        s = rng.choice(["%02d/%02d/%04d" % (d, m, y), "%d-%d-%04d" % (d, m, y), "%d %s %d" % (d, MONTHS[m - 1].title(), y),
                        "%s %d, %d" % (MONTHS[m - 1][:3].title(), d, y), "%02d.%02d.%02d" % (d, m, y % 100)])
        case.a("For security, can you confirm your date of birth?")
        case.c(rng.choice(["", "dob ", "born "]), (s, "DOB"))
    case.checks.append(("DOB", [s], canon))


def blk_address(case, rng):
    n = rng.randint(1, 240)
    st = rng.choice(STREETS)
    us = case.country == "US"
    suf = rng.choice(SUFFIX_US if us else SUFFIX_UK)
    if us:
        pc = gen_zip(rng, rng.random() < 0.2)
    else:
        pc = gen_uk_postcode(rng) if case.country == "UK" else None
    town = rng.choice(["Leeds", "Bristol", "Cardiff", "Manchester"]) if case.country == "UK" else rng.choice(["Austin", "Denver", "Columbus"]) if us else rng.choice(["Cork", "Galway"])
    if case.voice:
        a = num_words(n) + " " + st.lower() + " " + suf.lower()
        case.a("and can you confirm the address on the account")
        if pc:
            pcs = say_pc(pc, rng, not us) if not us else say_digits(pc.replace("-", ""), rng, False, [5, 4] if "-" in pc else [5])
            case.c("yeah ", (a, "ADDRESS"), " " + town.lower() + " ", (pcs, "POSTCODE"))
            case.checks.append(("POSTCODE", [pcs], pc))
        else:
            case.c("it's ", (a, "ADDRESS"), " in " + town.lower())
        case.checks.append(("ADDRESS", [a], str(n)))
    else:
        a = "%d %s %s" % (n, st, suf)
        if rng.random() < 0.3:
            a = a.lower()
        case.a("Can you confirm the delivery address?")
        if pc:
            case.c((a, "ADDRESS"), ", " + town + ", ", (pc, "POSTCODE"))
            case.checks.append(("POSTCODE", [pc], pc))
        else:
            case.c((a, "ADDRESS"), ", " + town)
        case.checks.append(("ADDRESS", [a], str(n)))


def blk_postcode(case, rng):
    us = case.country == "US"
    pc = gen_zip(rng) if us else gen_uk_postcode(rng)
    if case.voice:
        pcs = say_digits(pc, rng, False) if us else say_pc(pc, rng)
        case.a("and just the " + ("zip code" if us else "postcode") + " on the account")
        case.c(rng.choice(["it's ", "", "yeah "]), (pcs, "POSTCODE"))
    else:
        pcs = pc if rng.random() < 0.6 else (pc.lower() if rng.random() < 0.5 else pc.replace(" ", ""))
        case.a("Can you confirm the " + ("ZIP" if us else "postcode") + " on the account?")
        case.c(rng.choice(["", "its ", "postcode "]) if not us else rng.choice(["", "zip "]), (pcs, "POSTCODE"))
    case.checks.append(("POSTCODE", [pcs], pc))


BLOCKS = {
    "CARD_NUMBER": blk_card_readback, "CVV": blk_cvv, "EXPIRY": blk_expiry, "SSN": blk_ssn,
    "NI_NUMBER": blk_ni, "BANK_ACCOUNT": blk_bank, "SORT_CODE": blk_bank, "IBAN": blk_iban,
    "PHONE": blk_phone, "EMAIL": blk_email, "DOB": blk_dob, "POSTCODE": blk_postcode,
    "ADDRESS": blk_address,
}

COUNTRY_FOR = {"SSN": ["US"], "NI_NUMBER": ["UK"], "SORT_CODE": ["UK"], "IBAN": ["IE", "EU", "UK"]}


def make_positive(i, rng):
    cycle = ["CARD_NUMBER", "SSN", "NI_NUMBER", "PHONE", "EMAIL", "DOB", "IBAN", "CARD_NUMBER",
             "SSN", "NI_NUMBER", "ADDRESS", "BANK_ACCOUNT", "SORT_CODE", "POSTCODE"]
    primary = cycle[i % len(cycle)]
    countries = COUNTRY_FOR.get(primary, ["UK", "US", "IE", "UK", "US"])
    country = countries[(i // len(cycle)) % len(countries)]
    chan = "call" if (i * 7 + i // 3) % 5 < 3 else "chat"
    industry = sorted(INDUSTRIES)[(i * 3 + i // 5) % len(INDUSTRIES)]
    if primary == "IBAN" and industry not in ("banking", "travel", "insurance", "utilities"):
        industry = "banking"
    case = Case(chan, industry, country)
    CUR_COUNTRY[0] = country
    opening(case, rng)
    extra = []
    if country == "US":
        extra = ["SSN", "DOB", "PHONE", "EMAIL", "ADDRESS", "POSTCODE"]
    elif country == "UK":
        extra = ["NI_NUMBER", "DOB", "PHONE", "EMAIL", "ADDRESS", "POSTCODE"]
    else:
        extra = ["DOB", "PHONE", "EMAIL", "ADDRESS"]
    ident = rng.choice(extra)
    if ident != primary and rng.random() < 0.6:
        BLOCKS[ident](case, rng)
    for spk, t in small_talk(case, rng)[:2]:
        case.add(spk, t)
    BLOCKS[primary](case, rng)
    if primary == "CARD_NUMBER":
        if rng.random() < 0.8:
            blk_expiry(case, rng)
        if rng.random() < 0.8:
            blk_cvv(case, rng)
        case.a("okay that's gone through" if case.voice else "Payment taken, thank you.")
    for spk, t in small_talk(case, rng)[:2]:
        case.add(spk, t)
    closing(case, rng)
    turns, spans = case.render()
    note = "%s/%s/%s: %s amid a full conversation; non-PII amounts/dates/refs around it" % (
        chan, industry, country, ", ".join(sorted(set(s["type"] for s in spans))))
    return {"kind": "positive", "turns": turns, "spans": spans, "note": note}, case


NEG_EXTRA = [
    lambda c, r: ("customer", "my postcode hasn't changed, it's the same house, I've lived there %s years" % (r.randint(3, 30) if not c.voice else num_words(r.randint(3, 30)))),
    lambda c, r: ("agent", "your balance is %s and the next payment is due on %s" % (money(r, c.uk, not c.voice), nice_date(r, not c.voice))),
    lambda c, r: ("customer", "the model number on the router is %s" % ("TG%d-%d" % (r.randint(100, 999), r.randint(1, 9)) if not c.voice else "t g " + num_words(r.randint(100, 999)))),
    lambda c, r: ("agent", "the engineer can come on %s between %s" % (nice_date(r, not c.voice), "8am and 1pm" if not c.voice else "eight and one")),
    lambda c, r: ("customer", "i was in room %s for %s nights" % (r.randint(100, 999) if not c.voice else num_words(r.randint(100, 999)), r.randint(2, 9) if not c.voice else num_words(r.randint(2, 9)))),
    lambda c, r: ("customer", "the contract started in %s so it's been %s months" % (r.randint(2019, 2025) if not c.voice else say_year(r.randint(2019, 2025)), r.randint(3, 30) if not c.voice else num_words(r.randint(3, 30)))),
    lambda c, r: ("customer", "the download speed is only %s megs when it should be %s" % ((r.randint(2, 40), r.randint(60, 900)) if not c.voice else (num_words(r.randint(2, 40)), num_words(r.randint(60, 900))))),
    lambda c, r: ("agent", "I've added a credit of %s and your %s is %s" % (money(r, c.uk, not c.voice), "claim number" if r.random() < .5 else "case reference", ref(r, not c.voice, c.uk).split(" ", 2)[-1] if False else say_digits(str(r.randint(100000, 9999999)), r, c.uk) if c.voice else str(r.randint(100000, 9999999)))),
    lambda c, r: ("customer", "my son is %s and he's on the plan too, we have %s lines" % ((r.randint(8, 17), r.randint(2, 5)) if not c.voice else (num_words(r.randint(8, 17)), num_words(r.randint(2, 5))))),
    lambda c, r: ("customer", "it was %s degrees in the house last night" % (r.randint(8, 15) if not c.voice else num_words(r.randint(8, 15)))),
    lambda c, r: ("agent", "the appointment is at %s on %s" % ("%d:%02d" % (r.randint(8, 16), r.choice([0, 15, 30, 45])) if not c.voice else num_words(r.randint(8, 11)) + " " + r.choice(["fifteen", "thirty", "forty five", "o'clock"]), nice_date(r, not c.voice))),
    lambda c, r: ("agent", "the tracking number is %s and it left the depot at %s" % ((str(r.randint(1000000000, 9999999999)), "%d:%02d" % (r.randint(6, 11), r.randint(0, 59))) if not c.voice else (say_digits(str(r.randint(1000000000, 9999999999)), r, c.uk, [3, 3, 4]), num_words(r.randint(6, 11)) + " " + num_words(r.randint(10, 59))))),
    lambda c, r: ("customer", "i've been a customer since %s and i'm %s so i'm not great with apps" % ((r.randint(1990, 2015), r.randint(60, 90)) if not c.voice else (say_year(r.randint(1990, 2015)), num_words(r.randint(60, 90))))),
    lambda c, r: ("agent", "the price goes from %s to %s from %s" % (money(r, c.uk, not c.voice), money(r, c.uk, not c.voice), nice_date(r, not c.voice))),
    lambda c, r: ("customer", "i paid %s on %s and another %s last week" % (money(r, c.uk, not c.voice), nice_date(r, not c.voice), money(r, c.uk, not c.voice))),
]


def make_negative(i, rng):
    chan = "call" if i % 2 == 0 else "chat"
    country = ["UK", "US", "IE", "UK", "EU"][i % 5]
    industry = sorted(INDUSTRIES)[(i * 5 + i // 4) % len(INDUSTRIES)]
    case = Case(chan, industry, country)
    CUR_COUNTRY[0] = country
    opening(case, rng)
    for spk, t in small_talk(case, rng):
        case.add(spk, t)
    picks = rng.sample(range(len(NEG_EXTRA)), rng.randint(2, 4))
    for p in picks:
        spk, t = NEG_EXTRA[p](case, rng)
        if case.voice:
            t = t.lower().replace(",", "")
        case.add(spk, t)
    for spk, t in small_talk(case, rng)[:2]:
        case.add(spk, t)
    closing(case, rng)
    turns, spans = case.render()
    return {"kind": "negative", "turns": turns, "spans": [],
            "note": "%s/%s/%s: no PII; amounts, dates, times, references, counts and other lookalike numbers" % (chan, industry, country)}, case


# ---------------------------------------------------------------- validation
def validate(typ, surfaces, canon):
    joined = " ".join(surfaces)
    if typ == "CARD_NUMBER":
        d = spoken_to_alnum(joined)
        return d == canon and 13 <= len(d) <= 19 and luhn_ok(d)
    if typ == "CVV":
        d = spoken_to_alnum(joined)
        return d == canon and len(d) in (3, 4)
    if typ == "SSN":
        d = spoken_to_alnum(joined)
        return d == canon and len(d) == 9 and d[:3] not in ("000", "666") and d[3:5] != "00" and d[5:] != "0000"
    if typ == "SORT_CODE":
        d = spoken_to_alnum(joined)
        return d == canon and len(d) == 6
    if typ == "BANK_ACCOUNT":
        d = spoken_to_alnum(joined)
        return d == canon and 8 <= len(d) <= 12
    if typ == "PHONE":
        d = spoken_to_alnum(joined.replace("+", " ").replace("(", " ").replace(")", " ").replace("plus", " "))
        return d == canon and 10 <= len(d) <= 13
    if typ == "EXPIRY":
        t = joined.lower()
        for k, mn in enumerate(MONTHS):
            if t.startswith(mn[:3]):
                rest = spoken_to_alnum(t[len(mn) if t.startswith(mn) else 3:])
                return ("%02d" % (k + 1)) + rest[-2:] == canon and len(rest) in (2, 4)
        d = spoken_to_alnum(t)
        if len(d) == 3:
            d = "0" + d
        if len(d) == 6:
            d = d[:2] + d[4:]
        return d == canon and 1 <= int(d[:2]) <= 12
    if typ == "NI_NUMBER":
        s = joined.replace(" ", "").upper() if re.fullmatch(r"[A-Za-z0-9 \-]+", joined) and re.search(r"\d{2}", joined) else None
        if s is not None:
            s = s.replace("-", "")
        else:
            s = spoken_to_alnum(joined, letters=True)
        return s == canon and re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", s) is not None
    if typ == "IBAN":
        if re.search(r"\d{2}", joined):
            s = joined.replace(" ", "").upper()
        else:
            s = spoken_to_alnum(joined, letters=True)
        return s == canon and iban_ok(s)
    if typ == "EMAIL":
        s = joined if "@" in joined else email_from_spoken(joined)
        return s.lower() == canon.lower() and re.fullmatch(r"[a-z0-9._]+@[a-z0-9.]+\.[a-z]{2,}", s.lower()) is not None
    if typ == "POSTCODE":
        if re.fullmatch(r"\d{5}(-\d{4})?", canon):
            d = spoken_to_alnum(joined)
            return d == canon.replace("-", "")
        if re.search(r"\d", joined):
            s = joined.upper()
        else:
            s = spoken_to_alnum(joined, letters=True)
        return s.replace(" ", "") == canon.replace(" ", "") and uk_pc_ok(canon)
    if typ == "DOB":
        y, m, d = int(canon[:4]), int(canon[4:6]), int(canon[6:])
        t = joined.lower()
        has_month = any(mn in t or mn[:3] in t for mn in MONTHS)
        return 1 <= m <= 12 and 1 <= d <= 28 and 1900 < y < 2010 and (has_month or len(re.sub(r"\D", "", spoken_to_alnum(t))) >= 4)
    if typ == "ADDRESS":
        last = joined.lower().split()[-1]
        return last in SUFFIXES and (joined.split()[0].isdigit() or joined.split()[0].lower() in ONES + TEENS + TENS or joined.split()[0].lower() in TENS)
    return False


def build():
    rng = random.Random(SEED)
    cases, problems = [], []
    for i in range(180):
        obj, case = make_positive(i, rng)
        obj = {"id": "h190-pos-%03d" % (i + 1), **obj}
        for typ, surf, canon in case.checks:
            if not validate(typ, surf, canon):
                problems.append("%s: %s value %r fails validation (canon %r)" % (obj["id"], typ, surf, canon))
        cases.append(obj)
    for i in range(110):
        obj, case = make_negative(i, rng)
        obj = {"id": "h190-neg-%03d" % (i + 1), **obj}
        cases.append(obj)
    return cases, problems


def structural(cases):
    problems = []
    ids = set()
    for c in cases:
        if c["id"] in ids:
            problems.append("duplicate id " + c["id"])
        ids.add(c["id"])
        if c["kind"] == "negative" and c["spans"]:
            problems.append(c["id"] + ": negative with spans")
        if c["kind"] == "positive" and not c["spans"]:
            problems.append(c["id"] + ": positive without spans")
        by_turn = {}
        for s in c["spans"]:
            if s["type"] not in TYPES:
                problems.append(c["id"] + ": bad type")
            if not (0 <= s["turn"] < len(c["turns"])):
                problems.append(c["id"] + ": turn out of range"); continue
            t = c["turns"][s["turn"]]["text"]
            if not (0 <= s["start"] < s["end"] <= len(t)):
                problems.append(c["id"] + ": offsets out of range"); continue
            if s["start"] > 0 and t[s["start"] - 1].isalnum():
                problems.append("%s: span start not on word boundary" % c["id"])
            if s["end"] < len(t) and t[s["end"]].isalnum():
                problems.append("%s: span end not on word boundary" % c["id"])
            if t[s["start"]].isspace() or t[s["end"] - 1].isspace():
                problems.append("%s: span has surrounding whitespace" % c["id"])
            by_turn.setdefault(s["turn"], []).append((s["start"], s["end"]))
        for lst in by_turn.values():
            lst.sort()
            for (a1, b1), (a2, b2) in zip(lst, lst[1:]):
                if a2 < b1:
                    problems.append(c["id"] + ": overlapping spans")
    return problems


def counts(cases):
    ct = Counter(s["type"] for c in cases for s in c["spans"])
    return ct


def dump(cases):
    return "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in cases)


def readme(cases):
    ct = counts(cases)
    npos = sum(c["kind"] == "positive" for c in cases)
    nneg = len(cases) - npos
    rows = "\n".join("| %s | %d |" % (t, ct[t]) for t in TYPES)
    return """# PII hold-out set h190

**Never use this set for tuning.** It is a held-out evaluation set only; do not look at
failures here to adjust patterns, thresholds or word lists.

## Who wrote it and how

Written by an AI helper acting as an independent author. The author did not see the
redaction code, its tests, its documentation, the benchmark, or any other PII fixture
(only a 3-line example of the JSONL format). Every case is produced by
`scripts/make_pii_holdout190.py` from template functions: each turn is assembled from plain
text segments and (value, TYPE) segments, so offsets are computed, never typed. All values
come from one `random.Random(%d)`; the output is byte-for-byte reproducible.
`python scripts/make_pii_holdout190.py --check` regenerates and compares the file, checks
ids, offsets, word boundaries and overlaps, and validates every value after normalising
spoken forms (Luhn, mod-97, NI shape, SSN/sort code/CVV/phone/account digit counts,
postcode shapes).

Emphasis: longer whole calls and chats (typically 8-20 turns) in which PII is given amid a
normal conversation about the customer's problem, surrounded by non-PII numbers (amounts,
dates, references, times, percentages, counts). Channels: chat (typed) and phone calls as
an ASR transcript (lower case, numbers as words, oh/o/nought/zero, double/triple, pairs
like "forty one", fillers inside readings, values split across turns with agent
back-channels, agent read-backs, self-corrections). Industries: banking, telecom,
utilities, retail, insurance, travel, healthcare billing, government. Countries: UK, US,
Ireland, EU.

## Annotation conventions

* A span covers only the value itself, never the lead-in words ("it's", "card number",
  "sort code", "my social is").
* Spoken values: the span runs from the first to the last word of the reading, including
  fillers ("um"), "double"/"triple", and spelling aids ("b for bravo", "s as in sierra")
  that fall inside it.
* A value split over several turns, or broken by a self-correction, is labelled as one
  span per fragment, each with the value's type. Agent read-backs of a full value are
  labelled too. An agent saying only the last four digits of a card is not labelled.
* PHONE includes a leading "+44" / "plus four four" country code. EXPIRY covers month and
  year. DOB covers the whole date. ADDRESS is the house number plus street name and
  street type (town and postcode are not part of it; the postcode is its own POSTCODE
  span). EMAIL includes "dot"/"at" words in spoken form.
* Negatives contain no PII at all but many lookalike numbers: money, balances, times,
  durations, counts, years, percentages, appointment/payment dates, order/claim/ticket
  numbers (said with their reference word), flight and room numbers, model numbers,
  meter readings, speeds, ages, temperatures.

## Counts

Cases: %d positive, %d negative.

| type | spans |
|---|---|
%s
""" % (SEED, npos, nneg, rows)


def main():
    check = "--check" in sys.argv
    cases, problems = build()
    problems += structural(cases)
    data = dump(cases)
    rd = readme(cases)
    ct = counts(cases)
    npos = sum(c["kind"] == "positive" for c in cases)
    nneg = len(cases) - npos
    for t in TYPES:
        need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
        if ct[t] < need:
            problems.append("type %s has only %d spans (need %d)" % (t, ct[t], need))
    if npos < 170 or nneg < 100:
        problems.append("not enough cases")
    if check:
        for path, want in ((OUT, data), (README, rd)):
            try:
                with open(path, encoding="utf-8") as f:
                    got = f.read()
            except OSError:
                got = None
            if got != want:
                problems.append("%s differs from regenerated output" % os.path.relpath(path, ROOT))
    else:
        os.makedirs(OUT_DIR, exist_ok=True)
        with open(OUT, "w", encoding="utf-8") as f:
            f.write(data)
        with open(README, "w", encoding="utf-8") as f:
            f.write(rd)
    print("cases: %d positive, %d negative" % (npos, nneg))
    for t in TYPES:
        print("  %-13s %d" % (t, ct[t]))
    for p in problems:
        print("PROBLEM:", p)
    print("OK" if not problems else "FAILED (%d problems)" % len(problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())

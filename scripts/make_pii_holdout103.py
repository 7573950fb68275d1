#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set pii_holdout103.

Written by an independent AI helper that did not see the redaction code.
Standard library only.  Output is byte-for-byte reproducible (seed 103311123).

    python scripts/make_pii_holdout103.py          # write fixture + README
    python scripts/make_pii_holdout103.py --check  # regenerate, compare, validate
"""
import json
import os
import random
import re
import sys
from collections import Counter

SEED = 103311123
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_DIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout103")
OUT = os.path.join(OUT_DIR, "cases.jsonl")
README = os.path.join(OUT_DIR, "README.md")
TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE",
         "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

# ---------------------------------------------------------------- number words
UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORD = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh",
       8: "eighth", 9: "ninth", 10: "tenth", 11: "eleventh", 12: "twelfth", 13: "thirteenth",
       14: "fourteenth", 15: "fifteenth", 16: "sixteenth", 17: "seventeenth", 18: "eighteenth",
       19: "nineteenth", 20: "twentieth", 30: "thirtieth"}
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "f": "foxtrot",
        "g": "golf", "h": "hotel", "j": "juliet", "k": "kilo", "l": "lima", "m": "mike",
        "n": "november", "p": "papa", "r": "romeo", "s": "sierra", "t": "tango",
        "w": "whiskey", "x": "xray", "y": "yankee", "z": "zulu", "o": "oscar", "i": "india"}
FORWORDS = {"a": "apple", "b": "bob", "c": "charlie", "d": "david", "e": "edward", "g": "george",
            "h": "harry", "j": "john", "k": "king", "l": "london", "m": "mother", "n": "nancy",
            "p": "peter", "r": "robert", "s": "sugar", "t": "tommy", "w": "william", "x": "xray",
            "y": "yellow", "z": "zebra"}
HOMO = {"b": "be", "c": "see", "j": "jay", "k": "kay", "p": "pee", "r": "are", "t": "tea",
        "y": "why", "z": "zed", "h": "aitch", "x": "ex"}


def ordinal(n):
    if n in ORD:
        return ORD[n]
    return TENS[n // 10] + " " + ORD[n % 10]


def words(n, uk=True):
    """Cardinal number in words, 0..9999."""
    if n < 10:
        return UNITS[n]
    if n < 20:
        return TEENS[n - 10]
    if n < 100:
        return TENS[n // 10] + ("" if n % 10 == 0 else " " + UNITS[n % 10])
    if n < 1000:
        rest = n % 100
        s = UNITS[n // 100] + " hundred"
        if rest:
            s += (" and " if uk else " ") + words(rest)
        return s
    rest = n % 1000
    s = words(n // 1000) + " thousand"
    if rest:
        s += (" and " if (uk and rest < 100) else " ") + words(rest, uk)
    return s


def zero_word(rng, uk):
    return rng.choice(["oh", "oh", "zero", "o", "nought"] if uk else ["oh", "zero", "zero", "o"])


def say_digits(rng, digits, uk=True, doubles=True, pairs=0.0):
    """Spoken ASR form of a digit string."""
    out = []
    i = 0
    while i < len(digits):
        d = digits[i]
        if pairs and i + 1 < len(digits) and d != "0" and rng.random() < pairs and \
                (digits[i + 1] != "0" or (i + 2 < len(digits) and digits[i + 2] == "0")):
            n = int(digits[i:i + 2])
            out.append(words(n))
            i += 2
            continue
        run = 1
        while i + run < len(digits) and digits[i + run] == d and run < 3:
            run += 1
        w = zero_word(rng, uk) if d == "0" else UNITS[int(d)]
        if doubles and run == 3 and rng.random() < 0.7:
            out.append("triple " + w)
            i += 3
            continue
        if doubles and run >= 2 and rng.random() < 0.75:
            out.append("double " + w)
            i += 2
            continue
        out.append(w)
        i += 1
    return " ".join(out)


def say_groups(rng, groups, uk=True, pairs=0.0, sep=" "):
    return sep.join(say_digits(rng, g, uk, pairs=pairs) for g in groups)


def say_letter(rng, ch, mode=None):
    ch = ch.lower()
    mode = mode or rng.choice(["plain", "plain", "plain", "nato", "for", "homo"])
    if ch == "o":
        return rng.choice(["o for oscar", "oscar", "the letter o"])
    if mode == "nato" and ch in NATO:
        return ch + " for " + NATO[ch] if rng.random() < 0.5 else NATO[ch]
    if mode == "for" and ch in FORWORDS:
        return ch + rng.choice([" for ", " as in "]) + FORWORDS[ch]
    if mode == "homo" and ch in HOMO:
        return HOMO[ch]
    return ch


def say_alnum(rng, s, uk=True, pairs=0.0, lmode=None):
    """Mixed letters/digits; digits grouped in runs."""
    out = []
    buf = ""
    for ch in s:
        if ch.isdigit():
            buf += ch
        else:
            if buf:
                out.append(say_digits(rng, buf, uk, pairs=pairs))
                buf = ""
            if ch != " ":
                out.append(say_letter(rng, ch, lmode))
    if buf:
        out.append(say_digits(rng, buf, uk, pairs=pairs))
    return " ".join(out)


# ------------------------------------------------------------- value makers
def luhn_ok(s):
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def make_card(rng):
    kind = rng.choice(["visa", "visa", "visa", "mc", "mc", "mc2", "amex", "disc", "maestro"])
    if kind == "visa":
        pre, n = "4" + str(rng.randint(0, 9)), 16
    elif kind == "mc":
        pre, n = str(rng.randint(51, 55)), 16
    elif kind == "mc2":
        pre, n = str(rng.randint(2221, 2720)), 16
    elif kind == "amex":
        pre, n = rng.choice(["34", "37"]), 15
    elif kind == "disc":
        pre, n = "6011", 16
    else:
        pre, n = rng.choice(["6759", "6761"]), rng.choice([16, 19])
    body = pre + "".join(str(rng.randint(0, 9)) for _ in range(n - len(pre) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def card_groups(c):
    if len(c) == 15:
        return [c[:4], c[4:10], c[10:]]
    if len(c) == 19:
        return [c[:4], c[4:8], c[8:12], c[12:16], c[16:]]
    return [c[i:i + 4] for i in range(0, len(c), 4)]


def make_ssn(rng):
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, rng.randint(1, 99), rng.randint(1, 9999))


NI_FIRST = "ABCEGHJKLMNOPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"


def make_ni(rng):
    while True:
        p = rng.choice(NI_FIRST.replace("O", "")) + rng.choice(NI_SECOND)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p + "".join(str(rng.randint(0, 9)) for _ in range(6)) + rng.choice("ABCD")


def iban_check(country, bban):
    s = bban + country + "00"
    num = "".join(str(int(ch, 36)) for ch in s)
    return "%02d" % (98 - int(num) % 97)


def iban_valid(s):
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in r)) % 97 == 1


def make_iban(rng, country=None):
    country = country or rng.choice(["GB", "IE", "DE", "FR", "NL", "ES", "IE", "GB"])
    dg = lambda k: "".join(str(rng.randint(0, 9)) for _ in range(k))
    if country == "GB":
        bban = rng.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + dg(14)
    elif country == "IE":
        bban = rng.choice(["AIBK", "BOFI", "IPBS"]) + dg(14)
    elif country == "DE":
        bban = dg(18)
    elif country == "FR":
        bban = dg(23)
    elif country == "NL":
        bban = rng.choice(["ABNA", "INGB", "RABO"]) + dg(10)
    else:
        bban = dg(20)
    return country + iban_check(country, bban) + bban


def iban_groups(s):
    return [s[i:i + 4] for i in range(0, len(s), 4)]


UK_AREAS = ["SW", "SE", "N", "E", "W", "M", "B", "LS", "EH", "G", "CF", "BS", "NE", "L",
            "S", "NG", "LE", "CB", "RG", "BT", "KT", "CR", "DY", "HU", "PL"]
INWARD = "ABDEFGHJLNPQRSTUWXYZ"


def make_uk_postcode(rng):
    a = rng.choice(UK_AREAS)
    d = str(rng.randint(1, 19)) if len(a) == 1 else str(rng.randint(1, 29))
    if rng.random() < 0.1 and a in ("SW", "W", "E", "N"):
        d = str(rng.randint(1, 9)) + rng.choice("ABCEHJKPW")
    return a + d + " " + str(rng.randint(1, 9)) + rng.choice(INWARD) + rng.choice(INWARD)


def make_zip(rng):
    z = "%05d" % rng.randint(1001, 99950)
    if rng.random() < 0.25:
        z += "-%04d" % rng.randint(1, 9999)
    return z


STREETS = ["acacia", "elm", "station", "church", "mill", "park", "victoria", "highfield",
           "meadow", "oak", "kingsway", "chestnut", "orchard", "willow", "hawthorn", "clifton",
           "grange", "maple", "riverside", "fairview", "brook", "ashgrove", "greenwood"]
SUFFIX_UK = ["road", "street", "lane", "avenue", "close", "drive", "crescent", "grove", "terrace",
             "way", "gardens", "court", "place"]
SUFFIX_US = ["street", "avenue", "drive", "boulevard", "lane", "road", "court", "way", "place"]
STREET_SUFFIXES = set(SUFFIX_UK + SUFFIX_US + ["st", "rd", "ave", "dr", "blvd", "ln", "ct"])

FIRST = ["james", "sarah", "aoife", "liam", "priya", "tom", "mary", "conor", "emma", "raj",
         "olivia", "sean", "kate", "daniel", "fatima", "niamh", "mark", "laura", "chloe", "gary"]
LAST = ["smith", "murphy", "patel", "walsh", "jones", "obrien", "taylor", "kelly", "brown",
        "nguyen", "garcia", "byrne", "evans", "khan", "wilson", "doyle", "hughes", "miller"]
DOMAINS_UK = ["gmail.com", "hotmail.co.uk", "btinternet.com", "outlook.com", "yahoo.co.uk",
              "icloud.com", "sky.com", "eircom.net"]
DOMAINS_US = ["gmail.com", "yahoo.com", "outlook.com", "aol.com", "comcast.net", "icloud.com"]


# ----------------------------------------------------------------- segments
class Gen:
    def __init__(self, seed):
        self.rng = random.Random(seed)
        self.gid = 0
        self.records = []  # (case_id, gid, type, canonical, [(turn, text, frag)])

    def new_gid(self):
        self.gid += 1
        return self.gid


def P(text, typ, gid, frag=False):
    return (text, typ, gid, frag)


def build_case(cid, kind, turns, note, groups):
    """turns: list of (speaker, [segments]); segment = str or P(...)."""
    out_turns, spans, pieces = [], [], {}
    merged = []
    for spk, segs in turns:
        segs = [segs] if isinstance(segs, str) else list(segs)
        if merged and merged[-1][0] == spk:
            merged[-1][1].extend([" "] + segs)
        else:
            merged.append((spk, segs))
    for ti, (spk, segs) in enumerate(merged):
        text = ""
        for seg in segs:
            if isinstance(seg, str):
                text += seg
            else:
                t, typ, gid, frag = seg
                s = len(text)
                text += t
                spans.append({"turn": ti, "start": s, "end": len(text), "type": typ})
                pieces.setdefault(gid, []).append((ti, t, frag, typ))
        out_turns.append({"speaker": spk, "text": text})
    spans.sort(key=lambda d: (d["turn"], d["start"]))
    case = {"id": cid, "kind": kind, "turns": out_turns, "spans": spans, "note": note}
    recs = [(cid, gid, groups[gid][0], groups[gid][1], pieces.get(gid, [])) for gid in groups]
    return case, recs


# ------------------------------------------------------------- PII "collectors"
# Each collector returns list of (speaker, segs) turns and registers its groups in ctx.groups.
class Ctx:
    def __init__(self, g, call, uk, region):
        self.g, self.rng, self.call, self.uk, self.region = g, g.rng, call, uk, region
        self.groups = {}

    def grp(self, typ, canon):
        gid = self.g.new_gid()
        self.groups[gid] = (typ, canon)
        return gid


BACK = ["mhm", "okay", "yep", "go on", "okay go on", "uh huh", "right", "yeah", "got that"]


def split_spoken(ctx, parts, typ, gid, lead=None):
    """Customer reads chunks over several turns with agent back-channels."""
    turns = []
    for i, p in enumerate(parts):
        segs = []
        if i == 0 and lead:
            segs.append(lead)
        segs.append(P(p, typ, gid))
        if i == len(parts) - 1 and ctx.rng.random() < 0.4:
            segs.append(ctx.rng.choice([" that's it", " and that's the lot", "", " yeah"]))
        turns.append(("customer", segs))
        if i < len(parts) - 1:
            turns.append(("agent", ctx.rng.choice(BACK)))
    return turns


def c_card(ctx, with_cvv=False, with_exp=False):
    r = ctx.rng
    card = make_card(r)
    gid = ctx.grp("CARD_NUMBER", card)
    gr = card_groups(card)
    T = []
    if ctx.call:
        T.append(("agent", r.choice(["okay so whenever you're ready can i take the long card number please",
                                     "can i have the sixteen digit number across the front of the card",
                                     "and what's the card number please", "go ahead with the card number"])))
        mode = r.choice(["one", "split", "split", "corr", "pairs", "chat"])
        if mode == "one":
            T.append(("customer", [r.choice(["yeah it's ", "right it is ", "okay ", "um "]),
                                   P(say_groups(r, gr, ctx.uk), "CARD_NUMBER", gid)]))
        elif mode == "chat":
            k = r.randint(1, len(gr) - 1)
            T.append(("customer", [r.choice(["yeah so ", "right ", ""]),
                                   P(say_groups(r, gr[:k], ctx.uk), "CARD_NUMBER", gid),
                                   r.choice([" hang on the dog's going mad sorry where was i yeah ",
                                             " sorry i'm just reading it off the card it's a bit worn ",
                                             " um i need my glasses one sec okay ",
                                             " sorry the kids are shouting ",
                                             " and then "]),
                                   P(say_groups(r, gr[k:], ctx.uk), "CARD_NUMBER", gid)]))
        elif mode == "pairs":
            T.append(("customer", [r.choice(["it's ", "okay so ", ""]),
                                   P(say_groups(r, gr, ctx.uk, pairs=0.6), "CARD_NUMBER", gid)]))
        elif mode == "split":
            chunks = [say_digits(r, x, ctx.uk, pairs=0.2) for x in gr]
            if len(chunks) > 3 and r.random() < 0.5:
                chunks = [chunks[0] + " " + chunks[1]] + chunks[2:]
            T += split_spoken(ctx, chunks, "CARD_NUMBER", gid, lead=r.choice(["yeah ", "right ", "", "okay "]))
        else:
            last = gr[-1]
            wrong = list(last)
            k = r.randrange(len(wrong))
            wrong[k] = str((int(wrong[k]) + r.randint(1, 8)) % 10)
            wrong = "".join(wrong)
            head = say_groups(r, gr[:-1], ctx.uk)
            T.append(("customer", [P(head, "CARD_NUMBER", gid), " ",
                                   P(say_digits(r, wrong, ctx.uk), "CARD_NUMBER", gid, True),
                                   r.choice([" no sorry ", " sorry no it's ", " no wait that's wrong it's ", " hang on no "]),
                                   P(say_digits(r, last, ctx.uk), "CARD_NUMBER", gid)]))
        T.append(("agent", r.choice(["lovely thank you", "thanks and that's going through now",
                                     "perfect", "okay i've got that"])))
    else:
        sep = r.choice([" ", " ", "-", "", " ", "."])
        txt = sep.join(gr)
        if r.random() < 0.15:
            txt = " ".join([card[:8], card[8:]])
        T.append(("agent", r.choice(["Please can you type the long card number here? It is secured.",
                                     "Could you send me the card number you'd like to use?",
                                     "What's the long number on the card?"])))
        T.append(("customer", [r.choice(["its ", "Card no. ", "ok here: ", "", "sure - ", "number is ",
                                         "card numbr is ", "heres the card ", "long numbr: "]),
                               P(txt, "CARD_NUMBER", gid), r.choice(["", " thx", ".", " (visa debit)"])]))
    if with_exp:
        T += c_expiry(ctx)
    if with_cvv:
        T += c_cvv(ctx)
    return T


def c_expiry(ctx):
    r = ctx.rng
    m, y = r.randint(1, 12), r.randint(25, 31)
    gid = ctx.grp("EXPIRY", "%02d/%02d" % (m, y))
    if ctx.call:
        f = r.choice(["mmyy", "month", "slash", "full"])
        if f == "mmyy":
            s = (zero_word(r, ctx.uk) + " " + UNITS[m] if m < 10 else words(m)) + " " + words(y)
        elif f == "month":
            s = MONTHS[m - 1] + " " + words(y)
        elif f == "slash":
            s = words(m) + " slash " + words(y)
        else:
            s = MONTHS[m - 1] + " twenty " + words(y)
        return [("agent", r.choice(["and the expiry date", "what's the expiry on it", "and when does it expire"])),
                ("customer", [r.choice(["", "that's ", "it runs out ", "expires "]), P(s, "EXPIRY", gid)])]
    f = r.choice(["%02d/%02d", "%d/%02d", "%02d-20%02d", "%02d/20%02d"])
    s = f % (m, y)
    if r.random() < 0.2:
        s = MONTHS[m - 1][:3].title() + " " + ("20%02d" % y)
    return [("agent", "And the expiry date?"),
            ("customer", [r.choice(["exp ", "", "expires ", "Expiry "]), P(s, "EXPIRY", gid)])]


def c_cvv(ctx):
    r = ctx.rng
    n = 4 if r.random() < 0.12 else 3
    v = "".join(str(r.randint(0, 9)) for _ in range(n))
    gid = ctx.grp("CVV", v)
    if ctx.call:
        s = say_digits(r, v, ctx.uk) if r.random() < 0.7 else (
            words(int(v)) if v[0] != "0" and n == 3 else say_digits(r, v, ctx.uk))
        return [("agent", r.choice(["and the three digits on the back", "and the security code on the back please",
                                    "last thing the cvv the three numbers by the signature strip"])),
                ("customer", [r.choice(["", "it's ", "um ", "that's "]), P(s, "CVV", gid)])]
    return [("agent", "Thanks - and the 3 digit security code from the back?"),
            ("customer", [r.choice(["", "cvv ", "code is ", "its "]), P(v, "CVV", gid)])]


def c_ssn(ctx):
    r = ctx.rng
    v = make_ssn(r)
    gid = ctx.grp("SSN", v)
    gr = [v[:3], v[3:5], v[5:]]
    if ctx.call:
        T = [("agent", r.choice(["for verification can i get your social security number",
                                 "and i'll need the full social please",
                                 "can you verify the social on the account"]))]
        mode = r.choice(["one", "split", "pairs", "last4"])
        if mode == "one":
            T.append(("customer", [r.choice(["sure it's ", "yeah ", "okay uh "]),
                                   P(say_groups(r, gr, False), "SSN", gid)]))
        elif mode == "pairs":
            T.append(("customer", [r.choice(["it's ", "", "sure "]),
                                   P(say_groups(r, gr, False, pairs=0.7), "SSN", gid)]))
        elif mode == "split":
            T += split_spoken(ctx, [say_digits(r, x, False) for x in gr], "SSN", gid)
        else:
            T.append(("customer", [r.choice(["", "okay "]), P(say_groups(r, gr[:2], False), "SSN", gid),
                                   " and then ", P(say_digits(r, gr[2], False, pairs=0.8), "SSN", gid)]))
        T.append(("agent", r.choice(["thank you that matches", "okay that's verified", "perfect thanks"])))
        return T
    f = r.choice(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s-%s-%s"])
    return [("agent", "To verify your identity please provide your Social Security number."),
            ("customer", [r.choice(["", "SSN ", "ok its ", "Sure, "]), P(f % tuple(gr), "SSN", gid)])]


def c_ni(ctx):
    r = ctx.rng
    v = make_ni(r)
    gid = ctx.grp("NI_NUMBER", v)
    pre, dig, suf = v[:2], v[2:8], v[8]
    if ctx.call:
        T = [("agent", r.choice(["can i take your national insurance number please",
                                 "and your n i number", "what's your national insurance number"]))]
        lm = r.choice(["plain", "plain", "nato", "for", "homo"])
        sp_pre = say_letter(r, pre[0], lm) + " " + say_letter(r, pre[1], lm)
        sp_dig = say_digits(r, dig, True, pairs=r.choice([0, 0.5, 0.9]))
        sp_suf = say_letter(r, suf, lm)
        mode = r.choice(["one", "split", "split2", "corr"])
        if mode == "one":
            T.append(("customer", [r.choice(["yeah it's ", "", "right it's ", "um "]),
                                   P(sp_pre + " " + sp_dig + " " + sp_suf, "NI_NUMBER", gid)]))
        elif mode == "split":
            T += split_spoken(ctx, [sp_pre, sp_dig, sp_suf], "NI_NUMBER", gid, lead=r.choice(["", "okay "]))
        elif mode == "split2":
            T += split_spoken(ctx, [sp_pre + " " + sp_dig, sp_suf], "NI_NUMBER", gid,
                              lead=r.choice(["hang on i've got it here ", ""]))
        else:
            T.append(("customer", [P(sp_pre + " " + sp_dig, "NI_NUMBER", gid), " and then the letter at the end is ",
                                   P(sp_suf, "NI_NUMBER", gid)]))
        T.append(("agent", r.choice(["lovely thanks", "thank you", "okay that's found you"])))
        return T
    f = r.choice(["sp", "tight", "low", "dash"])
    s = {"sp": "%s %s %s %s %s" % (pre, dig[:2], dig[2:4], dig[4:], suf), "tight": v,
         "low": v.lower(), "dash": "%s-%s-%s-%s-%s" % (pre, dig[:2], dig[2:4], dig[4:], suf)}[f]
    return [("agent", "Can you confirm your National Insurance number please?"),
            ("customer", [r.choice(["", "NI no is ", "its ", "sure "]), P(s, "NI_NUMBER", gid)])]


def c_bank(ctx, with_sort=None):
    r = ctx.rng
    uk = ctx.uk
    if with_sort is None:
        with_sort = uk
    acc = "".join(str(r.randint(0, 9)) for _ in range(8 if uk else r.choice([9, 10, 12])))
    T = []
    if with_sort:
        sc = "%02d%02d%02d" % (r.randint(1, 99), r.randint(0, 99), r.randint(0, 99))
        sg = ctx.grp("SORT_CODE", sc)
        if ctx.call:
            s = say_groups(r, [sc[:2], sc[2:4], sc[4:]], True, pairs=r.choice([0, 0.6, 1.0]))
            T += [("agent", "and the sort code"), ("customer", [r.choice(["", "it's ", "sort code is "]), P(s, "SORT_CODE", sg)])]
        else:
            f = r.choice(["%s-%s-%s", "%s %s %s", "%s%s%s"])
            T += [("agent", "What is the sort code?"),
                  ("customer", [r.choice(["", "sort code ", "its "]), P(f % (sc[:2], sc[2:4], sc[4:]), "SORT_CODE", sg)])]
    ag = ctx.grp("BANK_ACCOUNT", acc)
    if ctx.call:
        T.append(("agent", r.choice(["and the account number", "and the account number please",
                                     "what's the account number it'll be paid from"])))
        if r.random() < 0.4:
            h = len(acc) // 2
            T += split_spoken(ctx, [say_digits(r, acc[:h], uk), say_digits(r, acc[h:], uk)], "BANK_ACCOUNT", ag)
        else:
            T.append(("customer", [r.choice(["", "yeah it's ", "um "]),
                                   P(say_digits(r, acc, uk, pairs=r.choice([0, 0.4])), "BANK_ACCOUNT", ag)]))
    else:
        T += [("agent", "And the account number?"),
              ("customer", [r.choice(["", "acc no ", "account number: ", "its "]), P(acc, "BANK_ACCOUNT", ag)])]
    return T


def c_iban(ctx):
    r = ctx.rng
    v = make_iban(r, "GB" if ctx.region == "UK" else ("IE" if ctx.region == "IE" else None))
    gid = ctx.grp("IBAN", v)
    gr = iban_groups(v)
    if ctx.call:
        chunks = [say_alnum(r, x, True, lmode=r.choice(["plain", "nato"])) for x in gr]
        T = [("agent", "okay for the refund i'll need the iban please")]
        if r.random() < 0.6:
            k = r.randint(2, 3)
            parts = [" ".join(chunks[i:i + k]) for i in range(0, len(chunks), k)]
            T += split_spoken(ctx, parts, "IBAN", gid, lead=r.choice(["right ", "okay it starts ", ""]))
        else:
            T.append(("customer", [r.choice(["", "okay it's "]), P(" ".join(chunks), "IBAN", gid)]))
        T.append(("agent", "thanks i've got that down"))
        return T
    s = " ".join(gr) if r.random() < 0.6 else v
    if r.random() < 0.2:
        s = s.lower()
    return [("agent", "Please send the IBAN for the account you want the refund paid to."),
            ("customer", [r.choice(["", "IBAN: ", "its ", "here you go "]), P(s, "IBAN", gid)])]


def phone_value(ctx):
    r = ctx.rng
    reg = ctx.region
    if reg == "US":
        v = "%d%02d%d%02d%04d" % (r.randint(2, 9), r.randint(0, 99), r.randint(2, 9), r.randint(0, 99), r.randint(0, 9999))
        if r.random() < 0.3:
            return "1" + v, ["+1", v[:3], v[3:6], v[6:]], "intl"
        return v, [v[:3], v[3:6], v[6:]], "nat"
    if reg == "IE":
        v = "08" + str(r.choice([3, 5, 6, 7, 9])) + "".join(str(r.randint(0, 9)) for _ in range(7))
        if r.random() < 0.3:
            return "353" + v[1:], ["+353", v[1:3], v[3:6], v[6:]], "intl"
        return v, [v[:3], v[3:6], v[6:]], "nat"
    if r.random() < 0.6:
        v = "07" + "".join(str(r.randint(0, 9)) for _ in range(9))
    else:
        v = r.choice(["020", "0161", "0113", "0131", "0117", "0121"])
        v = v + "".join(str(r.randint(0, 9)) for _ in range(11 - len(v)))
    if r.random() < 0.3:
        return "44" + v[1:], ["+44", v[1:5], v[5:]], "intl"
    return v, [v[:5], v[5:]], "nat"


def c_phone(ctx, readback=None):
    r = ctx.rng
    canon, gr, kind = phone_value(ctx)
    gid = ctx.grp("PHONE", canon)
    if ctx.call:
        T = [("agent", r.choice(["what's the best number to reach you on", "and a contact number please",
                                 "can i confirm the mobile number on the account"]))]
        dg = [x.lstrip("+") for x in gr]
        if kind == "intl":
            first = "plus " + say_digits(r, dg[0], ctx.uk, pairs=0.5)
            rest = [say_digits(r, x, ctx.uk, pairs=0.3) for x in dg[1:]]
        else:
            first = say_digits(r, dg[0], ctx.uk, pairs=0.2)
            rest = [say_digits(r, x, ctx.uk, pairs=0.3) for x in dg[1:]]
        mode = r.random()
        if mode < 0.35:
            T += split_spoken(ctx, [first, " ".join(rest)], "PHONE", gid, lead=r.choice(["yeah it's ", "", "it's "]))
        elif mode < 0.5:
            T.append(("customer", [r.choice(["it's ", "yeah it's "]), P(first, "PHONE", gid),
                                   r.choice([" oh what is it i always forget my own number ",
                                             " hang on it's a new phone ", " um let me think "]),
                                   P(" ".join(rest), "PHONE", gid)]))
        else:
            T.append(("customer", [r.choice(["it's ", "yeah ", "mobile's ", ""]),
                                   P(first + " " + " ".join(rest), "PHONE", gid),
                                   r.choice(["", " that's my mobile", " any time after five"])]))
        if readback or (readback is None and r.random() < 0.4):
            g2 = ctx.grp("PHONE", canon)
            rb = " ".join([("plus " if kind == "intl" else "") + say_digits(r, dg[0], ctx.uk)] +
                          [say_digits(r, x, ctx.uk) for x in dg[1:]])
            T.append(("agent", ["so that's ", P(rb, "PHONE", g2), " yeah"]))
            T.append(("customer", "that's right"))
        return T
    if kind == "intl":
        s = " ".join(gr) if r.random() < 0.7 else "".join(gr)
    else:
        if ctx.region == "US":
            s = r.choice(["(%s) %s-%s", "%s-%s-%s", "%s.%s.%s", "%s %s %s"]) % tuple(gr)
        else:
            s = r.choice([" ", "", "-"]).join(gr)
    return [("agent", "What's the best contact number for you?"),
            ("customer", [r.choice(["", "its ", "mobile: ", "call me on "]), P(s, "PHONE", gid),
                          r.choice(["", " thanks", " after 5pm pls"])])]


def make_email(rng, uk):
    f, l = rng.choice(FIRST), rng.choice(LAST)
    d = rng.choice(DOMAINS_UK if uk else DOMAINS_US)
    form = rng.choice(["f.l", "fl", "f_l", "fl##", "f.l#", "il"])
    if form == "f.l":
        u = f + "." + l
    elif form == "fl":
        u = f + l
    elif form == "f_l":
        u = f + "_" + l
    elif form == "fl##":
        u = f + l + str(rng.randint(70, 99))
    elif form == "f.l#":
        u = f + "." + l + str(rng.randint(1, 9))
    else:
        u = f[0] + l
    return u + "@" + d


def say_email(rng, e):
    u, d = e.split("@")
    out = []
    for part in re.findall(r"[a-z]+|\d+|[._]", u):
        if part == ".":
            out.append("dot")
        elif part == "_":
            out.append("underscore")
        elif part.isdigit():
            out.append(words(int(part)) if rng.random() < 0.6 else say_digits(rng, part))
        elif len(part) == 1:
            out.append(part)
        else:
            out.append(part if rng.random() < 0.75 else " ".join(part))
    out.append(rng.choice(["at", "at", "at sign"]))
    out.append(" dot ".join(d.split(".")))
    return " ".join(out)


def c_email(ctx):
    r = ctx.rng
    e = make_email(r, ctx.uk)
    gid = ctx.grp("EMAIL", e)
    if ctx.call:
        T = [("agent", r.choice(["and what email address should the confirmation go to",
                                 "can i take an email address", "what's the email on the account"])),
             ("customer", [r.choice(["it's ", "yeah it's ", "um ", ""]), P(say_email(r, e), "EMAIL", gid)])]
        if r.random() < 0.4:
            g2 = ctx.grp("EMAIL", e)
            T.append(("agent", ["okay so ", P(say_email(r, e), "EMAIL", g2), " is that right"]))
            T.append(("customer", "yes that's it"))
        return T
    s = e if r.random() < 0.8 else e.replace("@", " @ ")
    if r.random() < 0.2:
        s = s[0].upper() + s[1:]
    return [("agent", "What email address should we use?"),
            ("customer", [r.choice(["", "its ", "email: ", "use ", "emial is ", "my email adress is "]), P(s, "EMAIL", gid),
                          r.choice(["", " please", " thx"])])]


def c_dob(ctx):
    r = ctx.rng
    y, m, d = r.randint(1938, 2004), r.randint(1, 12), r.randint(1, 28)
    gid = ctx.grp("DOB", "%04d-%02d-%02d" % (y, m, d))
    us = ctx.region == "US"
    if ctx.call:
        ys = words(y // 100) + " " + (words(y % 100) if y % 100 >= 10 else zero_word(r, ctx.uk) + " " + UNITS[y % 10]) \
            if y < 2000 else words(y, ctx.uk)
        f = r.choice(["ofm", "md", "num", "short"])
        if us and f == "ofm":
            f = "md"
        if f == "ofm":
            s = "the " + ordinal(d) + " of " + MONTHS[m - 1] + " " + ys
        elif f == "md":
            s = MONTHS[m - 1] + " " + ordinal(d) + " " + ys
        elif f == "num":
            a, b = (m, d) if us else (d, m)
            s = words(a) + " " + words(b) + " " + ys
        else:
            s = ordinal(d) + " of the " + ordinal(m) + " " + (words(y % 100) if y % 100 >= 10 else ys)
        T = [("agent", r.choice(["and can you confirm your date of birth", "what's your date of birth please",
                                 "and for security your d o b"])),
             ("customer", [r.choice(["yeah it's ", "", "it's ", "uh "]), P(s, "DOB", gid)])]
        return T
    f = r.choice(["%02d/%02d/%04d", "%d/%d/%04d", "%02d-%02d-%04d", "words"])
    a, b = (m, d) if us else (d, m)
    s = f % (a, b, y) if f != "words" else (
        "%s %d, %d" % (MONTHS[m - 1].title(), d, y) if us else "%d %s %d" % (d, MONTHS[m - 1].title(), y))
    return [("agent", "Can you confirm your date of birth please?"),
            ("customer", [r.choice(["", "dob ", "its ", "born "]), P(s, "DOB", gid)])]


def c_address(ctx, with_pc=True):
    r = ctx.rng
    us = ctx.region == "US"
    num = r.randint(2, 240) if not us else r.randint(10, 9800)
    st = r.choice(STREETS)
    suf = r.choice(SUFFIX_US if us else SUFFIX_UK)
    ag = ctx.grp("ADDRESS", "%d %s %s" % (num, st, suf))
    pc = make_zip(r) if us else make_uk_postcode(r)
    town = r.choice(["springfield", "denver", "austin", "columbus"] if us else ["leeds", "bristol", "croydon", "cardiff", "belfast", "glasgow"])
    T = [("agent", r.choice(["and can you confirm the first line of the address", "what's the address on the account",
                             "where should we send the replacement"]) + ("" if ctx.call else "?"))]
    if ctx.call:
        if us and num >= 1000 and r.random() < 0.7:
            ns = words(num // 100) + " " + (words(num % 100) if num % 100 >= 10 else zero_word(r, False) + " " + UNITS[num % 10])
        else:
            ns = words(num, not us)
        a = ns + " " + st + " " + suf
        segs = [r.choice(["it's ", "yeah ", "", "um "]), P(a, "ADDRESS", ag), " " + town]
        if with_pc:
            pg = ctx.grp("POSTCODE", pc)
            if us:
                ps = say_digits(r, pc.replace("-", ""), False) if "-" not in pc else \
                    say_digits(r, pc[:5], False) + " dash " + say_digits(r, pc[6:], False)
            else:
                ps = say_alnum(r, pc, True, lmode=r.choice(["plain", "plain", "nato", "homo"]))
            if r.random() < 0.5:
                T.append(("customer", segs))
                T.append(("agent", "and the postcode" if not us else "and the zip code"))
                T.append(("customer", [r.choice(["", "it's ", "that's "]), P(ps, "POSTCODE", pg)]))
            else:
                segs += [" ", P(ps, "POSTCODE", pg)]
                T.append(("customer", segs))
        else:
            T.append(("customer", segs))
        return T
    a = "%d %s %s" % (num, st.title(), suf.title())
    if r.random() < 0.3:
        a = a.lower()
    segs = [r.choice(["", "its ", "address is "]), P(a, "ADDRESS", ag), ", " + town.title()]
    if with_pc:
        pg = ctx.grp("POSTCODE", pc)
        p = pc
        if not us and r.random() < 0.3:
            p = pc.replace(" ", "") if r.random() < 0.5 else pc.lower()
        st_abbr = {"springfield": "IL ", "denver": "CO ", "austin": "TX ", "columbus": "OH "}.get(town, "")
        segs += [(" " if us else ", ") + (st_abbr if us and r.random() < 0.5 else ""), P(p, "POSTCODE", pg)]
    T.append(("customer", segs))
    return T


def c_postcode(ctx):
    r = ctx.rng
    us = ctx.region == "US"
    pc = make_zip(r) if us else make_uk_postcode(r)
    pg = ctx.grp("POSTCODE", pc)
    if ctx.call:
        ps = say_digits(r, pc.replace("-", ""), False) if us else say_alnum(r, pc, True, lmode=r.choice(["plain", "nato", "for"]))
        return [("agent", "can i just take the postcode to find the address" if not us else "and what's the zip code there"),
                ("customer", [r.choice(["yeah it's ", "", "it's "]), P(ps, "POSTCODE", pg)])]
    return [("agent", "What's the postcode?" if not us else "What's the ZIP?"),
            ("customer", [r.choice(["", "its "]), P(pc if r.random() < 0.7 else pc.lower(), "POSTCODE", pg)])]


COLLECT = {"CARD_NUMBER": lambda c: c_card(c, c.rng.random() < 0.5, c.rng.random() < 0.5),
           "CARD+ALL": lambda c: c_card(c, True, True), "SSN": c_ssn, "NI_NUMBER": c_ni,
           "BANK": c_bank, "IBAN": c_iban, "PHONE": c_phone, "EMAIL": c_email, "DOB": c_dob,
           "ADDRESS": c_address, "POSTCODE": c_postcode}

# ---------------------------------------------------------- conversation bodies
# Each industry: (name, regions, opener(agent), problem turns generator, wrap-up generator)


def amt(r, call, uk, lo=5, hi=400, region="UK"):
    p, c = r.randint(lo, hi), r.choice([0, 0, 50, 99, 20, 75, 45])
    cur = {"UK": ("pounds", "£"), "IE": ("euro", "€"), "US": ("dollars", "$"), "EU": ("euro", "€")}[region]
    if call:
        return words(p, uk) + " " + cur[0] + ("" if not c else " " + words(c))
    return "%s%d.%02d" % (cur[1], p, c) if c else "%s%d" % (cur[1], p)


def ref(r, call, word, n=None):
    n = n or r.randint(6, 10)
    v = str(r.randint(1, 9)) + "".join(str(r.randint(0, 9)) for _ in range(n - 1))
    if call:
        return word + " " + say_digits(r, v, True, pairs=0.2)
    return word + " " + r.choice(["", "#", "no. "]) + v


def a_date(r, call, region):
    d, m = r.randint(1, 28), r.randint(1, 12)
    if call:
        return "the " + ordinal(d) + " of " + MONTHS[m - 1] if region != "US" else MONTHS[m - 1] + " " + ordinal(d)
    return "%d %s" % (d, MONTHS[m - 1].title()) if region != "US" else "%s %d" % (MONTHS[m - 1].title(), d)


def a_time(r, call):
    h, mm = r.randint(1, 11), r.choice([0, 15, 30, 45])
    if call:
        return r.choice(["half " + words(h), words(h) + " o'clock", words(h) + " " + (words(mm) if mm else "o'clock"),
                         "quarter past " + words(h)]) + r.choice(["", " in the morning", " pm"])
    return "%d:%02d%s" % (h, mm, r.choice(["am", "pm", ""]))


def N(r, call, n, uk=True):
    return words(n, uk) if call else str(n)


def body_banking(r, call, reg, uk):
    a1, a2 = amt(r, call, uk, 20, 900, reg), amt(r, call, uk, 3, 60, reg)
    return [("customer", ("hi yeah there's a payment on my statement for %s that i don't recognise" if call else
                          "Hi, there's a payment of %s on my statement I don't recognise") % a1),
            ("agent", ("okay i'm sorry to hear that when did it go out" if call else "Sorry to hear that. When did it leave the account?")),
            ("customer", ("it was on %s about %s and there was another one for %s the day after" if call else
                          "It was on %s around %s, and another %s the next day") % (a_date(r, call, reg), a_time(r, call), a2)),
            ("agent", ("right i can see both of those i'll raise a dispute under %s" if call else
                       "I can see both. I've raised dispute %s for you.") % ref(r, call, "case")),
            ]


def body_telecom(r, call, reg, uk):
    gb, sp = r.choice([10, 20, 50, 100]), r.choice([35, 67, 150, 500, 900])
    return [("customer", ("yeah my broadband's been dropping out for like %s days now it's meant to be %s meg and i'm getting about %s" if call else
                          "my broadband keeps dropping, been %s days. paying for %s Mbps and getting %s")
             % (N(r, call, r.randint(2, 9)), N(r, call, sp), N(r, call, r.randint(2, 30)))),
            ("agent", ("oh that's not good i'm going to run a line test it takes about %s minutes" if call else
                       "Sorry about that. I'll run a line test now, it takes about %s minutes.") % N(r, call, r.choice([2, 3, 5]))),
            ("customer", ("okay and i'm on the %s gig plan paying %s a month" if call else "ok. im on the %sGB plan at %s a month")
             % (N(r, call, gb), amt(r, call, uk, 15, 70, reg))),
            ("agent", ("right the test shows a fault on the line i've logged it as %s and an engineer can come %s between %s and %s" if call else
                       "The test shows a line fault, logged as %s. An engineer can come on %s between %s and %s.")
             % (ref(r, call, "ticket"), a_date(r, call, reg), a_time(r, call), a_time(r, call))),
            ]


def body_utilities(r, call, reg, uk):
    rd = str(r.randint(10000, 99999))
    return [("customer", ("hi i'm moving house on %s and need to close my gas account" if call else
                          "Hi, I'm moving out on %s and want to close the gas account") % a_date(r, call, reg)),
            ("agent", ("no problem do you have a meter reading for me" if call else "No problem. Do you have a final meter reading?")),
            ("customer", ("yeah the reading is %s" if call else "Reading is %s") % (say_digits(r, rd, uk) if call else rd)),
            ("agent", ("lovely so your final bill will be roughly %s and you're currently %s in credit" if call else
                       "Thanks. Your final bill will be about %s, you're currently %s in credit.")
             % (amt(r, call, uk, 40, 300, reg), amt(r, call, uk, 5, 90, reg))),
            ]


def body_retail(r, call, reg, uk):
    return [("customer", ("hiya i ordered a %s inch telly and it arrived with a cracked screen order %s" if call else
                          "Hi my order arrived damaged, %s inch TV, screen cracked. Order %s")
             % (N(r, call, r.choice([43, 50, 55, 65])), ref(r, call, "number", 9)[7:] if call else str(r.randint(100000000, 999999999)))),
            ("agent", ("oh no i'm so sorry i can see the order it was %s is that right" if call else
                       "So sorry! I can see that order, it was %s, correct?") % amt(r, call, uk, 300, 1200, reg)),
            ("customer", ("yeah and i paid an extra %s for next day delivery" if call else "yes plus %s for next day delivery")
             % amt(r, call, uk, 4, 15, reg)),
            ("agent", ("okay we can collect it on %s and send a replacement" if call else
                       "We can collect it on %s and send a replacement the same day.") % a_date(r, call, reg)),
            ]


def body_insurance(r, call, reg, uk):
    return [("customer", ("i need to make a claim someone reversed into my car in a car park on %s at about %s" if call else
                          "I need to make a claim, someone reversed into my car on %s at about %s")
             % (a_date(r, call, reg), a_time(r, call))),
            ("agent", ("sorry to hear that is anyone hurt and what's the policy excess on your cover it should be %s" if call else
                       "Sorry to hear that. Nobody hurt I hope? Your excess is %s.") % amt(r, call, uk, 100, 500, reg)),
            ("customer", ("no nobody's hurt the quote for the bumper was %s" if call else "no one hurt. garage quoted %s for the bumper")
             % amt(r, call, uk, 300, 2500, reg)),
            ("agent", ("okay i've opened %s and you'll hear from us within %s working days" if call else
                       "I've opened %s, you'll hear back within %s working days.") % (ref(r, call, "claim"), N(r, call, r.choice([3, 5, 10])))),
            ]


def body_travel(r, call, reg, uk):
    fl = r.choice(["BA", "EI", "FR", "UA", "LH", "AA"]) + str(r.randint(100, 2999))
    fs = (say_letter(r, fl[0], "plain") + " " + say_letter(r, fl[1], "plain") + " " + words(int(fl[2:]))) if call else fl
    return [("customer", ("hi my flight %s on %s got cancelled and i need to rebook" if call else
                          "Hi, flight %s on %s was cancelled, need to rebook") % (fs, a_date(r, call, reg))),
            ("agent", ("i'm sorry about that i can put you on the %s departure tomorrow which lands at %s" if call else
                       "Sorry about that. I can move you to the %s departure tomorrow, landing %s.") % (a_time(r, call), a_time(r, call))),
            ("customer", ("that's fine there's %s of us and we had seats in row %s" if call else "fine, there are %s of us, we had row %s")
             % (N(r, call, r.randint(2, 5)), N(r, call, r.randint(5, 40)))),
            ("agent", ("done your booking reference stays the same and the hotel voucher is worth %s a night" if call else
                       "Done. Same booking reference, and a hotel voucher worth %s a night.") % amt(r, call, uk, 80, 180, reg)),
            ]


def body_health(r, call, reg, uk):
    return [("customer", ("i got a bill for %s from my visit on %s and i thought insurance covered it" if call else
                          "I got a bill for %s for my visit on %s, thought insurance covered it") % (amt(r, call, uk, 90, 2400, reg), a_date(r, call, reg))),
            ("agent", ("let me look the claim was processed at %s percent so there's a balance left" if call else
                       "Let me check. The claim was paid at %s%%, so there's a remaining balance.") % N(r, call, r.choice([60, 70, 80, 90]))),
            ("customer", ("okay can i set up a payment plan like %s a month" if call else "can I do a payment plan, maybe %s a month?")
             % amt(r, call, uk, 25, 150, reg)),
            ("agent", ("yes that works over %s months i've noted it on %s" if call else "Yes, over %s months. Noted on %s.")
             % (N(r, call, r.choice([6, 12, 18])), ref(r, call, "invoice"))),
            ]


def body_gov(r, call, reg, uk):
    return [("customer", ("hello i'm calling about my tax credits renewal i sent the form in %s weeks ago" if call else
                          "Hello, I sent my renewal form %s weeks ago and heard nothing") % N(r, call, r.randint(3, 8))),
            ("agent", ("okay i can help with that it usually takes up to %s days to process" if call else
                       "I can help. It usually takes up to %s days to process.") % N(r, call, r.choice([20, 28, 30, 45]))),
            ("customer", ("right only my hours went from %s to %s a week in %s" if call else "my hours changed from %s to %s a week in %s")
             % (N(r, call, r.randint(16, 25)), N(r, call, r.randint(26, 40)), N(r, call, r.choice([2024, 2025, 2026]), uk))),
            ("agent", ("thanks i've updated that your next payment of %s is due %s" if call else
                       "Thanks, updated. Your next payment of %s is due %s.") % (amt(r, call, uk, 50, 400, reg), a_date(r, call, reg))),
            ]


INDUSTRIES = {
    "banking": (body_banking, ["UK", "IE", "US", "EU"]),
    "telecom": (body_telecom, ["UK", "IE", "US"]),
    "utilities": (body_utilities, ["UK", "IE", "US"]),
    "retail": (body_retail, ["UK", "US", "IE", "EU"]),
    "insurance": (body_insurance, ["UK", "US", "IE"]),
    "travel": (body_travel, ["UK", "IE", "EU", "US"]),
    "healthcare billing": (body_health, ["US"]),
    "government services": (body_gov, ["UK"]),
}

OPEN_CALL = ["thank you for calling %s my name's %s how can i help", "hello you're through to %s this is %s speaking",
             "good morning %s customer services %s speaking how can i help today"]
OPEN_CHAT = ["Hi, you're chatting with %s at %s. How can I help?", "Welcome to %s support, I'm %s. What can I do for you?"]
COMPANIES = {"banking": "northbank", "telecom": "skylink", "utilities": "greenpower", "retail": "homezone",
             "insurance": "shieldsure", "travel": "aerlink", "healthcare billing": "mercy health billing",
             "government services": "the benefits helpline"}
AGENTS = ["dave", "priya", "sinead", "mark", "jess", "tomasz", "karen", "ola"]


def close_turns(r, call, reg, uk):
    if call:
        return [("agent", "is there anything else i can help with today"),
                ("customer", r.choice(["no that's everything thanks", "no that's it cheers", "no you've been great thank you"])),
                ("agent", "thanks for calling have a lovely day")]
    return [("agent", "Anything else I can help with?"), ("customer", r.choice(["no thats all thanks", "No, thank you!", "nope cheers"]))]


def make_conv(g, industry, call, reg, pii_keys, with_close=True):
    r = g.rng
    uk = reg != "US"
    ctx = Ctx(g, call, uk, reg)
    body_fn = INDUSTRIES[industry][0]
    comp, agent = COMPANIES[industry], r.choice(AGENTS)
    T = []
    if call:
        T.append(("agent", r.choice(OPEN_CALL) % ((comp, agent) if "%s my" in OPEN_CALL[0] else (comp, agent))))
    else:
        o = r.choice(OPEN_CHAT)
        T.append(("agent", o % ((agent.title(), comp.title()) if o.startswith("Hi") else (comp.title(), agent.title()))))
    body = body_fn(r, call, reg, uk)
    pii = []
    for k in pii_keys:
        pii += COLLECT[k](ctx)
    # PII either before the problem (verification) or in the middle (payment/refund)
    if not pii_keys:
        T += body
    elif r.random() < 0.5:
        T += [body[0], ("agent", "okay i can help with that first i just need to pass security" if call else
                        "I can help with that. First I need to verify a few details.")] + pii + body[1:]
    else:
        T += body[:3] + pii + body[3:]
    if with_close:
        T += close_turns(r, call, reg, uk)
    return T, ctx.groups


# which PII sets go with which region
def pii_plan(r, reg, focus):
    extras = {"UK": ["PHONE", "EMAIL", "DOB", "ADDRESS", "POSTCODE", "BANK"],
              "IE": ["PHONE", "EMAIL", "DOB", "IBAN"],
              "EU": ["PHONE", "EMAIL", "IBAN", "DOB"],
              "US": ["PHONE", "EMAIL", "DOB", "ADDRESS", "BANK"]}[reg]
    keys = [focus]
    if r.random() < 0.7:
        e = r.choice(extras)
        if e != focus:
            keys.insert(0 if e in ("DOB", "PHONE", "POSTCODE") else 1, e)
    return keys


FOCI = [("CARD_NUMBER", None), ("CARD+ALL", None), ("SSN", "US"), ("NI_NUMBER", "UK"), ("BANK", None),
        ("IBAN", None), ("PHONE", None), ("EMAIL", None), ("DOB", None), ("ADDRESS", None), ("POSTCODE", None)]
FOCUS_CYCLE = ["CARD_NUMBER", "SSN", "NI_NUMBER", "CARD+ALL", "SSN", "NI_NUMBER", "BANK", "IBAN", "PHONE",
               "EMAIL", "DOB", "ADDRESS", "CARD_NUMBER", "SSN", "NI_NUMBER", "POSTCODE", "BANK", "IBAN"]


def region_for(r, focus, industry):
    if focus == "SSN":
        return "US"
    if focus == "NI_NUMBER":
        return "UK"
    if focus == "IBAN":
        return r.choice(["IE", "EU", "UK"])
    regs = INDUSTRIES[industry][1]
    return r.choice(regs)


def industry_for(r, focus):
    if focus == "SSN":
        return r.choice(["banking", "healthcare billing", "insurance", "telecom", "utilities"])
    if focus == "NI_NUMBER":
        return r.choice(["government services", "banking", "insurance", "utilities", "telecom"])
    return r.choice(list(INDUSTRIES))


# ------------------------------------------------------------------ negatives
def neg_extra(r, call, reg, uk, industry=None):
    """Extra lookalike chatter for negatives."""
    opts = [
        ("customer", ("i'm %s years old and i've been with you since %s" if call else "I'm %s and have been a customer since %s")
         % (N(r, call, r.randint(19, 88)), N(r, call, r.randint(1995, 2024), uk))),
        ("agent", ("your balance is %s and the minimum payment is %s due on %s" if call else
                   "Your balance is %s, minimum payment %s due %s.") % (amt(r, call, uk, 100, 4000, reg), amt(r, call, uk, 5, 90, reg), a_date(r, call, reg))),
        ("customer", ("the model number on the back is %s" if call else "model number is %s")
         % ((say_letter(r, "x", "plain") + " r " + words(r.randint(100, 999))) if call else "XR-%d" % r.randint(1000, 9999))),
        ("agent", ("i've added a %s percent discount for %s months" if call else "I've added a %s%% discount for %s months.")
         % (N(r, call, r.choice([10, 15, 20, 25])), N(r, call, r.choice([3, 6, 12])))),
        ("customer", ("it was about %s degrees in the house last night" if call else "it was about %s degrees in the house")
         % N(r, call, r.randint(8, 15))) if industry in ("utilities", "telecom", "insurance") else
        ("customer", ("i'm ringing on my lunch break i've got till %s" if call else "on my lunch break, got till %s") % a_time(r, call)),
        ("agent", ("your %s is the one i'm looking at" if call else "I'm looking at %s now.") % ref(r, call, "reference", r.randint(6, 10))),
        ("customer", ("i've been on hold for %s minutes before this" if call else "was on hold %s mins before this")
         % N(r, call, r.randint(12, 55))),
        ("agent", ("we're open till %s on weekdays" if call else "We're open until %s on weekdays.") % a_time(r, call)),
        ("customer", ("i'm in room %s at the hotel" if call else "I'm in room %s") % N(r, call, r.randint(101, 940)))
        if industry in ("travel", "healthcare billing") else
        ("customer", ("it's been %s weeks since i first reported it" if call else "its been %s weeks since i reported it")
         % N(r, call, r.randint(2, 9))),
        ("agent", ("your contract started on %s and runs for %s months" if call else "Your contract began %s and runs %s months.")
         % (a_date(r, call, reg), N(r, call, r.choice([12, 18, 24])))),
        ("customer", ("i paid %s on %s with %s" if call else "paid %s on %s, %s")
         % (amt(r, call, uk, 10, 300, reg), a_date(r, call, reg), ref(r, call, "order", r.randint(7, 10)))),
        ("agent", ("the replacement will take %s to %s working days" if call else "Replacement takes %s-%s working days.")
         % (N(r, call, 3), N(r, call, 5))),
    ]
    r.shuffle(opts)
    out = []
    for spk, txt in opts[:r.randint(4, 7)]:
        out.append((spk, txt))
        if spk == "customer":
            out.append(("agent", r.choice(["okay", "right i see", "understood", "okay noted", "mhm"] if call else
                                          ["Ok, noted.", "I see.", "Thanks for letting me know.", "Understood."])))
        else:
            out.append(("customer", r.choice(["okay", "right", "oh okay", "fair enough", "great"] if call else
                                             ["ok", "ok thanks", "right", "great"])))
    return out


def make_neg(g, industry, call, reg):
    r = g.rng
    uk = reg != "US"
    T, _ = make_conv(g, industry, call, reg, [], with_close=False)
    extra = neg_extra(r, call, reg, uk, industry)
    pos = r.randint(2, len(T))
    T = T[:pos] + extra + T[pos:] + close_turns(r, call, reg, uk)
    return T


# ------------------------------------------------------------ special positives
def special_cases(g):
    """Hand-shaped harder positives (offsets still computed)."""
    out = []
    r = g.rng
    # two values in one turn: card + expiry in chat
    for i in range(4):
        ctx = Ctx(g, False, True, "UK")
        c = make_card(r)
        ga = ctx.grp("CARD_NUMBER", c)
        m, y = r.randint(1, 12), r.randint(26, 30)
        ge = ctx.grp("EXPIRY", "%02d/%02d" % (m, y))
        cv = "%03d" % r.randint(100, 999)
        gc = ctx.grp("CVV", cv)
        T = [("agent", "Hi, Jess here at Homezone. How can I help?"),
             ("customer", "hi i want to pay the £%d.%02d outstanding on order %d" % (r.randint(20, 400), r.randint(0, 99), r.randint(1000000, 99999999))),
             ("agent", "Sure, please type the card details in the secure box."),
             ("customer", ["card ", P(" ".join(card_groups(c)), "CARD_NUMBER", ga), " exp ", P("%02d/%02d" % (m, y), "EXPIRY", ge),
                           " cvv ", P(cv, "CVV", gc)]),
             ("agent", "Thanks, that payment has gone through. Receipt number %d." % r.randint(100000, 999999)),
             ("customer", "great ty"), ("agent", "Anything else today?"), ("customer", "no thats all")]
        out.append(("chat/retail: card, expiry and cvv all in one chat line amid an order number and amount", T, ctx.groups))
    # phone call: DOB + NI in one turn
    for i in range(4):
        ctx = Ctx(g, True, True, "UK")
        ni = make_ni(r)
        gn = ctx.grp("NI_NUMBER", ni)
        y, m, d = r.randint(1950, 1999), r.randint(1, 12), r.randint(1, 28)
        gd = ctx.grp("DOB", "%04d-%02d-%02d" % (y, m, d))
        T = [("agent", "good afternoon you're through to the benefits helpline my name's ola"),
             ("customer", "oh hi yes i'm ringing about my pension credit it went down by %s last month" % amt(r, True, True, 5, 60)),
             ("agent", "okay i can look into that for you can i take your national insurance number and date of birth"),
             ("customer", ["yeah it's ", P(say_letter(r, ni[0]) + " " + say_letter(r, ni[1]) + " " + say_digits(r, ni[2:8], True, pairs=0.6)
                                           + " " + say_letter(r, ni[8]), "NI_NUMBER", gn),
                           " and i was born on ", P("the " + ordinal(d) + " of " + MONTHS[m - 1] + " " + words(y // 100) + " " + words(y % 100 if y % 100 > 9 else 0) if y % 100 > 9 else
                                                    "the " + ordinal(d) + " of " + MONTHS[m - 1] + " nineteen oh " + UNITS[y % 10], "DOB", gd)]),
             ("agent", "thank you so i can see the payment changed on %s because of the annual uprating" % a_date(r, True, "UK")),
             ("customer", "but it should've gone up not down"),
             ("agent", "you're right i'll refer that to the team it's about %s working days and i've put a note on at %s" % (words(r.choice([5, 10])), a_time(r, True))),
             ("customer", "okay thank you"), ("agent", "you're welcome bye now")]
        out.append(("call/government services: NI number and DOB in the same customer turn after an amount", T, ctx.groups))
    # SSN with filler words inside reading and self-correction
    for i in range(4):
        ctx = Ctx(g, True, False, "US")
        s = make_ssn(r)
        gs = ctx.grp("SSN", s)
        wrong = s[5:7] + str((int(s[7]) + 3) % 10)
        T = [("agent", "thanks for calling mercy health billing this is karen"),
             ("customer", "hi i got a statement saying i owe %s for a visit back in %s" % (amt(r, True, False, 100, 900, "US"), MONTHS[r.randint(0, 11)])),
             ("agent", "i can help with that i'll just need the patient's social security number"),
             ("customer", [P(say_digits(r, s[:3], False) + " um " + say_digits(r, s[3:5], False), "SSN", gs), " ",
                           P(say_digits(r, wrong, False), "SSN", gs, True), " no sorry ",
                           P(say_digits(r, s[5:], False), "SSN", gs)]),
             ("agent", "okay thank you i see the account the insurance paid %s and your part is %s" % (amt(r, True, False, 100, 500, "US"), amt(r, True, False, 20, 150, "US"))),
             ("customer", "can i pay that over three months"),
             ("agent", "sure that'd be %s a month starting %s" % (amt(r, True, False, 10, 60, "US"), a_date(r, True, "US"))),
             ("customer", "great thanks")]
        out.append(("call/healthcare billing: SSN with filler 'um' inside and self-corrected last group", T, ctx.groups))
    # email spelled letter by letter, split over turns (call)
    for i in range(3):
        ctx = Ctx(g, True, True, "IE")
        e = make_email(r, True)
        ge = ctx.grp("EMAIL", e)
        u, d = e.split("@")
        T = [("agent", "hello skylink support sinead speaking"),
             ("customer", "hi i never got my bill for %s it's usually emailed" % MONTHS[r.randint(0, 11)]),
             ("agent", "let me check the email we have on file could you tell me yours"),
             ("customer", [P(say_email(r, u + "@x.x").split(" at")[0], "EMAIL", ge)]),
             ("agent", "mhm"),
             ("customer", [P("at " + " dot ".join(d.split(".")), "EMAIL", ge)]),
             ("agent", "ah we had a typo in that i've fixed it and resent the bill for %s" % amt(r, True, True, 20, 90, "IE")),
             ("customer", "brilliant thanks a million")]
        out.append(("call/telecom Ireland: email split across two customer turns with back-channel", T, ctx.groups))
    # chat: several values typed in one message, UK utilities
    for i in range(4):
        ctx = Ctx(g, False, True, "UK")
        y, m, d = r.randint(1945, 2001), r.randint(1, 12), r.randint(1, 28)
        gd = ctx.grp("DOB", "%04d-%02d-%02d" % (y, m, d))
        pc = make_uk_postcode(r)
        gp = ctx.grp("POSTCODE", pc)
        mob = "7" + "".join(str(r.randint(0, 9)) for _ in range(9))
        gm = ctx.grp("PHONE", "440" + mob)
        rd = r.randint(10000, 99999)
        T = [("agent", "Hi, you're chatting with Karen at Greenpower. How can I help?"),
             ("customer", "hi, my direct debit went up from £%d to £%d a month and I don't understand why" % (r.randint(40, 90), r.randint(95, 180))),
             ("agent", "I can look into that. Can you give me your date of birth, postcode and contact number so I can find you?"),
             ("customer", ["dob ", P("%02d.%02d.%d" % (d, m, y), "DOB", gd), " postcode ", P(pc.replace(" ", "") if i % 2 else pc, "POSTCODE", gp),
                           " and mob is ", P("+44 (0)%s %s" % (mob[:4], mob[4:]), "PHONE", gm)]),
             ("agent", "Thanks. I can see your last reading was %d on %s, which was an estimate." % (rd, a_date(r, False, "UK"))),
             ("customer", "thats way off, the meter says %d today" % (rd - r.randint(300, 900))),
             ("agent", "Thanks, I've updated it. Your payment will drop to £%d from %s." % (r.randint(50, 90), a_date(r, False, "UK"))),
             ("customer", "brilliant ta"), ("agent", "Anything else I can help with?"), ("customer", "no thats all")]
        out.append(("chat/utilities UK: DOB, postcode and +44 (0) phone typed in one message near meter readings and amounts", T, ctx.groups))
    # call: postcode with doubled letters + DOB read back by agent
    for i in range(4):
        ctx = Ctx(g, True, True, "UK")
        a = r.choice(UK_AREAS)
        ch = r.choice("ABDEHJLNPRSTWXYZ")
        pc = "%s%d %d%s%s" % (a, r.randint(1, 9), r.randint(1, 9), ch, ch)
        gp = ctx.grp("POSTCODE", pc)
        y, m, d = r.randint(1950, 1999), r.randint(1, 12), r.randint(1, 28)
        gd = ctx.grp("DOB", "%04d-%02d-%02d" % (y, m, d))
        gd2 = ctx.grp("DOB", "%04d-%02d-%02d" % (y, m, d))
        sp_pc = say_alnum(r, a + str(pc[len(a)]), True) + " " + UNITS[int(pc.split()[1][0])] + " double " + ch.lower()
        ys = words(y // 100) + " " + (words(y % 100) if y % 100 > 9 else "oh " + UNITS[y % 10])
        T = [("agent", "hello skylink this is tomasz how can i help"),
             ("customer", "hi there my mobile bill's gone up to %s and i only changed the plan last week" % amt(r, True, True, 30, 90)),
             ("agent", "i'll have a look for you can i take the postcode on the account"),
             ("customer", ["it's ", P(sp_pc, "POSTCODE", gp)]),
             ("agent", "and your date of birth"),
             ("customer", [P(ordinal(d) + " " + MONTHS[m - 1] + " " + ys, "DOB", gd)]),
             ("agent", ["so that's the ", P(ordinal(d) + " of " + MONTHS[m - 1] + " " + words(y % 100 if y % 100 > 9 else y), "DOB", gd2), " yeah"]),
             ("customer", "yeah that's right"),
             ("agent", "okay so the new plan is %s a month but there's a one off charge of %s for the change" % (amt(r, True, True, 10, 40), amt(r, True, True, 5, 25))),
             ("customer", "nobody told me that"),
             ("agent", "i'm sorry i'll take it off and you'll see a credit of %s within %s days" % (amt(r, True, True, 5, 25), words(r.choice([3, 5, 7])))),
             ("customer", "okay thanks")]
        out.append(("call/telecom UK: postcode with 'double' letters, DOB spoken then read back by agent", T, ctx.groups))
    # chat EU: IBAN typed lowercase inside refund message with amounts and booking ref
    for i in range(4):
        ctx = Ctx(g, False, True, "EU")
        v = make_iban(r, r.choice(["DE", "FR", "NL", "ES"]))
        gi = ctx.grp("IBAN", v)
        ge = ctx.grp("EMAIL", "x")
        e = make_email(r, True)
        ctx.groups[ge] = ("EMAIL", e)
        T = [("agent", "Welcome to Aerlink support, I'm Sinead. What can I do for you?"),
             ("customer", "my flight EI %d on %s was delayed %d hours, I want the €%d compensation" % (r.randint(100, 999), a_date(r, False, "EU"), r.randint(3, 7), r.choice([250, 400, 600]))),
             ("agent", "I'm sorry about the delay. Is that for all %d passengers on booking reference %s?" % (r.randint(2, 4), "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(6)))),
             ("customer", "yes all of us"),
             ("agent", "OK. Please send the bank details for the transfer and an email for the confirmation."),
             ("customer", ["iban is ", P(v.lower() if i % 2 else " ".join(iban_groups(v)), "IBAN", gi), " and email ", P(e, "EMAIL", ge)]),
             ("agent", "Thanks, the payment will arrive within %d to %d days." % (r.choice([5, 7]), r.choice([10, 14]))),
             ("customer", "danke"), ("agent", "Anything else?"), ("customer", "no")]
        out.append(("chat/travel EU: IBAN and e-mail in one message after flight number, booking ref and amounts", T, ctx.groups))
    return out


# -------------------------------------------------------------------- build
def generate():
    g = Gen(SEED)
    r = g.rng
    cases, recs = [], []
    npos = 0
    # positives from templates
    for i in range(160):
        focus = FOCUS_CYCLE[i % len(FOCUS_CYCLE)]
        industry = industry_for(r, focus)
        reg = region_for(r, focus, industry)
        if focus == "IBAN" and industry not in ("banking", "retail", "travel", "insurance", "utilities"):
            industry = r.choice(["banking", "travel", "retail"])
        call = r.random() < 0.6
        keys = pii_plan(r, reg, focus)
        T, groups = make_conv(g, industry, call, reg, keys)
        npos += 1
        cid = "h103-pos-%03d" % npos
        note = "%s/%s (%s): %s amid problem conversation" % ("call" if call else "chat", industry, reg,
                                                              ", ".join(k.lower() for k in keys))
        c, rr = build_case(cid, "positive", T, note, groups)
        cases.append(c)
        recs += rr
    for note, T, groups in special_cases(g):
        npos += 1
        c, rr = build_case("h103-pos-%03d" % npos, "positive", T, note, groups)
        cases.append(c)
        recs += rr
    # negatives
    for i in range(105):
        industry = list(INDUSTRIES)[i % len(INDUSTRIES)]
        reg = r.choice(INDUSTRIES[industry][1])
        call = r.random() < 0.6
        T = make_neg(g, industry, call, reg)
        cid = "h103-neg-%03d" % (i + 1)
        c, _ = build_case(cid, "negative", T, "%s/%s (%s): lookalike numbers (amounts, dates, refs, times, counts), no PII"
                          % ("call" if call else "chat", industry, reg), {})
        cases.append(c)
    return cases, recs


# ------------------------------------------------------------------ checking
FILL = {"um", "uh", "er", "erm", "sorry", "and", "then", "dash", "hyphen", "space", "slash", "no", "wait", "it's",
        "that's", "the", "is", "hang", "on", "i", "mean", "wrong", "yeah", "plus"}
LETTERWORD = {}
for k, v in NATO.items():
    LETTERWORD[v] = k
for k, v in HOMO.items():
    LETTERWORD[v] = k
NUMW = {w: i for i, w in enumerate(UNITS)}
NUMW.update({"oh": 0, "o": 0, "nought": 0})
TEENW = {w: 10 + i for i, w in enumerate(TEENS)}
TENW = {w: i for i, w in enumerate(TENS) if w}


def normalise(text):
    """Spoken/typed form -> uppercase alnum string. Returns (string, unknown_tokens)."""
    toks = re.findall(r"[a-z0-9']+", text.lower())
    out, unk = [], []
    i = 0
    mult = 1
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        emit = None
        if t in ("double", "triple"):
            mult = 2 if t == "double" else 3
            i += 1
            continue
        if t.isdigit():
            emit = t
        elif t in ("o", "oh") and nxt == "for":
            emit = "O"
            i += 2
        elif t in NUMW:
            d = NUMW[t]
            if nxt == "thousand":
                j = i + 2
                if j < len(toks) and toks[j] == "and":
                    j += 1
                sub, j2 = _small(toks, j)
                emit = str(d) + ("%03d" % sub if sub is not None else "000")
                i = j2 - 1
            elif nxt == "hundred":
                j = i + 2
                if j < len(toks) and toks[j] == "and":
                    j += 1
                sub, j2 = _small(toks, j)
                emit = str(d) + ("%02d" % sub if sub is not None else "00")
                i = j2 - 1
            else:
                emit = str(d)
        elif t in TEENW:
            emit = str(TEENW[t])
        elif t in TENW:
            if nxt in NUMW and NUMW[nxt] > 0 and nxt not in ("oh", "o", "nought"):
                emit = str(TENW[t] * 10 + NUMW[nxt])
                i += 1
            else:
                emit = str(TENW[t] * 10)
        elif t == "letter" and nxt is not None and len(nxt) == 1:
            emit = nxt.upper()
            i += 1
        elif t in ("o", "oh") and nxt == "for":
            emit = "O"
            i += 2
        elif len(t) == 1 and t.isalpha():
            emit = t.upper()
            if nxt == "for" and i + 2 < len(toks):
                i += 2
            elif nxt == "as" and i + 3 < len(toks) and toks[i + 2] == "in":
                i += 3
        elif t in LETTERWORD:
            emit = LETTERWORD[t].upper()
        elif t in FILL:
            pass
        else:
            unk.append(t)
        if emit is not None:
            out.append(emit * mult if len(emit) == 1 else emit)
            mult = 1
        i += 1
    return "".join(out), unk


def _small(toks, j):
    if j >= len(toks):
        return None, j
    t = toks[j]
    if t in TEENW:
        return TEENW[t], j + 1
    if t in TENW:
        if j + 1 < len(toks) and toks[j + 1] in NUMW and NUMW[toks[j + 1]] > 0 and toks[j + 1] not in ("oh", "o", "nought"):
            return TENW[t] * 10 + NUMW[toks[j + 1]], j + 2
        return TENW[t] * 10, j + 1
    if t in NUMW:
        return NUMW[t], j + 1
    return None, j


UKPC = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$")


def validate(typ, canon, pieces):
    """Return list of problems."""
    probs = []
    raw = " ".join(p[1] for p in pieces if not p[2])
    if typ == "EMAIL":
        if "@" in raw:
            ok = re.fullmatch(r"[A-Za-z0-9._]+ ?@ ?[a-z0-9.]+\.[a-z]+", raw.strip()) and raw.replace(" ", "").lower() == canon
        else:
            s = " " + raw + " "
            s = s.replace(" at sign ", "@").replace(" at ", "@").replace(" dot ", ".").replace(" underscore ", "_")
            u, _, d = s.partition("@")
            u2 = ""
            for tok in u.split():
                n, unk = normalise(tok)
                u2 += tok if (unk or tok.isalpha() and len(tok) > 1 and tok not in NUMW and tok not in TEENW and tok not in TENW) else n.lower()
            # rebuild allowing spelled words / number words
            cand = re.sub(r"\s+", "", s).lower()
            ok = ("@" in s and re.fullmatch(r"[a-z0-9._]+@[a-z0-9.]+\.[a-z]+", cand) is not None) or \
                 (cand.split("@")[1:] == canon.split("@")[1:])
            ok = ok and cand.split("@")[-1] == canon.split("@")[1]
        if not ok:
            probs.append("bad email %r" % raw)
        return probs
    if typ == "ADDRESS":
        low = raw.lower()
        if not (re.search(r"\d", low) or any(w in low.split() for w in list(NUMW) + list(TEENW) + list(TENW))):
            probs.append("address without number %r" % raw)
        if low.split()[-1] not in STREET_SUFFIXES:
            probs.append("address without street suffix %r" % raw)
        return probs
    if typ == "DOB":
        low = raw.lower()
        has_month = any(m in low for m in MONTHS) or any(m[:3] in low for m in MONTHS) or re.search(r"\d", low) or \
            any(o in low.split() for o in ORD.values())
        yy = canon[:4]
        n, _ = normalise(re.sub("|".join(MONTHS), " ", low))
        if not (has_month or len(n) >= 5) or not (yy in n or yy[2:] in n or yy in low):
            probs.append("dob %r (%s) -> %s" % (raw, canon, n))
        return probs
    if typ == "EXPIRY":
        low = raw.lower()
        mi = [i + 1 for i, m in enumerate(MONTHS) if m in low or m[:3] in low]
        n, unk = normalise(re.sub("|".join(MONTHS + [m[:3] for m in MONTHS]), " ", low))
        mm, yy = canon.split("/")
        if mi:
            if mi[0] != int(mm) or not n.endswith(yy):
                probs.append("expiry %r" % raw)
        elif not (n in (mm + yy, mm + "20" + yy, str(int(mm)) + yy, str(int(mm)) + "20" + yy)):
            probs.append("expiry %r -> %s" % (raw, n))
        return probs
    parts = []
    for p in pieces:
        if re.search(r"\d", p[1]):
            n, unk = re.sub(r"[^A-Za-z0-9]", "", p[1]).upper(), []
        else:
            n, unk = normalise(p[1])
        if unk:
            probs.append("unknown tokens %s in %r" % (unk, p[1]))
        if not p[2]:
            parts.append(n)
    joined = "".join(parts)
    if typ == "PHONE":
        if joined != canon:
            probs.append("phone %s != %s" % (joined, canon))
        if not 10 <= len(joined) <= 13:
            probs.append("phone length %s" % joined)
        return probs
    if joined != canon.replace(" ", "").replace("-", ""):
        probs.append("%s value %s != canonical %s" % (typ, joined, canon))
    j = joined
    if typ == "CARD_NUMBER" and not (j.isdigit() and 13 <= len(j) <= 19 and luhn_ok(j)):
        probs.append("card invalid %s" % j)
    if typ == "CVV" and not (j.isdigit() and len(j) in (3, 4)):
        probs.append("cvv %s" % j)
    if typ == "SSN" and not (j.isdigit() and len(j) == 9):
        probs.append("ssn %s" % j)
    if typ == "NI_NUMBER" and not re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", j):
        probs.append("ni %s" % j)
    if typ == "SORT_CODE" and not (j.isdigit() and len(j) == 6):
        probs.append("sort %s" % j)
    if typ == "BANK_ACCOUNT" and not (j.isdigit() and 6 <= len(j) <= 12):
        probs.append("acct %s" % j)
    if typ == "IBAN" and not iban_valid(j):
        probs.append("iban %s" % j)
    if typ == "POSTCODE" and not (UKPC.match(j) or re.fullmatch(r"\d{5}(\d{4})?", j)):
        probs.append("postcode %s" % j)
    return probs


def serialise(cases):
    return "".join(json.dumps(c, ensure_ascii=False, sort_keys=False) + "\n" for c in cases)


def counts(cases):
    c = Counter(s["type"] for case in cases for s in case["spans"])
    return c


def readme(cases):
    c = counts(cases)
    npos = sum(1 for x in cases if x["kind"] == "positive")
    nneg = len(cases) - npos
    calls = sum(1 for x in cases if x["note"].startswith("call"))
    lines = [
        "# pii_holdout103 - held-out PII redaction evaluation set",
        "",
        "**Never use this set for tuning.** It is a held-out evaluation set; do not look at failures and adjust",
        "patterns, thresholds or word lists to fit it.",
        "",
        "## Who wrote it and how",
        "",
        "Written by an AI helper acting as an independent author. The author did not see the redaction code,",
        "its tests, its documentation, the benchmark script or any other PII fixture (only a 3-line format",
        "example). The cases are produced by `scripts/make_pii_holdout103.py` from template functions: each",
        "turn is assembled from plain-text segments and labelled (value, TYPE) segments, so span offsets are",
        "computed, never typed. All values come from one `random.Random(%d)`; output is byte-for-byte" % SEED,
        "reproducible. `python scripts/make_pii_holdout103.py --check` regenerates and compares the file,",
        "checks ids, offsets, word boundaries and overlaps, and validates every value after normalising",
        "spoken forms (Luhn for cards, mod-97 for IBANs, NI format, 9-digit SSN, 6-digit sort code, digit",
        "counts for CVV/phone/account, postcode shapes).",
        "",
        "Emphasis: long, realistic whole calls (ASR style: lower case, numbers as words, oh/o/nought/zero,",
        "double/triple, pairs such as 'forty one', NATO / 'b for bob' / homophone letters) and chats (typed,",
        "varied separators and case) of 8-20 turns across banking, telecom, utilities, retail, insurance, travel,",
        "healthcare billing and government services in the UK, Ireland, the US and the EU. PII sits amid the",
        "conversation's non-PII numbers (amounts, dates, times, ticket/claim/order/invoice references, speeds,",
        "meter readings, flight numbers, counts), which are NOT labelled.",
        "",
        "## Annotation conventions",
        "",
        "- A span covers the value itself only: from the first to the last character of the value as written",
        "  (for spoken values, from the first to the last number/letter word). Lead-ins such as \"it's\",",
        "  \"card no.\", \"exp\", \"cvv\" and trailing words are outside the span.",
        "- Filler words inside a reading (\"um\") are inside the span. Letter spellings like \"b for bob\",",
        "  \"j as in john\" are wholly inside the span.",
        "- When a value is split over several customer turns (agent back-channels between), each piece is",
        "  its own span of the same type.",
        "- Self-corrections: the wrong fragment and the corrected fragment are both labelled with the value's",
        "  type; the connecting words (\"no sorry\") are not.",
        "- When the agent reads a value back in full (phone, e-mail, DOB) the read-back is labelled too.",
        "- ADDRESS covers house number + street name + street type; town/city is not included; the postcode",
        "  is a separate POSTCODE span. US ZIP (+4) codes are POSTCODE; the state abbreviation is not labelled.",
        "- DOB covers the whole date (day, month, year). EXPIRY covers month and year.",
        "- PHONE includes a leading \"+\"/\"plus\" country code and brackets when typed.",
        "- Negatives contain no PII at all; any redaction in a negative is a failure.",
        "",
        "## Counts",
        "",
        "- cases: %d (positive %d, negative %d); call transcripts %d, chats %d" % (len(cases), npos, nneg, calls, len(cases) - calls),
        "",
        "| type | spans |",
        "|---|---|",
    ]
    for t in TYPES:
        lines.append("| %s | %d |" % (t, c[t]))
    lines.append("| total | %d |" % sum(c.values()))
    lines.append("")
    return "\n".join(lines)


def check(cases, recs):
    probs = []
    ids = [c["id"] for c in cases]
    if len(ids) != len(set(ids)):
        probs.append("duplicate ids")
    for c in cases:
        if c["kind"] == "negative" and c["spans"]:
            probs.append("%s negative with spans" % c["id"])
        if c["kind"] == "positive" and not c["spans"]:
            probs.append("%s positive without spans" % c["id"])
        if not 8 <= len(c["turns"]) <= 24:
            probs.append("%s has %d turns" % (c["id"], len(c["turns"])))
        last = {}
        for s in sorted(c["spans"], key=lambda s: (s["turn"], s["start"])):
            if s["type"] not in TYPES:
                probs.append("%s bad type" % c["id"])
            txt = c["turns"][s["turn"]]["text"]
            a, b = s["start"], s["end"]
            if not (0 <= a < b <= len(txt)):
                probs.append("%s offsets out of range" % c["id"])
                continue
            if a > 0 and txt[a - 1].isalnum() or b < len(txt) and txt[b].isalnum():
                probs.append("%s span not on word boundary: %r" % (c["id"], txt[a:b]))
            if txt[a].isspace() or txt[b - 1].isspace():
                probs.append("%s span has edge whitespace" % c["id"])
            if s["turn"] in last and last[s["turn"]] > a:
                probs.append("%s overlapping spans" % c["id"])
            last[s["turn"]] = b
    for cid, gid, typ, canon, pieces in recs:
        if not pieces:
            probs.append("%s group %d has no spans" % (cid, gid))
            continue
        for p in validate(typ, canon, pieces):
            probs.append("%s: %s" % (cid, p))
    c = counts(cases)
    for t in TYPES:
        need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
        if c[t] < need:
            probs.append("type %s only %d spans (need %d)" % (t, c[t], need))
    npos = sum(1 for x in cases if x["kind"] == "positive")
    if npos < 170 or len(cases) - npos < 100:
        probs.append("too few cases: %d pos %d neg" % (npos, len(cases) - npos))
    return probs


def main():
    cases, recs = generate()
    data = serialise(cases)
    rd = readme(cases)
    if "--check" in sys.argv:
        probs = check(cases, recs)
        for f, want in ((OUT, data), (README, rd)):
            try:
                with open(f, encoding="utf-8") as fh:
                    if fh.read() != want:
                        probs.append("%s differs from regenerated output" % f)
            except OSError:
                probs.append("%s missing" % f)
        npos = sum(1 for x in cases if x["kind"] == "positive")
        print("cases %d: positive %d, negative %d" % (len(cases), npos, len(cases) - npos))
        for t, n in sorted(counts(cases).items()):
            print("  %-13s %d" % (t, n))
        for p in probs[:60]:
            print("PROBLEM:", p)
        if probs:
            print("FAILED: %d problems" % len(probs))
            sys.exit(1)
        print("OK: check passed")
        return
    os.makedirs(OUT_DIR, exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as fh:
        fh.write(data)
    with open(README, "w", encoding="utf-8") as fh:
        fh.write(rd)
    print("wrote %d cases to %s" % (len(cases), OUT))


if __name__ == "__main__":
    main()

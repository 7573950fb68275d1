#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set ``pii_holdout47``.

Written by an independent AI helper that did not see the redaction code.
Standard library only.  ``--check`` regenerates and verifies the fixture.

Never use this set for tuning.
"""
import json
import re
import sys
from pathlib import Path

import random

SEED = 47241123
ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "tests" / "fixtures" / "pii_holdout47"
CASES = OUT_DIR / "cases.jsonl"
README = OUT_DIR / "README.md"
TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE",
         "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

# ---------------------------------------------------------------- spoken forms
ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "f": "foxtrot",
        "g": "golf", "h": "hotel", "i": "india", "j": "juliet", "k": "kilo", "l": "lima",
        "m": "mike", "n": "november", "o": "oscar", "p": "papa", "q": "quebec", "r": "romeo",
        "s": "sierra", "t": "tango", "u": "uniform", "v": "victor", "w": "whiskey",
        "x": "x-ray", "y": "yankee", "z": "zulu"}
ALTNATO = {"b": "bob", "c": "charlie", "d": "david", "e": "edward", "h": "harry", "j": "john",
           "k": "king", "m": "mother", "n": "nancy", "p": "peter", "r": "robert", "s": "sugar",
           "t": "tommy", "w": "william", "a": "apple", "g": "george", "l": "london", "x": "xray",
           "y": "yellow", "z": "zebra"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORD = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh",
       8: "eighth", 9: "ninth", 10: "tenth", 11: "eleventh", 12: "twelfth", 13: "thirteenth",
       14: "fourteenth", 15: "fifteenth", 16: "sixteenth", 17: "seventeenth",
       18: "eighteenth", 19: "nineteenth", 20: "twentieth", 21: "twenty first",
       22: "twenty second", 23: "twenty third", 24: "twenty fourth", 25: "twenty fifth",
       26: "twenty sixth", 27: "twenty seventh", 28: "twenty eighth"}

PHONETIC = set(NATO.values()) | set(ALTNATO.values())
WORD_DIGIT = {w: str(i) for i, w in enumerate(ONES)}
WORD_DIGIT.update({"oh": "0", "o": "0", "nought": "0", "naught": "0", "nil": "0",
                   "to": "2", "too": "2", "ate": "8"})
LETTER_HOMO = {"see": "C", "sea": "C", "bee": "B", "be": "B", "dee": "D", "ay": "A", "jay": "J",
               "are": "R", "tea": "T", "pea": "P", "why": "Y", "ex": "X", "em": "M", "en": "N"}
FILLERS = {"dash", "hyphen", "space", "plus", "um", "uh", "er", "erm", "ah", "hmm", "like", "sorry", "so", "and", "yeah", "then"}


def tokens(text):
    return re.findall(r"[a-z]+(?:-[a-z]+)?|\d+|[@+]", text.lower())


def norm(text):
    """Normalise a spoken or typed value to upper-case letters and digits."""
    if re.search(r"\d", text):
        # typed value: keep letters and digits only
        return re.sub(r"[^A-Za-z0-9]", "", text).upper()
    toks = tokens(text)
    out = []
    i = 0
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        nxt2 = toks[i + 2] if i + 2 < len(toks) else None
        if t.isdigit():
            out.append(t)
        elif len(t) == 1 and t.isalpha() and ((nxt == "for" and nxt2 in PHONETIC) or (nxt == "as" and nxt2 == "in")):
            out.append(t.upper())
        elif t in ("double", "triple"):
            n = 2 if t == "double" else 3
            i += 1
            w = toks[i]
            out.append((WORD_DIGIT[w] if w in WORD_DIGIT else w.upper()) * n)
        elif t == "for" and nxt in PHONETIC:
            i += 1
        elif t == "as" and nxt == "in":
            i += 2
        elif t in WORD_DIGIT:
            out.append(WORD_DIGIT[t])
        elif t in LETTER_HOMO:
            out.append(LETTER_HOMO[t])
        elif t in TEENS:
            out.append(str(10 + TEENS.index(t)))
        elif t in TENS and t:
            v = TENS.index(t)
            if nxt in ONES[1:]:
                out.append(str(v * 10 + ONES.index(nxt)))
                i += 1
            else:
                out.append(str(v * 10))
        elif t == "hundred":
            out.append("00")
        elif len(t) == 1 and t.isalpha():
            out.append(t.upper())
        elif t in FILLERS or t == "+":
            pass
        else:
            out.append("?" + t)
        i += 1
    return "".join(out)


def pair_words(p):
    a, b = int(p[0]), int(p[1])
    if a == 0:
        return "oh " + ONES[b]
    if a == 1:
        return TEENS[b]
    return TENS[a] + ("" if b == 0 else " " + ONES[b])


HOMO = {"two": ["to", "too"], "eight": ["ate"], "four": ["for"]}


def speak(d, rng, zero=None, doubles=True, pairs=False, homo=False):
    """Speak a digit string as an ASR would write it; verified by round trip."""
    zero = zero or rng.choice(["zero", "oh", "oh", "o", "nought"])
    if homo:
        s = speak(d, rng, zero=zero, doubles=doubles, pairs=pairs)
        w = [rng.choice(HOMO[x]) if x in HOMO and rng.random() < 0.5 else x for x in s.split()]
        s2 = " ".join(w)
        return s2 if norm(s2) == d else s
    for _ in range(4):
        words = []
        i = 0
        while i < len(d):
            c = d[i]
            if doubles and i + 2 < len(d) + 0 and d[i:i + 3] == c * 3 and rng.random() < 0.7:
                words.append("triple " + (zero if c == "0" else ONES[int(c)]))
                i += 3
            elif doubles and i + 1 < len(d) and d[i + 1] == c and rng.random() < 0.6:
                words.append("double " + (zero if c == "0" else ONES[int(c)]))
                i += 2
            elif pairs and i + 1 < len(d) and rng.random() < 0.6 and d[i] != "0":
                words.append(pair_words(d[i:i + 2]))
                i += 2
            else:
                words.append(zero if c == "0" else ONES[int(c)])
                i += 1
        s = " ".join(words)
        if norm(s) == d:
            return s
        pairs = False
    s = " ".join(zero if c == "0" else ONES[int(c)] for c in d)
    assert norm(s) == d, (s, d)
    return s


def speak_groups(d, sizes, rng, **kw):
    parts, i = [], 0
    for n in sizes:
        parts.append(d[i:i + n])
        i += n
    return parts


def letter(c, rng, style=None):
    c = c.lower()
    style = style or rng.choice(["plain", "nato", "alt", "plain"])
    if c == "o":
        return "o for oscar"
    if style == "nato":
        return c + " for " + NATO[c]
    if style == "alt" and c in ALTNATO:
        return c + " for " + ALTNATO[c]
    if style == "asin":
        return c + " as in " + NATO[c]
    return c


def speak_alnum(s, rng, pairs=False, zero=None):
    out, buf = [], ""
    for ch in s + " ":
        if ch.isdigit():
            buf += ch
            continue
        if buf:
            out.append(speak(buf, rng, zero=zero, pairs=pairs))
            buf = ""
        if ch.isalpha():
            out.append(letter(ch, rng))
    return " ".join(out)


# ---------------------------------------------------------------- value generators
def luhn_ok(d):
    tot = 0
    for i, c in enumerate(reversed(d)):
        n = int(c)
        if i % 2:
            n *= 2
            if n > 9:
                n -= 9
        tot += n
    return tot % 10 == 0


def gen_card(rng):
    kind = rng.choice(["visa", "visa", "mc", "mc", "amex", "disc", "visa13", "maestro19"])
    if kind == "visa":
        pre, n = "4", 16
    elif kind == "visa13":
        pre, n = "4", 13
    elif kind == "mc":
        pre, n = rng.choice(["51", "52", "53", "54", "55", "2221", "2720"]), 16
    elif kind == "amex":
        pre, n = rng.choice(["34", "37"]), 15
    elif kind == "disc":
        pre, n = "6011", 16
    else:
        pre, n = "6759", 19
    body = pre + "".join(str(rng.randrange(10)) for _ in range(n - len(pre) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def card_groups(d):
    if len(d) == 15:
        return [4, 6, 5]
    if len(d) == 13:
        return [4, 4, 5]
    if len(d) == 19:
        return [4, 4, 4, 4, 3]
    return [4, 4, 4, 4]


def split(d, sizes):
    out, i = [], 0
    for n in sizes:
        out.append(d[i:i + n])
        i += n
    return out


def gen_ssn(rng):
    while True:
        a = rng.randrange(1, 900)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, rng.randrange(1, 100), rng.randrange(1, 10000))


NI_FIRST = "ABCEGHJKLMNPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"


def gen_ni(rng):
    while True:
        p = rng.choice(NI_FIRST) + rng.choice(NI_SECOND)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p + "".join(str(rng.randrange(10)) for _ in range(6)) + rng.choice("ABCD")


def iban_check(country, bban):
    s = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in s)
    return "%02d" % (98 - int(num) % 97)


def mod97(iban):
    s = iban[4:] + iban[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def digits(rng, n, first_nonzero=False):
    s = "".join(str(rng.randrange(10)) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = str(rng.randrange(1, 10)) + s[1:]
    return s


def gen_iban(rng):
    c = rng.choice(["GB", "GB", "IE", "DE", "FR", "NL", "ES"])
    if c == "GB":
        bban = rng.choice(["WEST", "BARC", "NWBK", "HBUK", "LLYD", "MIDL"]) + digits(rng, 14)
    elif c == "IE":
        bban = rng.choice(["AIBK", "BKIE", "IPBS"]) + digits(rng, 14)
    elif c == "DE":
        bban = digits(rng, 18)
    elif c == "FR":
        bban = digits(rng, 10) + "".join(rng.choice("ABCDEFGHJK") for _ in range(2)) + digits(rng, 9) + digits(rng, 2)
    elif c == "NL":
        bban = rng.choice(["ABNA", "RABN", "INGB", "TRIO"]) + digits(rng, 10)
    else:
        bban = digits(rng, 20)
    return c + iban_check(c, bban) + bban


def group4(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


FIRST = ["james", "sarah", "michael", "aoife", "liam", "priya", "daniel", "grace", "tom",
         "niamh", "carlos", "emma", "olusegun", "hannah", "kevin", "fatima", "rachel", "declan",
         "marta", "jake", "chloe", "ben", "siobhan", "ahmed", "lucy", "wei"]
LAST = ["smith", "murphy", "okafor", "patel", "jones", "kelly", "garcia", "walsh", "brown",
        "nguyen", "taylor", "byrne", "hughes", "kowalski", "evans", "chen", "doyle", "reid"]
DOMAINS = ["gmail.com", "yahoo.co.uk", "hotmail.com", "outlook.ie", "icloud.com", "btinternet.com",
           "aol.com", "protonmail.com", "eircom.net", "live.co.uk"]
STREETS = ["maple drive", "church road", "station road", "victoria street", "oak avenue",
           "elm close", "park lane", "high street", "mill lane", "kingsway", "beech grove",
           "willow crescent", "main street", "sycamore way", "harbour view", "pine street",
           "cedar court", "mulberry gardens", "riverside walk", "orchard place"]
US_STREETS = ["oak street", "maple avenue", "elm street", "pine boulevard", "washington avenue",
              "lakeview drive", "sunset boulevard", "cedar lane", "hillcrest road", "park avenue"]
TOWNS = ["leeds", "manchester", "bristol", "cardiff", "glasgow", "norwich", "york", "brighton",
         "coventry", "reading"]
US_TOWNS = [("springfield", "il"), ("austin", "tx"), ("columbus", "oh"), ("denver", "co"),
            ("portland", "or"), ("tampa", "fl"), ("madison", "wi"), ("raleigh", "nc")]


def gen_email(rng):
    f, l = rng.choice(FIRST), rng.choice(LAST)
    style = rng.randrange(5)
    if style == 0:
        user = f + "." + l
    elif style == 1:
        user = f[0] + l + str(rng.randrange(1, 99))
    elif style == 2:
        user = f + "_" + l
    elif style == 3:
        user = l + f[0]
    else:
        user = f + str(rng.randrange(1970, 2005))
    return user + "@" + rng.choice(DOMAINS)


def speak_email(e, rng):
    user, dom = e.split("@")
    parts = []
    for chunk in re.findall(r"[a-z]+|\d+|[._-]", user):
        if chunk == ".":
            parts.append("dot")
        elif chunk == "_":
            parts.append("underscore")
        elif chunk == "-":
            parts.append("dash")
        elif chunk.isdigit():
            parts.append(speak(chunk, rng, pairs=True))
        elif len(chunk) == 1:
            parts.append(chunk)
        else:
            parts.append(chunk)
    d = dom.replace(".", " dot ")
    if dom.startswith("gmail") and rng.random() < 0.5:
        d = "g mail" + d[5:]
    return " ".join(parts) + " at " + d


UK_AREAS = ["SW", "NW", "SE", "LS", "M", "B", "G", "CF", "BS", "EH", "YO", "NR", "BN", "CV", "RG",
            "L", "E", "N", "W", "OX", "CB", "BT", "DH", "PL", "S", "TN", "KT", "HP"]
UK_SPECIAL = ["SW1A", "EC1A", "WC2H", "W1D", "E1W", "EC2M", "N1C"]


def gen_uk_postcode(rng):
    if rng.random() < 0.15:
        out = rng.choice(UK_SPECIAL)
    else:
        out = rng.choice(UK_AREAS) + str(rng.randrange(1, 10)) + (str(rng.randrange(10)) if rng.random() < 0.5 else "")
    return out + " " + str(rng.randrange(10)) + rng.choice("ABDEFGHJLNPQRSTUWXYZ") + rng.choice("ABDEFGHJLNPQRSTUWXYZ")


def gen_zip(rng, plus4=False):
    z = "%05d" % rng.randrange(1001, 99950)
    return z + ("-%04d" % rng.randrange(10000) if plus4 else "")


def gen_uk_mobile(rng):
    return "07" + str(rng.choice([4, 5, 7, 8, 9])) + digits(rng, 8)


def gen_us_phone(rng):
    return str(rng.randrange(2, 10)) + digits(rng, 2) + str(rng.randrange(2, 10)) + digits(rng, 6)


def gen_ie_mobile(rng):
    return "08" + rng.choice("35679") + digits(rng, 7)


# ---------------------------------------------------------------- case building
def V(text, typ, group=None):
    return (text, typ, group)


class Builder:
    def __init__(self):
        self.cases = []
        self.meta = []  # (id, list of (turn,start,end,type,group))

    def add(self, kind, turns, note):
        idx = sum(1 for c in self.cases if c["kind"] == kind) + 1
        cid = "h47-%s-%03d" % ("pos" if kind == "positive" else "neg", idx)
        out_turns, spans, meta = [], [], []
        for ti, (spk, segs) in enumerate(turns):
            if isinstance(segs, (str, tuple)):
                segs = [segs]
            text = ""
            for seg in segs:
                if isinstance(seg, str):
                    text += seg
                else:
                    val, typ, grp = seg
                    s = len(text)
                    text += val
                    spans.append({"turn": ti, "start": s, "end": len(text), "type": typ})
                    meta.append(grp)
            out_turns.append({"speaker": spk, "text": text})
        if kind == "negative":
            assert not spans
        self.cases.append({"id": cid, "kind": kind, "turns": out_turns, "spans": spans,
                           "note": note})
        self.meta.append(meta)


A, C = "agent", "customer"
BACK = ["mhm", "okay", "yep", "okay go on", "yes", "right", "uh huh", "got it", "okay and"]


def p_or(rng, *opts):
    return rng.choice(opts)


# ----- positive templates. each returns (turns, note)
def t_card_chat(rng):
    d = gen_card(rng)
    sep = rng.choice([" ", "-", "", " ", ".", "  "])
    txt = sep.join(split(d, card_groups(d)))
    if rng.random() < 0.3:
        txt = " ".join(d[i:i + 4] for i in range(0, len(d), 4)) if sep == "" else txt
    pre = rng.choice(["Card number is ", "my card: ", "its ", "card no. ", "Sure - ", "ok the number is ", "CARD "])
    post = rng.choice([" if you can take it now", " thanks", "", ". can you take the £%d.%02d payment?" % (rng.randrange(10, 400), rng.randrange(100)), " (the debit card not the credit one)"])
    ind = rng.choice(["retail", "telecom", "utilities", "travel", "insurance"])
    return [(A, "What card would you like to pay with today?"), (C, [pre, V(txt, "CARD_NUMBER", 1), post])], \
        "chat/%s: card number typed with separator %r" % (ind, sep)


def t_card_call_one(rng):
    d = gen_card(rng)
    pairs = rng.random() < 0.35
    sp = speak(d, rng, pairs=pairs, homo=rng.random() < 0.3)
    pre = rng.choice(["yeah it's ", "okay so it's ", "right um ", "the long number is ", "", "uh yeah "])
    ind = rng.choice(["banking", "telecom", "utilities", "retail", "travel", "healthcare billing"])
    pairs = any(w in TEENS or w in TENS[2:] for w in sp.split())
    homo = any(w in ("to", "too", "ate", "for") for w in sp.split())
    return [(A, "and what's the long number across the front of the card"),
            (C, [pre, V(sp, "CARD_NUMBER", 1), rng.choice(["", " and that's a visa", " yeah", " i think"])])], \
        "call/%s: card read in one turn%s%s" % (ind, ", with digit pairs like 'forty one'" if pairs else ", digit by digit",
                                                ", with ASR homophones (to/for/ate)" if homo else "")


def t_card_call_split(rng):
    d = gen_card(rng)
    gs = split(d, card_groups(d))
    zero = rng.choice(["oh", "zero", "nought", "o"])
    turns = [(A, "okay go ahead with the card number when you're ready")]
    for k, g in enumerate(gs):
        sp = speak(g, rng, zero=zero, pairs=rng.random() < 0.3)
        pre = rng.choice(["", "", "right ", "um ", "then "]) if k else rng.choice(["right ", "okay ", "it's "])
        post = rng.choice(["", "", " um", ""])
        turns.append((C, [pre, V(sp, "CARD_NUMBER", 1), post]))
        if k < len(gs) - 1:
            turns.append((A, rng.choice(BACK)))
    readback = rng.random() < 0.5
    note = "call/%s: card split over %d customer turns with back-channels" % (rng.choice(["insurance", "telecom", "retail", "utilities"]), len(gs))
    if readback:
        turns.append((A, ["let me just read that back ", V(speak(d, rng, zero=zero), "CARD_NUMBER", 2), " is that right"]))
        turns.append((C, "yes that's it"))
        note += "; agent reads whole number back"
    return turns, note


def t_card_correction(rng):
    d = gen_card(rng)
    gs = split(d, card_groups(d))
    wrong = list(gs[-1])
    wrong[-1] = str((int(wrong[-1]) + rng.randrange(1, 9)) % 10)
    wrong = "".join(wrong)
    head = speak("".join(gs[:-1]), rng)
    return [(A, "can i take the card number please"),
            (C, [V(head, "CARD_NUMBER", 1), " ", V(speak(wrong, rng), "CARD_NUMBER", None),
                 " no sorry hang on ", V(speak(gs[-1], rng), "CARD_NUMBER", 1)])], \
        "call/retail: card with self-correction of the last group (both the wrong and corrected group labelled)"


def t_card_full(rng):
    d = gen_card(rng)
    cvv = digits(rng, 4 if len(d) == 15 else 3)
    mm, yy = rng.randrange(1, 13), rng.randrange(26, 33)
    chat = rng.random() < 0.4
    if chat:
        exp = rng.choice(["%02d/%d" % (mm, yy), "%02d/20%d" % (mm, yy), "%02d-%d" % (mm, yy), "%d/%d" % (mm, yy)])
        return [(A, "Please provide the card number, expiry and security code."),
                (C, [V(group4(d) if rng.random() < .5 else d, "CARD_NUMBER", 1), " exp ", V(exp, "EXPIRY", 2), " cvv ", V(cvv, "CVV", 3)])], \
            "chat/travel: card, expiry and cvv in one typed message"
    exps = rng.choice([
        "%s %s" % (pair_words("%02d" % mm) if mm >= 10 else rng.choice(["oh ", "zero "]) + ONES[mm], pair_words(str(yy))),
        "%s twenty %s" % (MONTHS[mm - 1], pair_words(str(yy))),
        "%s %s" % (MONTHS[mm - 1], pair_words(str(yy))),
    ])
    t = [(A, "lovely and the long card number"),
         (C, V(speak(d, rng), "CARD_NUMBER", 1)),
         (A, "thank you and the expiry date"),
         (C, [rng.choice(["it's ", "expires ", "um ", ""]), V(exps, "EXPIRY", 2)]),
         (A, "and the three digits on the back" if len(cvv) == 3 else "and the four digit code on the front"),
         (C, [rng.choice(["", "it's ", "uh "]), V(speak(cvv, rng), "CVV", 3)])]
    return t, "call/%s: card, expiry (spoken month/year) and security code in consecutive turns" % rng.choice(["telecom", "utilities", "travel"])


def t_cvv_expiry_mix(rng):
    cvv = digits(rng, 3)
    mm, yy = rng.randrange(1, 13), rng.randrange(26, 33)
    amt = "%s pounds %s" % (pair_words(str(rng.randrange(21, 99))), pair_words(str(rng.randrange(21, 99))))
    exp = "%s %s" % ("oh " + ONES[mm] if mm < 10 else pair_words(str(mm)), pair_words(str(yy)))
    return [(A, "and for the payment of %s what's the expiry and the security number" % amt),
            (C, ["expiry is ", V(exp, "EXPIRY", 1), " and the security number is ", V(speak(cvv, rng), "CVV", 2)])], \
        "call/utilities: expiry and cvv in one turn next to a money amount"


def t_ssn_chat(rng):
    s = gen_ssn(rng)
    fmt = rng.choice(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s.%s.%s", "%s - %s - %s"])
    txt = fmt % (s[:3], s[3:5], s[5:])
    pre = rng.choice(["SSN is ", "my social is ", "ssn: ", "Social security number ", "its "])
    ind = rng.choice(["banking", "insurance", "healthcare billing", "government services", "telecom"])
    return [(A, "To verify, can you please provide your Social Security number?"),
            (C, [pre, V(txt, "SSN", 1), rng.choice(["", ".", " thx", " - is that safe to send here?"])])], \
        "chat/%s US: SSN typed as %r" % (ind, fmt.replace("%s", "N"))


def t_ssn_call(rng):
    s = gen_ssn(rng)
    style = rng.randrange(3)
    ind = rng.choice(["banking", "insurance", "healthcare billing", "government services"])
    if style == 0:
        return [(A, "can i get your social security number"),
                (C, ["sure it's ", V(speak(s, rng, pairs=rng.random() < 0.4), "SSN", 1)])], \
            "call/%s US: SSN spoken in one turn" % ind
    if style == 1:
        t = [(A, "and your social please"), (C, ["okay ", V(speak(s[:3], rng), "SSN", 1)]), (A, rng.choice(BACK)),
             (C, V(speak(s[3:5], rng, pairs=True), "SSN", 1)), (A, rng.choice(BACK)),
             (C, [V(speak(s[5:], rng, pairs=True), "SSN", 1)])]
        return t, "call/%s US: SSN split 3-2-4 over three turns" % ind
    t = [(A, "last thing i need is the social security number"),
         (C, ["uh ", V(speak(s, rng), "SSN", 1)]),
         (A, ["that's ", V(speak(s, rng, pairs=True), "SSN", 2), " correct"]),
         (C, "correct")]
    return t, "call/%s US: SSN spoken and read back by agent" % ind


def speak_ni(n, rng):
    style = rng.randrange(3)
    p = " ".join(letter(c, rng, "nato" if style == 1 else ("alt" if style == 2 else "plain")) for c in n[:2])
    d = speak(n[2:8], rng, pairs=style != 0)
    suf = letter(n[8], rng, "plain" if style == 0 else "nato")
    if style == 0 and rng.random() < 0.5:
        suf = {"A": "ay", "B": "bee", "C": "see", "D": "dee"}[n[8]]
    return "%s %s %s" % (p, d, suf)


def t_ni_chat(rng):
    n = gen_ni(rng)
    f = rng.randrange(5)
    if f == 0:
        t = "%s %s %s %s %s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8])
    elif f == 1:
        t = n
    elif f == 2:
        t = n.lower()
    elif f == 3:
        t = "%s%s %s" % (n[:2], n[2:8], n[8])
    else:
        t = "%s-%s-%s-%s-%s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8])
    pre = rng.choice(["NI number is ", "my ni no is ", "National Insurance: ", "its ", "sure, "])
    ind = rng.choice(["government services", "banking", "insurance", "utilities"])
    return [(A, "Can you confirm your National Insurance number?"),
            (C, [pre, V(t, "NI_NUMBER", 1), rng.choice(["", " thanks", ". I've just moved house too"])])], \
        "chat/%s UK: NI number typed (format %d)" % (ind, f)


def t_ni_call(rng):
    n = gen_ni(rng)
    ind = rng.choice(["government services", "banking", "insurance", "payroll"])
    if rng.random() < 0.5:
        return [(A, "and your national insurance number please"),
                (C, [rng.choice(["yeah it's ", "okay ", "um ", ""]), V(speak_ni(n, rng), "NI_NUMBER", 1)])], \
            "call/%s UK: NI number spoken in one turn" % ind
    t = [(A, "could you give me your national insurance number"),
         (C, [V(" ".join(letter(c, rng) for c in n[:2]), "NI_NUMBER", 1)]), (A, rng.choice(BACK)),
         (C, [V(speak(n[2:8], rng, pairs=True), "NI_NUMBER", 1)]), (A, "and the letter at the end"),
         (C, [rng.choice(["it's ", "", "er "]), V(letter(n[8], rng), "NI_NUMBER", 1)])]
    return t, "call/%s UK: NI number split letters / digits / suffix over turns" % ind


def speak_sc(sc, rng):
    sp = " ".join(speak(sc[i:i + 2], rng, pairs=True) for i in (0, 2, 4))
    return sp if norm(sp) == sc else speak(sc, rng)


def t_bank_uk(rng):
    sc, acct = digits(rng, 6), digits(rng, 8)
    if rng.random() < 0.45:
        sct = rng.choice(["%s-%s-%s", "%s %s %s", "%s%s%s"]) % (sc[:2], sc[2:4], sc[4:])
        return [(A, "Please send the account details for the refund."),
                (C, ["sort code ", V(sct, "SORT_CODE", 1), rng.choice([" acc ", ", account number ", " and account no "]), V(acct, "BANK_ACCOUNT", 2)])], \
            "chat/%s UK: sort code and account number typed" % rng.choice(["retail", "insurance", "utilities"])
    t = [(A, "what's the sort code"),
         (C, [rng.choice(["it's ", "uh ", ""]), V(speak_sc(sc, rng), "SORT_CODE", 1)]),
         (A, "and the account number"),
         (C, [V(speak(acct, rng, pairs=rng.random() < 0.3), "BANK_ACCOUNT", 2)])]
    return t, "call/%s UK: sort code in pairs and account number spoken" % rng.choice(["banking", "insurance", "utilities"])


def t_bank_us(rng):
    acct = digits(rng, rng.choice([10, 11, 12]), True)
    if rng.random() < 0.5:
        return [(A, "What checking account should the refund go to?"),
                (C, ["acct # ", V(acct, "BANK_ACCOUNT", 1), rng.choice([" at chase", "", " (checking)"])])], \
            "chat/banking US: checking account number typed"
    return [(A, "okay and the account number for the direct debit"),
            (C, ["it's ", V(speak(acct, rng), "BANK_ACCOUNT", 1), " that's the checking account"])], \
        "call/utilities US: account number spoken digit by digit"


def t_iban(rng):
    ib = gen_iban(rng)
    if rng.random() < 0.5:
        f = rng.choice([group4(ib), ib, group4(ib).lower(), ib.lower()])
        return [(A, "Please provide the IBAN for the transfer."),
                (C, [rng.choice(["IBAN: ", "here it is ", "iban ", ""]), V(f, "IBAN", 1), rng.choice(["", " thanks", " - bic not needed?"])])], \
            "chat/%s %s: IBAN typed" % (rng.choice(["banking", "travel", "insurance"]), ib[:2])
    cc = " ".join(letter(c, rng, "plain") for c in ib[:2])
    body = speak_alnum(ib[2:], rng, pairs=rng.random() < 0.3)
    if rng.random() < 0.5:
        return [(A, "can you read me the iban please"), (C, [rng.choice(["yeah it's ", "okay "]), V(cc + " " + body, "IBAN", 1)])], \
            "call/banking %s: IBAN spoken in one turn" % ib[:2]
    # split
    parts = [ib[:4], ib[4:12], ib[12:]]
    t = [(A, "go ahead with the iban")]
    for k, p in enumerate(parts):
        sp = " ".join(letter(c, rng, "plain") for c in p[:2]) + " " + speak_alnum(p[2:], rng) if k == 0 else speak_alnum(p, rng)
        t.append((C, V(sp, "IBAN", 1)))
        if k < 2:
            t.append((A, rng.choice(BACK)))
    return t, "call/banking %s: IBAN split over three turns" % ib[:2]


def fmt_phone(p, rng, kind):
    if kind == "uk":
        return rng.choice([p[:5] + " " + p[5:], p, "+44 " + p[1:5] + " " + p[5:], "+447" + p[2:], p[:5] + "-" + p[5:8] + "-" + p[8:]])
    if kind == "us":
        return rng.choice(["(%s) %s-%s" % (p[:3], p[3:6], p[6:]), "%s-%s-%s" % (p[:3], p[3:6], p[6:]), "+1 %s %s %s" % (p[:3], p[3:6], p[6:]), p, "%s.%s.%s" % (p[:3], p[3:6], p[6:])])
    return rng.choice([p[:3] + " " + p[3:6] + " " + p[6:], "+353 " + p[1:3] + " " + p[3:], p])


def t_phone_chat(rng):
    kind = rng.choice(["uk", "us", "ie"])
    p = {"uk": gen_uk_mobile, "us": gen_us_phone, "ie": gen_ie_mobile}[kind](rng)
    return [(A, "What's the best number to reach you on?"),
            (C, [rng.choice(["mob: ", "call me on ", "it's ", "best number ", "tel "]), V(fmt_phone(p, rng, kind), "PHONE", 1), rng.choice(["", " after 5pm", " anytime", " (mobile)"])])], \
        "chat/%s %s: phone number typed" % (rng.choice(["telecom", "retail", "utilities", "healthcare billing"]), kind.upper())


def t_phone_call(rng):
    kind = rng.choice(["uk", "us", "ie", "uk"])
    p = {"uk": gen_uk_mobile, "us": gen_us_phone, "ie": gen_ie_mobile}[kind](rng)
    intl = rng.random() < 0.3
    if intl:
        cc = {"uk": "plus four four", "us": "plus one", "ie": "plus three five three"}[kind]
        body = p[1:] if kind != "us" else p
        sp = cc + " " + speak(body, rng, pairs=rng.random() < 0.3)
    else:
        sp = speak(p, rng, pairs=rng.random() < 0.3, homo=rng.random() < 0.5)
    if rng.random() < 0.5:
        return [(A, "and a contact number"), (C, [rng.choice(["yeah it's ", "okay it's ", "", "my mobile is "]), V(sp, "PHONE", 1)])], \
            "call/%s %s: phone number spoken%s" % (rng.choice(["telecom", "utilities", "insurance"]), kind.upper(), " with country code" if intl else "")
    if kind == "us":
        gs = [p[:3], p[3:6], p[6:]]
    else:
        gs = [p[:5], p[5:]] if kind == "uk" else [p[:3], p[3:]]
    t = [(A, "what's the best number to call you back on")]
    for k, g in enumerate(gs):
        t.append((C, [V(speak(g, rng), "PHONE", 1)]))
        if k < len(gs) - 1:
            t.append((A, rng.choice(BACK)))
    return t, "call/%s %s: phone number split over turns" % (rng.choice(["telecom", "healthcare billing"]), kind.upper())


def t_email(rng):
    e = gen_email(rng)
    if rng.random() < 0.45:
        f = rng.choice([e, e.upper(), e.capitalize()])
        return [(A, "Can I grab an email address for the receipt?"),
                (C, [rng.choice(["sure ", "its ", "email: ", ""]), V(f, "EMAIL", 1), rng.choice(["", " thanks", ". cheers"])])], \
            "chat/%s: email typed" % rng.choice(["retail", "travel", "telecom"])
    sp = speak_email(e, rng)
    return [(A, "and what email should we send the confirmation to"),
            (C, [rng.choice(["yeah it's ", "um ", "okay so "]), V(sp, "EMAIL", 1)])], \
        "call/%s: email spoken with 'at' and 'dot'" % rng.choice(["retail", "travel", "insurance", "utilities"])


def gen_dob(rng):
    return rng.randrange(1, 29), rng.randrange(1, 13), rng.randrange(1940, 2006)


def year_words(y):
    if 2000 <= y < 2010:
        return "two thousand and " + ONES[y - 2000] if y > 2000 else "two thousand"
    return pair_words(str(y)[:2]) + " " + pair_words(str(y)[2:])


def t_dob(rng):
    d, m, y = gen_dob(rng)
    ind = rng.choice(["banking", "insurance", "healthcare billing", "telecom", "government services"])
    if rng.random() < 0.45:
        f = rng.choice(["%02d/%02d/%d" % (d, m, y), "%d.%d.%d" % (d, m, y), "%d %s %d" % (d, MONTHS[m - 1].capitalize(), y),
                        "%s %d, %d" % (MONTHS[m - 1].capitalize(), d, y), "%d-%02d-%02d" % (y, m, d)])
        return [(A, "Could you confirm your date of birth?"),
                (C, [rng.choice(["dob ", "its ", "born ", "D.O.B: ", ""]), V(f, "DOB", 1)])], \
            "chat/%s: date of birth typed" % ind
    f = rng.choice(["the %s of %s %s" % (ORD[d], MONTHS[m - 1], year_words(y)),
                    "%s %s %s" % (ORD[d], MONTHS[m - 1], year_words(y)),
                    "%s %s %s" % (MONTHS[m - 1], ORD[d], year_words(y)),
                    "%s %s %s" % (speak("%02d" % d, rng), speak("%02d" % m, rng), pair_words(str(y)[2:]))])
    return [(A, "and can you confirm your date of birth for me"),
            (C, [rng.choice(["yeah it's ", "uh ", "", "sure "]), V(f, "DOB", 1)])], \
        "call/%s: date of birth spoken" % ind


def speak_postcode(pc, rng):
    out = []
    for part in pc.split():
        out.append(speak_alnum(part, rng))
    return " ".join(out)


def t_address_uk(rng):
    num = rng.randrange(1, 240)
    street = rng.choice(STREETS)
    pc = gen_uk_postcode(rng)
    town = rng.choice(TOWNS)
    if rng.random() < 0.45:
        addr = "%d %s" % (num, street.title() if rng.random() < .6 else street)
        if rng.random() < 0.3:
            addr = "Flat %d, %s" % (rng.randrange(1, 20), addr)
        pct = rng.choice([pc, pc.lower(), pc.replace(" ", "")])
        return [(A, "What's the address on the account?"),
                (C, [V(addr, "ADDRESS", 1), ", %s " % town.title(), V(pct, "POSTCODE", 2)])], \
            "chat/%s UK: street address and postcode typed" % rng.choice(["utilities", "retail", "insurance"])
    nsp = ONES[num] if num < 10 else (pair_words(str(num)) if num < 100 else speak(str(num), rng))
    t = [(A, "can you confirm the first line of the address"),
         (C, [rng.choice(["it's ", "yeah ", ""]), V("%s %s" % (nsp, street), "ADDRESS", 1), " in %s" % town]),
         (A, "and the postcode"),
         (C, [rng.choice(["", "it's ", "um "]), V(speak_postcode(pc, rng), "POSTCODE", 2)])]
    return t, "call/%s UK: address line and postcode spoken with letters" % rng.choice(["utilities", "telecom", "insurance"])


def t_address_us(rng):
    num = rng.randrange(100, 9999)
    street = rng.choice(US_STREETS)
    town, st = rng.choice(US_TOWNS)
    z = gen_zip(rng, rng.random() < 0.3)
    if rng.random() < 0.5:
        s2 = street.title()
        s2 = s2.replace("Street", "St").replace("Avenue", "Ave") if rng.random() < 0.4 else s2
        addr = "%d %s" % (num, s2)
        if rng.random() < 0.3:
            addr += " Apt %d" % rng.randrange(1, 40)
        return [(A, "What's your billing address?"),
                (C, [V(addr, "ADDRESS", 1), ", %s, %s " % (town.title(), st.upper()), V(z, "POSTCODE", 2)])], \
            "chat/retail US: street address and ZIP typed"
    nsp = speak(str(num), rng, pairs=True)
    t = [(A, "what's the service address"),
         (C, [V("%s %s" % (nsp, street), "ADDRESS", 1), " %s %s" % (town, {"il": "illinois", "tx": "texas", "oh": "ohio", "co": "colorado", "or": "oregon", "fl": "florida", "wi": "wisconsin", "nc": "north carolina"}[st])]),
         (A, "and the zip code"),
         (C, V(speak(z.replace("-", ""), rng), "POSTCODE", 2))]
    return t, "call/utilities US: street address and ZIP spoken"


def t_verify_mix(rng):
    d, m, y = gen_dob(rng)
    pc = gen_uk_postcode(rng)
    p = gen_uk_mobile(rng)
    bal_words = "%s hundred and %s pounds %s" % (ONES[rng.randrange(1, 10)], pair_words(str(rng.randrange(21, 99))), pair_words(str(rng.randrange(21, 99))))
    t = [(A, "before i go into your balance i just need to verify you so date of birth first"),
         (C, [V("%s %s %s" % (ORD[d], MONTHS[m - 1], year_words(y)), "DOB", 1)]),
         (A, "thanks and the postcode"),
         (C, [V(speak_postcode(pc, rng), "POSTCODE", 2), " and my number's ", V(speak(p, rng), "PHONE", 3), " if you need it"]),
         (A, "lovely you're verified so your balance is %s and it's due on the %s of %s" % (bal_words, ORD[rng.randrange(1, 29)], rng.choice(MONTHS)))]
    return t, "call/banking UK: DOB, postcode and phone in verification followed by non-PII balance and due date"


def t_ssn_dob_chat2(rng):
    s = gen_ssn(rng)
    d, m, y = gen_dob(rng)
    claim = rng.randrange(100000, 9999999)
    return [(A, "Hi! I'll need your SSN and date of birth to look up the claim."),
            (C, ["claim #%d - ssn " % claim, V("%s-%s-%s" % (s[:3], s[3:5], s[5:]), "SSN", 1), ", dob ", V("%d/%d/%d" % (m, d, y), "DOB", 2)])], \
        "chat/insurance US: claim number (unlabelled) next to SSN and DOB"


def t_ni_dob_call(rng):
    n = gen_ni(rng)
    d, m, y = gen_dob(rng)
    return [(A, "can i take your date of birth and national insurance number"),
            (C, ["yeah born ", V("%s %s %s" % (ORD[d], MONTHS[m - 1], year_words(y)), "DOB", 1), " and the n i number is ", V(speak_ni(n, rng), "NI_NUMBER", 2)])], \
        "call/government services UK: DOB and NI number in one turn"


def t_ni_readback(rng):
    n = gen_ni(rng)
    t = [(A, "national insurance number please"),
         (C, V(speak_ni(n, rng), "NI_NUMBER", 1)),
         (A, ["so that's ", V(" ".join(letter(c, rng, "nato") for c in n[:2]) + " " + speak(n[2:8], rng) + " " + letter(n[8], rng, "nato"), "NI_NUMBER", 2), " yeah"]),
         (C, "yep")]
    return t, "call/payroll UK: NI number read back by agent with phonetic alphabet"


def t_card_chat_typo(rng):
    d = gen_card(rng)
    gs = split(d, card_groups(d))
    txt = " ".join(gs[:2]) + rng.choice(["  ", " - ", "-", " "]) + " ".join(gs[2:])
    return [(C, "hi can i pay my bil here"), (A, "Yes of course, please type the card number."),
            (C, ["ok its ", V(txt, "CARD_NUMBER", 1), " exp ", V("%02d%d" % (rng.randrange(1, 13), rng.randrange(26, 31)), "EXPIRY", 2), " sec code ", V(digits(rng, 3), "CVV", 3)])], \
        "chat/telecom: card with mixed separators, MMYY expiry without slash, cvv"


def t_phone_correction(rng):
    p = gen_uk_mobile(rng)
    wrong = p[:-1] + str((int(p[-1]) + 3) % 10)
    return [(A, "what's the mobile number"),
            (C, [V(speak(p[:5], rng), "PHONE", 1), " ", V(speak(wrong[5:], rng), "PHONE", None), " no wait ", V(speak(p[5:], rng), "PHONE", 1)])], \
        "call/telecom UK: mobile number with self-correction of the tail (both tails labelled)"


def t_email_typo(rng):
    e = gen_email(rng)
    u, dom = e.split("@")
    f = rng.choice([u + " @ " + dom, u + "@" + dom.replace(".", " . "), u + " at " + dom])
    return [(A, "What is the email on the account?"), (C, [V(f, "EMAIL", 1), " i think"])], \
        "chat/retail: email typed with spaces or 'at'"


def t_card_interrupt(rng):
    d = gen_card(rng)
    k = rng.choice([6, 8, 10])
    chat = rng.choice(["sorry the dog's going mad hang on", "sorry my glasses one sec", "hold on the kids are shouting", "sorry it's a bit worn"])
    return [(A, "whenever you're ready with the card number"),
            (C, [V(speak(d[:k], rng), "CARD_NUMBER", 1), " %s " % chat, V(speak(d[k:], rng), "CARD_NUMBER", 1)])], \
        "call/retail: card reading interrupted by chit-chat mid-number"


def t_contact_two(rng):
    p = gen_uk_mobile(rng) if rng.random() < 0.5 else gen_ie_mobile(rng)
    e = gen_email(rng)
    if rng.random() < 0.5:
        return [(A, "can i update your contact details"),
                (C, ["yeah mobile's ", V(speak(p, rng, homo=True), "PHONE", 1), " and email is ", V(speak_email(e, rng), "EMAIL", 2)])], \
            "call/telecom: phone (with ASR homophones) and spoken email in one turn"
    return [(A, "Can I update your contact details?"),
            (C, ["new mob ", V(p[:4] + " " + p[4:7] + " " + p[7:], "PHONE", 1), " / email ", V(e, "EMAIL", 2), " pls"])], \
        "chat/utilities: phone and email typed in one message"


def t_account_readback(rng):
    acct = digits(rng, 8)
    sc = digits(rng, 6)
    t = [(A, "and the account number you want the refund paid into"),
         (C, V(speak(acct[:4], rng), "BANK_ACCOUNT", 1)), (A, rng.choice(BACK)),
         (C, [V(speak(acct[4:], rng), "BANK_ACCOUNT", 1), " and the sort code is ", V(" ".join(pair_words(sc[i:i + 2]) for i in (0, 2, 4)), "SORT_CODE", 2)]),
         (A, ["so that's ", V(speak(acct, rng), "BANK_ACCOUNT", 3), " sort code ", V(speak(sc, rng), "SORT_CODE", 4), " and the refund is forty two pounds fifty"])]
    return t, "call/retail UK: account split over turns, sort code in pairs, agent read-back next to a refund amount"


def t_card_filler(rng):
    d = gen_card(rng)
    k = rng.choice([4, 7, 9, 12])
    fill = rng.choice(["uh", "um", "er sorry", "erm hang on", "uh let me see"])
    return [(A, "okay and the card number please"),
            (C, ["yeah it's ", V(speak(d[:k], rng), "CARD_NUMBER", 1), " " + fill + " ", V(speak(d[k:], rng), "CARD_NUMBER", 1)])], \
        "call/utilities: filler words mid-reading split the card into two spans (filler unlabelled)"


def t_ssn_dash(rng):
    s = gen_ssn(rng)
    sep = rng.choice(["dash", "hyphen"])
    sp = "%s %s %s %s %s" % (speak(s[:3], rng), sep, speak(s[3:5], rng), sep, speak(s[5:], rng))
    return [(A, "i'll need the social to pull up the account"),
            (C, ["okay it is ", V(sp, "SSN", 1), " and the account's under my wife too"])], \
        "call/banking US: SSN spoken with 'dash' separators"


def t_landline(rng):
    kind = rng.choice(["london", "manc", "dublin", "de"])
    if kind == "london":
        p = "020" + rng.choice("78") + digits(rng, 7)
        t = rng.choice(["020 %s %s" % (p[3:7], p[7:]), "(020) %s %s" % (p[3:7], p[7:])])
    elif kind == "manc":
        p = "0161" + str(rng.randrange(2, 10)) + digits(rng, 6)
        t = "0161 %s %s" % (p[4:7], p[7:])
    elif kind == "dublin":
        p = "01" + str(rng.randrange(2, 10)) + digits(rng, 7)
        t = "+353 1 %s %s" % (p[2:5], p[5:])
    else:
        p = "030" + digits(rng, 8, True)
        t = "+49 30 %s" % p[3:]
    if rng.random() < 0.5:
        return [(A, "Is there a landline we can use?"), (C, ["home: ", V(t, "PHONE", 1), " evenings only"])], \
            "chat/%s: landline typed" % {"london": "utilities UK", "manc": "insurance UK", "dublin": "banking IE", "de": "travel DE"}[kind]
    sp = speak(p, rng, pairs=rng.random() < 0.4)
    return [(A, "and is there a home number"), (C, ["yeah the landline is ", V(sp, "PHONE", 1), " but i'm never in"])], \
        "call/%s: landline spoken" % {"london": "utilities UK", "manc": "insurance UK", "dublin": "banking IE", "de": "travel DE"}[kind]


def t_email_readback(rng):
    e = gen_email(rng)
    return [(A, "what email address would you like on the account"),
            (C, V(speak_email(e, rng), "EMAIL", 1)),
            (A, ["so that's ", V(speak_email(e, rng), "EMAIL", 2), " and we'll send the renewal for the twelfth of may there"]),
            (C, "that's right")], "call/insurance: spoken email read back by agent next to a renewal date"


POS_TEMPLATES = [
    (t_card_chat, 14), (t_card_call_one, 12), (t_card_call_split, 10), (t_card_correction, 4), (t_card_full, 16),
    (t_cvv_expiry_mix, 6), (t_card_chat_typo, 6),
    (t_ssn_chat, 14), (t_ssn_call, 14), (t_ssn_dob_chat2, 6),
    (t_ni_chat, 13), (t_ni_call, 13), (t_ni_dob_call, 5), (t_ni_readback, 4),
    (t_bank_uk, 12), (t_bank_us, 6), (t_iban, 16),
    (t_phone_chat, 9), (t_phone_call, 9), (t_phone_correction, 3),
    (t_email, 12), (t_email_typo, 3), (t_dob, 12),
    (t_address_uk, 10), (t_address_us, 8), (t_verify_mix, 6),
    (t_card_interrupt, 5), (t_contact_two, 6), (t_account_readback, 5),
    (t_card_filler, 5), (t_ssn_dash, 5), (t_landline, 8), (t_email_readback, 4),
]


# ----- negatives
def sfx(n):
    if 10 <= n % 100 <= 20:
        return "%dth" % n
    return "%d%s" % (n, {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th"))


def n_money(rng):
    a, b = rng.randrange(10, 2000), rng.randrange(1, 99)
    if rng.random() < 0.5:
        return [(A, "your current balance is %s hundred and %s pounds %s" % (ONES[rng.randrange(1, 10)], pair_words(str(rng.randrange(21, 99))), pair_words(str(b if b >= 10 else b + 10)))),
                (C, "okay and when is that due")], "call/utilities: spoken balance amount"
    return [(C, "why is my bill $%d.%02d this month when it was $%d.%02d last month" % (a, b, a - 7, b)), (A, "I can see a one-off charge of $%d.00 for the router." % rng.randrange(20, 90))], \
        "chat/telecom: bill amounts"


def n_order(rng):
    o = digits(rng, rng.choice([7, 8, 9, 10]), True)
    if rng.random() < 0.5:
        return [(C, "hi my order number is %s and it still hasnt arrived" % o), (A, "Thanks, order %s shows as dispatched on %d %s." % (o, rng.randrange(1, 29), MONTHS[rng.randrange(12)].capitalize()))], \
            "chat/retail: order number with reference word"
    return [(A, "have you got the order number there"), (C, "yeah order number %s" % speak(o, rng))], "call/retail: spoken order number"


def n_ticket(rng):
    ref = rng.choice(["ticket", "claim", "invoice", "reference", "case"])
    o = digits(rng, rng.choice([6, 7, 8]), True)
    if rng.random() < 0.5:
        return [(A, "your %s number is %s" % (ref, speak(o, rng, pairs=True))), (C, "okay let me write that down")], "call/insurance: spoken %s number" % ref
    return [(C, "%s no. %s - any update?" % (ref.capitalize(), o)), (A, "Checking %s %s now, it was raised on %02d/%02d/2026." % (ref, o, rng.randrange(1, 29), rng.randrange(1, 13)))], \
        "chat/insurance: %s number and raise date" % ref


def n_flight(rng):
    f = rng.choice(["EI", "BA", "FR", "UA", "DL"]) + str(rng.randrange(100, 9999))
    return [(C, "my flight %s was cancelled, it was meant to leave at %d:%02d" % (f, rng.randrange(1, 13), rng.choice([0, 15, 30, 45]))),
            (A, "Sorry about that. I can move you to the %d:%02d tomorrow, seat %d%s." % (rng.randrange(6, 22), rng.choice([5, 20, 40]), rng.randrange(1, 40), rng.choice("ABCDEF")))], \
        "chat/travel: flight number, times and seat"


def n_flight_call(rng):
    return [(A, "so that's flight e i %s departing at %s %s" % (speak(str(rng.randrange(100, 999)), rng), rng.choice(["ten", "eleven", "six"]), pair_words(str(rng.choice([15, 30, 45]))))),
            (C, "yeah and it's gate %s" % pair_words(str(rng.randrange(11, 60))))], "call/travel: spoken flight number, time and gate"


def n_appointment(rng):
    d = rng.randrange(1, 29)
    return [(A, "i can book an engineer for the %s of %s between eight and twelve" % (ORD[d], rng.choice(MONTHS))),
            (C, "that's fine the %s works" % ORD[d])], "call/telecom: appointment date and time window (not DOB)"


def n_meter(rng):
    r = digits(rng, 5, True)
    typed = rng.random() < .5
    return [(C, "meter reading is %s as of today" % (r if typed else speak(r, rng))), (A, "Thanks, that reading's been submitted. Your next bill is on the %s." % sfx(rng.randrange(1, 29)))], \
        "%s/utilities UK: meter reading and next bill date" % ("chat" if typed else "call")


def n_model(rng):
    m = rng.choice(["SM-G%d" % rng.randrange(900, 999), "iPhone %d" % rng.randrange(11, 16), "XR%d" % rng.randrange(100, 999), "HUB %d" % rng.randrange(2, 6)])
    return [(C, "my %s wont connect, router model %s" % (m, rng.choice(["TG%d" % rng.randrange(1000, 9999), "DSL-%d" % rng.randrange(100, 999)]))),
            (A, "Please hold the reset button for %d seconds and wait %d minutes." % (rng.randrange(5, 30), rng.randrange(2, 10)))], "chat/telecom: model numbers and durations"


def n_speed(rng):
    return [(C, "im only getting %d mbps and im paying for %d" % (rng.randrange(5, 60), rng.choice([100, 300, 500, 900]))),
            (A, "That's about %d%% of the advertised speed, I'll raise it." % rng.randrange(5, 40))], "chat/telecom: speeds and percentage"


def n_age_temp(rng):
    return [(C, "my son is %s and he's had a temperature of %s point %s all night" % (ONES[rng.randrange(2, 10)], pair_words(str(rng.randrange(37, 40))), ONES[rng.randrange(1, 10)])),
            (A, "okay and how many doses has he had in the last twenty four hours")], "call/healthcare billing: age and temperature"


def n_count(rng):
    return [(C, "i ordered %d chairs and %d tables but only %d arrived" % (rng.randrange(2, 12), rng.randrange(1, 4), rng.randrange(1, 5))),
            (A, "I'm sorry, I'll send the remaining items, it'll take %d-%d working days." % (3, 5))], "chat/retail: counts and durations"


def n_year_contract(rng):
    y = rng.randrange(2015, 2026)
    return [(A, "your contract started in %s %s and runs for twenty four months" % (rng.choice(MONTHS), year_words(y))),
            (C, "so it ends in %s then" % year_words(y + 2))], "call/telecom: contract start date and years"


def n_payment_date(rng):
    return [(C, "I paid on %02d/%02d/2026 the amount of EUR %d.%02d" % (rng.randrange(1, 29), rng.randrange(1, 13), rng.randrange(30, 500), rng.randrange(100))),
            (A, "I can see it, it was received on the %s." % sfx(rng.randrange(1, 29)))], "chat/utilities IE: payment date and euro amount"


def n_room(rng):
    r = rng.randrange(100, 950)
    return [(A, "you're in room %s on the %s floor" % (speak(str(r), rng, doubles=False), ORD[rng.randrange(1, 9)]) + " check in is from %s pm" % rng.choice(["two", "three", "four"])),
            (C, "great and breakfast is until ten thirty")], "call/travel: room number, floor and times"


def n_percent(rng):
    return [(A, "Your fixed rate is %d.%d%% for %d years, then %d.%02d%% variable." % (rng.randrange(2, 6), rng.randrange(10), rng.choice([2, 3, 5]), rng.randrange(4, 9), rng.randrange(100))),
            (C, "and the monthly repayment would be about £%d?" % rng.randrange(400, 1800))], "chat/banking: interest rates and repayment"


def n_long_amount(rng):
    return [(A, "the total outstanding is one thousand %s hundred and %s dollars" % (ONES[rng.randrange(1, 10)], pair_words(str(rng.randrange(21, 99))))),
            (C, "can i split that into %s payments" % ONES[rng.randrange(2, 7)])], "call/healthcare billing US: spoken large amount and count"


def n_time_duration(rng):
    return [(C, "i've been on hold for %s minutes since %s %s" % (pair_words(str(rng.randrange(21, 59))), rng.choice(["nine", "ten", "two"]), pair_words(str(rng.choice([15, 30, 45]))))),
            (A, "sorry about the wait we're open until eight tonight")], "call/government services: duration and times"


def n_tariff(rng):
    return [(C, "The unit rate went from %d.%dp to %d.%dp per kWh and standing charge is %dp a day" % (rng.randrange(20, 30), rng.randrange(10), rng.randrange(25, 35), rng.randrange(10), rng.randrange(40, 60))),
            (A, "Yes, the price cap changed on 1 %s." % rng.choice(["April", "October", "January", "July"]))], "chat/utilities UK: tariffs and price cap date"


def n_policy(rng):
    p = digits(rng, 8, True)
    return [(A, "can you give me the policy number"), (C, "yeah policy number %s" % speak(p, rng, pairs=True)),
            (A, "thanks and the excess on that policy is two hundred and fifty pounds")], "call/insurance: spoken policy number and excess"


def n_weight(rng):
    return [(C, "parcel weighs %d.%d kg and it's %dcm x %dcm" % (rng.randrange(1, 30), rng.randrange(10), rng.randrange(10, 90), rng.randrange(10, 90))),
            (A, "That's £%d.%02d for next-day delivery before %dam." % (rng.randrange(5, 40), rng.randrange(100), rng.choice([9, 10, 12])))], "chat/retail: weight, dimensions, price and time"


def n_plan(rng):
    return [(A, "the unlimited plan is %s ninety nine a month for %s months and you get %s gigs of roaming" % (pair_words(str(rng.randrange(21, 60))), rng.choice(["twelve", "eighteen", "twenty four"]), rng.choice(["ten", "twenty", "fifty"]))),
            (C, "and if i top up twenty euro on the fifth is that applied straight away")], "call/telecom IE: plan prices, durations, allowance and a payment day"


def n_delivery(rng):
    d = rng.randrange(1, 29)
    return [(C, "it said delivered on the %s of %s at %s %s but nothing came" % (ORD[d], rng.choice(MONTHS), rng.choice(["two", "four", "eleven"]), pair_words(str(rng.randrange(21, 59))))),
            (A, "sorry about that i'll open a trace it takes about forty eight hours")], "call/retail: delivery date and time, duration"


def n_usage(rng):
    return [(C, "I used %d,%03d minutes and %d.%d GB last month, is that right?" % (rng.randrange(1, 3), rng.randrange(1000), rng.randrange(2, 90), rng.randrange(10))),
            (A, "Yes, billing period %d %s to %d %s." % ((lambda d, m: (d, m, d - 1, {"Mar": "Apr", "Apr": "May", "May": "Jun"}[m]))(rng.randrange(2, 28), rng.choice(["Mar", "Apr", "May"]))))], "chat/telecom: usage quantities and billing period"


NEG_TEMPLATES = [
    (n_money, 8), (n_order, 9), (n_ticket, 9), (n_flight, 5), (n_flight_call, 4), (n_appointment, 6),
    (n_meter, 6), (n_model, 5), (n_speed, 4), (n_age_temp, 4), (n_count, 4), (n_year_contract, 5),
    (n_payment_date, 5), (n_room, 4), (n_percent, 5), (n_long_amount, 4), (n_time_duration, 4),
    (n_tariff, 4), (n_policy, 5), (n_weight, 4),
    (n_plan, 4), (n_delivery, 4), (n_usage, 4),
]


def build():
    rng = random.Random(SEED)
    b = Builder()
    pos = []
    for fn, n in POS_TEMPLATES:
        pos += [fn] * n
    rng.shuffle(pos)
    for fn in pos:
        turns, note = fn(rng)
        b.add("positive", turns, note)
    neg = []
    for fn, n in NEG_TEMPLATES:
        neg += [fn] * n
    rng.shuffle(neg)
    for fn in neg:
        turns, note = fn(rng)
        b.add("negative", turns, note)
    return b


def dump(b):
    return "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in b.cases)


# ---------------------------------------------------------------- validation
UK_PC = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$")
STREET_RE = re.compile(r"\b(street|st|road|rd|avenue|ave|drive|close|lane|way|crescent|grove|court|gardens|walk|place|boulevard|view|kingsway)\b", re.I)


def validate_value(typ, txt, n=None):
    if n is None:
        n = norm(txt)
    if typ == "EMAIL":
        e = re.sub(r"\s*\bat\b\s*", "@", txt.lower())
        e = re.sub(r"\s*\bdot\b\s*", ".", e)
        e = re.sub(r"\s*\bunderscore\b\s*", "_", e)
        e = re.sub(r"\s*\bdash\b\s*", "-", e)
        e = re.sub(r"\s+", "", e)
        e = re.sub(r"(fifty|sixty|seventy|eighty|ninety|forty|thirty|twenty|nineteen|oh|one|two|three|four|five|six|seven|eight|nine|zero|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen)", "9", e)
        return bool(re.fullmatch(r"[a-z0-9._-]+@[a-z0-9-]+(\.[a-z]{2,})+", e))
    if typ == "ADDRESS":
        first = txt.split()[0].lower()
        return bool(STREET_RE.search(txt)) and (first.isdigit() or first in ONES + TEENS + TENS + ["flat", "double", "triple"])
    if typ == "DOB":
        low = txt.lower()
        has_m = any(m in low for m in MONTHS)
        return has_m or bool(re.fullmatch(r"\d{6,8}", n))
    if typ == "EXPIRY":
        low = txt.lower()
        for i, m in enumerate(MONTHS):
            if m in low:
                return True
        return bool(re.fullmatch(r"(0?[1-9]|1[0-2])(20)?\d\d", n))
    if "?" in n:
        return False
    if typ == "CARD_NUMBER":
        return n.isdigit() and 13 <= len(n) <= 19 and luhn_ok(n)
    if typ == "CVV":
        return n.isdigit() and len(n) in (3, 4)
    if typ == "SSN":
        return n.isdigit() and len(n) == 9
    if typ == "NI_NUMBER":
        return bool(re.fullmatch(r"[A-CEGHJ-PR-TW-Z]{2}\d{6}[A-D]", n))
    if typ == "BANK_ACCOUNT":
        return n.isdigit() and 6 <= len(n) <= 17
    if typ == "SORT_CODE":
        return n.isdigit() and len(n) == 6
    if typ == "IBAN":
        return bool(re.fullmatch(r"[A-Z]{2}\d\d[A-Z0-9]{10,30}", n)) and mod97(n)
    if typ == "PHONE":
        return n.isdigit() and 10 <= len(n) <= 13
    if typ == "POSTCODE":
        return bool(UK_PC.match(n)) or bool(re.fullmatch(r"\d{5}(\d{4})?", n))
    return False


def check(b, text):
    problems = []
    if not CASES.exists() or CASES.read_text(encoding="utf-8") != text:
        problems.append("cases.jsonl differs from regenerated output")
    ids = [c["id"] for c in b.cases]
    if len(set(ids)) != len(ids):
        problems.append("duplicate ids")
    counts = {t: 0 for t in TYPES}
    for c, meta in zip(b.cases, b.meta):
        groups = {}
        last = {}
        for sp, g in zip(c["spans"], meta):
            t = c["turns"][sp["turn"]]["text"] if 0 <= sp["turn"] < len(c["turns"]) else None
            if t is None or not (0 <= sp["start"] < sp["end"] <= len(t)):
                problems.append("%s: span out of range" % c["id"])
                continue
            if sp["type"] not in TYPES:
                problems.append("%s: bad type" % c["id"])
            s, e = sp["start"], sp["end"]
            if (s > 0 and t[s - 1].isalnum()) or (e < len(t) and t[e].isalnum()) or t[s].isspace() or t[e - 1].isspace():
                problems.append("%s: span not on word boundary %r" % (c["id"], t[s:e]))
            prev = last.get(sp["turn"])
            if prev is not None and s < prev:
                problems.append("%s: overlapping spans" % c["id"])
            last[sp["turn"]] = e
            counts[sp["type"]] += 1
            if g is None:
                if not norm(t[s:e]).isdigit():
                    problems.append("%s: bad fragment %r" % (c["id"], t[s:e]))
            else:
                groups.setdefault(g, (sp["type"], []))[1].append(t[s:e])
        for g, (typ, parts) in groups.items():
            if typ in ("EMAIL", "ADDRESS", "DOB", "EXPIRY"):
                ok = all(validate_value(typ, p) for p in parts)
            else:
                ok = validate_value(typ, " ".join(parts), "".join(norm(p) for p in parts))
            if not ok:
                problems.append("%s: %s fails validation: %r -> %r" % (c["id"], typ, parts, norm(" ".join(parts))))
        if c["kind"] == "positive" and not c["spans"]:
            problems.append("%s: positive without spans" % c["id"])
    npos = sum(c["kind"] == "positive" for c in b.cases)
    nneg = len(b.cases) - npos
    if npos < 170 or nneg < 100:
        problems.append("too few cases: %d/%d" % (npos, nneg))
    for t, n in counts.items():
        need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
        if n < need:
            problems.append("type %s has %d spans < %d" % (t, n, need))
    if not README.exists() or README.read_text(encoding="utf-8") != readme(b):
        problems.append("README.md differs from regenerated output")
    return problems, counts, npos, nneg


def type_counts(b):
    counts = {t: 0 for t in TYPES}
    for c in b.cases:
        for sp in c["spans"]:
            counts[sp["type"]] += 1
    return counts


def readme(b):
    counts = type_counts(b)
    npos = sum(c["kind"] == "positive" for c in b.cases)
    nneg = len(b.cases) - npos
    rows = "\n".join("| %s | %d |" % (t, counts[t]) for t in TYPES)
    return """# pii_holdout47 - held-out PII redaction evaluation set

**Never use this set for tuning.** It is a held-out evaluation set: do not adjust the
redactor, its patterns or thresholds to make these cases pass.

## Who wrote it and how

Written by an AI helper acting as an independent author. The author did not see the
redaction code, its tests, its documentation, the benchmark script or any other PII
fixture; only a three-line example of the JSONL format. Cases are generated by
`scripts/make_pii_holdout47.py` (standard library only) from template functions; every
turn is assembled from plain-text segments and (value, TYPE) segments, so offsets are
computed, never typed. All values come from one `random.Random(%d)`; the output is
byte-for-byte reproducible. `python scripts/make_pii_holdout47.py --check` regenerates
and verifies the files, ids, offsets, word boundaries, non-overlap, counts, and validates
every value after normalising spoken forms (Luhn for cards, mod-97 for IBANs, NI format,
9 digits for SSN, 6 for sort codes, digit counts for CVV/phone/account, postcode shapes).

Cases cover typed chat (separators, case, typos) and phone calls as ASR text (lower case,
numbers as words, "oh"/"o"/"nought"/"zero", "double"/"triple", digit pairs like "forty one",
letters with phonetic words "b for bravo"/"b for bob", e-mails as "at"/"dot", values split
over turns with agent back-channels, self-corrections, agent read-backs, two values in
one turn, values next to money amounts and reference numbers), across banking, telecom,
utilities, retail, insurance, travel, healthcare billing, government services and payroll,
in the US, UK, Ireland and EU.

## Annotation conventions

* A span covers exactly the value: the digits/letters and any separators or spoken
  number words between them (including "double", "triple", "oh", "for bravo" phonetic
  words, "plus" of a country code, "at"/"dot" in e-mails). Lead-in words ("it's", "my
  card is", "sort code", "exp") and trailing chit-chat are outside the span.
* Filler words or chit-chat in the middle of a reading ("uh", "sorry the dog's going
  mad") are outside the spans: the value is labelled as two spans, one either side.
  Separator words that belong to the reading ("dash", "hyphen") are inside the span.
* ASR homophones that stand for digits or letters ("to"/"too" for two, "for" for four,
  "ate" for eight, "see"/"bee"/"dee"/"ay" for letters) are inside the span.
* A value split over several customer turns gets one span per turn, each covering that
  turn's piece. Agent read-backs are labelled as well.
* In self-corrections both the abandoned fragment and the corrected one are labelled
  (the abandoned fragment is still part of the personal value being dictated).
* ADDRESS is the street line: house/flat number and street name (with "Apt N" or
  "Flat N" where present); the town is not included; the postcode/ZIP is a separate
  POSTCODE span.
* DOB covers the whole date ("the fourth of july nineteen eighty two"); EXPIRY the whole
  month/year; CVV only the digits.
* Reference numbers (order, claim, ticket, policy), money, dates that are not birth dates,
  times, counts, etc. are never labelled; negative cases contain only such material.

## Counts

Positive cases: %d. Negative cases: %d.

| type | spans |
|---|---|
%s
""" % (SEED, npos, nneg, rows)


def main():
    b = build()
    text = dump(b)
    if "--check" in sys.argv[1:]:
        problems, counts, npos, nneg = check(b, text)
        print("cases: %d positive, %d negative" % (npos, nneg))
        for t in TYPES:
            print("  %-13s %d" % (t, counts[t]))
        for p in problems[:50]:
            print("PROBLEM:", p)
        if problems:
            print("CHECK FAILED: %d problem(s)" % len(problems))
            sys.exit(1)
        print("CHECK OK")
        return
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    CASES.write_text(text, encoding="utf-8")
    README.write_text(readme(b), encoding="utf-8")
    print("wrote %d cases to %s" % (len(b.cases), CASES))


if __name__ == "__main__":
    main()

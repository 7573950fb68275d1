#!/usr/bin/env python3
"""Generate the pii_holdout449 held-out PII evaluation set.

Written by an independent test author (AI helper) who did not see the
redaction engine.  Standard library only; one RNG seeded 449241125.

Usage:
    python scripts/make_pii_holdout449.py          # write cases.jsonl
    python scripts/make_pii_holdout449.py --check  # regenerate + verify
"""
import json
import os
import random
import re
import sys

SEED = 449241125
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "fixtures", "pii_holdout449", "cases.jsonl")

rng = random.Random(SEED)

# ---------------------------------------------------------------- helpers
UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo",
        "f": "foxtrot", "g": "golf", "h": "hotel", "j": "juliet", "k": "kilo",
        "l": "lima", "m": "mike", "n": "november", "p": "papa", "r": "romeo",
        "s": "sierra", "t": "tango", "w": "whiskey", "x": "x-ray", "y": "yankee",
        "z": "zulu", "u": "uniform", "i": "india", "o": "oscar", "q": "quebec", "v": "victor"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
       "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
       "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth",
       "twenty first", "twenty second", "twenty third", "twenty fourth", "twenty fifth",
       "twenty sixth", "twenty seventh", "twenty eighth"]
FILLERS = ["um", "uh", "er", "erm"]
BACKCH = ["mhm", "go on", "yep", "okay", "uh huh", "right", "yes go ahead", "got that", "mm"]


def ch(seq):
    return rng.choice(seq)


def digits(n):
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def zero_word():
    return rng.choices(["oh", "o", "nought", "zero"], [6, 1, 2, 3])[0]


def dword(d):
    return zero_word() if d == "0" else UNITS[int(d)]


def speak_single(s, doubles=True):
    out, i = [], 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        run = j - i
        if doubles and run >= 3 and rng.random() < 0.6:
            out.append("triple " + dword(s[i]))
            i += 3
        elif doubles and run >= 2 and rng.random() < 0.7:
            out.append("double " + dword(s[i]))
            i += 2
        else:
            out.append(dword(s[i]))
            i += 1
    return " ".join(out)


def speak_pair(p):
    a, b = p[0], p[1]
    if a == "0":
        return "double oh" if b == "0" else zero_word() + " " + UNITS[int(b)]
    if a == "1":
        return TEENS[int(b)]
    return TENS[int(a)] + ("" if b == "0" else " " + UNITS[int(b)])


def speak_hundreds(s):
    a, rest = s[0], s[1:]
    if a == "0":
        return speak_single(s)
    base = UNITS[int(a)] + " hundred"
    if rest == "00":
        return base
    if rest[0] == "0":
        return base + " and " + UNITS[int(rest[1])]
    return base + " and " + speak_pair(rest)


def speak_group(s, allow_pairs=True):
    r = rng.random()
    if len(s) == 3 and r < 0.3:
        return speak_hundreds(s)
    if len(s) % 2 == 0 and allow_pairs and r < 0.35:
        return " ".join(speak_pair(s[i:i + 2]) for i in range(0, len(s), 2))
    return speak_single(s, doubles=rng.random() < 0.7)


def speak_groups(groups, sep_choices=(", ", ", ", " ... ", ", ")):
    parts = []
    for k, g in enumerate(groups):
        parts.append(speak_group(g))
        if k < len(groups) - 1:
            sep = ch(sep_choices)
            if rng.random() < 0.15:
                sep = ", " + ch(FILLERS) + ", "
            parts.append(sep)
    return "".join(parts)


def speak_letter(c):
    c = c.lower()
    r = rng.random()
    if r < 0.35:
        return c + " for " + NATO[c]
    if r < 0.5:
        return NATO[c]
    return c


def speak_year(y):
    if 2000 <= y <= 2009:
        return "two thousand and " + UNITS[y - 2000] if y > 2000 else "two thousand"
    a, b = divmod(y, 100)
    first = speak_pair(str(a))
    return first + " " + (speak_pair("%02d" % b) if b else "hundred")


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


def make_card(length=None, prefix=None):
    if prefix is None:
        prefix = ch(["4", "4", "4", "51", "52", "53", "54", "55", "2221", "6011", "37", "34", "35"])
    if length is None:
        length = 15 if prefix in ("37", "34") else ch([16, 16, 16, 16, 16, 19, 13]) if prefix == "4" else 16
    body = prefix + digits(length - len(prefix) - 1)
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def non_luhn(n):
    while True:
        s = str(rng.randint(1, 9)) + digits(n - 1)
        if not luhn_ok(s):
            return s


def card_groups(c):
    if len(c) == 15:
        return [c[:4], c[4:10], c[10:]]
    return [c[i:i + 4] for i in range(0, len(c), 4)]


def fmt_card_typed(c):
    g = card_groups(c)
    st = rng.random()
    if st < 0.3:
        return " ".join(g)
    if st < 0.5:
        return "-".join(g)
    if st < 0.7:
        return c
    if st < 0.8:
        return "  ".join(g)
    if st < 0.9 and len(c) == 16:
        return " ".join([c[:8], c[8:]])
    return ".".join(g)


def make_ssn():
    area = rng.randint(1, 665)
    return "%03d%02d%04d" % (area, rng.randint(1, 99), rng.randint(1, 9999))


NI_FIRST = "ABCEGHJKLMNPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"


def make_ni():
    while True:
        p = ch(NI_FIRST) + ch(NI_SECOND)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            return p + digits(6) + ch("ABCD")


def iban_check(country, bban):
    rearr = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in rearr)
    return "%02d" % (98 - int(num) % 97)


def iban_ok(s):
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    rearr = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in rearr)) % 97 == 1


BANK_LETTERS = "ABCDEFGHJKLMNPRSTUWXYZ"


def make_iban():
    cty = ch(["GB", "GB", "IE", "DE", "NL", "ES", "FR"])
    if cty in ("GB", "IE"):
        bban = "".join(ch(BANK_LETTERS) for _ in range(4)) + digits(14)
    elif cty == "DE":
        bban = digits(18)
    elif cty == "NL":
        bban = "".join(ch(BANK_LETTERS) for _ in range(4)) + digits(10)
    elif cty == "ES":
        bban = digits(20)
    else:
        bban = digits(23)
    return cty + iban_check(cty, bban) + bban


def fmt_iban(i):
    st = rng.random()
    g = " ".join(i[k:k + 4] for k in range(0, len(i), 4))
    if st < 0.5:
        return g
    if st < 0.75:
        return i
    if st < 0.9:
        return g.lower()
    return i.lower()


def make_phone():
    kind = ch(["uk_mob", "uk_mob", "uk_land", "us", "us", "ie"])
    if kind == "uk_mob":
        nat = "07" + ch(["700", "911", "812", "723", "534", "456", "398"]) + digits(6)
        intl = "+44" + nat[1:]
    elif kind == "uk_land":
        area = ch(["20", "161", "113", "131", "117", "1632"])
        nat = "0" + area + digits(10 - len(area))
        intl = "+44" + nat[1:]
    elif kind == "ie":
        nat = "08" + ch("35679") + digits(7)
        intl = "+353" + nat[1:]
    else:
        nat = str(rng.randint(2, 9)) + digits(2) + str(rng.randint(2, 9)) + digits(6)
        intl = "+1" + nat
    return kind, nat, intl


def fmt_phone(kind, nat, intl, use_intl):
    if kind in ("uk_mob", "uk_land"):
        if use_intl:
            st = rng.random()
            if st < 0.4:
                return "+44 " + nat[1:5] + " " + nat[5:]
            if st < 0.7:
                return intl
            return "+44 (0)" + nat[1:5] + " " + nat[5:]
        return ch([nat[:5] + " " + nat[5:], nat, nat[:5] + "-" + nat[5:8] + "-" + nat[8:]])
    if kind == "ie":
        if use_intl:
            return ch(["+353 " + nat[1:3] + " " + nat[3:6] + " " + nat[6:], intl])
        return ch([nat[:3] + " " + nat[3:6] + " " + nat[6:], nat])
    if use_intl:
        return ch(["+1 " + nat[:3] + " " + nat[3:6] + " " + nat[6:], "+1-" + nat[:3] + "-" + nat[3:6] + "-" + nat[6:], intl])
    return ch([nat[:3] + "-" + nat[3:6] + "-" + nat[6:], nat[:3] + "." + nat[3:6] + "." + nat[6:], nat[:3] + " " + nat[3:6] + " " + nat[6:]])


def speak_phone(kind, nat, intl, use_intl):
    if use_intl:
        if kind == "us":
            head = "plus one"
            body = nat
        elif kind == "ie":
            head = "plus three five three"
            body = nat[1:]
        else:
            head = ch(["plus four four", "plus double four"])
            body = nat[1:]
        return head + ", " + speak_groups([body[:3], body[3:6], body[6:]])
    if kind == "us":
        return speak_groups([nat[:3], nat[3:6], nat[6:]])
    if kind == "ie":
        return speak_groups([nat[:3], nat[3:6], nat[6:]])
    return speak_groups([nat[:5], nat[5:8], nat[8:]])


FIRST = ["james", "sarah", "mohammed", "aoife", "priya", "tom", "gemma", "liam", "chloe",
         "daniel", "nia", "oisin", "marta", "kevin", "fatima", "ryan", "siobhan", "lukas",
         "emma", "dev", "grace", "hugo", "ines", "carl"]
LAST = ["smith", "okafor", "patel", "murphy", "jones", "kowalski", "nguyen", "byrne",
        "walsh", "garcia", "evans", "singh", "brennan", "taylor", "schmidt", "obrien",
        "hughes", "rossi", "khan", "doyle"]
DOMAINS = ["gmail.com", "outlook.com", "yahoo.co.uk", "hotmail.com", "icloud.com",
           "btinternet.com", "eircom.net", "gmx.de", "protonmail.com", "live.ie"]


def make_email():
    f, l = ch(FIRST), ch(LAST)
    st = rng.random()
    if st < 0.3:
        local = f + "." + l
    elif st < 0.5:
        local = f[0] + l + digits(2)
    elif st < 0.7:
        local = f + "_" + l
    elif st < 0.85:
        local = l + f[0] + str(rng.randint(1, 99))
    else:
        local = f + digits(3)
    return local + "@" + ch(DOMAINS)


def fmt_email_typed(e):
    r = rng.random()
    if r < 0.2:
        loc, dom = e.split("@")
        return loc.capitalize() + "@" + dom
    if r < 0.3:
        return e.upper()
    return e


def speak_email(e):
    loc, dom = e.split("@")
    toks = []

    def word(w):
        out = []
        for seg in re.findall(r"[a-z]+|\d+|[._-]", w):
            if seg == ".":
                out.append("dot")
            elif seg == "_":
                out.append("underscore")
            elif seg == "-":
                out.append("dash")
            elif seg.isdigit():
                out.append(" ".join(ch(["zero", "oh"]) if c == "0" else UNITS[int(c)] for c in seg))
            elif len(seg) <= 2:
                out.append(" ".join(speak_letter(c) if c not in "io" else c for c in seg))
            else:
                out.append(seg)
        return out
    toks += word(loc)
    toks.append("at")
    toks += word(dom)
    return " ".join(toks)


STREETS = ["elm road", "mill lane", "church street", "station road", "victoria avenue",
           "high street", "park drive", "kings road", "oak avenue", "maple street",
           "chestnut close", "harbour view", "main street", "willow crescent", "beech grove",
           "granby terrace", "linden way", "quarry hill", "abbey gardens", "pine court"]
TOWNS = ["Leeds", "Bristol", "Manchester", "Cork", "Galway", "Glasgow", "Cardiff",
         "Austin", "Denver", "Boston", "Norwich", "Belfast", "Dublin", "Portland"]


def num_words(n):
    if n < 10:
        return UNITS[n]
    if n < 100:
        return speak_pair("%02d" % n)
    return speak_hundreds("%03d" % n) if rng.random() < 0.6 else speak_single(str(n), doubles=False)


def make_address(spoken=False, us=False):
    num = rng.randint(1, 240) if not us else rng.randint(100, 9800)
    street = ch(STREETS)
    flat = rng.random() < 0.3
    if spoken:
        s = (("flat " + UNITS[rng.randint(1, 9)] + ", ") if flat else "")
        n = num_words(num) if num < 1000 else speak_pair(str(num)[:2]) + " " + speak_pair(str(num)[2:].rjust(2, "0"))
        return s + n + " " + street
    st = " ".join(w.capitalize() for w in street) if False else street.title()
    if rng.random() < 0.2:
        st = street
    pre = ""
    if flat:
        pre = ch(["Flat %d, " % rng.randint(1, 30), "Apt %d%s, " % (rng.randint(1, 20), ch("ABC")), "flat %d " % rng.randint(1, 12)])
    return pre + str(num) + " " + st


PC_L = "ABCEGHJKLMNPRSTUWY"


def make_postcode(us=False):
    if us:
        z = "%05d" % rng.randint(1001, 99950)
        return z + ("-" + digits(4) if rng.random() < 0.3 else "")
    out = ch(PC_L) + (ch(PC_L) if rng.random() < 0.7 else "") + str(rng.randint(1, 9))
    if rng.random() < 0.2:
        out += ch("ABEHJKMNPRSTUW")
    inward = str(rng.randint(0, 9)) + ch("ABDEFGHJLNPRSTUWXY") + ch("ABDEFGHJLNPRSTUWXY")
    return out + " " + inward


def fmt_postcode(p):
    r = rng.random()
    if r < 0.2:
        return p.lower()
    if r < 0.3:
        return p.replace(" ", "")
    return p


def speak_postcode(p):
    p = p.replace(" ", "").lower()
    if p.isdigit() or "-" in p:
        return speak_groups([p.replace("-", "")[:5]] + ([p[6:]] if "-" in p else []))
    out, inward = p[:-3], p[-3:]

    def sp(s):
        return " ".join(dword(c) if c.isdigit() else speak_letter(c) for c in s)
    return sp(out) + ", " + sp(inward)


def make_dob():
    return rng.randint(1938, 2005), rng.randint(1, 12), rng.randint(1, 28)


def fmt_dob_typed(y, m, d, us=False):
    r = rng.random()
    if us:
        return ch(["%02d/%02d/%d" % (m, d, y), "%s %d, %d" % (MONTHS[m - 1].title(), d, y), "%d-%02d-%02d" % (y, m, d)])
    if r < 0.35:
        return "%02d/%02d/%d" % (d, m, y)
    if r < 0.5:
        return "%d.%d.%02d" % (d, m, y % 100)
    if r < 0.75:
        return "%d%s %s %d" % (d, {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}.get(d, "th"), MONTHS[m - 1].title(), y)
    return "%d %s %d" % (d, MONTHS[m - 1][:3].title(), y)


def speak_dob(y, m, d):
    r = rng.random()
    if r < 0.4:
        return ORD[d] + " of " + MONTHS[m - 1] + " " + speak_year(y)
    if r < 0.7:
        return MONTHS[m - 1] + " " + ORD[d] + ", " + speak_year(y)
    return speak_single("%02d" % d) + ", " + speak_single("%02d" % m) + ", " + speak_year(y)


def make_expiry():
    return rng.randint(1, 12), rng.randint(25, 31)


def fmt_expiry_typed(m, y):
    return ch(["%02d/%02d" % (m, y), "%02d/20%02d" % (m, y), "%02d-%02d" % (m, y), "%d/%02d" % (m, y), "%02d%02d" % (m, y)])


def speak_expiry(m, y):
    r = rng.random()
    ys = speak_pair("%02d" % y)
    if r < 0.35:
        return speak_single("%02d" % m) + " " + ys
    if r < 0.55:
        return UNITS[m] + " " + ys if m < 10 else speak_pair("%02d" % m) + " " + ys
    if r < 0.8:
        return MONTHS[m - 1] + " " + ys
    return speak_single("%02d" % m) + " slash " + ys


def make_cvv(amex=False):
    return digits(4) if amex else digits(3)


# ------------------------------------------------------------- case model
class V:
    def __init__(self, typ, text, vid, role="full", canon=None):
        self.typ, self.text, self.vid, self.role, self.canon = typ, text, vid, role, canon


def render(turns):
    out_turns, spans, pieces = [], [], []
    for ti, (spk, parts) in enumerate(turns):
        text = ""
        for p in parts:
            if isinstance(p, V):
                st = len(text)
                text += p.text
                spans.append({"turn": ti, "start": st, "end": len(text), "type": p.typ})
                pieces.append((ti, st, len(text), p))
            else:
                text += p
        out_turns.append({"speaker": spk, "text": text})
    return out_turns, spans, pieces


CASES = []
META = []  # parallel list of pieces for --check


def add(kind, note, turns):
    t, s, pcs = render(turns)
    n = sum(1 for c in CASES if c["kind"] == kind) + 1
    cid = "h449-%s-%03d" % ("pos" if kind == "positive" else "neg", n)
    CASES.append({"id": cid, "kind": kind, "turns": t, "spans": s, "note": note})
    META.append(pcs)


_vid = [0]


def nv():
    _vid[0] += 1
    return _vid[0]


def C(*parts):
    return ("customer", list(parts))


def A(*parts):
    return ("agent", list(parts))


def split_spoken(groups, typ, vid, canon):
    """One customer turn per chunk of groups, agent back-channels between."""
    turns = []
    k = 0
    chunks = []
    while k < len(groups):
        n = ch([1, 2, 2])
        chunks.append(groups[k:k + n])
        k += n
    for i, c in enumerate(chunks):
        lead = ch(["", "", "", "it's ", "okay so ", "um, ", "then "]) if i == 0 else ch(["", "", "then ", "and ", "uh, "])
        tail = ch(["", "", "...", ","]) if i < len(chunks) - 1 else ch(["", ".", ""])
        turns.append(C(lead, V(typ, speak_groups(c), vid, "piece", canon), tail))
        if i < len(chunks) - 1:
            turns.append(A(ch(BACKCH)))
    return turns


INDUSTRY = ["bank", "mobile network", "energy supplier", "online shop", "insurer",
            "airline", "hospital billing office", "council tax office", "broadband provider",
            "car insurer", "water company", "travel agent"]


def order_distractor():
    """Long non-PII number in card rhythm, with label."""
    lab = ch(["order number", "reference", "ticket number", "tracking number", "invoice number",
              "claim reference", "booking ref", "policy number", "bill reference",
              "serial number", "case number"])
    return lab, non_luhn(ch([12, 14, 16, 16, 18]))


# ----------------------------------------------------------- positive cases
def pos_chat_card():
    c = make_card()
    vid = nv()
    m, y = make_expiry()
    cvv = make_cvv(len(c) == 15)
    lab, ref = order_distractor()
    refg = " ".join(ref[i:i + 4] for i in range(0, len(ref), 4))
    typo = ch(["card no:", "Card number -", "card num ", "crd number:", "the long number on the card is ", "CARD: ", "pan "])
    turns = [
        C(ch(["hi, ", "Hello ", "hiya ", ""]), "my %s is %s and I want to pay the outstanding balance of £%d.%02d" % (lab, refg, rng.randint(10, 900), rng.randint(0, 99))),
        A("Thanks. Please type the card details in the secure field, or here if you prefer."),
        C(typo, V("CARD_NUMBER", fmt_card_typed(c), vid, canon=c), ch([" exp ", " expiry ", ", expires ", " exp. date "]),
          V("EXPIRY", fmt_expiry_typed(m, y), nv()), ch([" cvv ", " sec code ", ", CVC: ", " cvv2 "]), V("CVV", cvv, nv(), canon=cvv)),
    ]
    if rng.random() < 0.5:
        turns.append(A("Thank you, payment taken from the card ending ", V("CARD_NUMBER", c[-4:], vid, "last4", c), ". Your %s %s is now settled." % (lab, ref)))
    else:
        turns.append(A("Great, that's gone through. Anything else today?"))
    add("positive", "typed chat card with expiry/cvv next to a labelled %s in card rhythm" % lab, turns)


def pos_call_card_split():
    c = make_card()
    vid = nv()
    groups = card_groups(c)
    turns = [A("thanks for calling the %s, can i take the long card number please" % ch(INDUSTRY)),
             C(ch(["yeah hang on", "one sec it's in my purse", "okay um", "right let me find it"]))]
    if rng.random() < 0.3:
        # restarted reading: fragment then restart
        frag = groups[0][:2] if rng.random() < 0.5 else groups[0]
        turns.append(C(V("CARD_NUMBER", speak_single(frag), vid, "frag", c), ch([" no wait, sorry, i've lost my place. ", " hang on, i misread that. ", " sorry, start again. "])))
        turns.append(A(ch(["no problem, from the start", "that's fine, go ahead", "okay from the beginning"])))
    turns += split_spoken(groups, "CARD_NUMBER", vid, c)
    if rng.random() < 0.6:
        rb = speak_groups(groups)
        turns.append(A(ch(["so that's ", "let me read that back, ", "i have "]), V("CARD_NUMBER", rb, vid, "full", c), ch([", correct?", " is that right", "?"])))
        turns.append(C(ch(["yes", "yep that's it", "correct"])))
    m, y = make_expiry()
    turns.append(A("and the expiry date"))
    turns.append(C(ch(["", "it's ", "um ", "expires "]), V("EXPIRY", speak_expiry(m, y), nv())))
    cvv = make_cvv(len(c) == 15)
    turns.append(A("and the three digits on the back" if len(cvv) == 3 else "and the four digit code on the front"))
    turns.append(C(ch(["", "it's ", "uh "]), V("CVV", speak_group(cvv), nv(), canon=cvv)))
    if rng.random() < 0.5:
        turns.append(A("lovely, and just so you know the payment of %s pounds will show in two to three working days" % num_words(rng.randint(20, 400))))
    add("positive", "ASR card reading split over customer turns with back-channels, expiry and cvv", turns)


def pos_last4_then_full():
    c = make_card()
    vid = nv()
    turns = [A("do you want to use the card we have on file or a new one"),
             C("a new one, i'll give you the full number"),
             A("go on"),
             C(V("CARD_NUMBER", speak_groups(card_groups(c)), vid, "full", c)),
             A("thank you so that's the card ending ", V("CARD_NUMBER", speak_single(c[-4:]), vid, "last4", c), ", and the expiry?")]
    m, y = make_expiry()
    turns.append(C(V("EXPIRY", speak_expiry(m, y), nv())))
    add("positive", "full card read, then agent confirms its last four (labelled because the full card was read in this case)", turns)


def pos_card_with_decoys():
    c = make_card()
    vid = nv()
    lab, ref = order_distractor()
    turns = [C("my %s is %s" % (lab, speak_groups([ref[i:i + 4] for i in range(0, len(ref), 4)]))),
             A("thanks, i've found the %s. how would you like to pay" % lab.split()[0]),
             C("on the card, ", V("CARD_NUMBER", speak_groups(card_groups(c)), vid, "full", c)),
             A("and the security code"),
             ]
    cvv = make_cvv(len(c) == 15)
    turns.append(C(V("CVV", speak_group(cvv), nv(), canon=cvv), ch([", and it's for %d pounds" % rng.randint(10, 99), "", ". my loyalty card is %s if you need it" % " ".join(speak_single(g) for g in card_groups(non_luhn(16)))])))
    add("positive", "spoken card beside an unlabelled-looking %s read in the same rhythm" % lab, turns)


def fmt_ssn_typed(s):
    return ch([s[:3] + "-" + s[3:5] + "-" + s[5:], s[:3] + " " + s[3:5] + " " + s[5:], s, s[:3] + "." + s[3:5] + "." + s[5:]])


def pos_ssn_chat():
    s = make_ssn()
    vid = nv()
    lab, ref = ch(["claim number", "member ID", "policy no", "case ref"]), digits(9)
    decoy = ref[:3] + "-" + ref[3:5] + "-" + ref[5:]
    turns = [A("To verify your identity I'll need your Social Security number."),
             C(ch(["ssn: ", "SSN is ", "social: ", "soc sec # ", "my ss# is "]), V("SSN", fmt_ssn_typed(s), vid, canon=s),
               ch([" and the %s is %s" % (lab, decoy), "", " (not the %s, that's %s)" % (lab, decoy)]))]
    if rng.random() < 0.4:
        turns.append(A("Thanks, I've verified the last four, ", V("SSN", s[5:], vid, "last4", s), ch([".", ", you're all set."])))
    add("positive", "typed US SSN with a %s in the same 3-2-4 shape" % lab, turns)


def pos_ssn_call():
    s = make_ssn()
    vid = nv()
    groups = [s[:3], s[3:5], s[5:]]
    turns = [A("can i get your social security number please"),
             C(ch(["sure", "okay", "yeah"]))]
    if rng.random() < 0.6:
        turns += split_spoken(groups, "SSN", vid, s)
    else:
        turns.append(C(ch(["it's ", "", "uh it's "]), V("SSN", speak_groups(groups), vid, "full", s)))
    if rng.random() < 0.5:
        turns.append(A("and that's ", V("SSN", speak_groups(groups), vid, "full", s), "?"))
        turns.append(C("yes"))
    y, m, d = make_dob()
    if rng.random() < 0.5:
        turns.append(A("and your date of birth"))
        turns.append(C(V("DOB", speak_dob(y, m, d), nv())))
    else:
        turns.append(A("thanks, your claim number is %s, write that down" % speak_groups([digits(3), digits(2), digits(4)])))
    add("positive", "spoken SSN (hundreds, doubles, splits) with readback; sometimes a claim number in SSN rhythm", turns)


def fmt_ni_typed(n):
    r = rng.random()
    if r < 0.3:
        t = n
    elif r < 0.6:
        t = "%s %s %s %s %s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8])
    elif r < 0.75:
        t = n[:2] + " " + n[2:8] + " " + n[8]
    else:
        t = "%s-%s-%s-%s-%s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8])
    return t.lower() if rng.random() < 0.25 else t


def pos_ni_chat():
    n = make_ni()
    vid = nv()
    decoy = "".join(ch(BANK_LETTERS) for _ in range(2)) + digits(6) + ch("ABCDEFGH")
    turns = [A("Could you confirm your National Insurance number?"),
             C(ch(["NI no: ", "ni number ", "NINO ", "my NI is ", "nat ins: "]), V("NI_NUMBER", fmt_ni_typed(n), vid, canon=n),
               ch(["", ". My payroll number is %s" % decoy, " - my employee ref is %s if that helps" % decoy, ""]))]
    if rng.random() < 0.3:
        turns.append(A("Thanks, your benefit reference is %s and your claim is being processed." % decoy))
    add("positive", "typed NI number; some with a payroll/employee ref shaped like an NI number", turns)


def speak_ni(n):
    return (speak_letter(n[0]) + " " + speak_letter(n[1]) + ", " +
            speak_groups([n[2:4], n[4:6], n[6:8]]) + ", " + speak_letter(n[8]))


def pos_ni_call():
    n = make_ni()
    vid = nv()
    turns = [A("and your national insurance number please")]
    if rng.random() < 0.5:
        turns.append(C(V("NI_NUMBER", speak_letter(n[0]) + " " + speak_letter(n[1]), vid, "piece", n)))
        turns.append(A(ch(BACKCH)))
        turns.append(C(V("NI_NUMBER", speak_groups([n[2:4], n[4:6]]), vid, "piece", n), "..."))
        turns.append(A(ch(BACKCH)))
        turns.append(C(V("NI_NUMBER", speak_groups([n[6:8]]) + ", " + speak_letter(n[8]), vid, "piece", n)))
    else:
        turns.append(C(ch(["it's ", "yeah it's ", "um "]), V("NI_NUMBER", speak_ni(n), vid, "full", n)))
    if rng.random() < 0.5:
        turns.append(A("just reading that back, ", V("NI_NUMBER", speak_ni(n), vid, "full", n)))
        turns.append(C("that's right"))
    if rng.random() < 0.5:
        turns.append(A("thanks, your reference for this call is %s %s %s" % (speak_letter(ch("HKRT")), speak_groups([digits(2), digits(2), digits(2)]), speak_letter("c"))))
    add("positive", "spoken NI number with NATO letters, possible split and readback; call reference decoy", turns)


def pos_bank_typed():
    sc = digits(6)
    ac = digits(8)
    turns = [A("Please send the sort code and account number for the refund."),
             C(ch(["sort code ", "s/c: ", "SC "]), V("SORT_CODE", ch([sc[:2] + "-" + sc[2:4] + "-" + sc[4:], sc, sc[:2] + " " + sc[2:4] + " " + sc[4:]]), nv(), canon=sc),
               ch([" acct no: ", ", account ", " a/c ", " account number: "]), V("BANK_ACCOUNT", ch([ac, ac[:4] + " " + ac[4:]]), nv(), canon=ac),
               ch(["", ". Refund amount was £%d.%02d" % (rng.randint(5, 300), rng.randint(0, 99)), ". Ref on the letter is %s" % digits(8)]))]
    add("positive", "typed UK sort code and account number with 8-digit non-PII reference", turns)


def pos_bank_spoken():
    sc = digits(6)
    ac = digits(8) if rng.random() < 0.7 else digits(10)
    v1, v2 = nv(), nv()
    turns = [A("what's the sort code"),
             C(V("SORT_CODE", speak_groups([sc[:2], sc[2:4], sc[4:]]), v1, "full", sc)),
             A("and the account number"),
             ]
    if rng.random() < 0.5:
        turns += split_spoken([ac[:4], ac[4:]] if len(ac) == 8 else [ac[:3], ac[3:6], ac[6:]], "BANK_ACCOUNT", v2, ac)
    else:
        turns.append(C(ch(["", "it's ", "erm "]), V("BANK_ACCOUNT", speak_groups([ac[:4], ac[4:]]), v2, "full", ac)))
    turns.append(A("thanks, so sort code ", V("SORT_CODE", speak_groups([sc[:2], sc[2:4], sc[4:]]), v1, "full", sc), ", and the refund of %s pounds goes there within five working days" % num_words(rng.randint(20, 300))))
    add("positive", "spoken sort code and account, agent read-back of sort code; account last four (not labelled)", turns)


def pos_iban():
    i = make_iban()
    vid = nv()
    lab = ch(["IBAN: ", "iban ", "my IBAN is ", "bank details IBAN ", "acct (IBAN) "])
    turns = [A("For the SEPA transfer we need your IBAN and BIC."),
             C(lab, V("IBAN", fmt_iban(i), vid, canon=i), ch([" BIC %s" % "".join(ch(BANK_LETTERS) for _ in range(8)), "", ". Invoice no. %s" % digits(10)]))]
    if rng.random() < 0.3:
        turns.append(A("Thanks, the refund of EUR %d.%02d will arrive in 3 to 5 working days." % (rng.randint(10, 900), rng.randint(0, 99))))
    add("positive", "typed IBAN (%s) with spacing/case variants" % i[:2], turns)


def pos_iban_spoken():
    i = make_iban()
    vid = nv()
    chunks = [i[k:k + 4] for k in range(0, len(i), 4)]

    def sp(chunk):
        return " ".join(speak_letter(c) if c.isalpha() else dword(c) for c in chunk)
    turns = [A("can you read me the iban"), C(V("IBAN", sp(chunks[0]), vid, "piece", i))]
    rest = chunks[1:]
    mid = len(rest) // 2
    turns.append(A(ch(BACKCH)))
    turns.append(C(V("IBAN", ", ".join(sp(c) for c in rest[:mid]), vid, "piece", i)))
    turns.append(A(ch(BACKCH)))
    turns.append(C(V("IBAN", ", ".join(sp(c) for c in rest[mid:]), vid, "piece", i)))
    add("positive", "spoken IBAN split over three turns", turns)


def pos_phone_typed():
    kind, nat, intl = make_phone()
    use = rng.random() < 0.5
    turns = [A("What's the best number to reach you on?"),
             C(ch(["tel: ", "mob ", "call me on ", "phone: ", "ph no. ", "cell "]), V("PHONE", fmt_phone(kind, nat, intl, use), nv(), canon=intl if use else nat),
               ch(["", " after 5pm", " (not the landline)", ". Order ref %s" % digits(11)]))]
    add("positive", "typed phone (%s, %s)" % (kind, "intl" if use else "national"), turns)


def pos_phone_spoken():
    kind, nat, intl = make_phone()
    use = rng.random() < 0.4
    vid = nv()
    turns = [A("and a contact number"),
             C(ch(["yeah it's ", "it's ", "um it's my mobile, ", ""]), V("PHONE", speak_phone(kind, nat, intl, use), vid, "full", intl if use else nat))]
    if rng.random() < 0.5:
        turns.append(A("thanks, i'll just read that back, ", V("PHONE", speak_phone(kind, nat, intl, use), vid, "full", intl if use else nat)))
        turns.append(C(ch(["yep", "that's it", "perfect"])))
    if rng.random() < 0.5:
        turns.append(A("we'll call between %s and %s" % (ch(["nine", "ten", "eleven"]), ch(["two", "four", "five"]))))
    add("positive", "spoken phone (%s), read back" % kind, turns)


def pos_email_typed():
    e = make_email()
    turns = [A("Which email should the receipt go to?"),
             C(ch(["email: ", "its ", "send to ", "e-mail ", ""]), V("EMAIL", fmt_email_typed(e), nv(), canon=e), ch(["", " thx", ". Ticket #%s" % digits(7)]))]
    add("positive", "typed email", turns)


def pos_email_spoken():
    e = make_email()
    vid = nv()
    turns = [A("and the email address"),
             C(ch(["it's ", "yeah it's ", ""]), V("EMAIL", speak_email(e), vid, "full", e))]
    if rng.random() < 0.5:
        turns.append(A("so that's ", V("EMAIL", speak_email(e), vid, "full", e), "?"))
        turns.append(C("yes"))
    add("positive", "ASR-spoken email with dot/at and spelled letters", turns)


def pos_dob():
    y, m, d = make_dob()
    us = rng.random() < 0.3
    spoken = rng.random() < 0.55
    turns = [A(ch(["can you confirm your date of birth", "and your DOB please", "what's the date of birth on the policy"]))]
    if spoken:
        turns.append(C(ch(["it's ", "", "uh, "]), V("DOB", speak_dob(y, m, d), nv())))
        turns.append(A("thanks, and your appointment is on the %s of %s at %s" % (ORD[rng.randint(1, 28)], ch(MONTHS), ch(["ten thirty", "two pm", "quarter past nine"]))))
    else:
        turns.append(C(ch(["dob ", "DOB: ", "born ", ""]), V("DOB", fmt_dob_typed(y, m, d, us), nv()), ch(["", ". Renewal due 01/%02d/2026" % rng.randint(1, 12), " and I'm %d" % (2025 - y)])))
    add("positive", "DOB (%s) next to appointment/renewal dates and ages" % ("spoken" if spoken else "typed"), turns)


def pos_address():
    us = rng.random() < 0.3
    spoken = rng.random() < 0.5
    town = ch(TOWNS)
    pc = make_postcode(us)
    turns = [A("and the address for the account please")]
    if spoken:
        a = make_address(True, us)
        turns.append(C(V("ADDRESS", a, nv()), ", %s" % town.lower()))
        turns.append(A(ch(BACKCH + ["and the postcode"] * 3)))
        turns.append(C(V("POSTCODE", speak_postcode(pc), nv(), canon=pc.replace(" ", "").replace("-", ""))))
    else:
        a = make_address(False, us)
        sep = ch([", ", " ", ",\n"])
        turns.append(C(V("ADDRESS", a, nv()), sep + town + (ch([", TX ", ", CO ", ", MA ", " OR "]) if us else ", "), V("POSTCODE", fmt_postcode(pc), nv(), canon=pc.replace(" ", "").replace("-", ""))))
    if rng.random() < 0.4:
        turns.append(A("thanks, the engineer will come via the %s, meter serial %s" % (ch(["A40", "M25", "B4632", "Route 9", "N11"]), digits(10))))
    add("positive", "%s address + postcode with town outside spans" % ("spoken" if spoken else "typed"), turns)


def pos_verification_mix():
    y, m, d = make_dob()
    pc = make_postcode(False)
    kind, nat, intl = make_phone()
    turns = [A("for security can i take your date of birth and postcode"),
             C(V("DOB", speak_dob(y, m, d), nv()), ", and it's ", V("POSTCODE", speak_postcode(pc), nv(), canon=pc.replace(" ", ""))),
             A("thank you, and is ", V("PHONE", speak_phone(kind, nat, intl, False), nv(), "full", nat), " still the best number"),
             C(ch(["yes", "yeah", "yes that's still my mobile"])),
             A("great, your customer reference is %s, and the bill of %s pounds is due on the %s" % (speak_groups([digits(4), digits(4)]), num_words(rng.randint(30, 250)), ORD[rng.randint(1, 28)]))]
    add("positive", "verification: DOB, postcode, phone readback; customer account number (internal ref, not bank) unlabelled", turns)


def pos_ni_ssn_card_combo():
    c = make_card()
    n = make_ni()
    v = nv()
    turns = [A("i'll need your national insurance number and then the card for the payment"),
             C(V("NI_NUMBER", speak_ni(n), nv(), "full", n)),
             A("thanks, and the card"),
             C(V("CARD_NUMBER", speak_groups(card_groups(c)), v, "full", c), ", " + ch(FILLERS) + ", that's a visa debit"),
             A("and your tax reference is %s, not to be confused with the card" % speak_groups([digits(4), digits(4), digits(4), digits(4)]))]
    add("positive", "NI then card, followed by a 16-digit tax reference in card rhythm (not PII)", turns)


def pos_card_aside():
    c = make_card()
    vid = nv()
    g = card_groups(c)
    turns = [A("the card number please"),
             C(V("CARD_NUMBER", speak_groups(g[:2]), vid, "piece", c), ch([" ... sorry the dog's barking ... ", " -- hang on, kids, quiet! -- ", " ... where was i, yeah ... "]),
               V("CARD_NUMBER", speak_groups(g[2:]), vid, "piece", c)),
             A("and the expiry")]
    m, y = make_expiry()
    turns.append(C(V("EXPIRY", speak_expiry(m, y), nv()), ch(["", " and the cvv is ", ", security number "]) ))
    if turns[-1][1][-1].strip():
        cvv = make_cvv(len(c) == 15)
        turns[-1][1].append(V("CVV", speak_group(cvv), nv(), canon=cvv))
    add("positive", "card reading with an aside in the middle of the same turn (two spans)", turns)


# ----------------------------------------------------------- negative cases
def neg_order_card_rhythm():
    lab, ref = order_distractor()
    g = [ref[i:i + 4] for i in range(0, len(ref), 4)]
    turns = [A("can i take the %s" % lab), C("yeah it's ", speak_groups(g)), A("thanks, that's %s" % " ".join(g)),
             C("and i paid with the card ending %s" % speak_single(digits(4)))]
    add("negative", "%s read digit by digit like a card, plus card last four" % lab, turns)


def neg_typed_refs():
    lab, ref = order_distractor()
    g = ch([" ".join(ref[i:i + 4] for i in range(0, len(ref), 4)), ref, "-".join(ref[i:i + 4] for i in range(0, len(ref), 4))])
    turns = [C("Hi, %s %s - the card ending %s was charged £%d.%02d twice." % (lab, g, digits(4), rng.randint(5, 999), rng.randint(0, 99))),
             A("Sorry about that. I've raised ticket %s and the refund of £%d.%02d will be back on the card in %d-%d working days." % (digits(8), rng.randint(5, 999), rng.randint(0, 99), rng.randint(2, 3), rng.randint(4, 7)))]
    add("negative", "typed long %s, card last four, amounts, ticket number" % lab, turns)


def neg_claim_ssn_shape():
    r = digits(9)
    turns = [A("do you have your claim number"), C("it's ", speak_groups([r[:3], r[3:5], r[5:]])),
             A("so claim %s-%s-%s, opened on the %s of %s" % (r[:3], r[3:5], r[5:], ORD[rng.randint(1, 28)], ch(MONTHS))),
             C("yes and i don't want to give my social over the phone")]
    add("negative", "claim number in SSN 3-2-4 rhythm, social mentioned but not given", turns)


def neg_ni_shaped_ref():
    r = ch(BANK_LETTERS) + ch(BANK_LETTERS) + digits(6) + ch("ABCD")
    turns = [A("have you got the reference from the letter"),
             C("yeah it's ", speak_letter(r[0]), " ", speak_letter(r[1]), ", ", speak_groups([r[2:4], r[4:6], r[6:8]]), ", ", speak_letter(r[8])),
             A("thanks, that's the case reference, i'll still need your national insurance number later but not today")]
    add("negative", "case reference with NI-number shape and NI words nearby", turns)


def neg_amounts_times():
    turns = [C("how much is my balance"),
             A("your balance is %s pounds and %s pence, the minimum payment is %d.%02d and it's due on the %s" % (num_words(rng.randint(100, 999)), num_words(rng.randint(1, 99)), rng.randint(5, 99), rng.randint(0, 99), ORD[rng.randint(1, 28)])),
             C("and what time are you open till"),
             A("we're open %s till %s monday to friday, the interest rate is %s point %s percent" % (ch(["eight", "nine"]), ch(["six", "eight", "eight thirty"]), num_words(rng.randint(3, 29)), UNITS[rng.randint(0, 9)]))]
    add("negative", "balances, amounts, opening hours, due dates, percentages", turns)


def neg_meter():
    m = digits(ch([5, 6, 8]))
    turns = [A("can you read me the meter"), C("it says ", speak_groups([m[:len(m) // 2], m[len(m) // 2:]])),
             A("and the meter serial number"), C("the serial is ", ch(["k", "e", "s"]), " ", speak_single(digits(8))),
             A("thanks, your next bill will be around %s pounds, that's %d kilowatt hours" % (num_words(rng.randint(40, 200)), rng.randint(100, 900)))]
    add("negative", "meter readings and serial numbers read like account numbers", turns)


def neg_travel():
    turns = [C("I'm on flight %s%s tomorrow, seat %d%s, gate %d" % (ch(["BA", "EI", "FR", "UA", "LH"]), rng.randint(100, 9999), rng.randint(1, 40), ch("ABCDEF"), rng.randint(1, 60))),
             A("Thanks, booking reference %s%s. Hotel room %d is confirmed for %d nights, check-in from %d pm." % ("".join(ch(BANK_LETTERS) for _ in range(3)), digits(3), rng.randint(101, 999), rng.randint(1, 9), rng.randint(2, 4))),
             C("and the e-ticket number is %s" % digits(13))]
    add("negative", "flight/seat/gate/room, booking ref, 13-digit e-ticket number", turns)


def neg_ages_temps():
    turns = [C("my son is %s and i'm %s, it's for the family plan" % (num_words(rng.randint(4, 17)), num_words(rng.randint(30, 60)))),
             A("okay, that's %d pounds a month for %s months, %d gigabytes of data" % (rng.randint(10, 60), ch(["twelve", "eighteen", "twenty four"]), rng.randint(5, 100))),
             C("the boiler's set to %s degrees and it's been off since %s" % (num_words(rng.randint(15, 70)), speak_year(rng.randint(2019, 2025))))]
    add("negative", "ages, prices, durations, temperatures, years", turns)


def neg_policy_spoken_card():
    p = non_luhn(16)
    turns = [A("and your policy number, it's on the front of the card we sent you"),
             C(speak_groups([p[i:i + 4] for i in range(0, 16, 4)])),
             A("lovely, policy %s, renewal on the %s of %s, premium %d pounds" % (p, ORD[rng.randint(1, 28)], ch(MONTHS), rng.randint(200, 1200)))]
    add("negative", "16-digit policy number from an insurance 'card', read like a card number", turns)


def neg_model_serial():
    turns = [C("The model number is %s-%s and serial %s" % ("".join(ch(BANK_LETTERS) for _ in range(2)), digits(4), digits(12))),
             A("Thanks. Warranty ends %02d/%02d/20%d and the repair job number is %s." % (rng.randint(1, 28), rng.randint(1, 12), rng.randint(25, 28), digits(9))),
             C("I'll be in between %d and %d." % (rng.randint(8, 11), rng.randint(12, 17)))]
    add("negative", "model/serial/job numbers and warranty date", turns)


def neg_tracking():
    t = "1Z" + "".join(ch(BANK_LETTERS) for _ in range(3)) + digits(11)
    turns = [C("tracking number %s, it says delivered but i got nothing" % t),
             A("I can see it left the depot at %d:%02d. Your order %s was %s items for £%d.%02d." % (rng.randint(6, 11), rng.randint(0, 59), digits(10), rng.randint(2, 9), rng.randint(10, 300), rng.randint(0, 99))),
             C("the parcel locker code was %s" % digits(6))]
    add("negative", "tracking number, order, times, 6-digit locker code (sort-code shaped)", turns)


def neg_roads():
    turns = [C("i live just off the %s near junction %d" % (ch(["M25", "A406", "N7", "I-95", "M50", "Route 66"]), rng.randint(1, 30))),
             A("okay, the outage affects postcodes in the whole area, estimated fix time %s hours" % num_words(rng.randint(2, 9))),
             C("it's been %d hours already, fault ref %s" % (rng.randint(2, 30), digits(8)))]
    add("negative", "road names, junctions, durations, fault ref", turns)


def neg_card_words_not_card():
    g = non_luhn(16)
    turns = [A("do you have your loyalty card number"), C("the loyalty card, yeah, ", speak_groups([g[i:i + 4] for i in range(0, 16, 4)])),
             A("great, you've got %d points, worth %s pounds" % (rng.randint(100, 9000), num_words(rng.randint(1, 90)))),
             C("and my bank card ending %s" % speak_single(digits(4)))]
    add("negative", "loyalty card number (not a payment card) in card rhythm", turns)


def neg_gift_card():
    g = non_luhn(19)
    turns = [C("Gift card no. %s PIN code on the back is scratched" % " ".join(g[i:i + 4] for i in range(0, 19, 4))),
             A("Thanks. That gift card has a balance of £%d.%02d and expires in %d months." % (rng.randint(1, 100), rng.randint(0, 99), rng.randint(6, 24)))]
    add("negative", "19-digit gift card number (store credit, labelled gift card)", turns)


def neg_npi_member():
    m = digits(10)
    turns = [A("what's the member id on your insurance card"), C("it's %s, group number %s" % (m, digits(6))),
             A("thank you, and the invoice from %s for %d dollars, date of service %s %d" % (ch(["the lab", "radiology", "the er"]), rng.randint(50, 3000), ch(MONTHS).title(), rng.randint(1, 28)))]
    add("negative", "healthcare billing: member ID/group number, amounts, service dates", turns)


def neg_council():
    r = digits(8)
    turns = [A("do you have the council tax account reference"), C("yeah hang on, ", speak_groups([r[:4], r[4:]])),
             A("thanks, band %s, %s pounds a year, ten instalments from april" % (ch("ABCDEFG"), num_words(rng.randint(1000, 2900) // 10)))]
    add("negative", "council tax reference (8 digits like an account number), band, amounts", turns)


NEG_FUNCS = [neg_order_card_rhythm, neg_typed_refs, neg_claim_ssn_shape, neg_ni_shaped_ref, neg_amounts_times,
             neg_meter, neg_travel, neg_ages_temps, neg_policy_spoken_card, neg_model_serial, neg_tracking,
             neg_roads, neg_card_words_not_card, neg_gift_card, neg_npi_member, neg_council]

POS_PLAN = [(pos_chat_card, 22), (pos_call_card_split, 24), (pos_last4_then_full, 8), (pos_card_with_decoys, 10),
            (pos_card_aside, 6), (pos_ni_ssn_card_combo, 6), (pos_ssn_chat, 14), (pos_ssn_call, 14),
            (pos_ni_chat, 12), (pos_ni_call, 14), (pos_bank_typed, 8), (pos_bank_spoken, 8), (pos_iban, 10),
            (pos_iban_spoken, 4), (pos_phone_typed, 10), (pos_phone_spoken, 10), (pos_email_typed, 7),
            (pos_email_spoken, 7), (pos_dob, 10), (pos_address, 14), (pos_verification_mix, 6)]


def build():
    del CASES[:]
    del META[:]
    _vid[0] = 0
    rng.seed(SEED)
    plan = []
    for f, n in POS_PLAN:
        plan += [f] * n
    rng.shuffle(plan)
    for f in plan:
        f()
    for i in range(112):
        NEG_FUNCS[i % len(NEG_FUNCS)]()
    return "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in CASES)


# ------------------------------------------------------------ validation
WORDNUM = {w: str(i) for i, w in enumerate(UNITS)}
WORDNUM.update({"oh": "0", "o": "0", "nought": "0", "zero": "0"})
TEENNUM = {w: str(10 + i) for i, w in enumerate(TEENS)}
TENNUM = {w: str(i) for i, w in enumerate(TENS) if w}
NATO_REV = {v: k for k, v in NATO.items()}
FILL = set(FILLERS) | {"slash", "dash", "hyphen", "space"}


def tokens(text):
    return re.findall(r"x-ray|[a-z]+|\d+|[,+@._\-]|\.\.\.", text.lower())


def normalise(text, alpha=False):
    """Normalise a spoken/typed value to its compact form."""
    t = tokens(text)
    out = []
    i = 0
    while i < len(t):
        w = t[i]
        nxt = t[i + 1] if i + 1 < len(t) else None
        if w in FILL or w in (",", "...", "-", ".", "and"):
            i += 1
            continue
        if w in ("double", "triple") and nxt is not None:
            n = 2 if w == "double" else 3
            v = WORDNUM.get(nxt, nxt if len(nxt) == 1 else None)
            if v is None:
                raise ValueError("bad double " + text)
            out.append(v * n)
            i += 2
            continue
        if w in WORDNUM and nxt == "hundred":
            val = int(WORDNUM[w]) * 100
            j = i + 2
            if j < len(t) and t[j] == "and":
                j += 1
            if j < len(t) and t[j] in TENNUM:
                val += int(TENNUM[t[j]]) * 10
                j += 1
                if j < len(t) and t[j] in WORDNUM and t[j] not in ("oh", "o", "nought", "zero"):
                    val += int(WORDNUM[t[j]])
                    j += 1
            elif j < len(t) and t[j] in TEENNUM:
                val += int(TEENNUM[t[j]])
                j += 1
            elif j < len(t) and t[j] in WORDNUM and t[j - 1] == "and":
                val += int(WORDNUM[t[j]])
                j += 1
            out.append("%03d" % val)
            i = j
            continue
        if w in TENNUM:
            if nxt in WORDNUM and nxt not in ("oh", "o", "nought", "zero"):
                out.append(TENNUM[w] + WORDNUM[nxt])
                i += 2
            else:
                out.append(TENNUM[w] + "0")
                i += 1
            continue
        if w in TEENNUM:
            out.append(TEENNUM[w])
            i += 1
            continue
        if w in WORDNUM and not (alpha and w == "o" and False):
            out.append(WORDNUM[w])
            i += 1
            continue
        if len(w) == 1 and w.isalpha() and nxt == "for" and i + 2 < len(t):
            out.append(w)
            i += 3
            continue
        if w in NATO_REV:
            out.append(NATO_REV[w])
            i += 1
            continue
        if w == "plus" or w == "+":
            out.append("+")
            i += 1
            continue
        out.append(w)
        i += 1
    return "".join(out).upper()


def norm_email(text):
    t = text.lower()
    if "@" in t:
        return t
    toks = t.split()
    out, i = [], 0
    while i < len(toks):
        w = toks[i]
        if w == "dot":
            out.append(".")
        elif w == "at":
            out.append("@")
        elif w == "underscore":
            out.append("_")
        elif w == "dash":
            out.append("-")
        elif w in ("double", "triple"):
            out.append(normalise(w + " " + toks[i + 1]).lower())
            i += 1
        elif w in WORDNUM and w not in ("o",):
            out.append(WORDNUM[w])
        elif len(w) == 1 and i + 2 < len(toks) and toks[i + 1] == "for":
            out.append(w)
            i += 2
        elif w in NATO_REV:
            out.append(NATO_REV[w])
        else:
            out.append(w)
        i += 1
    return "".join(out)


STREET_SUFFIX = r"(road|lane|street|avenue|drive|close|view|crescent|grove|terrace|way|hill|gardens|court)"


def validate_piece(p):
    typ, text = p.typ, p.text
    if typ == "EMAIL":
        e = norm_email(text)
        assert re.fullmatch(r"[a-z0-9._-]+@[a-z0-9-]+(\.[a-z0-9-]+)+", e), e
        return e
    if typ == "DOB":
        low = text.lower()
        assert re.search(r"\d{4}|\d{1,2}[./]\d{1,2}[./]\d{2}|nineteen|two thousand|twenty", low), text
        assert re.search(r"\d|" + "|".join(MONTHS) + "|" + "|".join(UNITS[1:]), low), text
        return None
    if typ == "ADDRESS":
        low = text.lower()
        assert re.search(r"\d|" + "|".join(UNITS[1:] + TEENS + TENS[2:]), low), text
        assert re.search(STREET_SUFFIX + r"$", low), text
        return None
    if typ == "EXPIRY":
        low = text.lower()
        for k, mn in enumerate(MONTHS):
            low = low.replace(mn, " %02d " % (k + 1))
        d = normalise(low)
        if len(d) == 6 and d[2:4] == "20":
            d = d[:2] + d[4:]
        if len(d) == 3:
            d = "0" + d
        assert re.fullmatch(r"\d{4}", d) and 1 <= int(d[:2]) <= 12, (text, d)
        return d
    n = normalise(text)
    if typ == "PHONE":
        n = normalise(text.replace("(0)", ""))
        assert re.fullmatch(r"\+?\d{10,13}", n), (text, n)
        return n
    return n


def value_check(typ, v):
    if typ == "CARD_NUMBER":
        assert re.fullmatch(r"\d{13,19}", v) and luhn_ok(v), v
    elif typ == "SSN":
        assert re.fullmatch(r"\d{9}", v) and v[:3] not in ("000", "666") and v[0] != "9" and v[3:5] != "00" and v[5:] != "0000", v
    elif typ == "NI_NUMBER":
        assert re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", v), v
    elif typ == "SORT_CODE":
        assert re.fullmatch(r"\d{6}", v), v
    elif typ == "BANK_ACCOUNT":
        assert re.fullmatch(r"\d{8,12}", v), v
    elif typ == "IBAN":
        assert iban_ok(v), v
    elif typ == "CVV":
        assert re.fullmatch(r"\d{3,4}", v), v
    elif typ == "POSTCODE":
        assert re.fullmatch(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}|\d{5}(\d{4})?", v), v
    elif typ == "PHONE":
        assert re.fullmatch(r"\+?\d{10,13}", v), v


def check(data):
    with open(OUT, encoding="utf-8") as f:
        disk = f.read()
    assert disk == data, "cases.jsonl is not byte-identical to a fresh regeneration"
    ids = set()
    counts = {}
    npos = nneg = 0
    for line, pcs in zip(disk.splitlines(), META):
        c = json.loads(line)
        assert c["id"] not in ids, c["id"]
        ids.add(c["id"])
        assert c["kind"] in ("positive", "negative")
        assert all(t["speaker"] in ("customer", "agent") for t in c["turns"])
        if c["kind"] == "negative":
            nneg += 1
            assert c["spans"] == [], c["id"]
        else:
            npos += 1
            assert c["spans"], c["id"]
        byturn = {}
        for s in c["spans"]:
            txt = c["turns"][s["turn"]]["text"]
            assert 0 <= s["start"] < s["end"] <= len(txt), c["id"]
            val = txt[s["start"]:s["end"]]
            assert val == val.strip() and (val[0].isalnum() or val[0] == "+") and val[-1].isalnum(), (c["id"], val)
            assert s["start"] == 0 or not txt[s["start"] - 1].isalnum(), (c["id"], val)
            assert s["end"] == len(txt) or not txt[s["end"]].isalnum(), (c["id"], val)
            byturn.setdefault(s["turn"], []).append((s["start"], s["end"]))
            counts[s["type"]] = counts.get(s["type"], 0) + 1
        for lst in byturn.values():
            lst.sort()
            for a, b in zip(lst, lst[1:]):
                assert a[1] <= b[0], (c["id"], "overlap")
        # value validation, grouped by value id
        groups = {}
        for ti, st, en, p in pcs:
            assert c["turns"][ti]["text"][st:en] == p.text
            groups.setdefault(p.vid, []).append(p)
        for vid, plist in groups.items():
            typ = plist[0].typ
            canon = plist[0].canon
            pieces = []
            for p in plist:
                n = validate_piece(p)
                if p.role == "full":
                    if n is not None:
                        value_check(typ, n)
                    if canon is not None:
                        cn = canon.upper() if typ != "EMAIL" else canon.lower()
                        assert n == cn, (c["id"], n, cn)
                elif p.role == "piece":
                    pieces.append(n)
                elif p.role == "frag":
                    assert canon.upper().startswith(n), (c["id"], n)
                elif p.role == "last4":
                    assert canon.endswith(n), (c["id"], n)
            if pieces:
                joined = "".join(pieces)
                value_check(typ, joined)
                assert joined == canon.upper(), (c["id"], joined, canon)
    assert npos >= 200 and nneg >= 100, (npos, nneg)
    assert counts.get("CARD_NUMBER", 0) >= 70 and counts.get("SSN", 0) >= 30 and counts.get("NI_NUMBER", 0) >= 30, counts
    for t in ("CVV", "EXPIRY", "BANK_ACCOUNT", "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"):
        assert counts.get(t, 0) >= 10, (t, counts)
    return npos, nneg, counts


def main():
    data = build()
    if "--check" in sys.argv:
        npos, nneg, counts = check(data)
        print("OK: %d positive, %d negative, spans by type:" % (npos, nneg))
        for k in sorted(counts):
            print("  %-12s %d" % (k, counts[k]))
        return
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(data)
    print("wrote %d cases to %s" % (len(CASES), OUT))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Generate the pii_holdout377 held-out PII evaluation set.

Written by an independent test author (AI helper) who never saw the
redaction engine.  Standard library only; a single RNG seeded 377241125.

Usage:
    python scripts/make_pii_holdout377.py          # write cases.jsonl
    python scripts/make_pii_holdout377.py --check  # regenerate + validate
"""
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "tests", "fixtures", "pii_holdout377", "cases.jsonl")

R = random.Random(377241125)


def ch(seq):
    return R.choice(seq)


def p(x):
    return R.random() < x


# --------------------------------------------------------------------------
# spoken-number rendering
# --------------------------------------------------------------------------
ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = {10: "ten", 11: "eleven", 12: "twelve", 13: "thirteen", 14: "fourteen", 15: "fifteen",
         16: "sixteen", 17: "seventeen", 18: "eighteen", 19: "nineteen"}
TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy", 8: "eighty", 9: "ninety"}
FILLERS = ["um", "uh", "er", "erm"]
UNIT_WORDS = set(ONES[1:])
TENS_WORDS = set(TENS.values())

CTX = {"uk": False}


def zero_word():
    if CTX["uk"]:
        return ch(["oh", "oh", "o", "zero", "nought"])
    return ch(["oh", "oh", "o", "zero"])


def dw(d):
    return zero_word() if d == "0" else ONES[int(d)]


def single_words(chunk):
    out = []
    i = 0
    while i < len(chunk):
        d = chunk[i]
        run = 1
        while i + run < len(chunk) and chunk[i + run] == d:
            run += 1
        if run >= 3 and p(0.6):
            out += ["triple", dw(d)]
            i += 3
        elif run >= 2 and p(0.6):
            out += ["double", dw(d)]
            i += 2
        else:
            out.append(dw(d))
            i += 1
    return out


def pair_words(pr):
    if pr[0] == "0":
        return [zero_word(), dw(pr[1])]
    n = int(pr)
    if n < 20:
        return [TEENS[n]]
    if n % 10 == 0:
        return [TENS[n // 10]]
    return [TENS[n // 10] + " " + ONES[n % 10]]


def triple_ok(t):
    return t[0] != "0" and not (t[2] == "0" and t[1] != "0")


def triple_words(t):
    head = [ONES[int(t[0])], "hundred"]
    rest = t[1:]
    if rest == "00":
        return head
    if rest[0] == "0":
        return head + ["and", ONES[int(rest[1])]]
    return head + ["and"] + pair_words(rest)


def chunk_words(chunk, style):
    if style == "single" or len(chunk) < 2:
        return single_words(chunk)
    if style == "hundreds" and len(chunk) == 3 and triple_ok(chunk):
        return triple_words(chunk)
    if style in ("pairs", "hundreds"):
        out = []
        i = 0
        if len(chunk) % 2 == 1:
            if len(chunk) == 3 and triple_ok(chunk) and p(0.5):
                return triple_words(chunk)
            out += single_words(chunk[0])
            i = 1
        while i < len(chunk):
            out += pair_words(chunk[i:i + 2])
            i += 2
        return out
    # mixed
    return chunk_words(chunk, ch(["single", "pairs"]))


def fix_tens(items):
    """A bare tens word directly before a unit word would merge on parsing.
    Scan right to left so a replacement is seen by the item before it."""
    out = list(items)
    for i in range(len(out) - 1, -1, -1):
        if out[i] in TENS_WORDS:
            j = i + 1
            while j < len(out) and (out[j] in (",", "...") or out[j] in FILLERS):
                j += 1
            if j < len(out) and out[j].split()[0] in UNIT_WORDS:
                t = [k for k, v in TENS.items() if v == out[i]][0]
                out[i:i + 1] = [ONES[t], "oh"]
    return out


def join_items(items):
    s = ""
    for t in items:
        if t in (",", "..."):
            s += t
        else:
            s += (" " if s else "") + t
    return s


def split_groups(digs, sizes):
    out, i = [], 0
    for n in sizes:
        out.append(digs[i:i + n])
        i += n
    if i < len(digs):
        out.append(digs[i:])
    return [g for g in out if g]


def spoken_digits(digs, sizes, style=None, filler=0.15, commas=0.5):
    groups = split_groups(digs, sizes)
    items = []
    for gi, g in enumerate(groups):
        st = style or ch(["single", "single", "pairs", "mixed", "hundreds"])
        if gi:
            if p(filler):
                if p(0.5):
                    items.append(",")
                items.append(ch(FILLERS))
            elif p(commas):
                items.append(",")
        items += chunk_words(g, st)
    return join_items(fix_tens(items))


def spoken_pieces(digs, sizes, style=None):
    """Each group rendered separately (for values split over turns)."""
    return [spoken_digits(g, [len(g)], style, filler=0) for g in split_groups(digs, sizes)]


def typed_digits(digs, sizes, sep=" "):
    return sep.join(split_groups(digs, sizes))


NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "f": "foxtrot",
        "g": "golf", "h": "hotel", "i": "india", "j": "juliet", "k": "kilo", "l": "lima",
        "m": "mike", "n": "november", "o": "oscar", "p": "papa", "q": "quebec", "r": "romeo",
        "s": "sierra", "t": "tango", "u": "uniform", "v": "victor", "w": "whiskey", "x": "xray",
        "y": "yankee", "z": "zulu"}
FOLK = {"a": ["apple", "alfie"], "b": ["bob", "bertie"], "c": ["cat", "charlie"], "d": ["dog", "david"],
        "e": ["edward", "eggs"], "h": ["harry", "henry"], "j": ["john", "jack"], "k": ["king", "kate"],
        "l": ["london", "lucy"], "m": ["mother", "mary"], "n": ["nancy", "nora"], "p": ["peter", "paul"],
        "r": ["robert", "roger"], "s": ["sugar", "sam"], "t": ["tommy", "tom"], "w": ["william", "wales"],
        "g": ["george"], "y": ["yellow"], "z": ["zebra"], "x": ["xylophone"]}


def spoken_letter(c, style):
    c = c.lower()
    if style == "nato":
        return NATO[c]
    if style == "for":
        w = NATO[c] if p(0.5) or c not in FOLK else ch(FOLK[c])
        return c + ch([" for ", " for ", " as in "]) + w
    return c


# --------------------------------------------------------------------------
# value generators
# --------------------------------------------------------------------------
def luhn_ok(s):
    tot = 0
    for i, d in enumerate(reversed(s)):
        n = int(d)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        tot += n
    return tot % 10 == 0


def luhn_complete(prefix, length):
    body = prefix + "".join(str(R.randrange(10)) for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def gen_card():
    k = ch(["visa", "visa", "visa", "mc", "mc", "amex", "disc", "visa13", "maestro19", "mc2"])
    if k == "visa":
        return luhn_complete("4", 16), [4, 4, 4, 4]
    if k == "mc":
        return luhn_complete(ch(["51", "52", "53", "54", "55"]), 16), [4, 4, 4, 4]
    if k == "mc2":
        return luhn_complete(ch(["2221", "2720", "2301"]), 16), [4, 4, 4, 4]
    if k == "amex":
        return luhn_complete(ch(["34", "37"]), 15), [4, 6, 5]
    if k == "disc":
        return luhn_complete("6011", 16), [4, 4, 4, 4]
    if k == "visa13":
        return luhn_complete("4", 13), [4, 4, 5]
    return luhn_complete(ch(["6759", "6304", "6221"]), 19), [4, 4, 4, 4, 3]


def gen_ssn():
    while True:
        a = R.randrange(1, 900)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, R.randrange(1, 100), R.randrange(1, 10000))


NI_FIRST = "ABCEGHJKLMNPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"


def gen_ni():
    while True:
        pre = ch(NI_FIRST) + ch(NI_SECOND)
        if pre not in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ"):
            break
    return pre + "".join(str(R.randrange(10)) for _ in range(6)) + ch("ABCD")


def aba_ok(s):
    w = [3, 7, 1] * 3
    return len(s) == 9 and sum(int(a) * b for a, b in zip(s, w)) % 10 == 0


def gen_routing():
    while True:
        body = ch(["0", "1", "2", "3"]) + "".join(str(R.randrange(10)) for _ in range(7))
        for c in "0123456789":
            if aba_ok(body + c):
                return body + c


def rdig(n, first_nonzero=True):
    s = str(R.randrange(1, 10)) if first_nonzero else str(R.randrange(10))
    return s + "".join(str(R.randrange(10)) for _ in range(n - 1))


def iban_check(country, bban):
    s = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in s)
    return "%02d" % (98 - int(num) % 97)


def iban_ok(s):
    s = s.upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    t = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in t)) % 97 == 1


def gen_iban():
    c = ch(["GB", "GB", "IE", "IE", "DE", "NL", "ES", "FR"])
    if c == "GB":
        bban = ch(["NWBK", "BARC", "MIDL", "LLYD", "HBUK"]) + rdig(6) + rdig(8, False)
    elif c == "IE":
        bban = ch(["AIBK", "IPBS", "ULSB"]) + rdig(6) + rdig(8, False)
    elif c == "DE":
        bban = rdig(18)
    elif c == "NL":
        bban = ch(["ABNA", "INGB", "TRNL"]) + rdig(10, False)
    elif c == "ES":
        bban = rdig(20)
    else:
        bban = rdig(23)
    return c + iban_check(c, bban) + bban


def gen_uk_postcode():
    return ch(["SW1A 1AA", "M1 1AE", "B33 8TH", "CR2 6XH", "DN55 1PT", "EC1A 1BB", "W1A 0AX",
               "LS2 7UE", "G12 8QQ", "BS8 1TH", "CF10 3AT", "EH1 2NG", "NE1 4ST", "L3 9PP",
               "RG1 8DN", "BT7 1NN", "KT22 7HP", "PE21 8YE", "N17 9LH", "E14 5AB"])


def gen_zip(plus4=None):
    z = "%05d" % R.randrange(1001, 99951)
    if plus4 is None:
        plus4 = p(0.5)
    return (z, "%04d" % R.randrange(1, 10000)) if plus4 else (z, None)


FIRST = ["james", "maria", "aoife", "tom", "priya", "darnell", "sinead", "wei", "fatima", "kevin",
         "lucy", "marcus", "hannah", "jose", "niamh", "raj", "olga", "ben", "chloe", "tyrone"]
LAST = ["walsh", "patel", "nguyen", "okafor", "murphy", "smith", "garcia", "kowalski", "brennan",
        "jackson", "reilly", "chen", "hughes", "delgado", "byrne", "fitzgerald", "turner", "ahmed"]
DOMAINS = [("gmail", "com"), ("yahoo", "com"), ("outlook", "com"), ("hotmail", "co.uk"),
           ("icloud", "com"), ("btinternet", "com"), ("eircom", "net"), ("comcast", "net"),
           ("aol", "com"), ("protonmail", "com"), ("sky", "com"), ("verizon", "net")]
US_STREETS = ["Maple Avenue", "Elm Street", "Sunset Boulevard", "Lakeview Drive", "Cedar Lane",
              "Washington Street", "Peachtree Road", "Willow Court", "Oak Ridge Parkway", "Pine Street"]
UK_STREETS = ["Hamilton Road", "Church Lane", "Victoria Street", "Meadow Close", "Kingsway",
              "Albert Terrace", "Orchard Grove", "Station Road", "Elmwood Crescent", "Mill Lane",
              "Highfield Avenue", "Queens Drive"]
IE_STREETS = ["Griffith Avenue", "Clontarf Road", "Main Street", "Ashgrove Lawn", "Father Griffin Road"]
US_TOWNS = ["Columbus, Ohio", "Tampa, FL", "Denver", "Austin, Texas", "Portland, OR", "Raleigh"]
UK_TOWNS = ["Leeds", "Croydon", "Bristol", "Manchester", "Glasgow", "Cardiff", "Reading"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december"]
ORD = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh",
       8: "eighth", 9: "ninth", 10: "tenth", 11: "eleventh", 12: "twelfth", 13: "thirteenth",
       14: "fourteenth", 15: "fifteenth", 16: "sixteenth", 17: "seventeenth", 18: "eighteenth",
       19: "nineteenth", 20: "twentieth", 30: "thirtieth"}


def ord_word(n):
    if n in ORD:
        return ORD[n]
    return TENS[n // 10] + " " + ORD[n % 10]


def num_words(n):
    """0..99 as words."""
    if n < 10:
        return ONES[n]
    if n < 20:
        return TEENS[n]
    return TENS[n // 10] + ("" if n % 10 == 0 else " " + ONES[n % 10])


def year_words(y):
    if 2000 <= y <= 2009:
        return "two thousand" + ("" if y == 2000 else " and " + ONES[y - 2000])
    hi, lo = divmod(y, 100)
    if lo == 0:
        return num_words(hi) + " hundred"
    if lo < 10:
        return num_words(hi) + " " + zero_word() + " " + ONES[lo]
    return num_words(hi) + " " + num_words(lo)


# --------------------------------------------------------------------------
# case builder
# --------------------------------------------------------------------------
class Case:
    def __init__(self, kind, note):
        self.kind = kind
        self.note = note
        self.turns = []     # list of (speaker, [segments])
        self.groups = []    # list of (type, [(turn, seg_idx), ...])

    def say(self, speaker, *segs):
        self.turns.append((speaker, list(segs)))
        return len(self.turns) - 1

    def c(self, *segs):
        return self.say("customer", *segs)

    def a(self, *segs):
        return self.say("agent", *segs)

    def build(self):
        turns, spans, where = [], [], {}
        for ti, (spk, segs) in enumerate(self.turns):
            text = ""
            for si, sg in enumerate(segs):
                if isinstance(sg, tuple):
                    val, typ, gid = sg
                    where[(ti, si)] = len(spans)
                    spans.append({"turn": ti, "start": len(text), "end": len(text) + len(val), "type": typ})
                    text += val
                else:
                    text += sg
            turns.append({"speaker": spk, "text": text})
        return turns, spans


GID = [0]


def V(val, typ, gid=None):
    """A labelled value segment. Pieces of one split value share a gid."""
    if gid is None:
        GID[0] += 1
        gid = GID[0]
    return (val, typ, gid)


def newgid():
    GID[0] += 1
    return GID[0]


BACK = ["mhm", "go on", "yep", "okay", "uh huh", "right", "yes", "got that", "keep going", "and then"]

INDUSTRY = {
    "bank": ["thanks for calling first national, this is {a}, how can i help", "Hi, you're chatting with {a} from Harbour Bank."],
    "telecom": ["thank you for calling brightwave mobile you're speaking with {a}", "Welcome to Nexa Broadband chat, {a} here."],
    "utility": ["good morning you're through to northern power and gas, {a} speaking", "Hello, this is {a} at ClearWater Utilities."],
    "retail": ["hi thanks for calling homestyle direct my name is {a}", "Hi there! {a} from ShopRight support."],
    "insurance": ["you're through to shield direct insurance, it's {a}", "Hello, {a} from Keystone Mutual claims."],
    "travel": ["thanks for calling skyline holidays you're speaking to {a}", "Hi, {a} at Atlantic Air customer care."],
    "health": ["mercy valley billing office this is {a}", "Patient accounts, {a} speaking."],
    "gov": ["hello you're through to the benefits helpline my name's {a}", "State Department of Revenue, this is {a}."],
}
AGENTS = ["dana", "craig", "sophie", "luis", "mel", "andre", "kerry", "ollie", "tanya", "siobhan"]


def opener(cs, ind=None, asr=True):
    ind = ind or ch(list(INDUSTRY))
    t = INDUSTRY[ind][0 if asr else 1].format(a=ch(AGENTS))
    if not asr:
        t = t[0].upper() + t[1:]
    cs.a(t)
    return ind


# --------------------------------------------------------------------------
# positive generators
# --------------------------------------------------------------------------
def card_typed(cs, num, sizes):
    style = R.randrange(7)
    if style == 0:
        return num
    if style == 1:
        return typed_digits(num, sizes, " ")
    if style == 2:
        return typed_digits(num, sizes, "-")
    if style == 3:
        return typed_digits(num, [6, len(num) - 6], " ")
    if style == 4:
        return typed_digits(num, [4, 4, 4, 4, 4], "  ")
    if style == 5:
        return typed_digits(num, [3, 4, 5, 5], " ")
    return typed_digits(num, sizes, ".")


def expiry_typed():
    m, y = R.randrange(1, 13), R.randrange(25, 32)
    return ch(["%02d/%02d" % (m, y), "%d/%d" % (m, y), "%02d/20%02d" % (m, y), "%02d-%02d" % (m, y),
               "%02d %02d" % (m, y)])


def expiry_spoken_str():
    m, y = R.randrange(1, 13), R.randrange(25, 32)
    k = R.randrange(5)
    mw = (zero_word() + " " + ONES[m]) if m < 10 else num_words(m)
    if k == 0:
        return mw + " " + num_words(y)
    if k == 1:
        return mw + " slash " + num_words(y)
    if k == 2:
        return MONTHS[m - 1] + " " + year_words(2000 + y)
    if k == 3:
        return MONTHS[m - 1] + " twenty " + num_words(y)
    return mw + " " + ONES[y // 10] + " " + ONES[y % 10]


def cvv_val(amex=False):
    return rdig(4 if amex else 3, False)


def pos_card_chat(cs):
    ind = opener(cs, asr=False)
    num, sizes = gen_card()
    lab = ch(["card no: ", "Card number - ", "cc# ", "my card is ", "CARD: ", "long number on card is ", "card nr "])
    cv = cvv_val(num[0] == "3")
    segs = [ch(["", "ok ", "Sure. ", "sure, "]) + lab, V(card_typed(cs, num, sizes), "CARD_NUMBER")]
    if p(0.6):
        segs += [ch([" exp ", ", expiry ", " exp. date ", "  valid thru "]), V(expiry_typed(), "EXPIRY")]
    if p(0.6):
        segs += [ch([" cvv ", ", CVC: ", " security code ", " and the 3 digits on the back are "]), V(cv, "CVV")]
    cs.c(*segs)
    cs.a(ch(["Thanks, processing that now.", "Got it, one moment while I run that.", "Thank you - the payment is going through."]))
    cs.note = "typed card details in chat (%s)" % ind


def pos_card_spoken(cs):
    CTX["uk"] = p(0.4)
    ind = opener(cs)
    num, sizes = gen_card()
    cs.c(ch(["yeah can i pay the balance on my card please", "i wanna make a payment", "i need to update my card on file"]))
    cs.a(ch(["of course, can i take the long card number please", "no problem what's the card number", "sure go ahead with the long number on the front"]))
    pre = ch(["yeah it's ", "okay so it's ", "", "right, ", "um it's "])
    if p(0.3):
        fs = spoken_digits(num[:2], [2], "single", 0)
        cs.c(pre, fs, ch(["... no hang on that's the old one. okay, ", " wait sorry wrong card, one sec. right, it's "]),
             V(spoken_digits(num, sizes, filler=0.25), "CARD_NUMBER"))
        note = "spoken card with restart (false start unlabelled)"
    else:
        cs.c(pre, V(spoken_digits(num, sizes, filler=0.25), "CARD_NUMBER"))
        note = "spoken card number, ASR"
    if p(0.6):
        cs.a(ch(["let me read that back, ", "so that's ", "okay i have "]), V(spoken_digits(num, sizes, "single", 0, 0.7), "CARD_NUMBER"),
             ch([", is that right", " correct?", ""]))
        cs.c(ch(["yes", "that's it", "yep"]))
        note += " + agent read-back"
    cs.a(ch(["and the expiry date", "what's the expiry on that", "expiry please"]))
    cs.c(ch(["", "it's ", "uh "]), V(expiry_spoken_str(), "EXPIRY"))
    if p(0.7):
        cs.a(ch(["and the three digit security code on the back", "last thing the cvv please", "and the security number"]))
        cs.c(ch(["", "it's ", "um "]), V(spoken_digits(cvv_val(num[0] == "3"), [4], "single", 0), "CVV"))
    cs.note = note + " (%s)" % ind
    CTX["uk"] = False


def pos_card_split(cs):
    CTX["uk"] = p(0.4)
    ind = opener(cs)
    num, sizes = gen_card()
    cs.a(ch(["go ahead with the card number when you're ready", "okay the card number please"]))
    gid = newgid()
    pieces = spoken_pieces(num, sizes)
    for i, pc in enumerate(pieces):
        lead = ch(["", "", "okay ", "then ", "uh "]) if i else ch(["", "it's ", "right so "])
        tail = ch(["", "", "...", ","]) if i < len(pieces) - 1 else ""
        if i == 1 and p(0.4):
            cs.c(lead, V(pc, "CARD_NUMBER", gid), ch([" hang on the kids are shouting... sorry.", " sorry the print's worn."]))
        else:
            cs.c(lead, V(pc, "CARD_NUMBER", gid), tail)
        if i < len(pieces) - 1:
            cs.a(ch(BACK))
    note = "card read in %d chunks over separate turns with back-channels" % len(pieces)
    if p(0.5):
        cs.a(ch(["thank you so that's ", "lovely, i've got "]), V(spoken_digits(num, sizes, ch(["single", "pairs"]), 0, 0.8), "CARD_NUMBER"))
        cs.c(ch(["yeah", "correct", "mm hm yes"]))
        note += " + full read-back"
    if p(0.5):
        cs.a("and expiry")
        cs.c(V(expiry_spoken_str(), "EXPIRY"))
    cs.note = note + " (%s)" % ind
    CTX["uk"] = False


def pos_card_aside(cs):
    ind = opener(cs)
    num, sizes = gen_card()
    cs.a("can i take the card number")
    g = split_groups(num, sizes)
    cut = R.randrange(1, len(g))
    gid = newgid()
    cs.c("yeah ", V(spoken_digits("".join(g[:cut]), [len(x) for x in g[:cut]]), "CARD_NUMBER", gid),
         ch([", sorry, let me just put my glasses on, right, ", " hold on the dog's going mad... okay, ", ", hang on, where was i, yeah "]),
         V(spoken_digits("".join(g[cut:]), [len(x) for x in g[cut:]]), "CARD_NUMBER", gid))
    cs.a(ch(["thank you", "great thanks"]))
    cs.note = "card reading interrupted by an aside in the same turn: two spans (%s)" % ind


def pos_card_email(cs):
    num, sizes = gen_card()
    nm = ch(FIRST).title()
    cs.c("Hi,\n\nPlease use my ", ch(["Visa", "Mastercard", "card", "AMEX", "debit card"]), " ",
         V(card_typed(cs, num, sizes), "CARD_NUMBER"), ch([" (exp ", " expiring "]), V(expiry_typed(), "EXPIRY"),
         ch([") for the renewal. ", ". "]), "The amount is $", "%d.%02d" % (R.randrange(20, 900), R.randrange(100)),
         ".\n\nThanks,\n" + nm)
    cs.a("Hi " + nm + ", thanks - for security please don't send card numbers by e-mail. We've processed it and deleted the message.")
    cs.note = "card in customer e-mail with amount nearby"


def pos_card_with_last4(cs):
    ind = opener(cs)
    num, sizes = gen_card()
    cs.c(ch(["i wanna pay with the card ending ", "use the one that ends in "]), V(num[-4:], "CARD_NUMBER", "L4"))
    cs.a(ch(["i can't see that one saved, can you give me the full number", "that one's expired on our side, can i take the full number"]))
    cs.c(V(spoken_digits(num, sizes), "CARD_NUMBER"))
    cs.note = "last four is labelled because the full card is read in the same case (%s)" % ind


def ssn_typed(s):
    k = R.randrange(8)
    return [s[:3] + "-" + s[3:5] + "-" + s[5:], s[:3] + " " + s[3:5] + " " + s[5:], s,
            s[:3] + "." + s[3:5] + "." + s[5:], s[:3] + "-" + s[3:5] + s[5:], s[:3] + "  " + s[3:5] + "-" + s[5:],
            s[:3] + "-" + s[3:6] + "-" + s[6:], s[:5] + " " + s[5:]][k]


SSN_GROUPINGS = [[3, 2, 4], [3, 2, 4], [3, 3, 3], [9], [5, 4], [4, 5], [1, 2, 2, 4], [3, 2, 2, 2], [2, 3, 4]]


def pos_ssn_typed(cs):
    opener(cs, ch(["bank", "health", "gov", "insurance"]), asr=False)
    s = gen_ssn()
    lab = ch(["SSN: ", "ssn is ", "Social: ", "ss# ", "social security number ", "SS No. ", "my soc is "])
    cs.a(ch(["To verify, can you confirm your Social Security number?", "I'll need your SSN to pull up the account."]))
    cs.c(ch(["", "sure ", "Ok - "]), lab, V(ssn_typed(s), "SSN"), ch(["", ".", " thanks", " (member since 2015)"]))
    cs.a("Thank you, you're verified.")
    cs.note = "typed SSN with label"


def pos_ssn_spoken(cs):
    ind = opener(cs, ch(["bank", "health", "gov", "insurance", "telecom"]))
    s = gen_ssn()
    gr = ch(SSN_GROUPINGS)
    cs.a(ch(["can i get your social security number please", "and for verification your social", "what's the social on the account"]))
    pre = ch(["yeah it's ", "sure, ", "", "okay um ", "my social is "])
    if p(0.25):
        bad = s[:3]
        cs.c(pre, spoken_digits(bad[:2], [2], "single", 0), ch(["... no wait that's my wife's. mine is ", " sorry let me start over, "]),
             V(spoken_digits(s, gr, filler=0.25), "SSN"))
        note = "spoken SSN with restart"
    else:
        cs.c(pre, V(spoken_digits(s, gr, filler=0.25), "SSN"))
        note = "spoken SSN grouped %s" % "-".join(map(str, gr))
    if p(0.5):
        cs.a(ch(["okay that's ", "i have ", "just confirming "]), V(spoken_digits(s, [3, 2, 4], "single", 0, 0.9), "SSN"))
        cs.c(ch(["yes ma'am", "correct", "yup"]))
        note += " + read-back"
    cs.note = note + " (%s)" % ind


def pos_ssn_split(cs):
    ind = opener(cs, ch(["health", "gov", "insurance", "bank"]))
    s = gen_ssn()
    gr = ch([[3, 2, 4], [3, 3, 3], [3, 2, 4], [5, 4]])
    cs.a("okay and the social")
    gid = newgid()
    pcs = spoken_pieces(s, gr)
    for i, pc in enumerate(pcs):
        cs.c(ch(["", "", "uh "]) if i else ch(["", "it's "]), V(pc, "SSN", gid))
        if i < len(pcs) - 1:
            cs.a(ch(BACK))
    cs.note = "SSN split over %d customer turns (%s)" % (len(pcs), ind)


def ni_typed(n):
    k = R.randrange(7)
    lo = n.lower() if p(0.3) else n
    return [lo, lo[:2] + " " + lo[2:4] + " " + lo[4:6] + " " + lo[6:8] + " " + lo[8],
            lo[:2] + lo[2:8] + " " + lo[8], lo[:2] + "-" + lo[2:8] + "-" + lo[8],
            lo[:2] + " " + lo[2:8] + " " + lo[8], lo[:2] + " " + lo[2:5] + " " + lo[5:8] + " " + lo[8],
            lo[0] + lo[1].lower() + lo[2:]][k]


def ni_spoken(n):
    st = ch(["plain", "plain", "nato", "for", "mix"])

    def L(c):
        return spoken_letter(c, ch(["plain", "nato", "for"]) if st == "mix" else st)
    dig = n[2:8]
    ds = spoken_digits(dig, ch([[2, 2, 2], [6], [3, 3]]), ch(["single", "pairs", None]), filler=0.2)
    return L(n[0]) + (", " if st == "for" else " ") + L(n[1]) + " " + ds + " " + L(n[8])


def pos_ni_typed(cs):
    opener(cs, ch(["gov", "bank", "utility", "insurance"]), asr=False)
    n = gen_ni()
    cs.a(ch(["Could you confirm your National Insurance number?", "What's your NI number please?"]))
    cs.c(ch(["", "its ", "NI: ", "NINO - ", "national insurance no. ", "it is "]), V(ni_typed(n), "NI_NUMBER"),
         ch(["", ".", " thx", " if that helps"]))
    cs.note = "typed NI number"


def pos_ni_spoken(cs):
    CTX["uk"] = True
    ind = opener(cs, ch(["gov", "bank", "utility", "insurance", "health"]))
    n = gen_ni()
    cs.a(ch(["can i take your national insurance number", "and your n i number please", "national insurance number when you're ready"]))
    cs.c(ch(["yeah it's ", "", "er it's ", "right, "]), V(ni_spoken(n), "NI_NUMBER"))
    note = "spoken NI number"
    if p(0.5):
        cs.a(ch(["so that's ", "thank you, "]), V(ni_spoken(n), "NI_NUMBER"), ch(["", " yeah?"]))
        cs.c("that's right")
        note += " + read-back"
    cs.note = note + " (%s)" % ind
    CTX["uk"] = False


def pos_ni_split(cs):
    CTX["uk"] = True
    ind = opener(cs, "gov")
    n = gen_ni()
    cs.a("national insurance number please")
    gid = newgid()
    st = ch(["plain", "for", "nato"])
    cs.c(ch(["it's ", "okay "]), V(spoken_letter(n[0], st) + " " + spoken_letter(n[1], st), "NI_NUMBER", gid))
    cs.a(ch(BACK))
    cs.c(V(spoken_digits(n[2:5], [3], filler=0), "NI_NUMBER", gid))
    cs.a(ch(BACK))
    cs.c(V(spoken_digits(n[5:8], [3], filler=0), "NI_NUMBER", gid), ch([" and then ", " and the last letter is ", ", "]),
         V(spoken_letter(n[8], st), "NI_NUMBER", gid))
    cs.a("lovely thank you")
    cs.note = "NI number split across turns; final letter in same turn as digits but separated by words (%s)" % ind
    CTX["uk"] = False


def pos_us_bank(cs):
    asr = p(0.5)
    ind = opener(cs, ch(["bank", "utility", "health", "gov", "insurance"]), asr=asr)
    rt, acct = gen_routing(), rdig(R.randrange(8, 13), False)
    if asr:
        cs.a("for the direct debit i'll need the routing number and account number")
        cs.c(ch(["okay routing is ", "the routing number's ", "uh routing "]),
             V(spoken_digits(rt, ch([[3, 3, 3], [9], [4, 4, 1], [2, 3, 4]]), filler=0.2), "BANK_ACCOUNT"))
        cs.a(ch(BACK))
        cs.c(ch(["and the account is ", "account number ", "checking account "]),
             V(spoken_digits(acct, ch([[3, 3, 4], [4, 4, 4], [len(acct)]]), filler=0.2), "BANK_ACCOUNT"))
        if p(0.5):
            cs.a("reading back the account, ", V(spoken_digits(acct, [len(acct)], "single", 0), "BANK_ACCOUNT"))
            cs.c("yep")
        cs.note = "US routing + account spoken (routing labelled BANK_ACCOUNT) (%s)" % ind
    else:
        cs.c(ch(["Routing: ", "ABA ", "RTN# "]), V(rt, "BANK_ACCOUNT"), ch([" / Acct: ", "\nacct no: ", ", account # ", " checking "]),
             V(acct if p(0.5) else typed_digits(acct, [4, 4, 4], "-"), "BANK_ACCOUNT"))
        cs.a("Thanks, the autopay is set up.")
        cs.note = "US routing + account typed (routing labelled BANK_ACCOUNT) (%s)" % ind


def pos_uk_bank(cs):
    CTX["uk"] = True
    asr = p(0.6)
    ind = opener(cs, ch(["bank", "utility", "telecom", "gov"]), asr=asr)
    sc, acct = rdig(6), rdig(8, False)
    if asr:
        cs.a("can i take the sort code and account number for the direct debit")
        scs = ch([spoken_digits(sc, [2, 2, 2], "pairs", 0, 0.6), spoken_digits(sc, [2, 2, 2], "single", 0.2),
                  spoken_digits(sc, [6], "single", 0)])
        cs.c(ch(["sort code is ", "yeah sort code ", ""]), V(scs, "SORT_CODE"))
        cs.a(ch(BACK))
        if p(0.5):
            gid = newgid()
            a1, a2 = acct[:4], acct[4:]
            cs.c(ch(["account number ", "and the account's "]), V(spoken_digits(a1, [4], filler=0), "BANK_ACCOUNT", gid))
            cs.a(ch(BACK))
            cs.c(V(spoken_digits(a2, [4], filler=0), "BANK_ACCOUNT", gid))
            cs.note = "UK sort code + account split over turns (%s)" % ind
        else:
            cs.c(ch(["account number ", "and the account's "]), V(spoken_digits(acct, [4, 4], filler=0.2), "BANK_ACCOUNT"))
            cs.note = "UK sort code + account spoken (%s)" % ind
    else:
        cs.c(ch(["S/C ", "sort code: ", "Sort code "]), V(ch([sc[:2] + "-" + sc[2:4] + "-" + sc[4:], sc, sc[:2] + " " + sc[2:4] + " " + sc[4:]]), "SORT_CODE"),
             ch([" acc ", ", acct no: ", " a/c "]), V(acct, "BANK_ACCOUNT"))
        cs.note = "UK sort code + account typed (%s)" % ind
    CTX["uk"] = False


def iban_spoken(ib):
    out = []
    st = ch(["plain", "for", "nato"])
    i = 0
    items = []
    while i < len(ib):
        c = ib[i]
        if c.isalpha():
            items.append(spoken_letter(c, st if p(0.7) else "plain"))
            i += 1
        else:
            j = i
            while j < len(ib) and ib[j].isdigit():
                j += 1
            items.append(spoken_digits(ib[i:j], [4] * 10, filler=0.1))
            i = j
    return " ".join(items)


def pos_iban(cs):
    ib = gen_iban()
    CTX["uk"] = ib[:2] in ("GB", "IE")
    asr = p(0.5)
    ind = opener(cs, ch(["bank", "travel", "retail", "insurance"]), asr=asr)
    if asr:
        cs.a("what's the iban for the refund")
        cs.c(ch(["okay it's ", "right, ", "", "uh "]), V(iban_spoken(ib), "IBAN"))
        cs.note = "spoken IBAN %s (%s)" % (ib[:2], ind)
    else:
        t = " ".join(ib[i:i + 4] for i in range(0, len(ib), 4)) if p(0.6) else ib
        if p(0.3):
            t = t.lower()
        cs.c(ch(["IBAN: ", "Please refund to ", "my iban is ", "Account (IBAN) "]), V(t, "IBAN"), ch(["", ".", " - thanks!"]))
        cs.note = "typed IBAN %s (%s)" % (ib[:2], ind)
    CTX["uk"] = False


def gen_phone():
    k = ch(["us", "us", "us", "us_intl", "uk_mob", "uk_land", "uk_intl", "ie"])
    if k == "us":
        a, n = ch(["212", "415", "312", "617", "404", "713", "503", "919"]), "555" + "%04d" % R.randrange(100, 200)
        return k, a + n
    if k == "us_intl":
        return k, "1" + ch(["646", "305", "206"]) + "555" + "%04d" % R.randrange(100, 200)
    if k == "uk_mob":
        return k, "07700900" + "%03d" % R.randrange(1000)
    if k == "uk_land":
        return k, ch(["02079460", "01134960", "01614960"]) + "%03d" % R.randrange(1000)
    if k == "uk_intl":
        return k, "447700900" + "%03d" % R.randrange(1000)
    return k, "353" + ch(["87", "86", "85"]) + rdig(7)


def phone_typed(k, d):
    """returns (prefix_punct, value)"""
    if k == "us":
        return ch([("(", d[:3] + ") " + d[3:6] + "-" + d[6:]), ("", d[:3] + "-" + d[3:6] + "-" + d[6:]),
                   ("", d[:3] + "." + d[3:6] + "." + d[6:]), ("", d)])
    if k == "us_intl":
        return ch([("+", d[0] + " " + d[1:4] + " " + d[4:7] + " " + d[7:]), ("+", d[0] + "-" + d[1:4] + "-" + d[4:7] + "-" + d[7:]),
                   ("", d[0] + " (" + d[1:4] + ") " + d[4:7] + "-" + d[7:])])
    if k == "uk_mob":
        return ch([("", d[:5] + " " + d[5:]), ("", d), ("", d[:5] + " " + d[5:8] + " " + d[8:])])
    if k == "uk_land":
        return ch([("", d[:3] + " " + d[3:7] + " " + d[7:]), ("(", d[:3] + ") " + d[3:7] + " " + d[7:])])
    if k == "uk_intl":
        return ch([("+", d[:2] + " " + d[2:6] + " " + d[6:]), ("+", d[:2] + " (0)" + d[2:6] + " " + d[6:]), ("", "00" + d)])
    return ch([("+", d[:3] + " " + d[3:5] + " " + d[5:8] + " " + d[8:]), ("", "00" + d[:3] + " " + d[3:5] + " " + d[5:])])


def phone_spoken(k, d):
    if k == "us":
        return spoken_digits(d, [3, 3, 4], filler=0.15)
    if k == "us_intl":
        return ch(["plus one ", "one "]) + spoken_digits(d[1:], [3, 3, 4], filler=0.1)
    if k in ("uk_mob",):
        return spoken_digits(d, ch([[5, 6], [5, 3, 3], [4, 3, 4]]), "single", 0.15)
    if k == "uk_land":
        return spoken_digits(d, [3, 4, 4], "single", 0.15)
    if k == "uk_intl":
        return "plus " + spoken_digits(d, [2, 4, 6], "single", 0.1)
    return "plus " + spoken_digits(d, [3, 2, 3, 4], "single", 0.1)


def pos_phone(cs):
    k, d = gen_phone()
    CTX["uk"] = k.startswith("uk") or k == "ie"
    asr = p(0.55)
    ind = opener(cs, asr=asr)
    ext = p(0.3) and k.startswith("us")
    if asr:
        cs.a(ch(["what's the best number to reach you on", "and a contact number", "can i get a callback number"]))
        segs = [ch(["yeah it's ", "", "my cell is ", "you can get me on ", "um "]), V(phone_spoken(k, d), "PHONE")]
        if ext:
            segs += [ch([" extension ", " ext ", ", and then extension "]), num_words(R.randrange(10, 99)) + " " + ONES[R.randrange(1, 10)]]
        cs.c(*segs)
        note = "spoken phone %s" % k
        if p(0.5):
            cs.a("that's ", V(phone_spoken(k, d), "PHONE"), "?")
            cs.c("yes")
            note += " + read-back"
    else:
        pre, val = phone_typed(k, d)
        segs = [ch(["call me on ", "Tel: ", "phone ", "mobile: ", "cell ", "Best # is "]) + pre, V(val, "PHONE")]
        if ext:
            segs += [ch([" ext. ", " x", " ext "]), str(R.randrange(100, 9999))]
        segs.append(ch(["", " after 5pm", ".", " - work number"]))
        cs.c(*segs)
        note = "typed phone %s" % k
    if ext:
        note += "; extension outside the span"
    cs.note = note + " (%s)" % ind
    CTX["uk"] = False


def gen_email():
    f, l = ch(FIRST), ch(LAST)
    dom, tld = ch(DOMAINS)
    sep = ch([".", "_", "", "-"])
    num = str(R.randrange(1, 99)) if p(0.5) else ""
    local = ch([f + sep + l, f[0] + sep + l, f + l[0], l + sep + f]) + num
    return local, dom, tld


def email_spoken(local, dom, tld):
    out = []
    for part in re.findall(r"[a-z]+|\d+|[._-]", local):
        if part == ".":
            out.append("dot")
        elif part == "_":
            out.append("underscore")
        elif part == "-":
            out.append(ch(["dash", "hyphen"]))
        elif part.isdigit():
            out.append(spoken_digits(part, [2], ch(["single", "pairs"]), 0, 0))
        elif len(part) == 1:
            out.append(spoken_letter(part, ch(["plain", "plain", "for"])))
        elif p(0.25):
            out.append(part + ", " + " ".join(part))
        else:
            out.append(part)
    out += ["at", dom, "dot", " dot ".join(tld.split("."))]
    return " ".join(out)


def pos_email(cs):
    local, dom, tld = gen_email()
    asr = p(0.55)
    ind = opener(cs, asr=asr)
    if asr:
        cs.a(ch(["and an email address for the confirmation", "what email should we send that to"]))
        cs.c(ch(["yeah it's ", "", "it's uh ", "sure "]), V(email_spoken(local, dom, tld), "EMAIL"))
        if p(0.4):
            cs.a("so ", V(email_spoken(local, dom, tld), "EMAIL"))
            cs.c("yeah that's it")
        cs.note = "spoken e-mail (%s)" % ind
    else:
        e = local + "@" + dom + "." + tld
        k = R.randrange(3)
        if k == 1:
            e = e[0].upper() + e[1:]
        elif k == 2:
            e = local.title() + "@" + dom.title() + "." + tld
        cs.c(ch(["email: ", "pls send it to ", "My email is ", "e-mail ", "contact - "]), V(e, "EMAIL"),
             ch(["", ".", " thanks", ", not the old one"]))
        cs.note = "typed e-mail (%s)" % ind


def dob_str(asr):
    y, m, d = R.randrange(1938, 2006), R.randrange(1, 13), R.randrange(1, 29)
    if not asr:
        return ch(["%02d/%02d/%d" % (d, m, y), "%02d/%02d/%d" % (m, d, y), "%d-%02d-%02d" % (y, m, d),
                   "%s %d, %d" % (MONTHS[m - 1].title(), d, y), "%d %s %d" % (d, MONTHS[m - 1][:3].title(), y),
                   "%d.%d.%02d" % (d, m, y % 100)])
    k = R.randrange(5)
    if k == 0:
        return "the " + ord_word(d) + " of " + MONTHS[m - 1] + " " + year_words(y)
    if k == 1:
        return MONTHS[m - 1] + " " + ord_word(d) + " " + year_words(y)
    if k == 2:
        return MONTHS[m - 1] + " " + num_words(d) + ", " + year_words(y)
    if k == 3:
        return spoken_digits("%02d%02d%02d" % (d, m, y % 100), [2, 2, 2], "single", 0.2)
    return ord_word(d) + " of the " + ord_word(m) + ", " + num_words(y % 100) if y % 100 >= 10 else \
        ord_word(d) + " " + MONTHS[m - 1] + " " + year_words(y)


def pos_dob(cs):
    asr = p(0.6)
    CTX["uk"] = p(0.5)
    ind = opener(cs, ch(["health", "insurance", "bank", "gov", "telecom"]), asr=asr)
    cs.a(ch(["can you confirm your date of birth", "and your date of birth please", "For security, your DOB?"]))
    cs.c(ch(["", "it's ", "yeah ", "DOB ", "born "]), V(dob_str(asr), "DOB"), ch(["", ".", " i'm afraid"]) if not asr else "")
    if asr and p(0.3):
        cs.a(ch(["and that makes you ", "so you're "]), str(R.randrange(20, 80)), "?")
        cs.c("yeah unfortunately")
    cs.note = ("spoken" if asr else "typed") + " date of birth (%s)" % ind
    CTX["uk"] = False


def addr_spoken_num(n):
    if n < 100:
        return num_words(n)
    s = str(n)
    return ch([spoken_digits(s, [len(s)], "single", 0), spoken_digits(s, [len(s)], "pairs", 0)])


def pos_address(cs):
    country = ch(["us", "us", "uk", "uk", "ie"])
    CTX["uk"] = country != "us"
    asr = p(0.5)
    ind = opener(cs, ch(["retail", "utility", "telecom", "insurance", "health", "bank"]), asr=asr)
    cs.a(ch(["what's the address on the account", "and the delivery address please", "Can I confirm your address?"]))
    n = R.randrange(2, 2400) if country == "us" else R.randrange(1, 160)
    flat = country != "us" and p(0.3)
    if country == "us":
        st, town = ch(US_STREETS), ch(US_TOWNS)
    elif country == "uk":
        st, town = ch(UK_STREETS), ch(UK_TOWNS)
    else:
        st, town = ch(IE_STREETS), ch(["Dublin 9", "Cork", "Galway"])
    if asr:
        street = st.lower()
        num = addr_spoken_num(n)
        addr = ("flat " + ONES[R.randrange(1, 10)] + ", " if flat else "") + num + " " + street
    else:
        addr = ("Flat %d, " % R.randrange(1, 30) if flat else "") + str(n) + " " + st
        if country == "us" and p(0.4):
            addr = str(n) + " " + st.replace("Street", "St").replace("Avenue", "Ave").replace("Drive", "Dr").replace("Boulevard", "Blvd").replace("Lane", "Ln")
        if p(0.2):
            addr = addr.upper()
    segs = [ch(["", "it's ", "sure ", "yeah "]), V(addr, "ADDRESS"), ", " + (town.lower() if asr else town)]
    if country == "us":
        z, p4 = gen_zip()
        if asr:
            zs = spoken_digits(z, [5], ch(["single", "single", "pairs"]), 0)
            if p4:
                zs += ch([" dash ", " ", ", "]) + spoken_digits(p4, [4], ch(["single", "pairs"]), 0)
        else:
            zs = z + ("-" + p4 if p4 else "")
        segs += [" ", V(zs, "POSTCODE")]
        note = "US address with ZIP%s" % ("+4" if p4 else "")
    elif country == "uk":
        pc = gen_uk_postcode()
        if asr:
            out, items = [], pc.lower().split()
            pcs = " ".join(" ".join(spoken_letter(c, ch(["plain", "plain", "for"])) if c.isalpha() else dw(c) for c in part) for part in items)
        else:
            pcs = pc if p(0.6) else pc.replace(" ", "").lower()
        segs += [ch([", ", " ", ". postcode "]), V(pcs, "POSTCODE")]
        note = "UK address + postcode"
    else:
        note = "Irish address (no postcode)"
    cs.c(*segs)
    if asr and p(0.35):
        cs.a("so that's ", V(addr, "ADDRESS"), "?")
        cs.c("that's it")
        note += " + read-back"
    cs.note = note + (" spoken" if asr else " typed") + " (%s)" % ind
    CTX["uk"] = False


def pos_postcode_only(cs):
    asr = p(0.6)
    us = p(0.5)
    CTX["uk"] = not us
    ind = opener(cs, asr=asr)
    cs.a(ch(["can you just confirm the postcode", "and the zip code", "what's the post code on the account"]) if asr else
         "Can you confirm the postcode/ZIP on the account?")
    if us:
        z, p4 = gen_zip()
        v = (spoken_digits(z, [5], None, 0) + ((" dash " + spoken_digits(p4, [4], None, 0)) if p4 else "")) if asr else (z + ("-" + p4 if p4 else ""))
    else:
        pc = gen_uk_postcode()
        if asr:
            v = " ".join(" ".join(spoken_letter(c, ch(["plain", "nato", "for"])) if c.isalpha() else dw(c) for c in part) for part in pc.lower().split())
        else:
            v = ch([pc, pc.lower(), pc.replace(" ", "")])
    cs.c(ch(["", "it's ", "yeah "]), V(v, "POSTCODE"))
    cs.note = ("US ZIP" if us else "UK postcode") + (" spoken" if asr else " typed") + " (%s)" % ind
    CTX["uk"] = False


def pos_combo_verify(cs):
    """US healthcare/insurance verification with several types + a dangerous negative."""
    opener(cs, ch(["health", "insurance"]))
    s = gen_ssn()
    cs.a("i can help with that claim. can i get the member id on the card")
    mid = ch(["x", "w", "h"]) + " " + spoken_digits(rdig(9), [3, 3, 3], "single", 0)
    cs.c("yeah member id is ", mid)
    cs.a("thank you and to verify, date of birth and the last, actually the full social")
    cs.c(V(dob_str(True), "DOB"), " and the social is ", V(spoken_digits(s, ch(SSN_GROUPINGS), filler=0.2), "SSN"))
    cs.a("perfect. and is ", V(phone_spoken("us", gen_phone()[1] if False else "312555" + "%04d" % R.randrange(100, 200)), "PHONE"), " still good for you")
    cs.c("yes")
    cs.note = "health/insurance verification: member id (unlabelled) + DOB + SSN + phone"


POS = [(pos_card_chat, 14), (pos_card_spoken, 16), (pos_card_split, 12), (pos_card_aside, 5), (pos_card_email, 4),
       (pos_card_with_last4, 3), (pos_ssn_typed, 10), (pos_ssn_spoken, 12), (pos_ssn_split, 6), (pos_combo_verify, 5),
       (pos_ni_typed, 10), (pos_ni_spoken, 14), (pos_ni_split, 6), (pos_us_bank, 12), (pos_uk_bank, 12),
       (pos_iban, 14), (pos_phone, 20), (pos_email, 16), (pos_dob, 13), (pos_address, 18), (pos_postcode_only, 6)]


# --------------------------------------------------------------------------
# negative generators
# --------------------------------------------------------------------------
def luhn_like(n=16):
    return luhn_complete(ch(["4", "5", "3"]), n)


def neg_claim_ssn_shape(cs):
    opener(cs, ch(["insurance", "health"]))
    d = gen_ssn()
    cs.c(ch(["i'm calling about claim number ", "my claim number is ", "it's about claim "]), spoken_digits(d, [3, 2, 4], "single", 0.1))
    cs.a(ch(["thanks, i've got that claim up", "okay that claim was processed on the third"]))
    cs.note = "claim number in SSN shape, said with its label"


def neg_claim_typed(cs):
    opener(cs, ch(["insurance", "health"]), asr=False)
    d = gen_ssn()
    cs.c(ch(["Claim #", "Claim no. ", "claim number: "]), d[:3] + "-" + d[3:5] + "-" + d[5:], ch([" - still not paid", ", denied twice"]))
    cs.a("I see claim " + d[:3] + "-" + d[3:5] + "-" + d[5:] + " was denied for missing documentation.")
    cs.note = "typed claim number formatted like an SSN"


def neg_member_id(cs):
    opener(cs, "health", asr=p(0.5))
    mid = ch(["XGH", "W", "JQZ", "MEM"]) + rdig(9)
    cs.c(ch(["member ID ", "my member id is ", "Member #: "]), mid, ch(["", ", group number ", ", group "]) + rdig(6))
    cs.a("Thanks, I have your plan. Your deductible is $" + "%d" % R.randrange(500, 6000) + " and you've met " + str(R.randrange(10, 95)) + "% of it.")
    cs.note = "member ID and group number with labels, amounts, percentage"


def neg_medicare(cs):
    opener(cs, "health")
    alph = "ACDEFGHJKMNPQRTUVWXY"
    mbi = str(R.randrange(1, 10)) + ch(alph) + ch(alph + "0123456789") + str(R.randrange(10)) + ch(alph) + ch(alph + "0123456789") + str(R.randrange(10)) + ch(alph) + ch(alph) + str(R.randrange(10)) + str(R.randrange(10))
    if p(0.5):
        cs.c("my medicare number is ", mbi[:4] + "-" + mbi[4:7] + "-" + mbi[7:])
    else:
        cs.c("the medicare id on the card, ", " ".join(dw(c) if c.isdigit() else c.lower() for c in mbi))
    cs.a("got it. the visit on march " + ord_word(R.randrange(1, 29)) + " was billed at " + str(R.randrange(90, 400)) + " dollars")
    cs.note = "Medicare-style ID said with its label + appointment date + amount"


def neg_npi(cs):
    opener(cs, "health", asr=False)
    npi = luhn_complete("80840" + "1", 15)[5:]
    cs.c("Provider NPI ", npi, ", tax ID on the invoice is INV-", str(R.randrange(2019, 2026)), "-", rdig(5, False))
    cs.a("Thanks - invoice total $" + "{:,}".format(R.randrange(1000, 90000)) + ".00, due in 30 days.")
    cs.note = "NPI (Luhn-valid 10 digits) and invoice number with labels"


def neg_last4(cs):
    opener(cs)
    l4 = rdig(4, False)
    if p(0.5):
        cs.c(ch(["can you charge the card ending in ", "use my visa that ends ", "the one ending "]), spoken_digits(l4, [4], None, 0))
        cs.a("the card ending " + spoken_digits(l4, [4], "single", 0) + ", sure, that's " + num_words(R.randrange(20, 99)) + " dollars")
    else:
        cs.c("Card ending " + l4 + " was charged twice for order #" + rdig(8))
        cs.a("I see two charges on the card ending in " + l4 + ". I'll refund one.")
    cs.note = "card last-four only (not PII) + order number"


def neg_reference_cardlike(cs):
    opener(cs)
    ref = luhn_like(16)
    lab = ch(["reference number", "booking reference", "tracking number", "order number", "confirmation number", "case number"])
    cs.a("can i take the " + lab + " please")
    cs.c(ch(["yeah the " + lab + " is ", "it's ", ""]), spoken_digits(ref, [4, 4, 4, 4], filler=0.2))
    cs.a("thank you, that " + lab.split()[0] + " shows as " + ch(["dispatched", "closed", "pending"]))
    cs.note = "16-digit Luhn-valid " + lab + " read like a card, labelled as a reference"


def neg_serial_typed(cs):
    opener(cs, ch(["retail", "telecom"]), asr=False)
    cs.c(ch(["Serial no: ", "S/N ", "IMEI "]), luhn_like(15), ch([", model ", " - model no. "]), ch(["WX-", "KD", "A"]) + rdig(4),
         ". Bought ", str(R.randrange(2, 14)), " months ago.")
    cs.a("Thanks, that unit is under warranty until " + MONTHS[R.randrange(12)].title() + " " + str(R.randrange(2026, 2029)) + ".")
    cs.note = "IMEI/serial (Luhn-valid 15 digits) + model number + warranty date"


def neg_amounts(cs):
    opener(cs, ch(["bank", "utility", "telecom"]))
    cs.c("what's my balance")
    a = R.randrange(1000, 9999)
    cs.a(ch(["your balance is ", "you owe "]) + ch([str(a) + " pounds " + num_words(R.randrange(1, 99)),
                                                   "{:,}".format(a * 10 + 7) + ".4" + str(R.randrange(10)),
                                                   ONES[a // 1000] + " thousand " + ONES[(a // 100) % 10 or 1] + " hundred and " + num_words(a % 100) + " dollars"]),
         ", and your minimum payment of " + str(R.randrange(25, 200)) + " is due on the " + ord_word(R.randrange(1, 29)))
    cs.c("and the interest rate")
    cs.a("that's " + str(R.randrange(12, 30)) + "." + str(R.randrange(10)) + " percent apr")
    cs.note = "balances, amounts, due date, percentage"


def neg_meter(cs):
    CTX["uk"] = True
    opener(cs, "utility")
    cs.a("can i take a meter reading")
    r = rdig(5, False)
    cs.c("yeah it's ", spoken_digits(r, [5], "single", 0), ch([" on the day rate and ", " and night is "]), spoken_digits(rdig(5, False), [5], "single", 0))
    cs.a("and the meter serial, the one starting with e")
    cs.c("e ", spoken_digits(rdig(2), [2], "single", 0), " m ", spoken_digits(rdig(6), [6], "single", 0))
    cs.a("lovely, your next bill is on the " + ord_word(R.randrange(1, 29)) + " of " + MONTHS[R.randrange(12)])
    cs.note = "meter readings and meter serial spoken digit by digit"
    CTX["uk"] = False


def neg_travel(cs):
    opener(cs, "travel", asr=p(0.5))
    fl = ch(["BA", "EI", "UA", "AA", "FR"]) + str(R.randrange(10, 2999))
    cs.c("i'm on flight ", fl, " on the ", ord_word(R.randrange(1, 29)), ", seat ", str(R.randrange(1, 40)), ch(["C", "A", "F"]),
         ", booking ref ", "".join(ch("ABCDEFGHJKLMNPRSTUVWXYZ23456789") for _ in range(6)))
    cs.a("ok, gate " + ch(["B", "C", "D"]) + str(R.randrange(1, 60)) + ", boarding at " + str(R.randrange(6, 12)) + ":" + ch(["05", "15", "40"]) +
         ", and your hotel room is " + str(R.randrange(100, 1999)))
    cs.note = "flight, seat, gate, booking ref, time, room number"


def neg_hours(cs):
    opener(cs, ch(["retail", "gov", "bank"]))
    cs.c("what time are you open till")
    cs.a(ch(["we're open eight till eight monday to friday and nine till five on saturday",
             "lines are open from seven a m to ten p m eastern, three hundred and sixty five days a year"]))
    cs.c("and how long's the wait")
    cs.a("about " + num_words(R.randrange(10, 59)) + " minutes, there are " + str(R.randrange(3, 40)) + " people ahead of you")
    cs.note = "opening hours, durations, queue counts"


def neg_ages_temps(cs):
    opener(cs, ch(["utility", "health", "insurance"]))
    cs.c("my mum's " + num_words(R.randrange(70, 99)) + " and the heating's been off since " + year_words(R.randrange(2019, 2026)) +
         ", it's " + str(R.randrange(8, 14)) + " degrees in here")
    cs.a("i'm so sorry, we'll get an engineer out within " + num_words(R.randrange(2, 48)) + " hours. she's on the priority register from the " +
         ord_word(R.randrange(1, 29)) + " of " + MONTHS[R.randrange(12)])
    cs.note = "age, year, temperature, duration, register date"


def neg_policy(cs):
    opener(cs, "insurance", asr=p(0.5))
    pol = ch(["POL", "HX", "AUTO-", "PN"]) + rdig(8)
    cs.c(ch(["policy number ", "my policy no is ", "Policy: "]), pol, ch([" renewal on ", ", renews "]),
         "%02d/%02d/%d" % (R.randrange(1, 29), R.randrange(1, 13), R.randrange(2025, 2028)))
    cs.a("Thanks. Your premium will be " + str(R.randrange(300, 2000)) + " a year, or " + str(R.randrange(25, 170)) + " a month over 12 months.")
    cs.note = "policy number with label, renewal date (not a DOB), premium amounts"


def neg_account_ref(cs):
    opener(cs, ch(["utility", "telecom"]))
    cs.a("do you have your customer reference number")
    cs.c("yeah the customer reference is ", spoken_digits(rdig(10), [3, 3, 4], filler=0.2))
    cs.a("thanks and the contract ends on the " + ord_word(R.randrange(1, 29)) + " of " + MONTHS[R.randrange(12)] + " " + year_words(R.randrange(2025, 2029)))
    cs.note = "customer reference number spoken like a phone number, with label; contract end date"


def neg_ticket(cs):
    opener(cs, asr=False)
    cs.c("Ticket " + ch(["CS-", "#", "INC"]) + rdig(6) + " is still open after " + str(R.randrange(3, 20)) + " days. Invoice " +
         ch(["INV", "BL-"]) + rdig(7) + " shows " + str(R.randrange(2, 12)) + " items at $" + str(R.randrange(5, 90)) + ".99")
    cs.a("Apologies. I've escalated ticket and added note ref " + rdig(9) + ".")
    cs.note = "ticket, invoice, note reference numbers; counts and prices"


def neg_road(cs):
    opener(cs, ch(["retail", "utility", "gov"]))
    cs.c(ch(["the van couldn't get down ", "there's a water leak on ", "the engineer went to "]), ch(["the high street", "main street", "station road", "peachtree road"]),
         ch([" near the a four oh six", " by interstate ninety five", " off the m twenty five", " past route sixty six"]))
    cs.a("okay, we'll send a crew out between " + str(R.randrange(8, 12)) + " and " + str(R.randrange(1, 6)) + " tomorrow")
    cs.note = "road names without house numbers, road numbers, time window"


def neg_years_counts(cs):
    opener(cs, ch(["bank", "telecom", "retail"]))
    cs.c("i've been with you since nineteen ninety eight and i've got " + num_words(R.randrange(2, 9)) + " lines on the account")
    cs.a("thanks for being with us " + num_words(R.randrange(20, 28)) + " years. your plan has " + str(R.randrange(10, 200)) + " gigabytes and " + "{:,}".format(R.randrange(1000, 5000)) + " minutes")
    cs.note = "years, counts, data allowances"


def neg_tracking(cs):
    opener(cs, "retail", asr=False)
    trk = "1Z" + "".join(ch("ABCDEFGHJKLMNPRSTUVWXY0123456789") for _ in range(6)) + rdig(10)
    cs.c("Tracking number " + trk + " hasn't moved since " + MONTHS[R.randrange(12)].title() + " " + str(R.randrange(1, 29)) + ". Order " + rdig(12) + ".")
    cs.a("USPS tracking " + rdig(22) + " was the return label; the package weight is " + str(R.randrange(1, 30)) + " lb.")
    cs.note = "long tracking numbers (12-22 digits) and order number, labelled"


def neg_spoken_long_order(cs):
    CTX["uk"] = p(0.5)
    opener(cs, "retail")
    cs.a("have you got the order number")
    gid_digits = rdig(13)
    cs.c("yeah hang on, it's ", spoken_pieces(gid_digits, [4, 4, 5])[0])
    cs.a(ch(BACK))
    rest = spoken_pieces(gid_digits, [4, 4, 5])
    cs.c(rest[1])
    cs.a(ch(BACK))
    cs.c(rest[2], ", that's the order number on the email")
    cs.a("thank you, that's showing as out for delivery, estimated between " + str(R.randrange(9, 12)) + " and " + str(R.randrange(1, 5)))
    cs.note = "order number split over turns with back-channels, like a card reading"
    CTX["uk"] = False


def neg_payment_schedule(cs):
    opener(cs, ch(["bank", "utility", "gov"]))
    cs.a("so your payments of " + num_words(R.randrange(20, 99)) + " pounds will come out on the " + ord_word(R.randrange(1, 29)) +
         " of every month starting " + MONTHS[R.randrange(12)] + " " + year_words(R.randrange(2025, 2027)) + ", for " + num_words(R.randrange(6, 36)) + " months")
    cs.c("and my appointment's on the " + ord_word(R.randrange(1, 29)) + " at " + ch(["half two", "quarter to ten", "eleven thirty"]))
    cs.note = "payment schedule, appointment date and time (not DOB)"


def neg_account_label_ref(cs):
    opener(cs, ch(["bank", "gov"]), asr=False)
    cs.c("Re: application ref " + rdig(11) + " - benefit award letter dated " + "%02d/%02d/%d" % (R.randrange(1, 29), R.randrange(1, 13), R.randrange(2023, 2026)))
    cs.a("Thanks. Case reference " + ch(["CR", "BEN"]) + rdig(8) + " shows the award of " + str(R.randrange(80, 400)) + ".50 per week.")
    cs.note = "application/case references, letter date, weekly amount"


def neg_voucher(cs):
    opener(cs, "retail")
    cs.c("i've got a gift card, the voucher code is ", " ".join(ch(["a", "b", "k", "x", "m"]) for _ in range(2)), " ",
         spoken_digits(rdig(8), [4, 4], "single", 0), " and the pin on the back is scratched off")
    cs.a("no worries, the voucher has " + num_words(R.randrange(5, 99)) + " dollars left on it")
    cs.note = "gift voucher code said with its label (not a payment card)"


def neg_model(cs):
    opener(cs, ch(["retail", "utility"]))
    cs.c("the boiler model number is " + spoken_digits(rdig(5), [5], "single", 0) + " and the error code is " + ch(["f twenty eight", "e one nine", "l a two"]))
    cs.a("okay, model " + rdig(5) + " with an f28 usually means low pressure. it should be between one and one point five bar")
    cs.note = "5-digit model number (ZIP-shaped) with label, error code, pressure"


NEG = [(neg_claim_ssn_shape, 8), (neg_claim_typed, 6), (neg_member_id, 6), (neg_medicare, 6), (neg_npi, 4),
       (neg_last4, 7), (neg_reference_cardlike, 8), (neg_serial_typed, 4), (neg_amounts, 5), (neg_meter, 4),
       (neg_travel, 5), (neg_hours, 3), (neg_ages_temps, 4), (neg_policy, 5), (neg_account_ref, 5),
       (neg_ticket, 4), (neg_road, 4), (neg_years_counts, 3), (neg_tracking, 4), (neg_spoken_long_order, 5),
       (neg_payment_schedule, 4), (neg_account_label_ref, 3), (neg_voucher, 3), (neg_model, 3)]


# --------------------------------------------------------------------------
# normalisation + validation
# --------------------------------------------------------------------------
SKIP = set(FILLERS) | {"dash", "hyphen", "slash", "space", "plus", "hmm", "ah"}
ZEROW = {"oh", "o", "zero", "nought"}
NUMW = {w: i for i, w in enumerate(ONES)}
NUMW.update({w: 0 for w in ZEROW})
TEENW = {v: k for k, v in TEENS.items()}
TENW = {v: k for k, v in TENS.items()}
NATOW = {v: k for k, v in NATO.items()}
NATOW["whisky"] = "w"
KNOWN = set(NUMW) | set(TEENW) | set(TENW) | {"double", "triple", "hundred", "thousand", "and", "for", "as", "in"}


def tokens(s):
    return re.findall(r"[a-z]+|\d+|[@+._/()-]", s.lower())


def is_punct(t):
    return not t.isalnum()


def parse(s, letters=False):
    return parse_one(s, letters)


def parse_one(s, letters=False):
    """Spoken/typed -> canonical string. Returns (value, unknown_words)."""
    tk = [t for t in tokens(s) if not is_punct(t) and t not in SKIP]
    out, bad, i = "", [], 0

    def nxt(j):
        return tk[j] if j < len(tk) else None

    def small(j):
        """parse a 0..99 remainder at j -> (str2, next_j) or None"""
        t = nxt(j)
        if t in TEENW:
            return "%02d" % TEENW[t], j + 1
        if t in TENW:
            if nxt(j + 1) in UNIT_WORDS:
                return str(TENW[t] * 10 + NUMW[nxt(j + 1)]), j + 2
            return str(TENW[t] * 10), j + 1
        if t in NUMW and t not in ZEROW:
            return "0%d" % NUMW[t], j + 1
        return None

    while i < len(tk):
        t = tk[i]
        if t.isdigit():
            out += t
            i += 1
        elif letters and len(t) == 1 and t != "o" and nxt(i + 1) in ("for", "as"):
            j = i + 2 + (1 if nxt(i + 1) == "as" and nxt(i + 2) == "in" else 0)
            out += t.upper()
            i = j + 1
        elif t in NUMW and nxt(i + 1) == "hundred":
            d = str(NUMW[t])
            if nxt(i + 2) == "and" and small(i + 3):
                r, j = small(i + 3)
                out += d + r
                i = j
            else:
                out += d + "00"
                i += 2
        elif t in NUMW and nxt(i + 1) == "thousand":
            d = str(NUMW[t])
            j = i + 2
            if nxt(j) == "and":
                j += 1
            sm = small(j)
            if sm:
                out += d + "0" + sm[0]
                i = sm[1]
            else:
                out += d + "000"
                i = j
        elif t in NUMW:
            out += str(NUMW[t])
            i += 1
        elif t in TEENW or t in TENW:
            r, i = small(i)
            out += r
        elif t in ("double", "triple") and nxt(i + 1) is not None:
            n = 2 if t == "double" else 3
            u = nxt(i + 1)
            if u in NUMW:
                out += str(NUMW[u]) * n
            elif letters and len(u) == 1:
                out += u.upper() * n
            else:
                bad.append(t)
            i += 2
        elif letters and len(t) == 1:
            out += t.upper()
            i += 1
        elif letters and t in NATOW:
            out += NATOW[t].upper()
            i += 1
        elif letters and t.isalpha() and len(t) <= 4 and t not in KNOWN:
            out += t.upper()
            i += 1
        else:
            bad.append(t)
            i += 1
    return out, bad


def parse_email(s):
    tk = tokens(s)
    out, i = "", 0
    m = {"at": "@", "dot": ".", "underscore": "_", "dash": "-", "hyphen": "-"}
    seen_spell = None
    while i < len(tk):
        t = tk[i]
        if t in m:
            out += m[t]
        elif len(t) == 1 and t.isalpha() and i + 2 < len(tk) and tk[i + 1] in ("for", "as"):
            out += t
            i += 3 if tk[i + 1] == "for" else 4
            continue
        elif t != "o" and (t in NUMW or t in TEENW or t in TENW):
            j = i
            while j < len(tk) and tk[j] != "o" and (tk[j] in NUMW or tk[j] in TEENW or tk[j] in TENW):
                j += 1
            v, bad = parse(" ".join(tk[i:j]))
            out += v
            i = j
            continue
        else:
            out += t
        i += 1
    # "walsh, w a l s h" -> spelled repetition collapses
    out = re.sub(r"([a-z]{2,})\1", r"\1", out)
    return out


def date_digits(s):
    tk = [t for t in tokens(s) if not is_punct(t)]
    has_month = any(t in MONTHS or t in [x[:3] for x in MONTHS] for t in tk)
    ordmap = {v: k for k, v in ORD.items()}
    conv = []
    for t in tk:
        if t in MONTHS or t in [x[:3] for x in MONTHS] or t in ("the", "of", "th", "st", "nd", "rd"):
            continue
        if t in ordmap:
            n = ordmap[t]
            conv.append(TEENS[n] if 10 <= n < 20 else (TENS[n // 10] if n >= 20 else ONES[n]))
        else:
            conv.append(t)
    v, bad = parse(" ".join(conv))
    return has_month, v, bad


STREET_SFX = {"street", "st", "road", "rd", "avenue", "ave", "lane", "ln", "drive", "dr", "boulevard", "blvd",
              "court", "close", "crescent", "terrace", "grove", "way", "kingsway", "parkway", "lawn", "place"}
NI_RE = re.compile(r"(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]")
UKPC_RE = re.compile(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}")
EMAIL_RE = re.compile(r"[a-z0-9][a-z0-9._+-]*@[a-z0-9-]+(\.[a-z0-9-]+)+")


def validate(typ, pieces):
    """pieces: the labelled texts of one value (several when split)."""
    text = " ".join(pieces)

    def parse(_t, letters=False):
        vs, bads = [], []
        for pc in pieces:
            v, b = parse_one(pc, letters)
            vs.append(v)
            bads += b
        return "".join(vs), bads
    if typ in ("CARD_NUMBER", "CVV", "SSN", "SORT_CODE", "BANK_ACCOUNT", "PHONE"):
        v, bad = parse(text)
        if bad or not v.isdigit():
            return "unparsed %r -> %r %r" % (text, v, bad)
        ok = {"CARD_NUMBER": 13 <= len(v) <= 19 and luhn_ok(v),
              "CVV": len(v) in (3, 4),
              "SSN": len(v) == 9 and v[:3] not in ("000", "666") and v[0] != "9" and v[3:5] != "00" and v[5:] != "0000",
              "SORT_CODE": len(v) == 6,
              "BANK_ACCOUNT": 6 <= len(v) <= 17,
              "PHONE": 10 <= len(v) <= 15}[typ]
        return None if ok else "invalid %s %r" % (typ, v)
    if typ in ("NI_NUMBER", "IBAN"):
        v, bad = parse(text, letters=True)
        if bad:
            return "unparsed %r %r" % (text, bad)
        ok = NI_RE.fullmatch(v) if typ == "NI_NUMBER" else iban_ok(v)
        return None if ok else "invalid %s %r" % (typ, v)
    if typ == "POSTCODE":
        v, bad = parse(text, letters=True)
        if bad:
            return "unparsed %r %r" % (text, bad)
        ok = UKPC_RE.fullmatch(v) or re.fullmatch(r"\d{5}(\d{4})?", v)
        return None if ok else "invalid postcode %r" % v
    if typ == "EMAIL":
        v = parse_email(text)
        return None if EMAIL_RE.fullmatch(v) else "invalid email %r" % v
    if typ in ("DOB", "EXPIRY"):
        hm, v, bad = date_digits(text)
        if bad or not v.isdigit():
            return "unparsed date %r %r" % (text, bad)
        if typ == "DOB":
            ok = (hm and 3 <= len(v) <= 6) or (not hm and 4 <= len(v) <= 8)
            ok = ok and (re.search(r"(19[3-9]\d|200\d)$", v) or re.search(r"\d\d$", v))
        else:
            if hm:
                ok = len(v) in (2, 4)
            elif len(v) in (3, 4):
                ok = 1 <= int(v[:-2]) <= 12
            elif len(v) in (5, 6):
                ok = 1 <= int(v[:-4]) <= 12 and v[-4:-2] == "20"
            else:
                ok = False
        return None if ok else "invalid %s %r" % (typ, v)
    if typ == "ADDRESS":
        tk = [t for t in tokens(text) if not is_punct(t)]
        if tk and tk[0] in ("flat", "apt", "apartment", "unit"):
            tk = tk[2:]
        ok = tk and (tk[0].isdigit() or tk[0] in NUMW or tk[0] in TEENW or tk[0] in TENW) and tk[-1] in STREET_SFX
        return None if ok else "invalid address %r" % text
    return "unknown type " + typ


# --------------------------------------------------------------------------
def generate():
    R.seed(377241125)
    GID[0] = 0
    sched = []
    for fn, n in POS:
        sched += [fn] * n
    R.shuffle(sched)
    nsched = []
    for fn, n in NEG:
        nsched += [fn] * n
    R.shuffle(nsched)
    cases = []
    for i, fn in enumerate(sched):
        cs = Case("positive", "")
        fn(cs)
        cases.append(("h377-pos-%03d" % (i + 1), cs))
    for i, fn in enumerate(nsched):
        cs = Case("negative", "")
        fn(cs)
        cases.append(("h377-neg-%03d" % (i + 1), cs))
    lines, meta = [], []
    for cid, cs in cases:
        turns, spans = cs.build()
        rec = {"id": cid, "kind": cs.kind, "turns": turns, "spans": spans, "note": cs.note}
        lines.append(json.dumps(rec, ensure_ascii=False))
        meta.append((rec, cs))
    return "\n".join(lines) + "\n", meta


def check(text, meta):
    errs = []
    with open(OUT, encoding="utf-8") as f:
        if f.read() != text:
            errs.append("cases.jsonl is not byte-identical to regenerated output")
    ids = set()
    counts = {}
    npos = nneg = 0
    for rec, cs in meta:
        cid = rec["id"]
        if cid in ids:
            errs.append("duplicate id " + cid)
        ids.add(cid)
        if rec["kind"] == "positive":
            npos += 1
            if not rec["spans"]:
                errs.append(cid + ": positive without spans")
        else:
            nneg += 1
            if rec["spans"]:
                errs.append(cid + ": negative with spans")
        for t in rec["turns"]:
            if t["speaker"] not in ("customer", "agent"):
                errs.append(cid + ": bad speaker")
        by_turn = {}
        for sp in rec["spans"]:
            counts[sp["type"]] = counts.get(sp["type"], 0) + 1
            txt = rec["turns"][sp["turn"]]["text"]
            s, e = sp["start"], sp["end"]
            if not (0 <= s < e <= len(txt)):
                errs.append("%s: span out of range" % cid)
                continue
            if not (txt[s].isalnum() and txt[e - 1].isalnum()):
                errs.append("%s: span %r does not start/end on alnum" % (cid, txt[s:e]))
            if (s > 0 and txt[s - 1].isalnum()) or (e < len(txt) and txt[e].isalnum()):
                errs.append("%s: span %r not on word boundary" % (cid, txt[s:e]))
            by_turn.setdefault(sp["turn"], []).append((s, e))
        for lst in by_turn.values():
            lst.sort()
            for (a, b), (c, d) in zip(lst, lst[1:]):
                if c < b:
                    errs.append(cid + ": overlapping spans")
        # value validation via generation-time grouping of pieces
        groups = {}
        for ti, (spk, segs) in enumerate(cs.turns):
            for sg in segs:
                if isinstance(sg, tuple):
                    groups.setdefault((sg[2], sg[1]), []).append(sg[0])
        for (gid, typ), pieces in groups.items():
            if gid == "L4":
                v, bad = parse(" ".join(pieces))
                err = None if (len(v) == 4 and not bad) else "bad last-four %r" % pieces
            else:
                err = validate(typ, pieces)
            if err:
                errs.append("%s: %s" % (cid, err))
        if rec["kind"] == "negative":
            pass
    req = {"CARD_NUMBER": 70, "SSN": 30, "NI_NUMBER": 30}
    for typ in ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE", "IBAN",
                "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]:
        if counts.get(typ, 0) < req.get(typ, 10):
            errs.append("too few %s spans: %d" % (typ, counts.get(typ, 0)))
    if npos < 200 or nneg < 100:
        errs.append("too few cases: %d pos %d neg" % (npos, nneg))
    return errs, counts, npos, nneg


def main():
    text, meta = generate()
    if "--check" in sys.argv:
        errs, counts, npos, nneg = check(text, meta)
        for e in errs[:60]:
            print("ERROR", e)
        print("positives %d negatives %d spans %s" % (npos, nneg, json.dumps(dict(sorted(counts.items())))))
        if errs:
            print("CHECK FAILED (%d errors)" % len(errs))
            sys.exit(1)
        print("CHECK OK")
        return
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(text)
    print("wrote", os.path.normpath(OUT), len(meta), "cases")


if __name__ == "__main__":
    main()

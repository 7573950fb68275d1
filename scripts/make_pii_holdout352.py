#!/usr/bin/env python3
"""Generate the pii_holdout352 held-out PII redaction evaluation set.

Written by an independent test author (an AI helper) who did not see the
redaction engine.  Standard library only; deterministic.

    python scripts/make_pii_holdout352.py          # write cases.jsonl
    python scripts/make_pii_holdout352.py --check  # regenerate + validate
"""
import json
import os
import random
import re
import sys

SEED = 352241125
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_DIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout352")
OUT = os.path.join(OUT_DIR, "cases.jsonl")

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

rng = random.Random(SEED)

# ----------------------------------------------------------------- words
UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven",
         "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
         "sixteen", "seventeen", "eighteen", "nineteen"]
TENS = {"twenty": 2, "thirty": 3, "forty": 4, "fifty": 5, "sixty": 6,
        "seventy": 7, "eighty": 8, "ninety": 9}
TENS_W = {v: k for k, v in TENS.items()}
FILLERS = ["um", "uh", "er", "erm", "ah", "hmm"]
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta",
        "e": "echo", "f": "foxtrot", "g": "golf", "h": "hotel",
        "i": "india", "j": "juliet", "k": "kilo", "l": "lima", "m": "mike",
        "n": "november", "o": "oscar", "p": "papa", "q": "quebec",
        "r": "romeo", "s": "sierra", "t": "tango", "u": "uniform",
        "v": "victor", "w": "whiskey", "x": "xray", "y": "yankee",
        "z": "zulu"}
NATO_ALT = {"a": "apple", "b": "bob", "c": "charlie", "d": "david",
            "e": "edward", "h": "harry", "j": "john", "k": "king",
            "l": "london", "m": "mother", "n": "nancy", "p": "peter",
            "r": "robert", "s": "sugar", "t": "tommy", "w": "william",
            "y": "yellow", "z": "zebra"}
WORD2LETTER = {}
for _d in (NATO, NATO_ALT):
    for _k, _v in _d.items():
        WORD2LETTER[_v] = _k
ZEROS = ["oh", "zero", "nought", "o"]


def zero_word():
    return rng.choice(["oh", "oh", "oh", "zero", "zero", "nought", "o"])


def pair_words(p):
    a, b = int(p[0]), int(p[1])
    if a == 0:
        return [zero_word(), UNITS[b] if b else zero_word()]
    if a == 1:
        return [TEENS[b]]
    if b == 0:
        return [UNITS[a], zero_word()]
    return [TENS_W[a], UNITS[b]]


def digit_words(chunk, dbl=0.6):
    out = []
    i = 0
    while i < len(chunk):
        j = i
        while j < len(chunk) and chunk[j] == chunk[i]:
            j += 1
        run = j - i
        w = UNITS[int(chunk[i])] if chunk[i] != "0" else None
        def one():
            return w if w else zero_word()
        while run > 0:
            if run >= 3 and rng.random() < dbl:
                out += ["triple", one()]
                run -= 3
            elif run >= 2 and rng.random() < dbl:
                out += ["double", one()]
                run -= 2
            else:
                out.append(one())
                run -= 1
        i = j
    return out


def chunk_words(chunk, mode):
    if mode == "pair" and len(chunk) % 2 == 0:
        out = []
        for k in range(0, len(chunk), 2):
            out += pair_words(chunk[k:k + 2])
        return out
    if (mode == "hundred" and len(chunk) == 3 and chunk[0] != "0"
            and chunk[2] != "0" and chunk[1:] != "00"):
        rest = int(chunk[1:])
        if rest < 10:
            tail = [UNITS[rest]]
        elif rest < 20:
            tail = [TEENS[rest - 10]]
        else:
            tail = [TENS_W[rest // 10], UNITS[rest % 10]]
        return [UNITS[int(chunk[0])], "hundred", "and"] + tail
    return digit_words(chunk)


def split_groups(d, sizes):
    out, i = [], 0
    for s in sizes:
        out.append(d[i:i + s])
        i += s
    if i < len(d):
        out.append(d[i:])
    return [g for g in out if g]


def say(d, sizes=None, mode="mix", fill=0.0, sep=None):
    """Spoken ASR-like rendering of digit string d."""
    groups = split_groups(d, sizes or [len(d)])
    parts = []
    for g in groups:
        m = mode
        if mode == "mix":
            m = rng.choice(["digit", "digit", "pair", "hundred"])
        words = chunk_words(g, m)
        if fill:
            nw = []
            for k, w in enumerate(words):
                nw.append(w)
                if 0 < k < len(words) - 1 and rng.random() < fill \
                        and w not in ("double", "triple", "hundred", "and") \
                        and w not in TENS:
                    nw.append(rng.choice(FILLERS))
            words = nw
        parts.append(" ".join(words))
    s = sep if sep is not None else rng.choice([" ", ", ", " ... ", ", "])
    return s.join(parts)


def say_letters(s, nato=0.5):
    out = []
    for ch in s.lower():
        if ch.isdigit():
            out.append(UNITS[int(ch)] if ch != "0" else zero_word())
        elif ch == "o" or rng.random() < nato:
            src = NATO if rng.random() < 0.7 else NATO_ALT
            word = src.get(ch, NATO[ch])
            out.append("%s %s %s" % (ch, rng.choice(["for", "for", "as in"]),
                                     word))
        else:
            out.append(ch)
    return out


# ------------------------------------------------------------ generators
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


def make_card():
    kind = rng.choice(["visa", "visa", "visa", "mc", "mc", "amex", "disc",
                       "visa13", "visa19", "diners", "maestro"])
    pre, ln = {"visa": ("4", 16), "mc": (rng.choice(["51", "52", "53", "54",
                                                      "55", "2221", "2720"]),
                                         16),
               "amex": (rng.choice(["34", "37"]), 15),
               "disc": ("6011", 16), "visa13": ("4", 13),
               "visa19": ("4", 19), "diners": ("36", 14),
               "maestro": ("6759", 18)}[kind]
    d = pre + "".join(str(rng.randrange(10)) for _ in range(ln - len(pre) - 1))
    for c in "0123456789":
        if luhn_ok(d + c):
            return d + c


def card_groups(d):
    if len(d) == 15:
        return [4, 6, 5]
    if len(d) == 14:
        return [4, 6, 4]
    return [4] * (len(d) // 4) + ([len(d) % 4] if len(d) % 4 else [])


def card_typed(d):
    g = split_groups(d, card_groups(d))
    st = rng.choice(["space", "dash", "none", "space", "odd", "dot", "mixed"])
    if st == "space":
        return " ".join(g)
    if st == "dash":
        return "-".join(g)
    if st == "none":
        return d
    if st == "dot":
        return ".".join(g)
    if st == "mixed" and len(g) >= 4:
        return g[0] + " " + "".join(g[1:3]) + "-" + "".join(g[3:])
    return " ".join(split_groups(d, [3] * 10))


def make_ssn():
    while True:
        a = rng.randrange(1, 900)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, rng.randrange(1, 100), rng.randrange(1, 10000))


NI_FIRST = "ABCEGHJKLMNOPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"


def make_ni():
    while True:
        p = rng.choice(NI_FIRST) + rng.choice(NI_SECOND)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p + "".join(str(rng.randrange(10)) for _ in range(6)) + \
        rng.choice("ABCD")


def iban_check(body_cc):
    """body_cc = country + bban; returns full IBAN."""
    cc, bban = body_cc[:2], body_cc[2:]
    s = bban + cc + "00"
    num = int("".join(str(int(ch, 36)) for ch in s))
    return cc + "%02d" % (98 - num % 97) + bban


def iban_ok(s):
    s = s.upper()
    if not re.match(r"^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$", s):
        return False
    t = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in t)) % 97 == 1


def rd(n):
    return "".join(str(rng.randrange(10)) for _ in range(n))


def make_iban():
    c = rng.choice(["GB", "GB", "IE", "IE", "DE", "FR", "NL", "ES"])
    if c == "GB":
        b = "GB" + rng.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + rd(14)
    elif c == "IE":
        b = "IE" + rng.choice(["AIBK", "BOFI", "IPBS"]) + rd(14)
    elif c == "DE":
        b = "DE" + rd(18)
    elif c == "FR":
        b = "FR" + rd(23)
    elif c == "NL":
        b = "NL" + rng.choice(["ABNA", "RABO", "INGB"]) + rd(10)
    else:
        b = "ES" + rd(20)
    return iban_check(b)


def iban_typed(s):
    if rng.random() < 0.7:
        return " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    return s if rng.random() < 0.5 else s.lower()


FIRST = ["john", "sarah", "priya", "liam", "aoife", "megan", "tomasz",
         "fatima", "dave", "chloe", "olu", "niamh", "ravi", "gemma", "marco"]
LAST = ["doe", "okafor", "smith", "murphy", "kowalski", "patel", "byrne",
        "hughes", "nguyen", "oconnor", "fischer", "walsh", "reid"]
DOMAINS = [("gmail", "com"), ("hotmail", "co.uk"), ("yahoo", "com"),
           ("outlook", "com"), ("eircom", "net"), ("btinternet", "com"),
           ("icloud", "com"), ("web", "de")]
STREETS = ["High Street", "Station Road", "Church Lane", "Park Avenue",
           "Victoria Road", "Mill Lane", "Oak Drive", "Elm Grove",
           "Kingsway", "Maple Close", "Albert Terrace", "Main Street",
           "Cedar Court", "Sunset Boulevard", "Elm St", "Washington Ave",
           "Harbour View Crescent", "Queens Gardens"]
TOWNS = ["Leeds", "Bristol", "Glasgow", "Cork", "Dublin", "Manchester",
         "Cardiff", "Boston", "Austin", "Norwich"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july",
          "august", "september", "october", "november", "december"]
UKPC = ["SW1A 1AA", "M1 1AE", "LS6 2QT", "BS8 4RP", "G12 8QQ", "CF10 3AT",
        "EH1 2NG", "NR2 4TF", "B33 8TH", "CR2 6XH", "DN55 1PT", "W1A 0AX",
        "EC1V 9HX", "OX4 2DU"]
USZIP = ["02139", "73301", "10027", "94110", "60614-2310", "30309",
         "98101", "78704-1123", "33139"]


def make_phone():
    k = rng.choice(["ukmob", "ukland", "usa", "ie", "intl_uk", "intl_ie",
                    "intl_us", "de"])
    if k == "ukmob":
        d = "07" + rd(9)
        return d, d[:5] + " " + d[5:], [5, 3, 3]
    if k == "ukland":
        d = "0" + rng.choice(["113", "117", "161", "141", "20"]) + rd(7)
        d = d[:11]
        return d, d[:4] + " " + d[4:7] + " " + d[7:], [4, 3, 4]
    if k == "usa":
        d = rng.choice(["617", "512", "212", "415"]) + "555" + rd(4)
        return d, "(%s) %s-%s" % (d[:3], d[3:6], d[6:]), [3, 3, 4]
    if k == "ie":
        d = "08" + rng.choice("3567") + rd(7)
        return d, d[:3] + " " + d[3:6] + " " + d[6:], [3, 3, 4]
    if k == "intl_uk":
        d = "447" + rd(9)
        return "+" + d, "+44 " + d[2:6] + " " + d[6:], [2, 4, 6]
    if k == "intl_ie":
        d = "3538" + rng.choice("3567") + rd(7)
        return "+" + d, "+353 " + d[3:5] + " " + d[5:8] + " " + d[8:], \
            [3, 2, 3, 4]
    if k == "intl_us":
        d = "1" + rng.choice(["617", "312"]) + "555" + rd(4)
        return "+" + d, "+1 %s-%s-%s" % (d[1:4], d[4:7], d[7:]), [1, 3, 3, 4]
    d = "4915" + rd(9)
    return "+" + d, "+49 " + d[2:5] + " " + d[5:], [2, 3, 8]


# ------------------------------------------------------------- builders
CASES = []
COUNTER = {"positive": 0, "negative": 0}


def T(speaker, *segs):
    return (speaker, list(segs))


def C(*segs):
    return T("customer", *segs)


def A(*segs):
    return T("agent", *segs)


def add(kind, note, *turns):
    out_turns, spans = [], []
    for ti, (spk, segs) in enumerate(turns):
        text = ""
        for s in segs:
            if isinstance(s, tuple):
                val, typ = s
                assert typ in TYPES, typ
                spans.append({"turn": ti, "start": len(text),
                              "end": len(text) + len(val), "type": typ})
                text += val
            else:
                text += s
        out_turns.append({"speaker": spk, "text": text})
    if kind == "negative":
        assert not spans
    else:
        assert spans
    COUNTER[kind] += 1
    cid = "h352-%s-%03d" % ("pos" if kind == "positive" else "neg",
                            COUNTER[kind])
    CASES.append({"id": cid, "kind": kind, "turns": out_turns,
                  "spans": spans, "note": note})


def P(note, *turns):
    add("positive", note, *turns)


def N(note, *turns):
    add("negative", note, *turns)


def ch(*xs):
    return rng.choice(xs)


def bc():
    return ch("mhm", "go on", "yep", "okay", "uh huh", "right", "got that",
              "yes", "mm hm, go ahead", "okay, and the rest?")


def greet():
    return ch("", "okay ", "right ", "yeah ", "um ", "so ")


# =============================================================== CARDS
def card_cases():
    for i in range(92):
        d = make_card()
        g = card_groups(d)
        style = i % 12
        ind = ch("bank", "telecom", "utility", "retail", "insurance",
                 "travel", "healthcare billing")
        if style == 0:
            lab = ch("card no:", "Card number -", "cc#", "card num ",
                     "CARD NUMBER:", "the long number is")
            P("typed chat card with label (%s)" % ind,
              A("Please provide the long card number for the payment."),
              C(lab + " ", (card_typed(d), "CARD_NUMBER"),
                ch("", " thanks", ". cheers", " ty", "!")))
        elif style == 1:
            P("ASR full card reading with fillers (%s)" % ind,
              A("can i take the long number across the front of the card"),
              C(greet() + ch("yeah it's ", "it is ", "so that's ", ""),
                (say(d, g, mode="digit", fill=0.25), "CARD_NUMBER"),
                ch("", " yeah", " and that's it")))
        elif style == 2:
            gs = split_groups(d, g)
            turns = [A("go ahead with the card number when you're ready")]
            for k, grp in enumerate(gs):
                turns.append(C(("" if k else greet()),
                               (say(grp, mode="mix", sep=" "), "CARD_NUMBER")))
                if k < len(gs) - 1:
                    turns.append(A(bc()))
            turns.append(A("lovely, thank you"))
            P("card split across customer turns with back-channels (%s)"
              % ind, *turns)
        elif style == 3:
            cut = rng.randrange(3, 9)
            P("card reading aborted then restarted from the beginning",
              A("and the card number please"),
              C(greet(), (say(d[:cut], [4, 4], mode="digit"), "CARD_NUMBER"),
                ch("... sorry, i'm going to start that again, ",
                   " - no wait, hang on, let me start over. ",
                   ", oh god sorry i lost my place, from the top: ",
                   " no sorry that's wrong, it's "),
                (say(d, g, mode="digit", fill=0.1), "CARD_NUMBER")))
        elif style == 4:
            k = rng.choice([6, 8, 10])
            last = d[k - 4:k]
            P("card resumed after line break-up, agent reads partial back",
              A("okay go ahead with the card number"),
              C(greet(), (say(d[:k], [4, 4, 2], mode="digit"), "CARD_NUMBER")),
              A(ch("sorry you broke up there, i got up to ",
                   "you cut out after ", "i've got as far as "),
                (say(last, mode="digit"), "CARD_NUMBER"),
                ch(", carry on from there", " - what came after that?",
                   ", keep going")),
              C(ch("right, ", "okay so after that it's ", "yeah then "),
                (say(d[k:], [4, 4, 4], mode="digit"), "CARD_NUMBER")))
        elif style == 5:
            h = len(d) // 2
            P("card reading interrupted by an aside in the same turn",
              A("card number please"),
              C((say(d[:h], [4, 4], mode="digit"), "CARD_NUMBER"),
                ch(" ... hold on, the dog's going mad, sorry ... ",
                   ", wait - kids, be quiet! - sorry, where was i, ",
                   " - can you hear me? okay - ",
                   ", hang on my glasses, right, "),
                (say(d[h:], [4, 4], mode="digit"), "CARD_NUMBER")))
        elif style == 6:
            P("card read in pairs / teens style with agent full read-back",
              A("what's the card number"),
              C((say(d, g, mode="pair"), "CARD_NUMBER")),
              A("let me read that back: ", (say(d, g, mode="digit"),
                                           "CARD_NUMBER"), "?"),
              C(ch("yep that's right", "correct", "yes")))
        elif style == 7:
            P("full card then later 'card ending' mention in same case",
              C("card is ", (card_typed(d), "CARD_NUMBER")),
              A("thanks, so that's the card ending ",
                (d[-4:], "CARD_NUMBER"), ", is that right?"),
              C("yes ending ", (say(d[-4:], mode="digit"), "CARD_NUMBER")))
        elif style == 8:
            e_m, e_y = rng.randrange(1, 13), rng.randrange(25, 32)
            cvv = rd(4 if len(d) == 15 else 3)
            P("chat dump: card, expiry and security code on one line",
              C(ch("hi pls take payment ", "Payment details: ",
                   "ok here u go "),
                (card_typed(d), "CARD_NUMBER"), ch(" exp ", " expiry ",
                                                   ", exp: "),
                ("%02d/%02d" % (e_m, e_y), "EXPIRY"),
                ch(" cvv ", " sec code ", " cvc: "), (cvv, "CVV")))
        elif style == 9:
            cut = rng.randrange(4, 12)
            P("card: customer loses place mid-way and restarts, then agent"
              " read-back split over turns",
              C((say(d[:cut], [4, 4, 4], mode="digit", fill=0.2),
                 "CARD_NUMBER"),
                ch(" ... actually let me do it again slowly. ",
                   " erm, no, i've skipped one, i'll start again: ")),
              C((say(d, g, mode="digit", sep=" ... "), "CARD_NUMBER")),
              A("okay so ", (say(d[:8], [4, 4], mode="digit"),
                             "CARD_NUMBER"), "..."),
              C("yep"),
              A("... ", (say(d[8:], [4, 4, 4], mode="digit"),
                         "CARD_NUMBER")),
              C("that's it"))
        elif style == 10:
            P("typed card with typo-ish spacing in e-mail (%s)" % ind,
              C(ch("Dear team,\nPlease charge my card ",
                   "Hello, re my booking - card: ",
                   "Hi, can you update the card on file to "),
                (card_typed(d), "CARD_NUMBER"),
                ch(" going forward.\nThanks", ". Order ref 55120 stays the "
                   "same.", " pls and thank u")))
        else:
            P("ASR card read mixing digit, pair and hundreds styles",
              A("and the sixteen digits on the front?"),
              C(ch("okay i've got it here, ", "right, ", ""),
                (say(d, g, mode="mix", fill=0.15), "CARD_NUMBER"),
                ch("", ", did you get that?")))


# ================================================================= SSN
def ssn_typed(s):
    return ch("%s-%s-%s" % (s[:3], s[3:5], s[5:]),
              "%s %s %s" % (s[:3], s[3:5], s[5:]), s,
              "%s-%s-%s" % (s[:3], s[3:5], s[5:]))


def ssn_cases():
    for i in range(38):
        s = make_ssn()
        st = i % 8
        ind = ch("healthcare billing", "insurance", "government services",
                 "banking", "telecom")
        if st == 0:
            P("typed SSN with label (%s)" % ind,
              C(ch("SSN: ", "ssn# ", "social is ", "Social Security No. "),
                (ssn_typed(s), "SSN")))
        elif st == 1:
            P("ASR SSN 3-2-4 reading with filler (%s)" % ind,
              A("can i get your social security number"),
              C(ch("sure it's ", "yeah ", "um "),
                (say(s, [3, 2, 4], mode="digit", fill=0.3), "SSN")))
        elif st == 2:
            P("SSN split over three turns with back-channels",
              A("i'll need your social to verify"),
              C((say(s[:3], mode="mix"), "SSN")), A(bc()),
              C((say(s[3:5], mode="mix"), "SSN")), A(bc()),
              C((say(s[5:], mode="mix"), "SSN")))
        elif st == 3:
            cut = rng.randrange(2, 6)
            P("SSN started, abandoned, restarted",
              C(ch("my social's ", "it's "), (say(s[:cut], mode="digit"),
                                              "SSN"),
                ch(" - no wait that's my wife's, sorry. mine is ",
                   "... hold on, start again, ",
                   " uh, sorry, i always mess this up, ")),
              C((say(s, [3, 2, 4], mode="digit"), "SSN")))
        elif st == 4:
            P("SSN with agent read-back and confirmation",
              C((say(s, [3, 2, 4], mode="pair"), "SSN")),
              A("so that's ", (ssn_typed(s) if rng.random() < 0.3 else
                               say(s, [3, 2, 4], mode="digit"), "SSN"),
                "?"),
              C("yes ma'am"))
        elif st == 5:
            P("SSN reading broken by aside, then resumed",
              C((say(s[:5], [3, 2], mode="digit"), "SSN"),
                ch(" ... sorry, someone's at the door ... okay, ",
                   ", hang on let me find the card, right, ",
                   " - is this call recorded? okay - ")),
              A("go ahead, i have the first five"),
              C((say(s[5:], mode="digit", fill=0.2), "SSN")))
        elif st == 6:
            P("SSN with hundreds style first group",
              A("last thing, your social"),
              C((say(s[:3], mode="hundred") + ", " +
                 say(s[3:5], mode="pair") + ", " +
                 say(s[5:], [2, 2], mode="pair", sep=" "), "SSN")))
        else:
            P("SSN in e-mail body among other numbers",
              C("Hi, my claim ref is CLM-88213. My SSN is ",
                (ssn_typed(s), "SSN"), " and DOB ",
                ("%02d/%02d/19%02d" % (rng.randrange(1, 13),
                                       rng.randrange(1, 29),
                                       rng.randrange(40, 99)), "DOB"),
                ". Amount owed $412.50."))


# ================================================================== NI
def ni_typed(n):
    return ch(n, n.lower(), "%s %s %s %s %s" % (n[:2], n[2:4], n[4:6],
                                                n[6:8], n[8]),
              "%s-%s-%s-%s-%s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8]),
              n[:2] + " " + n[2:8] + " " + n[8])


def ni_spoken(n, nato=0.4, mode="digit", fill=0.0):
    pre = n[:2].lower()
    if pre[0] == pre[1] and rng.random() < 0.5:
        p = "double " + pre[0]
    else:
        p = " ".join(say_letters(pre, nato))
    return "%s %s %s" % (p, say(n[2:8], [2, 2, 2], mode=mode, fill=fill),
                         " ".join(say_letters(n[8], nato)))


def ni_cases():
    for i in range(38):
        n = make_ni()
        st = i % 8
        ind = ch("government services", "banking", "utilities",
                 "insurance", "HMRC enquiry line")
        if st == 0:
            P("typed NI number with label (%s)" % ind,
              C(ch("NI no: ", "NINO ", "national insurance number is ",
                   "my ni number: "), (ni_typed(n), "NI_NUMBER")))
        elif st == 1:
            P("ASR NI with NATO letters",
              A("can you give me your national insurance number"),
              C(ch("yeah it's ", "", "okay "),
                (ni_spoken(n, nato=0.9, fill=0.2), "NI_NUMBER")))
        elif st == 2:
            P("NI split: letters, digits, suffix in separate turns",
              A("national insurance number please"),
              C((" ".join(say_letters(n[:2], 0.5)), "NI_NUMBER")),
              A(bc()),
              C((say(n[2:8], [2, 2, 2], mode="mix"), "NI_NUMBER")),
              A("and the letter at the end?"),
              C(ch("", "it's "), (" ".join(say_letters(n[8], 0.6)),
                                  "NI_NUMBER")))
        elif st == 3:
            cut = rng.randrange(2, 6)
            P("NI reading restarted after losing place",
              C((" ".join(say_letters(n[:2], 0.3)) + " " +
                 say(n[2:cut + 2], mode="digit") if cut else "",
                 "NI_NUMBER"),
                ch(" ... no, sorry, i'll start again, it's ",
                   " - hang on, that's not right. ",
                   " erm, sorry, from the beginning: ")),
              C((ni_spoken(n, 0.3), "NI_NUMBER")))
        elif st == 4:
            P("NI with agent read-back (typed letters spoken digits)",
              C((ni_spoken(n, 0.2, mode="pair"), "NI_NUMBER")),
              A("just to confirm that's ", (ni_spoken(n, 1.0), "NI_NUMBER"),
                "?"),
              C(ch("that's it", "yes", "spot on")))
        elif st == 5:
            P("NI read interrupted by aside within turn",
              C((" ".join(say_letters(n[:2], 0.5)) + " " +
                 say(n[2:6], [2, 2], mode="digit"), "NI_NUMBER"),
                ch(" ... sorry my payslip's here somewhere ... yeah, ",
                   ", can you hear me ok? right, ")),
              A(bc()),
              C((say(n[6:8], mode="digit") + " " +
                 " ".join(say_letters(n[8], 0.5)), "NI_NUMBER")))
        elif st == 6:
            P("NI in chat with case variation and stray spaces",
              C(ch("hi, my NI is ", "NI# ", "nat ins no "),
                (ni_typed(n), "NI_NUMBER"), ch(" - P60 attached", "",
                                                ". Tax year 2023/24.")))
        else:
            P("NI in pairs with correction of suffix letter by restart",
              C((ni_spoken(n, 0.0, mode="pair"), "NI_NUMBER")),
              A("sorry was that ", (ni_spoken(n, 0.0), "NI_NUMBER"),
                "?"),
              C("yeah, ", (" ".join(say_letters(n[8], 1.0)), "NI_NUMBER"),
                " at the end"))


# =========================================================== others
def other_cases():
    for i in range(16):
        # bank account + sort code
        acct = rd(8)
        sc = rd(6)
        if i % 2 == 0:
            P("typed UK bank details",
              C(ch("acct no: ", "Account number ", "a/c "),
                (acct, "BANK_ACCOUNT"), ch(", sort code ", " s/c ", " SC: "),
                (ch(sc[:2] + "-" + sc[2:4] + "-" + sc[4:], sc,
                    sc[:2] + " " + sc[2:4] + " " + sc[4:]), "SORT_CODE")))
        else:
            P("ASR bank details split across turns",
              A("what's the sort code"),
              C((say(sc, [2, 2, 2], mode="mix"), "SORT_CODE")),
              A("and the account number"),
              C((say(acct[:4], mode="digit", fill=0.2), "BANK_ACCOUNT")),
              A(bc()),
              C((say(acct[4:], mode="digit"), "BANK_ACCOUNT")))
    for i in range(12):
        acct = rd(rng.choice([10, 12]))
        P("US bank account and routing given (routing not labelled)",
          C("routing 0210", "00021", " and my checking account is ",
            (acct if i % 2 else say(acct, [3, 3, 4], mode="digit"),
             "BANK_ACCOUNT")))
    for i in range(14):
        ib = make_iban()
        if i % 3 == 2:
            sp = " ".join(say_letters(ib[:2], 0.3)) + " " + \
                say(ib[2:4], mode="pair")
            rest = ib[4:]
            body = []
            for chunk in [rest[k:k + 4] for k in range(0, len(rest), 4)]:
                if chunk.isdigit():
                    body.append(say(chunk, mode="digit"))
                else:
                    body.append(" ".join(say_letters(chunk, 0.3)))
            P("spoken IBAN",
              A("and the iban for the refund?"),
              C((sp + ", " + ", ".join(body), "IBAN")))
        else:
            P("typed IBAN in e-mail/chat",
              C(ch("IBAN: ", "please refund to ", "my iban is "),
                (iban_typed(ib), "IBAN"), ch("", " (BIC AIBKIE2D)",
                                             ", thanks")))
    for i in range(16):
        full, typed, grp = make_phone()
        if i % 2 == 0:
            P("typed phone number",
              C(ch("call me on ", "tel: ", "mob ", "my number's "),
                (typed, "PHONE"), ch("", " after 5pm", " thx")))
        else:
            dig = full.lstrip("+")
            s = say(dig, grp, mode="mix", fill=0.1)
            if full.startswith("+"):
                s = "plus " + s
            P("spoken phone number with agent read-back",
              A("best contact number?"),
              C(ch("it's ", "yeah ", ""), (s, "PHONE")),
              A("that's ", (say(dig, grp, mode="digit") if not
                            full.startswith("+") else
                            "plus " + say(dig, grp, mode="digit"), "PHONE"),
                "?"), C("yes"))
    for i in range(14):
        f, l = rng.choice(FIRST), rng.choice(LAST)
        dom, tld = rng.choice(DOMAINS)
        num = rd(2) if rng.random() < 0.5 else ""
        sepc = ch(".", "_", "")
        typed = f + sepc + l + num + "@" + dom + "." + tld
        if i % 2 == 0:
            P("typed e-mail address",
              C(ch("email: ", "it's ", "send it to "),
                (typed if rng.random() < 0.6 else typed.capitalize(),
                 "EMAIL"), ch("", " please", ".")))
        else:
            words = [f[0] if rng.random() < 0.5 else f]
            if sepc == ".":
                words.append("dot")
            elif sepc == "_":
                words.append("underscore")
            words.append(l)
            if num:
                words.append(say(num, mode="pair"))
            words += ["at", dom, "dot"] + tld.replace(".", " dot ").split()
            if words[0] != f:
                typed_note = "initial"
            else:
                typed_note = "full"
            P("spoken e-mail address (%s)" % typed_note,
              A("and an email for the receipt?"),
              C(ch("yeah it's ", "so it's ", ""), (" ".join(words), "EMAIL")))
    for i in range(14):
        dd, mm, yy = rng.randrange(1, 29), rng.randrange(1, 13), \
            rng.randrange(1942, 2004)
        if i % 2 == 0:
            P("typed date of birth",
              C(ch("DOB ", "d.o.b: ", "born "),
                (ch("%02d/%02d/%d" % (dd, mm, yy), "%d-%02d-%02d" % (yy, mm, dd),
                    "%d %s %d" % (dd, MONTHS[mm - 1].capitalize(), yy)),
                 "DOB")))
        else:
            ys = str(yy)
            yw = say(ys[:2], mode="pair") + " " + say(ys[2:], mode="pair") \
                if yy < 2000 else "two thousand and " + UNITS[yy - 2000]
            ordn = ["first", "second", "third", "fourth", "fifth", "sixth",
                    "seventh", "eighth", "ninth", "tenth", "eleventh",
                    "twelfth", "thirteenth", "fourteenth", "fifteenth",
                    "sixteenth", "seventeenth", "eighteenth", "nineteenth",
                    "twentieth"]
            dw = ordn[dd - 1] if dd <= 20 else "twenty " + ordn[dd - 21]
            P("spoken date of birth",
              A("can i take your date of birth"),
              C(ch("it's the ", "", "uh, "), ("%s of %s %s" % (
                  dw, MONTHS[mm - 1], yw), "DOB")))
    for i in range(12):
        m, y = rng.randrange(1, 13), rng.randrange(25, 32)
        P("spoken expiry and security code",
          A("expiry date and the three digits on the back?"),
          C((ch("%s twenty %s" % (say("%02d" % m, mode="digit"),
                                   UNITS[y - 20] if y < 30 else
                                   "thirty " + UNITS[y - 30] if y > 30 else
                                   "thirty"),
                 "%s %d" % (MONTHS[m - 1], 2000 + y)), "EXPIRY"),
            " and ", (say(rd(3), mode="digit"), "CVV")))
    for i in range(16):
        hn = rng.randrange(1, 240)
        street = rng.choice(STREETS)
        town = rng.choice(TOWNS)
        pc = rng.choice(UKPC if i % 3 else USZIP)
        if i % 2 == 0:
            flat = ("Flat %d, " % rng.randrange(1, 20)) if i % 4 == 0 else ""
            P("typed postal address",
              C(ch("address: ", "new address is ", "pls send to "),
                (flat + "%d %s" % (hn, street), "ADDRESS"), ", " + town +
                ", ", (pc, "POSTCODE")))
        else:
            if pc[0].isdigit():
                pcs = say(pc.replace("-", ""), mode="digit")
            else:
                out, c = [], pc.replace(" ", "")
                for k in c:
                    out.append(" ".join(say_letters(k, 0.3)))
                pcs = " ".join(out[:-3]) + ", " + " ".join(out[-3:])
            P("spoken address and postcode",
              A("and what's the address"),
              C(ch("it's ", "so ", ""), (say(str(hn), mode="mix") + " " +
                                          street.lower(), "ADDRESS"),
                ", " + town.lower() + ", " + ch("postcode ", "zip ", ""),
                (pcs, "POSTCODE")))


# =========================================================== negatives
def neg_cases():
    gens = []

    def g1():
        d = make_card()
        N("16-digit order number read like a card, labelled as order",
          C("my order number is ", card_typed(d)[:24].replace(".", " ")),
          A("thanks, i can see that order"))

    def g2():
        N("card last four only",
          A("which card would you like to use?"),
          C(ch("the one ending ", "visa ending in ", "card ending "),
            ch(rd(4), say(rd(4), mode="digit"))),
          A("the card ending in those digits, yes"))

    def g3():
        N("amounts and balances",
          C("my balance says %s pounds %d but i paid %s" % (
              say(str(rng.randrange(100, 999)), mode="hundred"),
              rng.randrange(10, 99), "$%d.%02d" % (rng.randrange(10, 9999),
                                                   rng.randrange(100)))))

    def g4():
        N("tracking number spoken digit by digit",
          C("the tracking number is ", say(rd(16), [4, 4, 4, 4],
                                           mode="digit")),
          A("okay, your parcel is out for delivery"))

    def g5():
        N("reference number formatted like SSN with label",
          C(ch("ticket number ", "case ref ", "claim number "),
            "%s-%s-%s" % (rd(3), rd(2), rd(4))),
          A("thanks, pulling up that case"))

    def g6():
        N("policy number shaped like an NI number, labelled",
          C("policy number %s%s%s" % (ch("PL", "HX", "AB"), rd(6),
                                      ch("A", "C", "D"))),
          A("got your policy"))

    def g7():
        N("meter reading",
          C("the meter reading is ", say(rd(5), mode="digit"),
            " and the night one is ", rd(5)))

    def g8():
        N("flight, seat and gate",
          C("i'm on flight %s %d, seat %d%s, gate %s" % (
              ch("EI", "BA", "FR", "UA"), rng.randrange(100, 9999),
              rng.randrange(1, 40), ch("A", "C", "F"),
              ch("B12", "23", "C4"))))

    def g9():
        N("appointment date and time",
          A("i can book you in on the %d%s of %s at %d:%02d" % (
              rng.randrange(1, 28), "th", ch(*MONTHS), rng.randrange(8, 18),
              ch(0, 15, 30, 45))), C("yeah that's fine"))

    def g10():
        N("opening hours and durations",
          A("we're open eight till eight, and the wait is about %s minutes"
            % ch("twenty", "forty five", "ninety")))

    def g11():
        N("invoice number long digit string",
          C("invoice %s, amount due %d.%02d" % (rd(12), rng.randrange(20, 500),
                                              rng.randrange(100))))

    def g12():
        N("serial/model numbers",
          C("the router serial is %s and model %s" % (
              "SN" + rd(12), ch("TG-789", "HH6", "VMG8825"))))

    def g13():
        N("ages, temperatures, percentages",
          C("my dad's %d, the heating's set to %d degrees and it's %d "
            "percent more than last year" % (rng.randrange(60, 95),
                                             rng.randrange(16, 24),
                                             rng.randrange(5, 60))))

    def g14():
        N("road name without house number",
          C("there's roadworks on %s near the roundabout" % ch(*STREETS)))

    def g15():
        N("contract start date and years",
          A("your contract started in %s %d and ends in %d" % (
              ch(*MONTHS), rng.randrange(2015, 2024),
              rng.randrange(2025, 2029))))

    def g16():
        N("reference number read like a card reading, labelled",
          A("i'll give you a reference for this call"),
          A("it's ", say(rd(12), [4, 4, 4], mode="digit"),
            ", that's your reference"),
          C("ok let me write that down"))

    def g17():
        N("room number and count",
          C("room %d, two adults and %s kids, %d nights" % (
              rng.randrange(100, 999), ch("three", "two"),
              rng.randrange(2, 14))))

    def g18():
        N("payment date and amount",
          A("your direct debit of %d pounds goes out on the %s of each month"
            % (rng.randrange(20, 200), ch("first", "fifteenth", "28th"))))

    def g19():
        N("customer number long digits labelled",
          C("customer number: ", rd(10), ", account is in credit by £",
            "%d.%02d" % (rng.randrange(1, 99), rng.randrange(100))))

    def g20():
        N("card last four with agent read-back, no full card",
          C("it's the mastercard, last four ", say(rd(4), mode="pair")),
          A("perfect, card ending in those four, expiring soon?"),
          C("no, it's fine"))

    def g21():
        N("spoken price and phone-menu options",
          A("press one for billing, two for technical, that's %s ninety "
            "nine a month" % ch("twenty", "thirty", "forty")))

    def g22():
        N("version, PIN-reset counts and durations",
          C("i've tried %d times over %d days, app version %d.%d.%d" % (
              rng.randrange(2, 9), rng.randrange(2, 9), rng.randrange(1, 9),
              rng.randrange(10), rng.randrange(10))))

    gens = [g1, g2, g3, g4, g5, g6, g7, g8, g9, g10, g11, g12, g13, g14,
            g15, g16, g17, g18, g19, g20, g21, g22]
    for i in range(110):
        gens[i % len(gens)]()


# =========================================================== validation
LETTER_TYPES = {"NI_NUMBER", "IBAN", "POSTCODE"}


def spoken_norm(text, typ):
    t = text.lower()
    if typ == "EMAIL" and "@" in t:
        return t.strip()
    if typ in ("PHONE",) and re.search(r"\d", t):
        return re.sub(r"[^\d+]", "", t)
    if re.search(r"\d", t) and typ not in ("EMAIL", "ADDRESS", "DOB",
                                           "EXPIRY"):
        return re.sub(r"[^0-9a-z]", "", t).upper()
    toks = re.findall(r"[a-z]+|\d+|\+", t)
    out = []
    i = 0
    n = len(toks)

    def unit(k):
        if k < n and toks[k] in UNITS[1:]:
            return UNITS.index(toks[k])
        if k < n and toks[k] in ZEROS:
            return 0
        return None
    while i < n:
        w = toks[i]
        if w in FILLERS:
            i += 1
            continue
        if w.isdigit() or w == "+":
            out.append(w)
            i += 1
            continue
        if w == "plus":
            out.append("+")
            i += 1
            continue
        if len(w) == 1 and i + 1 < n and (toks[i + 1] == "for" or (
                toks[i + 1] == "as" and i + 2 < n and toks[i + 2] == "in")):
            out.append(w.upper())
            i += 3 if toks[i + 1] == "for" else 4
            continue
        if w in ("double", "triple"):
            rep = 2 if w == "double" else 3
            u = unit(i + 1)
            if u is not None:
                out.append(str(u) * rep)
            elif i + 1 < n and len(toks[i + 1]) == 1:
                out.append(toks[i + 1].upper() * rep)
            else:
                return None
            i += 2
            continue
        if w in ZEROS:
            out.append("0")
            i += 1
            continue
        if w in UNITS[1:]:
            v = UNITS.index(w)
            if i + 1 < n and toks[i + 1] == "hundred":
                val = v * 100
                i += 2
                if i < n and toks[i] == "and":
                    i += 1
                    if toks[i] in TEENS:
                        val += 10 + TEENS.index(toks[i])
                        i += 1
                    elif toks[i] in TENS:
                        val += TENS[toks[i]] * 10
                        i += 1
                        u = unit(i)
                        if u:
                            val += u
                            i += 1
                    else:
                        val += UNITS.index(toks[i])
                        i += 1
                out.append("%03d" % val)
                continue
            out.append(str(v))
            i += 1
            continue
        if w in TEENS:
            out.append(str(10 + TEENS.index(w)))
            i += 1
            continue
        if w in TENS:
            u = unit(i + 1)
            if u:
                out.append(str(TENS[w] * 10 + u))
                i += 2
            else:
                out.append(str(TENS[w] * 10))
                i += 1
            continue
        if typ == "EMAIL":
            out.append({"dot": ".", "at": "@", "underscore": "_",
                        "dash": "-", "hyphen": "-"}.get(w, w))
            i += 1
            continue
        if w in WORD2LETTER and typ in LETTER_TYPES:
            out.append(WORD2LETTER[w].upper())
            i += 1
            continue
        if len(w) <= 2 and typ in LETTER_TYPES:
            out.append(w.upper())
            i += 1
            continue
        if typ in ("ADDRESS", "DOB", "EXPIRY"):
            out.append(" " + w + " ")
            i += 1
            continue
        return None
    return "".join(out)


NI_RE = re.compile(r"^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$")
STREET_WORDS = {"street", "road", "lane", "avenue", "drive", "grove",
                "kingsway", "close", "terrace", "court", "boulevard", "st",
                "ave", "crescent", "gardens", "way", "place"}


def valid(typ, v):
    if v is None:
        return False
    if typ == "CARD_NUMBER":
        return v.isdigit() and 13 <= len(v) <= 19 and luhn_ok(v)
    if typ == "SSN":
        return v.isdigit() and len(v) == 9 and v[:3] not in ("000", "666") \
            and v[0] != "9"
    if typ == "NI_NUMBER":
        return bool(NI_RE.match(v))
    if typ == "SORT_CODE":
        return v.isdigit() and len(v) == 6
    if typ == "BANK_ACCOUNT":
        return v.isdigit() and 6 <= len(v) <= 17
    if typ == "CVV":
        return v.isdigit() and len(v) in (3, 4)
    if typ == "IBAN":
        return iban_ok(v)
    if typ == "PHONE":
        d = v.lstrip("+")
        return d.isdigit() and 10 <= len(d) <= 15
    if typ == "EMAIL":
        return bool(re.match(r"^[\w.+-]+@[\w-]+(\.[\w-]+)+$", v, re.I))
    if typ == "POSTCODE":
        return bool(re.match(r"^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$", v) or
                    re.match(r"^\d{5}(\d{4})?$", v))
    if typ == "ADDRESS":
        words = set(re.findall(r"[a-z]+", v.lower()))
        return bool(re.match(r"^\s*(\d|flat|apartment)", v.lower())) and \
            bool(words & STREET_WORDS)
    if typ == "DOB":
        return bool(re.search(r"(19|20)\d\d", v.replace(" ", ""))) or \
            bool(re.search(r"\b(19\d\d|20\d\d)\b", v))
    if typ == "EXPIRY":
        return bool(re.search(r"\d", v)) and (
            bool(re.search(r"|".join(MONTHS), v)) or
            bool(re.match(r"^\s*(0?[1-9]|1[0-2])\s*/?\s*(20)?\d\d\s*$", v))
            or bool(re.match(r"^\s*0?[1-9]|1[0-2]", v)))
    return False


def check_case(c, errs):
    cid = c["id"]
    if c["kind"] == "negative" and c["spans"]:
        errs.append("%s: negative with spans" % cid)
    if c["kind"] == "positive" and not c["spans"]:
        errs.append("%s: positive without spans" % cid)
    for t in c["turns"]:
        if t["speaker"] not in ("customer", "agent"):
            errs.append("%s: bad speaker" % cid)
    prev = None
    for s in sorted(c["spans"], key=lambda s: (s["turn"], s["start"])):
        if s["type"] not in TYPES:
            errs.append("%s: bad type" % cid)
        if not (0 <= s["turn"] < len(c["turns"])):
            errs.append("%s: bad turn" % cid)
            continue
        text = c["turns"][s["turn"]]["text"]
        a, b = s["start"], s["end"]
        if not (0 <= a < b <= len(text)):
            errs.append("%s: offsets out of range" % cid)
            continue
        if a > 0 and text[a - 1].isalnum():
            errs.append("%s: span start not on word boundary" % cid)
        if b < len(text) and text[b].isalnum():
            errs.append("%s: span end not on word boundary" % cid)
        first_ok = text[a].isalnum() or (s["type"] == "PHONE" and
                                         text[a] == "+")
        if not first_ok or not text[b - 1].isalnum():
            errs.append("%s: span edge not alnum %r" % (cid, text[a:b]))
        if prev and prev["turn"] == s["turn"] and prev["end"] > a:
            errs.append("%s: overlapping spans" % cid)
        prev = s
    # value validation: per type and speaker, consecutive spans may join
    bytype = {}
    for s in c["spans"]:
        text = c["turns"][s["turn"]]["text"][s["start"]:s["end"]]
        spk = c["turns"][s["turn"]]["speaker"]
        bytype.setdefault((s["type"], spk), []).append(
            spoken_norm(text, s["type"]))
    fulls = {}
    covered = {}
    for (typ, spk), vals in bytype.items():
        cov = [False] * len(vals)
        for i in range(len(vals)):
            for j in range(i, len(vals)):
                if any(v is None for v in vals[i:j + 1]):
                    break
                joined = "".join(vals[i:j + 1])
                if valid(typ, joined):
                    for k in range(i, j + 1):
                        cov[k] = True
                    fulls.setdefault(typ, []).append(joined)
        covered[(typ, spk)] = cov
    for (typ, spk), vals in bytype.items():
        for v, ok in zip(vals, covered[(typ, spk)]):
            if ok:
                continue
            if v and any(v in f for f in fulls.get(typ, [])):
                continue
            errs.append("%s: %s value %r fails validation" % (cid, typ, v))


def build():
    card_cases()
    ssn_cases()
    ni_cases()
    other_cases()
    neg_cases()
    return "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in CASES)


def counts(cases):
    cnt = {t: 0 for t in TYPES}
    for c in cases:
        for s in c["spans"]:
            cnt[s["type"]] += 1
    return cnt


def main():
    data = build()
    if "--check" in sys.argv:
        errs = []
        with open(OUT, encoding="utf-8") as f:
            disk = f.read()
        if disk != data:
            errs.append("cases.jsonl is not byte-identical to regeneration")
        cases = [json.loads(l) for l in disk.splitlines()]
        ids = [c["id"] for c in cases]
        if len(ids) != len(set(ids)):
            errs.append("duplicate ids")
        for c in cases:
            check_case(c, errs)
        cnt = counts(cases)
        npos = sum(c["kind"] == "positive" for c in cases)
        nneg = sum(c["kind"] == "negative" for c in cases)
        if npos < 200 or nneg < 100:
            errs.append("too few cases")
        need = {"CARD_NUMBER": 70, "SSN": 30, "NI_NUMBER": 30}
        for t in TYPES:
            if cnt[t] < need.get(t, 10):
                errs.append("too few %s spans: %d" % (t, cnt[t]))
        for e in errs:
            print("ERROR", e)
        print("positives=%d negatives=%d" % (npos, nneg))
        print(json.dumps(cnt))
        if errs:
            sys.exit(1)
        print("check OK")
        return
    os.makedirs(OUT_DIR, exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(data)
    print("wrote %d cases to %s" % (len(CASES), OUT))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Generate the pii_holdout470 held-out PII evaluation set.

Written by an independent test author (AI helper) who did not see the
redaction engine.  Standard library only; single RNG random.Random(470241125).

Usage:
    python scripts/make_pii_holdout470.py          # write cases.jsonl
    python scripts/make_pii_holdout470.py --check  # regenerate + validate
"""
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "tests", "fixtures", "pii_holdout470", "cases.jsonl")

R = random.Random(470241125)

# ---------------------------------------------------------------- words
UNIT = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEEN = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
        "seventeen", "eighteen", "nineteen"]
TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy",
        8: "eighty", 9: "ninety"}
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo",
        "f": "foxtrot", "g": "golf", "h": "hotel", "i": "india", "j": "juliet",
        "k": "kilo", "l": "lima", "m": "mike", "n": "november", "o": "oscar",
        "p": "papa", "q": "quebec", "r": "romeo", "s": "sierra", "t": "tango",
        "u": "uniform", "v": "victor", "w": "whiskey", "x": "xray", "y": "yankee",
        "z": "zulu"}
FOLK = {"a": "apple", "b": "bertie", "c": "cat", "d": "david", "e": "edward",
        "f": "freddie", "g": "george", "h": "harry", "j": "jack", "k": "king",
        "l": "london", "m": "mother", "n": "nellie", "p": "peter", "r": "robert",
        "s": "sugar", "t": "tommy", "w": "william", "x": "xmas", "y": "yellow",
        "z": "zebra"}
FILLERS = {"um", "uh", "er", "erm", "ehm", "hmm"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORD = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
       "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11,
       "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
       "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
       "twentieth": 20, "thirtieth": 30}


def ch(seq):
    return seq[R.randrange(len(seq))]


def ordinal_words(d):
    inv = {v: k for k, v in ORD.items()}
    if d in inv:
        return inv[d]
    return TENS[d // 10] + " " + inv[d % 10]


def ordinal_digits(d):
    suf = "th" if 10 <= d % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
    return "%d%s" % (d, suf)


def pair_word(c):
    n = int(c)
    if n < 10:
        return UNIT[n]
    if n < 20:
        return TEEN[n - 10]
    return TENS[n // 10] + ("" if n % 10 == 0 else " " + UNIT[n % 10])


class Style:
    def __init__(self, zero=None, pairs=None, double=None, hund=None, treble=None):
        self.zero = zero or ch(["oh", "oh", "nought", "zero", "o"])
        self.pairs = R.random() < 0.35 if pairs is None else pairs
        self.double = R.random() < 0.6 if double is None else double
        self.hund = R.random() < 0.25 if hund is None else hund
        self.treble = treble or ch(["treble", "triple", "treble"])


def say_chunk(c, st, last=True):
    """Speak one chunk of digits."""
    if st.pairs and len(c) == 2 and c[0] != "0" and (c[1] != "0" or last) and R.random() < 0.7:
        return pair_word(c)
    if st.pairs and len(c) == 4 and c[0] != "0" and c[2] != "0" and (c[3] != "0" or last) and R.random() < 0.5:
        return pair_word(c[:2]) + " " + pair_word(c[2:])
    if st.hund and len(c) == 3 and c[0] != "0" and ((c[1:] == "00" and last) or c[2] != "0"):
        h = UNIT[int(c[0])] + " hundred"
        if c[1:] == "00":
            return h
        rest = pair_word(c[1:]) if c[1] != "0" else UNIT[int(c[2])]
        return h + ch([" and ", " and ", " "]) + rest if c[1] != "0" else h + " and " + rest
    words = []
    i = 0
    while i < len(c):
        j = i
        while j < len(c) and c[j] == c[i]:
            j += 1
        run = j - i
        w = st.zero if c[i] == "0" else UNIT[int(c[i])]
        if st.double and run == 3:
            words.append(st.treble + " " + w)
            i = j
        elif st.double and run >= 2:
            words.append("double " + w)
            i += 2
        else:
            words.append(w)
            i += 1
    return " ".join(words)


def chunk(s, sizes):
    out, i = [], 0
    for n in sizes:
        if i >= len(s):
            break
        out.append(s[i:i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return out


def say_digits(s, sizes, st=None):
    st = st or Style()
    cs = chunk(s, sizes)
    return [say_chunk(c, st, k == len(cs) - 1) for k, c in enumerate(cs)]


def say_letter(l, nato_p=0.5):
    l = l.lower()
    r = R.random()
    if r < nato_p * 0.5:
        return NATO[l]
    if r < nato_p:
        w = FOLK.get(l, NATO[l]) if R.random() < 0.4 else NATO[l]
        return "%s %s %s" % (l, ch(["for", "for", "as in"]), w)
    return l


def join_pieces(pieces, fill_p=0.15):
    out = pieces[0]
    for p in pieces[1:]:
        r = R.random()
        if r < fill_p:
            sep = ch([", um, ", " uh ", ", erm, ", " er "])
        elif r < fill_p + 0.35:
            sep = ", "
        elif r < fill_p + 0.45:
            sep = "... "
        else:
            sep = " "
        out += sep + p
    return out


# ---------------------------------------------------------------- case model
class G:
    """A labelled value: all spans in a group concatenate to one value."""

    def __init__(self, typ, canon, mode="full"):
        self.typ, self.canon, self.mode = typ, canon, mode


CASES = []
COUNTER = {"positive": 0, "negative": 0}


def build(kind, note, turns):
    COUNTER[kind] += 1
    cid = "h470-%s-%03d" % ("pos" if kind == "positive" else "neg", COUNTER[kind])
    out_turns, spans, meta = [], [], []
    for ti, (spk, segs) in enumerate(turns):
        text = ""
        for seg in segs:
            if isinstance(seg, tuple):
                val, g = seg
                a = 0
                while not val[a].isalnum():
                    a += 1
                b = len(val)
                while not val[b - 1].isalnum():
                    b -= 1
                text += val[:a]
                tail = val[b:]
                val = val[a:b]
                spans.append({"turn": ti, "start": len(text), "end": len(text) + len(val),
                              "type": g.typ})
                meta.append(g)
                text += val + tail
            else:
                text += seg
        out_turns.append({"speaker": spk, "text": text})
    if kind == "negative":
        assert not spans
    CASES.append(({"id": cid, "kind": kind, "turns": out_turns, "spans": spans,
                   "note": note}, meta))


def C(*segs):
    return ("customer", list(segs))


def A(*segs):
    return ("agent", list(segs))


BACK = ["mhm", "go on", "yep", "okay", "uh huh", "right", "yes", "got that", "mm",
        "keep going", "lovely, go on", "sorry, yes, continue"]
ASIDES = ["hang on, the dog's barking", "sorry, let me just find my glasses",
          "one second, my card's in the other bag", "hold on, the kids are shouting",
          "bear with me, it's worn off a bit", "sorry, I'm on the bus",
          "wait, is that a six or an eight, it's a six"]
GREET = ["hiya", "hi there", "hello", "morning", "good afternoon", "yeah hi", "alright"]


def deliver(g, pieces, lead, tail="", how=None, fill_p=0.15):
    """Turn a list of spoken pieces into customer turns (with back-channels)."""
    how = how or ch(["one", "one", "split", "aside", "split3"])
    if len(pieces) < 2:
        how = "one"
    if how == "one":
        return [C(lead, (join_pieces(pieces, fill_p), g), tail)]
    if how == "aside":
        k = R.randrange(1, len(pieces))
        return [C(lead, (join_pieces(pieces[:k], fill_p), g), ", " + ch(ASIDES) + ", ",
                  (join_pieces(pieces[k:], fill_p), g), tail)]
    n = 3 if how == "split3" and len(pieces) >= 3 else 2
    cuts = sorted(R.sample(range(1, len(pieces)), n - 1))
    parts, prev = [], 0
    for c in cuts + [len(pieces)]:
        parts.append(pieces[prev:c])
        prev = c
    turns = []
    for i, p in enumerate(parts):
        pre = lead if i == 0 else ch(["", "", "then ", "and ", "uh, "])
        post = tail if i == len(parts) - 1 else ch(["", "...", ",", ", yeah?"])
        turns.append(C(pre, (join_pieces(p, fill_p), g), post))
        if i < len(parts) - 1:
            turns.append(A(ch(BACK).capitalize() if R.random() < 0.3 else ch(BACK)))
    return turns


def readback(typ, canon, pieces, asr=True):
    g = G(typ, canon)
    lead = ch(["so that's ", "let me read that back, ", "just to confirm, ", "I have ",
               "okay so ", "thank you, so "])
    return A(lead, (join_pieces(pieces, 0.0), g), ch([", is that right?", "?", ", correct?", "."]))


# ---------------------------------------------------------------- value makers
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


def make_card():
    kind = ch(["visa", "visa", "visa", "mc", "mc", "amex", "disc", "maestro", "visa13", "mc2"])
    pre, ln = {"visa": ("4", 16), "mc": (ch(["51", "52", "53", "54", "55"]), 16),
               "amex": (ch(["34", "37"]), 15), "disc": ("6011", 16),
               "maestro": (ch(["6759", "5018", "6763"]), ch([16, 18, 19])),
               "visa13": ("4", 13), "mc2": ("2221", 16)}[kind]
    body = pre + "".join(str(R.randrange(10)) for _ in range(ln - len(pre) - 1))
    for d in "0123456789":
        if luhn_ok(body + d):
            return body + d


def card_groups(n):
    if n == 15:
        return [4, 6, 5]
    if n == 13:
        return [4, 3, 3, 3]
    return [4] * 5


def make_ni():
    bad1, bad2 = set("DFIQUV"), set("DFIOQUV")
    while True:
        a = ch([c for c in "ABCEGHJKLMNOPRSTWXYZ" if c not in bad1])
        b = ch([c for c in "ABCEGHJKLMNPRSTWXYZ" if c not in bad2])
        if a + b not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return a + b + "".join(str(R.randrange(10)) for _ in range(6)) + ch("ABCD")


def make_ssn():
    while True:
        a = R.randrange(1, 900)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, R.randrange(1, 100), R.randrange(1, 10000))


def iban_check(country, bban):
    s = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in s)
    return "%02d" % (98 - int(num) % 97)


def mod97_ok(iban):
    s = iban[4:] + iban[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def rdig(n):
    return "".join(str(R.randrange(10)) for _ in range(n))


def make_iban():
    c = ch(["GB", "GB", "IE", "IE", "DE", "NL", "FR", "ES"])
    if c in ("GB", "IE"):
        bank = ch(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) if c == "GB" else ch(["AIBK", "BOFI", "IPBS", "ULSB"])
        bban = bank + rdig(14)
    elif c == "DE":
        bban = rdig(18)
    elif c == "NL":
        bban = ch(["INGB", "ABNA", "RABO"]) + rdig(10)
    elif c == "FR":
        bban = rdig(23)
    else:
        bban = rdig(20)
    return c + iban_check(c, bban) + bban


UK_AREAS = ["SW", "SE", "N", "NW", "E", "W", "M", "B", "LS", "L", "G", "EH", "CF", "BT",
            "NE", "S", "BS", "CR", "DN", "KY", "AB", "PL", "TR", "HU", "YO", "NG", "LE", "OX"]
INWARD = "ABDEFGHJLNPQRSTUWXYZ"
EIR_KEYS = ["D02", "D04", "D6W", "D15", "A65", "T12", "H91", "V94", "F91", "X91", "R95",
            "A94", "K78", "P31", "Y35", "W23"]
EIR_CH = "ACDEFHKNPRTVWXY0123456789"


def make_postcode(kind=None):
    kind = kind or ch(["uk", "uk", "uk", "eir", "eir", "zip"])
    if kind == "uk":
        a = ch(UK_AREAS)
        d = str(R.randrange(1, 30)) if len(a) == 2 else str(R.randrange(1, 20))
        if a in ("SW", "W", "E") and R.random() < 0.3:
            d = str(R.randrange(1, 10)) + ch("AHPW")
        return "%s%s %d%s%s" % (a, d, R.randrange(10), ch(INWARD), ch(INWARD)), kind
    if kind == "eir":
        return ch(EIR_KEYS) + " " + "".join(ch(EIR_CH) for _ in range(4)), kind
    z = "%05d" % R.randrange(1001, 99950)
    if R.random() < 0.3:
        z += "-%04d" % R.randrange(10000)
    return z, kind


STREETS = ["Mill Lane", "Church Street", "Victoria Road", "Abbey Road", "Station Road",
           "Kingsway", "Glebe Terrace", "Oakfield Avenue", "Castle Close", "Harbour View",
           "Main Street", "Bridge Street", "Maple Drive", "Elm Street", "Sunnyside Crescent",
           "Pearse Street", "Dame Street", "Ashgrove Park", "Thornhill Way", "Cedar Court",
           "Brookfield Grove", "Quay Street", "Wellington Place", "Lansdowne Road"]
TOWNS_UK = ["Leeds", "Manchester", "Glasgow", "Cardiff", "Belfast", "Bristol", "Hull",
            "Nottingham", "Plymouth", "Aberdeen", "Croydon", "London"]
TOWNS_IE = ["Dublin", "Cork", "Galway", "Limerick", "Waterford", "Athlone", "Sligo", "Drogheda"]
TOWNS_US = ["Boston, MA", "Austin, TX", "Columbus, OH", "Portland, OR", "Tampa, FL", "Denver, CO"]
FIRST = ["sarah", "john", "aoife", "ciaran", "priya", "tom", "megan", "dave", "siobhan",
         "mohammed", "emma", "liam", "grace", "rhys", "niamh", "kev", "fiona", "ade"]
LAST = ["murphy", "smith", "oconnor", "patel", "jones", "walsh", "brennan", "khan",
        "evans", "byrne", "taylor", "kelly", "macleod", "nguyen", "doyle"]
DOMAINS = ["gmail.com", "hotmail.co.uk", "yahoo.ie", "outlook.com", "btinternet.com",
           "eircom.net", "icloud.com", "live.ie", "sky.com", "proton.me"]
INDUSTRY = ["bank", "broadband provider", "energy supplier", "insurer", "mobile network",
            "airline", "council", "hospital billing team", "retailer", "water company",
            "revenue office", "credit union", "travel agent", "gas supplier"]


def make_phone():
    k = ch(["ukmob", "ukmob", "ukland", "ukland", "iemob", "ieland", "us", "ukmob_int",
            "iemob_int", "us_int"])
    if k == "ukmob":
        return "07" + rdig(9), k
    if k == "ukmob_int":
        return "447" + rdig(9), k
    if k == "ukland":
        ac = ch(["020", "0161", "0113", "0141", "029", "0117", "028", "01632"])
        return ac + rdig(11 - len(ac)), k
    if k == "iemob":
        return ch(["083", "085", "086", "087", "089"]) + rdig(7), k
    if k == "iemob_int":
        return "353" + ch(["83", "85", "86", "87"]) + rdig(7), k
    if k == "ieland":
        return ch(["01", "021", "091", "061", "051"]) + rdig(7), k
    if k == "us":
        return str(R.randrange(201, 990)) + "555" + "%04d" % R.randrange(100, 200), k
    return "1" + str(R.randrange(201, 990)) + "555" + "%04d" % R.randrange(100, 200), k


def phone_typed(d, k):
    if k in ("ukmob",):
        return ch([d[:5] + " " + d[5:], d, d[:5] + "-" + d[5:8] + "-" + d[8:], d[:4] + " " + d[4:7] + " " + d[7:]])
    if k == "ukmob_int":
        return ch(["+44 " + d[2:6] + " " + d[6:], "+44" + d[2:], "0044 " + d[2:], "+44 (0)" + d[2:6] + " " + d[6:]])
    if k == "ukland":
        a = 3 if d.startswith("02") else (5 if d.startswith("0163") else 4)
        return ch([d[:a] + " " + d[a:], "(" + d[:a] + ") " + d[a:a + 3] + " " + d[a + 3:], d])
    if k == "iemob":
        return ch([d[:3] + " " + d[3:6] + " " + d[6:], d, d[:3] + "-" + d[3:]])
    if k == "iemob_int":
        return ch(["+353 " + d[3:5] + " " + d[5:8] + " " + d[8:], "+353" + d[3:], "00353 " + d[3:5] + " " + d[5:]])
    if k == "ieland":
        a = 2 if d.startswith("01") else 3
        return ch(["(" + d[:a] + ") " + d[a:], d[:a] + " " + d[a:a + 3] + " " + d[a + 3:]])
    if k == "us":
        return ch(["(%s) %s-%s" % (d[:3], d[3:6], d[6:]), "%s-%s-%s" % (d[:3], d[3:6], d[6:]), "%s.%s.%s" % (d[:3], d[3:6], d[6:])])
    return ch(["+1 %s %s %s" % (d[1:4], d[4:7], d[7:]), "+1 (%s) %s-%s" % (d[1:4], d[4:7], d[7:]), "1-%s-%s-%s" % (d[1:4], d[4:7], d[7:])])


def phone_spoken(d, k):
    st = Style()
    if k.endswith("_int"):
        cc = {"ukmob_int": "44", "iemob_int": "353", "us_int": "1"}[k]
        lead = ch(["plus ", "plus ", "double oh "]) if cc != "1" else ch(["plus ", ""])
        ccw = ch(["four four", "forty four"]) if cc == "44" else (ch(["three five three", "three fifty three"]) if cc == "353" else "one")
        return [lead + ccw] + say_digits(d[len(cc):], [3, 3, 4] if cc != "44" else [4, 3, 3], st)
    if k in ("ukmob",):
        return say_digits(d, ch([[5, 3, 3], [5, 6], [4, 3, 4], [3, 4, 4], [2, 3, 3, 3]]), st)
    if k == "ukland":
        a = 3 if d.startswith("02") else (5 if d.startswith("0163") else 4)
        return say_digits(d[:a], [a], st) + say_digits(d[a:], ch([[3, 4], [4, 4], [2, 2, 2, 2]]), st)
    if k == "iemob":
        return say_digits(d, ch([[3, 3, 4], [3, 7], [3, 2, 2, 3]]), st)
    if k == "ieland":
        a = 2 if d.startswith("01") else 3
        return say_digits(d[:a], [a], st) + say_digits(d[a:], ch([[3, 4], [4, 3]]), st)
    return say_digits(d, [3, 3, 4], st)


# ---------------------------------------------------------------- positives
def pos_card(i):
    card = make_card()
    n = len(card)
    ind = ch(["bank", "broadband", "energy", "retail", "insurance", "airline", "hotel", "council tax"])
    asr = R.random() < 0.6
    note = "card %s %s (%s)" % ("spoken" if asr else "typed", n, ind)
    turns = []
    g = G("CARD_NUMBER", card)
    if asr:
        sizes = ch([card_groups(n), card_groups(n), [2] * 10, [3] * 7, [4, 4, 4, 4, 3]])
        st = Style()
        pieces = say_digits(card, sizes, st)
        turns.append(A(ch(["can I take the long number on the front of the card please",
                           "okay, and the card number when you're ready",
                           "what's the sixteen digit number", "go ahead with the card number"])))
        corr = R.random() < 0.2
        if corr:
            wrong = pieces[0]
            turns.append(C(ch(["right, it's ", "ok "]), (wrong, G("CARD_NUMBER", card[:sizes[0]], "partial")),
                           ch(["... no wait, that's the old card. ", "- sorry, start again. "]),
                           (join_pieces(pieces), g)))
            note += ", restarted reading"
        else:
            turns += deliver(g, pieces, ch(["yeah it's ", "", "okay, ", "um right, ", "so "]),
                             ch(["", ".", ", that's it", ", yeah"]))
        if R.random() < 0.5:
            turns.append(readback("CARD_NUMBER", card, say_digits(card, card_groups(n), Style())))
            turns.append(C(ch(["yes", "that's it", "yeah spot on", "correct"])))
            note += ", agent read-back"
    else:
        sep = ch([" ", "-", "", " ", "  "])
        grp = ch([card_groups(n), card_groups(n), [4, 4, 2, 6], [6, 6, 4], [3, 3, 3, 3, 4]])
        txt = sep.join(chunk(card, grp))
        lab = ch(["card no: ", "Card number - ", "cc# ", "my card is ", "CARD: ", "card num ", "the card is "])
        turns.append(C(ch(GREET) + ", I want to pay my %s bill. " % ch(["gas", "phone", "rates", "broadband"]), lab, (txt, g), ch([" thanks", "", ".", " ta"])))
        turns.append(A(ch(["Thanks for that.", "Thank you, processing now.", "Got it."])))
    extra = R.random()
    if extra < 0.35:
        mm, yy = R.randrange(1, 13), R.randrange(25, 32)
        ge = G("EXPIRY", "%02d%02d" % (mm, yy))
        if asr:
            txt = ch(["%s %s" % (say_chunk("%02d" % mm, Style(pairs=False)), pair_word(str(yy))),
                      "%s twenty %s" % (MONTHS[mm - 1], pair_word(str(yy))),
                      "%s slash %s" % (UNIT[mm] if mm < 10 else pair_word(str(mm)), pair_word(str(yy)))])
        else:
            txt = ch(["%02d/%02d" % (mm, yy), "%02d/20%02d" % (mm, yy), "%02d-%02d" % (mm, yy)])
        turns.append(A("and the expiry?"))
        turns.append(C(ch(["", "it's ", "expires "]), (txt, ge)))
        note += ", expiry"
    if extra < 0.55:
        cv = rdig(4 if len(card) == 15 else 3)
        gc = G("CVV", cv)
        txt = " ".join(say_digits(cv, [1] * len(cv), Style(double=False))) if asr else cv
        turns.append(A(ch(["and the three digits on the back", "security code please", "the CVV?"])))
        turns.append(C(ch(["", "", "um ", "it's "]), (txt, gc)))
        note += ", cvv"
    if R.random() < 0.2:
        turns.append(A("So the payment will be taken from the card ending %s." % card[-4:]))
        note += ", last-four after full card (labelled)"
        turns[-1] = A("So the payment will be taken from the card ending ", (card[-4:], G("CARD_NUMBER", card[-4:], "partial")), ".")
    build("positive", note, turns)


def ni_pieces(ni, spoken):
    if not spoken:
        f = ch(["plain", "spaced", "pairs", "lower", "dash"])
        if f == "plain":
            return ni
        if f == "spaced":
            return "%s %s %s %s %s" % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8])
        if f == "pairs":
            return "%s %s %s" % (ni[:2], ni[2:8], ni[8])
        if f == "lower":
            return ni.lower()
        return "%s-%s-%s-%s-%s" % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8])
    st = Style(zero=ch(["nought", "zero", "zero"]))
    p = [say_letter(ni[0]), say_letter(ni[1])]
    if R.random() < 0.4:
        p = [say_letter(ni[0], 0) + " " + say_letter(ni[1], 0)]
    p += say_digits(ni[2:8], ch([[2, 2, 2], [3, 3], [6], [2, 4], [1, 1, 1, 1, 1, 1]]), st)
    p.append(say_letter(ni[8], 0.4))
    return p


def pos_ni(i):
    ni = make_ni()
    g = G("NI_NUMBER", ni)
    spoken = R.random() < 0.65
    ctx = ch(["HMRC tax code query", "DWP benefits claim", "pension provider", "payroll bureau",
              "student loan repayment", "council tax support", "employer onboarding"])
    turns = [A(ch(["Can I take your National Insurance number please?",
                   "and your NI number, when you're ready",
                   "what's your national insurance number?"]))]
    if spoken:
        turns += deliver(g, ni_pieces(ni, True), ch(["yeah it's ", "", "right, ", "ok so it's ", "er "]),
                         ch(["", ".", ", I think", ""]), fill_p=0.1)
        if R.random() < 0.45:
            turns.append(readback("NI_NUMBER", ni, [say_letter(ni[0], 1), say_letter(ni[1], 1)] +
                                  say_digits(ni[2:8], [2, 2, 2], Style(zero="zero")) + [ni[8].lower()]))
            turns.append(C(ch(["yes", "yep that's right", "that's me"])))
            note = "NI spoken + read-back (%s)" % ctx
        else:
            note = "NI spoken (%s)" % ctx
    else:
        turns = [C(ch(["Hi, re my tax code. ", "Hello, ", "", "Query from payroll - "]),
                   ch(["NI no: ", "my NI is ", "NINO ", "Nat Ins: ", "national insurance number "]),
                   (ni_pieces(ni, False), g), ch([".", " thanks", "", " - can you check it?"]))]
        note = "NI typed (%s)" % ctx
    if R.random() < 0.25:
        turns.append(A("Thanks. Your reference for this call is %s." % rdig(8)))
        note += " + call reference (not PII)"
    build("positive", note, turns)


def pos_ssn(i):
    ssn = make_ssn()
    g = G("SSN", ssn)
    spoken = R.random() < 0.6
    ctx = ch(["US health billing", "IRS payment plan", "US bank account opening", "car insurance quote", "401k rollover", "Medicare enrolment"])
    if spoken:
        pieces = say_digits(ssn, ch([[3, 2, 4], [3, 2, 4], [3, 2, 2, 2], [1] * 9]), Style(zero=ch(["zero", "oh"])))
        turns = [A(ch(["And the social, please?", "I'll need your social security number to verify.",
                       "can you verify the last... actually I'll need the full social"]))]
        turns += deliver(g, pieces, ch(["sure, ", "it's ", "", "okay um "]), ch(["", ".", ""]))
        if R.random() < 0.35:
            turns.append(readback("SSN", ssn, say_digits(ssn, [3, 2, 4], Style(zero="zero", pairs=False))))
        note = "SSN spoken (%s)" % ctx
    else:
        txt = ch([ssn[:3] + "-" + ssn[3:5] + "-" + ssn[5:], ssn, ssn[:3] + " " + ssn[3:5] + " " + ssn[5:]])
        turns = [C(ch(["Hi, ", "Hello - ", ""]), ch(["SSN: ", "my social is ", "ss# ", "Social Security No. "]), (txt, g),
                   ch([" and my claim number is CLM-%s" % rdig(7), ".", "", " thx"]))]
        note = "SSN typed (%s)" % ctx
    build("positive", note, turns)


def sortcode_text(sc, spoken):
    if not spoken:
        return ch([sc[:2] + "-" + sc[2:4] + "-" + sc[4:], sc, sc[:2] + " " + sc[2:4] + " " + sc[4:]])
    st = Style(pairs=R.random() < 0.5)
    return join_pieces(say_digits(sc, [2, 2, 2], st), 0.1)


def pos_bank(i):
    sc = rdig(6)
    acct = rdig(8)
    gs, ga = G("SORT_CODE", sc), G("BANK_ACCOUNT", acct)
    spoken = R.random() < 0.6
    bank = ch(["Nationwide", "Lloyds", "AIB", "Bank of Ireland", "Monzo", "Santander", "Ulster Bank", "Barclays", "PTSB"])
    if spoken:
        turns = [A("For the direct debit I'll need the sort code first.")]
        turns += deliver(gs, say_digits(sc, [2, 2, 2], Style()), ch(["it's ", "", "right, "]), "", how=ch(["one", "split"]))
        turns.append(A(ch(["and the account number", "lovely, and the eight digit account number"])))
        pieces = say_digits(acct, ch([[4, 4], [2, 3, 3], [3, 3, 2], [8], [2, 2, 2, 2]]), Style())
        turns += deliver(ga, pieces, ch(["", "okay ", "that's "]), ch(["", "."]))
        if R.random() < 0.5:
            turns.append(readback("SORT_CODE", sc, say_digits(sc, [2, 2, 2], Style(pairs=False))))
            turns.append(C("yes"))
        note = "sort code + account spoken (%s)" % bank
    else:
        lab_a = ch(["acct no: ", "Account: ", "a/c ", "account number ", "acc "])
        lab_s = ch(["sort code ", "S/C: ", "sort: ", "sc "])
        turns = [C(ch(["Hi, please update my DD. ", "New bank details: ", "Hello, changing banks to %s. " % bank]),
                   lab_s, (sortcode_text(sc, False), gs), ch([", ", " / ", " - "]), lab_a, (acct, ga),
                   ch(["", ". My customer ref is " + rdig(10), "."]))]
        note = "sort code + account typed (%s)" % bank
    build("positive", note, turns)


def pos_account_us(i):
    acct = rdig(R.randrange(9, 13))
    g = G("BANK_ACCOUNT", acct)
    turns = [C(ch(["Please set up autopay from my checking, ", "Hi - autopay please, "]),
               ch(["acct # ", "account no. ", "checking account "]), (acct, g), ch([".", " thanks", ""]))]
    build("positive", "US checking account typed", turns)


def iban_spoken(iban):
    p = [say_letter(iban[0], 0.7) + " " + say_letter(iban[1], 0.7)]
    st = Style(zero=ch(["zero", "nought"]), pairs=False, hund=False)
    rest = iban[2:]
    buf = ""
    out = []
    for c in rest:
        if c.isalpha():
            if buf:
                out += say_digits(buf, [4] * 10, st)
                buf = ""
            out.append(say_letter(c, 0.5))
        else:
            buf += c
    if buf:
        out += say_digits(buf, [4] * 10, st)
    return p + out


def pos_iban(i):
    iban = make_iban()
    g = G("IBAN", iban)
    spoken = R.random() < 0.4
    if spoken:
        turns = [A("Can you read me the IBAN from your statement?")]
        turns += deliver(g, iban_spoken(iban), ch(["yeah, ", "", "okay it's "]), "", fill_p=0.05)
        note = "IBAN spoken (%s)" % iban[:2]
    else:
        txt = ch([" ".join(chunk(iban, [4] * 9)), iban, iban.lower() if R.random() < 0.3 else " ".join(chunk(iban, [4] * 9))])
        turns = [C(ch(["Refund to IBAN: ", "my IBAN is ", "Please pay into ", "IBAN "]), (txt, g),
                   ch([" (BIC %s)" % ch(["AIBKIE2D", "BOFIIE2D", "NWBKGB2L"]), ".", "", " thanks"]))]
        note = "IBAN typed (%s)" % iban[:2]
    build("positive", note, turns)


def pos_phone(i):
    d, k = make_phone()
    g = G("PHONE", d)
    spoken = R.random() < 0.6
    if spoken:
        turns = [A(ch(["What's the best number to reach you on?", "and a contact number?",
                       "can I take a mobile number for the engineer?"]))]
        turns += deliver(g, phone_spoken(d, k), ch(["it's ", "", "my number's ", "yeah, "]),
                         ch(["", ".", " - that's the best one", ""]))
        if R.random() < 0.3:
            turns.append(readback("PHONE", d, phone_spoken(d, k)))
        note = "phone spoken (%s)" % k
    else:
        turns = [C(ch(["Call me back on ", "mob: ", "Tel ", "my number is ", "phone - "]), (phone_typed(d, k), g),
                   ch([" after 5pm", "", ".", " pls"]))]
        note = "phone typed (%s)" % k
    build("positive", note, turns)


def make_email():
    f, l = ch(FIRST), ch(LAST)
    local = ch([f + "." + l, f[0] + "." + l, f + l + str(R.randrange(1, 99)), f + "_" + l, l + "." + f[0]])
    return local + "@" + ch(DOMAINS)


def email_spoken(e):
    local, dom = e.split("@")
    def sp(s):
        out = []
        for part in re.split(r"([._])", s):
            if part == ".":
                out.append("dot")
            elif part == "_":
                out.append("underscore")
            elif part.isdigit():
                out.append(" ".join(say_digits(part, [2], Style(pairs=True))))
            elif len(part) == 1:
                out.append(ch([part, part, part + " for " + NATO[part]]))
            else:
                m = re.match(r"([a-z]+)(\d*)$", part)
                out.append(m.group(1))
                if m.group(2):
                    out.append(" ".join(say_digits(m.group(2), [2], Style(pairs=True))))
        return " ".join(out)
    return sp(local) + " at " + sp(dom)


def pos_email(i):
    e = make_email()
    g = G("EMAIL", e)
    spoken = R.random() < 0.55
    if spoken:
        turns = [A("and an email address for the confirmation?"),
                 C(ch(["yeah it's ", "", "it's ", "okay, "]), (email_spoken(e), g), ch(["", ", all lower case", ", no spaces"]))]
        note = "email spoken"
    else:
        txt = ch([e, e, e.upper() if R.random() < 0.2 else e.capitalize()])
        turns = [C(ch(["email: ", "Send it to ", "my e-mail is ", "Contact: "]), (txt, g), ch(["", " please", "."]))]
        note = "email typed"
    build("positive", note, turns)


def dob_text(y, m, d, spoken, us=False):
    if not spoken:
        return ch(["%02d/%02d/%d" % ((m, d, y) if us else (d, m, y)), "%d %s %d" % (d, MONTHS[m - 1].capitalize(), y),
                   "%s %s" % (ordinal_digits(d), MONTHS[m - 1].capitalize()) + " " + str(y),
                   "%d-%02d-%02d" % (y, m, d), "%02d.%02d.%02d" % (d, m, y % 100)])
    yw = ch(["%s %s" % (pair_word(str(y // 100)), pair_word("%02d" % (y % 100)) if y % 100 >= 10 else "oh " + UNIT[y % 10]),
             pair_word("%02d" % (y % 100)) if y % 100 >= 10 else "oh " + UNIT[y % 10]])
    if y >= 2000:
        yw = "two thousand and " + UNIT[y % 100] if y % 100 < 10 else "twenty " + pair_word("%02d" % (y % 100))
    return ch(["the %s of %s %s" % (ordinal_words(d), MONTHS[m - 1], yw),
               "%s %s %s" % (ordinal_words(d), MONTHS[m - 1], yw),
               "%s the %s, %s" % (MONTHS[m - 1], ordinal_words(d), yw),
               "%s %s, %s" % (MONTHS[m - 1], ordinal_words(d), yw)])


def pos_dob(i):
    y, m, d = R.randrange(1935, 2006), R.randrange(1, 13), R.randrange(1, 29)
    g = G("DOB", (y, m, d))
    spoken = R.random() < 0.6
    us = R.random() < 0.25
    txt = dob_text(y, m, d, spoken, us)
    if spoken:
        turns = [A(ch(["Can you confirm your date of birth for security?", "and your date of birth?", "DOB please"])),
                 C(ch(["", "it's ", "yeah, ", "um, "]), (txt, g))]
        note = "DOB spoken"
    else:
        turns = [C(ch(["DOB: ", "date of birth ", "Born ", "d.o.b "]), (txt, g), ch(["", ".", " - policy holder"]))]
        note = "DOB typed" + (" (US order)" if us else "")
    if R.random() < 0.3:
        turns.append(A("Thanks, your appointment is on %d %s at %d:%02d." % (R.randrange(1, 29), MONTHS[R.randrange(12)].capitalize(), R.randrange(8, 17), ch([0, 15, 30, 45]))))
        note += " + appointment date (not PII)"
    build("positive", note, turns)


def postcode_spoken(pc):
    out = []
    for part in pc.split(" "):
        if part.isdigit():
            out.append(" ".join(say_digits(part, [1] * len(part), Style(zero="zero", pairs=False, double=False))))
            continue
        sub = []
        for c in part:
            if c.isdigit():
                sub.append(UNIT[int(c)] if c != "0" else ch(["zero", "nought"]))
            else:
                sub.append(say_letter(c, 0.3))
        out.append(" ".join(sub))
    return out


def addr_text(spoken):
    street = ch(STREETS)
    n = R.randrange(1, 240)
    flat = R.random() < 0.35
    if spoken:
        num = pair_word(str(n)) if n < 100 else say_chunk(str(n), Style(hund=True))
        s = num + " " + street.lower()
        if flat:
            s = "flat " + UNIT[R.randrange(1, 10)] + ", " + s
    else:
        s = "%d %s" % (n, street)
        if flat:
            s = ch(["Flat %d, " % R.randrange(1, 30), "Apt %d%s, " % (R.randrange(1, 12), ch("AB")), "Unit %d, " % R.randrange(1, 9)]) + s
    return s


def pos_address(i):
    kind = ch(["uk", "uk", "eir", "eir", "zip"])
    pc, kind = make_postcode(kind)
    gp = G("POSTCODE", pc.replace(" ", "").replace("-", ""))
    spoken = R.random() < 0.55
    ga = G("ADDRESS", None)
    town = ch(TOWNS_UK if kind == "uk" else TOWNS_IE if kind == "eir" else TOWNS_US)
    at = addr_text(spoken)
    if spoken:
        turns = [A(ch(["What's the address on the account?", "and the delivery address?", "can I take the postcode first"])),
                 C(ch(["it's ", "", "yeah, "]), (at, ga), ", " + town.lower() + ", ",
                   (" ".join(postcode_spoken(pc)) if R.random() < 0.5 else join_pieces(postcode_spoken(pc), 0.0), gp))]
        if R.random() < 0.4:
            turns.append(readback("POSTCODE", pc.replace(" ", "").replace("-", ""), postcode_spoken(pc)))
        note = "address + %s postcode spoken" % kind
    else:
        pct = ch([pc, pc, pc.lower(), pc.replace(" ", "")])
        turns = [C(ch(["New address: ", "Please update my address to ", "Deliver to "]), (at, ga), ", " + town + " ", (pct, gp),
                   ch(["", ".", " - thanks"]))]
        note = "address + %s postcode typed" % kind
    build("positive", note, turns)


def pos_mixed(i):
    """Identity check call mixing several UK/IE types."""
    ni = make_ni()
    d, k = make_phone()
    pc, kind = make_postcode(ch(["uk", "eir"]))
    turns = [A("For security can I take your postcode?"),
             C("yeah it's ", (join_pieces(postcode_spoken(pc), 0.0), G("POSTCODE", pc.replace(" ", "").replace("-", "")))),
             A("and the phone number we have for you?")]
    turns += deliver(G("PHONE", d), phone_spoken(d, k), ch(["", "it'd be ", "probably "]), "")
    turns.append(A("and finally your NI number"))
    turns += deliver(G("NI_NUMBER", ni), ni_pieces(ni, True), ch(["", "it's "]), "")
    turns.append(A("Thank you, you're through security. Your balance is £%d.%02d." % (R.randrange(10, 900), R.randrange(100))))
    build("positive", "multi-value security check (%s, %s)" % (kind, k), turns)


# ---------------------------------------------------------------- negatives
def money():
    return ch(["£%d.%02d" % (R.randrange(1, 3000), R.randrange(100)), "€%d" % R.randrange(5, 900),
               "$%s.%02d" % (format(R.randrange(1, 20000), ","), R.randrange(100)),
               "%s pounds %s" % (pair_word(str(R.randrange(11, 99))), pair_word(str(R.randrange(11, 99))))])


def neg_templates():
    st = Style()
    L = [
        lambda: ([A("Your order number is %s, that's the one starting %s." % (rdig(16), rdig(3)))], "16-digit order number"),
        lambda: ([C("my order number is " + join_pieces(say_digits(rdig(16), [4] * 4, Style()), 0.1))], "order number spoken like a card"),
        lambda: ([C("the ticket reference is " + " ".join(say_digits(rdig(12), [3] * 4, Style())) + ", can you look it up")], "ticket reference spoken"),
        lambda: ([C("it's the card ending %s, the visa" % rdig(4)), A("thanks, I can see the card ending in %s" % rdig(4))], "card last four only"),
        lambda: ([A("the card ending %s declined, do you want to use the one ending %s?" % (rdig(4), rdig(4)))], "two last-four mentions"),
        lambda: ([C("my meter reading is %s, and the night one is %s" % (rdig(5), rdig(5)))], "meter readings"),
        lambda: ([C("the gas meter says " + " ".join(say_digits(rdig(5), [1] * 5, Style())) + " point " + UNIT[R.randrange(10)])], "meter reading spoken"),
        lambda: ([A("Your balance is %s and the minimum payment of %s is due on the %s of %s." % (money(), money(), ordinal_digits(R.randrange(1, 29)), ch(MONTHS).capitalize()))], "balance, payment, due date"),
        lambda: ([C("I was on hold for %d minutes and it's %d degrees in here" % (R.randrange(10, 90), R.randrange(15, 35)))], "duration, temperature"),
        lambda: ([A("We're open %d till %d Monday to Friday and %d till %d on Saturdays." % (R.randrange(7, 10), R.randrange(17, 21), R.randrange(8, 11), R.randrange(13, 17)))], "opening hours"),
        lambda: ([C("flight %s%d, seat %d%s, gate %s%d" % (ch(["EI", "FR", "BA", "UA"]), R.randrange(100, 9999), R.randrange(1, 40), ch("ABCDEF"), ch("ABCDF"), R.randrange(1, 60)))], "flight/seat/gate"),
        lambda: ([C("room %d at the %s, booking reference %s" % (R.randrange(100, 900), ch(["Marriott", "Jurys Inn", "Premier Inn"]), "".join(ch("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))))], "room + booking ref"),
        lambda: ([A("Your claim number is CLM%s and the policy number is %s%s." % (rdig(9), ch(["PL", "HH", "MTR"]), rdig(8)))], "claim + policy numbers"),
        lambda: ([C("tracking number " + " ".join(chunk("1Z" + rdig(16), [4] * 5)))], "tracking number"),
        lambda: ([C("the serial on the router is %s-%s-%s and model %s%d" % (rdig(4), rdig(4), rdig(4), ch(["HH", "TG", "DG"]), R.randrange(100, 9999)))], "router serial/model"),
        lambda: ([C("I'm %d and my husband is %d, we've been with you %d years" % (R.randrange(20, 90), R.randrange(20, 90), R.randrange(2, 30)))], "ages and years"),
        lambda: ([A("That's a %d percent discount, so %s a month for %d months on the contract starting %d %s %d." % (R.randrange(5, 50), money(), ch([12, 18, 24]), R.randrange(1, 29), ch(MONTHS).capitalize(), R.randrange(2024, 2028)))], "percent, price, contract date"),
        lambda: ([C("invoice %s, amount due %s, paid on %02d/%02d/%d" % (rdig(10), money(), R.randrange(1, 29), R.randrange(1, 13), R.randrange(2022, 2027)))], "invoice number, payment date"),
        lambda: ([C("the engineer is coming on the " + ordinal_words(R.randrange(1, 29)) + " of " + ch(MONTHS) + " between eight and one")], "appointment date spoken"),
        lambda: ([C("it happened on the M%d near junction %d, on the %s" % (R.randrange(1, 90), R.randrange(1, 40), ch(["A40", "N7", "A1(M)", "B4632"])))], "road names"),
        lambda: ([A("your reference is " + join_pieces(say_digits(rdig(8), [2, 2, 2, 2], Style()), 0.0) + ", that's your reference not your account number")], "reference number spoken in pairs like a sort code"),
        lambda: ([C("the reading on the water meter is " + " ".join(say_digits(rdig(6), [2, 2, 2], Style())) + " cubic metres")], "meter reading in pairs"),
        lambda: ([A("I've raised case number %s, and there are %d calls ahead of you, about %d minutes." % (rdig(11), R.randrange(2, 40), R.randrange(5, 60)))], "case number, queue"),
        lambda: ([C("we paid %s in %d and %s in %d" % (money(), R.randrange(1995, 2025), money(), R.randrange(1995, 2025)))], "amounts and years"),
        lambda: ([C("my tax credit award notice number is %s" % rdig(13)), A("thanks, I'll pass that reference on")], "13-digit award reference"),
        lambda: ([C("the barcode on the parcel is %s" % rdig(13))], "barcode"),
        lambda: ([A("The outage in your area, fault ref %s, should be fixed by %d:%02d." % (rdig(9), R.randrange(12, 23), ch([0, 30])))], "fault ref, time"),
        lambda: ([C("it cost " + pair_word(str(R.randrange(11, 99))) + " ninety nine and I bought " + UNIT[R.randrange(2, 10)] + " of them")], "spoken price and count"),
        lambda: ([C("the prescription number is %s and the pharmacy code %s" % (rdig(10), rdig(5)))], "healthcare reference numbers"),
        lambda: ([A("For the record, the licence number is %s and the vehicle reg is %s%02d %s" % (rdig(8), ch(["AB", "LC", "YX", "KM"]), R.randrange(10, 75), "".join(ch("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3))))], "TV licence + vehicle reg"),
        lambda: ([C("I've got " + pair_word(str(R.randrange(20, 99))) + " quid left till payday and the bill is " + say_chunk(str(R.randrange(101, 999)), Style(hund=True)) + " euro")], "spoken amounts with hundreds"),
        lambda: ([A("Your MPRN is %s and the meter point is %s" % ("10" + rdig(9), rdig(13)))], "meter point numbers"),
    ]
    return L


# ---------------------------------------------------------------- build all
def generate():
    CASES.clear()
    COUNTER["positive"] = COUNTER["negative"] = 0
    plan = ([pos_card] * 62 + [pos_ni] * 40 + [pos_ssn] * 33 + [pos_bank] * 24 + [pos_account_us] * 4 +
            [pos_iban] * 14 + [pos_phone] * 26 + [pos_email] * 14 + [pos_dob] * 15 +
            [pos_address] * 18 + [pos_mixed] * 8)
    R.shuffle(plan)
    for i, f in enumerate(plan):
        f(i)
    tpls = neg_templates()
    for i in range(120):
        turns, note = tpls[i % len(tpls)]()
        if R.random() < 0.3:
            turns = [A("Thanks for calling your %s, how can I help?" % ch(INDUSTRY))] + turns
        build("negative", note, turns)
    lines = [json.dumps(c, ensure_ascii=False) for c, _ in CASES]
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------- validation
WORDNUM = {w: str(i) for i, w in enumerate(UNIT)}
for z in ("oh", "o", "nought", "nil"):
    WORDNUM[z] = "0"
TEENN = {w: str(10 + i) for i, w in enumerate(TEEN)}
TENSN = {w: str(k) for k, w in TENS.items()}
NATO_INV = {v: k.upper() for k, v in NATO.items()}
NATO_INV["alfa"] = "A"


def norm(text, mode):
    """Normalise spoken/typed forms.  mode: num | alnum | email."""
    toks = re.findall(r"[A-Za-z]+|\d+|[@._\-+]", text)
    out, i, bad = "", 0, []
    low = [t.lower() for t in toks]
    units = dict(WORDNUM)
    if mode == "alnum":
        for z in ("oh", "o"):
            units.pop(z)

    def unit_at(j):
        return units.get(low[j]) if j < len(low) else None

    while i < len(toks):
        t, tl = toks[i], low[i]
        nxt = low[i + 1] if i + 1 < len(low) else None
        if t.isdigit():
            out += t
        elif tl in FILLERS:
            pass
        elif tl in ("-", "+", "plus") and mode != "email":
            pass
        elif mode == "email" and tl in ("dot", ".", "at", "@", "underscore", "_", "dash", "-"):
            out += {"dot": ".", "at": "@", "underscore": "_", "dash": "-"}.get(tl, tl)
        elif mode != "email" and t in ("." ,):
            pass
        elif tl in ("double", "treble", "triple") and nxt is not None:
            n = 2 if tl == "double" else 3
            if unit_at(i + 1) is not None:
                out += unit_at(i + 1) * n
            elif len(nxt) == 1:
                out += nxt.upper() * n
            else:
                bad.append(t)
            i += 1
        elif unit_at(i) is not None and nxt == "hundred":
            h = unit_at(i)
            i += 1
            if i + 1 < len(low) and low[i + 1] == "and" or (i + 1 < len(low) and (low[i + 1] in TEENN or low[i + 1] in TENSN)):
                if low[i + 1] == "and":
                    i += 1
                w = low[i + 1] if i + 1 < len(low) else None
                if w in TEENN:
                    out += h + TEENN[w]
                    i += 1
                elif w in TENSN:
                    if i + 2 < len(low) and low[i + 2] in UNIT[1:]:
                        out += h + TENSN[w] + WORDNUM[low[i + 2]]
                        i += 2
                    else:
                        out += h + TENSN[w] + "0"
                        i += 1
                elif w in units:
                    out += h + "0" + units[w]
                    i += 1
                else:
                    bad.append("hundred")
            else:
                out += h + "00"
        elif unit_at(i) is not None:
            out += unit_at(i)
        elif tl in TEENN:
            out += TEENN[tl]
        elif tl in TENSN:
            if nxt in UNIT[1:]:
                out += TENSN[tl] + WORDNUM[nxt]
                i += 1
            else:
                out += TENSN[tl] + "0"
        elif mode != "email" and len(tl) == 1 and nxt in ("for", "as"):
            out += tl.upper()
            i += 2 if nxt == "for" else 3
        elif mode != "email" and tl in NATO_INV:
            out += NATO_INV[tl]
        elif mode == "email" and len(tl) == 1 and nxt in ("for", "as"):
            out += tl
            i += 2 if nxt == "for" else 3
        elif mode == "email":
            out += tl
        elif mode == "alnum" and (len(tl) <= 4 or t.isupper()):
            out += t.upper()
        else:
            bad.append(t)
        i += 1
    return out, bad


UK_PC = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$")
EIR = re.compile(r"^[ACDEFHKNPRTVWXY]\d[\dW][ACDEFHKNPRTVWXY\d]{4}$")
ZIP = re.compile(r"^\d{5}(\d{4})?$")
NI_RE = re.compile(r"^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$")
STREET_WORDS = ("lane", "street", "road", "kingsway", "terrace", "avenue", "close", "view", "drive",
                "crescent", "park", "way", "court", "grove", "place")


def validate_group(typ, canon, mode, texts):
    """Return an error string or None."""
    if typ == "ADDRESS":
        for t in texts:
            tl = t.lower()
            if not (re.search(r"\d", t) or any(w in tl.split() for w in UNIT + TEEN + list(TENS.values()))):
                return "address without number"
            if not any(tl.endswith(w) for w in STREET_WORDS):
                return "address must end with street"
        return None
    if typ in ("DOB", "EXPIRY"):
        for t in texts:
            tl = t.lower()
            for mi, mname in enumerate(MONTHS):
                tl = re.sub(r"\b%s\b" % mname, " %02d " % (mi + 1), tl)
            for w, v in sorted(ORD.items(), key=lambda x: -len(x[0])):
                tl = re.sub(r"\b%s\b" % w, " %s " % v, tl)
            tl = re.sub(r"\b(twenty|thirty)\s+(\d)\b", lambda m: " %d " % (int(TENSN[m.group(1)]) * 10 + int(m.group(2))), tl)
            tl = re.sub(r"(\d+)(st|nd|rd|th)\b", r"\1", tl)
            tl = tl.replace("two thousand and", "200")
            tl = re.sub(r"\b(the|of|slash)\b", " ", tl)
            n, bad = norm(re.sub(r"[,/.\-]", " ", tl), "num")
            if bad:
                return "unparsed %r in %r" % (bad, t)
            nums = [n]
            if typ == "DOB":
                y, m, d = canon
                flat = "".join(nums)
                if "%02d" % (y % 100) not in flat or str(m) not in flat or str(d) not in flat:
                    return "DOB %r does not match %r" % (t, canon)
            else:
                mm, yy = canon[:2], canon[2:]
                flat = "".join(nums)
                if yy not in flat or str(int(mm)) not in flat:
                    return "EXPIRY %r does not match %r" % (t, canon)
        return None
    nmode = {"EMAIL": "email", "NI_NUMBER": "alnum", "IBAN": "alnum", "POSTCODE": "alnum"}.get(typ, "num")
    got = ""
    for t in texts:
        if typ == "PHONE":
            t = t.replace("(0)", "")
        n, bad = norm(t, nmode)
        if bad:
            return "unparsed tokens %r in %r" % (bad, t)
        got += n
    if typ == "PHONE" and got.startswith("00"):
        got = got[2:]
    if nmode == "email":
        got = got.lower()
        canon = canon.lower()
    if mode == "partial":
        if not got or not canon.endswith(got) and not canon.startswith(got):
            return "partial %r not in %r" % (got, canon)
        return None
    if got != canon:
        return "%s normalised %r != %r" % (typ, got, canon)
    if typ == "CARD_NUMBER" and not (13 <= len(got) <= 19 and got.isdigit() and luhn_ok(got)):
        return "bad card"
    if typ == "IBAN" and not mod97_ok(got):
        return "bad iban"
    if typ == "NI_NUMBER" and not NI_RE.match(got):
        return "bad NI"
    if typ == "SSN" and not (len(got) == 9 and got.isdigit() and got[:3] not in ("000", "666") and got[0] != "9"):
        return "bad SSN"
    if typ == "SORT_CODE" and not (len(got) == 6 and got.isdigit()):
        return "bad sort code"
    if typ == "BANK_ACCOUNT" and not (8 <= len(got) <= 12 and got.isdigit()):
        return "bad account"
    if typ == "CVV" and not (len(got) in (3, 4) and got.isdigit()):
        return "bad cvv"
    if typ == "PHONE" and not (10 <= len(got) <= 13 and got.isdigit()):
        return "bad phone"
    if typ == "POSTCODE" and not (UK_PC.match(got) or EIR.match(got) or ZIP.match(got)):
        return "bad postcode %r" % got
    if typ == "EMAIL" and not re.match(r"^[a-z0-9._\-]+@[a-z0-9\-]+(\.[a-z0-9\-]+)+$", got):
        return "bad email"
    return None


def check(data):
    errs = []
    with open(OUT, encoding="utf-8") as fh:
        disk = fh.read()
    if disk != data:
        errs.append("cases.jsonl is not byte-identical to regenerated output")
    ids = set()
    counts = {}
    npos = nneg = 0
    for line in disk.splitlines():
        c = json.loads(line)
        if c["id"] in ids:
            errs.append("dup id " + c["id"])
        ids.add(c["id"])
        if c["kind"] == "positive":
            npos += 1
            if not c["spans"]:
                errs.append(c["id"] + " positive without spans")
        else:
            nneg += 1
            if c["spans"]:
                errs.append(c["id"] + " negative with spans")
        for t in c["turns"]:
            if t["speaker"] not in ("customer", "agent"):
                errs.append(c["id"] + " bad speaker")
        byturn = {}
        for s in c["spans"]:
            counts[s["type"]] = counts.get(s["type"], 0) + 1
            if not (0 <= s["turn"] < len(c["turns"])):
                errs.append(c["id"] + " turn out of range")
                continue
            txt = c["turns"][s["turn"]]["text"]
            a, b = s["start"], s["end"]
            if not (0 <= a < b <= len(txt)):
                errs.append(c["id"] + " offsets out of range")
                continue
            if not (txt[a].isalnum() and txt[b - 1].isalnum()):
                errs.append("%s span edge not alnum %r" % (c["id"], txt[a:b]))
            if (a > 0 and txt[a - 1].isalnum()) or (b < len(txt) and txt[b].isalnum()):
                errs.append("%s span not on word boundary %r" % (c["id"], txt[a:b]))
            byturn.setdefault(s["turn"], []).append((a, b))
        for lst in byturn.values():
            lst.sort()
            for (a1, b1), (a2, b2) in zip(lst, lst[1:]):
                if a2 < b1:
                    errs.append(c["id"] + " overlapping spans")
    # value validation using the generator's group structure
    for c, meta in CASES:
        groups = {}
        for s, g in zip(c["spans"], meta):
            groups.setdefault(id(g), (g, []))[1].append(c["turns"][s["turn"]]["text"][s["start"]:s["end"]])
        for g, texts in groups.values():
            e = validate_group(g.typ, g.canon, g.mode, texts)
            if e:
                errs.append("%s: %s" % (c["id"], e))
    need = {"CARD_NUMBER": 70, "SSN": 30, "NI_NUMBER": 30}
    for t in ("CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE", "IBAN",
              "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"):
        if counts.get(t, 0) < need.get(t, 10):
            errs.append("too few %s spans: %d" % (t, counts.get(t, 0)))
    if npos < 200 or nneg < 100:
        errs.append("too few cases: %d pos %d neg" % (npos, nneg))
    return errs, counts, npos, nneg


def main():
    data = generate()
    if "--check" in sys.argv[1:]:
        errs, counts, npos, nneg = check(data)
        for e in errs[:60]:
            print("ERROR", e)
        print("positives %d negatives %d" % (npos, nneg))
        for k in sorted(counts):
            print("  %-13s %d" % (k, counts[k]))
        if errs:
            print("%d errors" % len(errs))
            sys.exit(1)
        print("check OK")
        return
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(data)
    print("wrote", os.path.normpath(OUT))


if __name__ == "__main__":
    main()

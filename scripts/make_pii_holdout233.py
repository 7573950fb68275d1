#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set h233.

Written by an AI helper acting as an independent author (it did not see the
redaction code).  Emphasis: phone calls as a speech recogniser such as Whisper
writes them (partial inverse text normalisation, odd punctuation/casing,
homophones, values split over turns), plus typed chat.

    python scripts/make_pii_holdout233.py          # write fixture + README
    python scripts/make_pii_holdout233.py --check  # regenerate and verify

Standard library only.  Never use this set for tuning.
"""
import json
import os
import random
import re
import sys

SEED = 233241126
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_DIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout233")
CASES = os.path.join(OUT_DIR, "cases.jsonl")
README = os.path.join(OUT_DIR, "README.md")
TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

R = random.Random(SEED)

ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORD = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth",
       7: "seventh", 8: "eighth", 9: "ninth", 10: "tenth", 11: "eleventh",
       12: "twelfth", 13: "thirteenth", 14: "fourteenth", 15: "fifteenth",
       16: "sixteenth", 17: "seventeenth", 18: "eighteenth", 19: "nineteenth",
       20: "twentieth", 21: "twenty first", 22: "twenty second", 23: "twenty third",
       24: "twenty fourth", 25: "twenty fifth", 26: "twenty sixth",
       27: "twenty seventh", 28: "twenty eighth", 29: "twenty ninth",
       30: "thirtieth", 31: "thirty first"}
NATO = {"A": "alpha", "B": "bravo", "C": "charlie", "D": "delta", "E": "echo",
        "F": "foxtrot", "G": "golf", "H": "hotel", "J": "juliet", "K": "kilo",
        "L": "lima", "M": "mike", "N": "november", "P": "papa", "R": "romeo",
        "S": "sierra", "T": "tango", "W": "whiskey", "X": "x-ray", "Y": "yankee",
        "Z": "zulu", "O": "oscar", "I": "india", "Q": "quebec", "U": "uniform",
        "V": "victor"}
# letter names an ASR might write for a spelled letter
LETTER_SPOKEN = {"A": ["a", "A"], "B": ["b", "be", "B"], "C": ["c", "see", "C"],
                 "D": ["d", "D"], "E": ["e", "E"], "G": ["g", "G"],
                 "H": ["h", "aitch", "H"], "J": ["j", "jay", "J"], "K": ["k", "K"],
                 "L": ["l", "L"], "M": ["m", "M"], "N": ["n", "N"], "P": ["p", "pee", "P"],
                 "R": ["r", "are", "R"], "S": ["s", "S"], "T": ["t", "tee", "T"],
                 "W": ["w", "W"], "X": ["x", "X"], "Y": ["y", "why", "Y"],
                 "Z": ["z", "zed", "Z"], "F": ["f", "F"], "I": ["i", "I"],
                 "Q": ["q", "queue", "Q"], "U": ["u", "you", "U"], "V": ["v", "V"]}


def ch(seq):
    return R.choice(seq)


# ---------------------------------------------------------------- values
def luhn_ok(d):
    tot = 0
    for i, c in enumerate(reversed(d)):
        n = int(c)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        tot += n
    return tot % 10 == 0


def make_card():
    kind = ch(["visa", "visa", "mc", "mc", "amex", "disc", "visa13", "maestro"])
    if kind == "visa":
        pre, n = "4" + ch(["1", "5", "9", "6", "0", "4"]), 16
    elif kind == "visa13":
        pre, n = "4", 13
    elif kind == "mc":
        pre, n = ch(["51", "52", "53", "54", "55", "2221", "2720"]), 16
    elif kind == "amex":
        pre, n = ch(["34", "37"]), 15
    elif kind == "disc":
        pre, n = "6011", 16
    else:
        pre, n = ch(["6759", "6761"]), ch([18, 19])
    body = pre + "".join(str(R.randint(0, 9)) for _ in range(n - len(pre) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c, kind


def card_groups(d):
    if len(d) == 15:
        return [d[:4], d[4:10], d[10:]]
    if len(d) == 13:
        return [d[:4], d[4:7], d[7:10], d[10:]]
    return [d[i:i + 4] for i in range(0, len(d), 4)]


def make_ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


NI_FIRST = "ABCEGHJKLMNOPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"


def make_ni():
    while True:
        p = ch(NI_FIRST) + ch(NI_SECOND)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ") and "O" not in p:
            break
    return p + "".join(str(R.randint(0, 9)) for _ in range(6)) + ch("ABCD")


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


def make_iban():
    c = ch(["GB", "GB", "IE", "DE", "FR", "NL", "ES"])
    dg = lambda n: "".join(str(R.randint(0, 9)) for _ in range(n))
    if c == "GB":
        bban = ch(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + dg(14)
    elif c == "IE":
        bban = ch(["AIBK", "BOFI"]) + dg(14)
    elif c == "DE":
        bban = dg(18)
    elif c == "FR":
        bban = dg(23)
    elif c == "NL":
        bban = ch(["ABNA", "INGB", "RABN"]) + dg(10)
    else:
        bban = dg(20)
    return c + iban_check(c, bban) + bban


def iban_typed(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def dg(n, first_nonzero=False):
    s = "".join(str(R.randint(0, 9)) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = str(R.randint(1, 9)) + s[1:]
    return s


def make_phone(region=None):
    region = region or ch(["uk_mob", "uk_land", "us", "us", "ie", "uk_intl", "de_intl", "ie_intl", "fr_intl"])
    if region == "uk_mob":
        return "07" + dg(9), region
    if region == "uk_land":
        return ch(["0161", "0113", "0121", "0117", "0141", "0131", "0191"]) + dg(7), region
    if region == "us":
        return str(R.randint(2, 9)) + dg(2) + str(R.randint(2, 9)) + dg(6), region
    if region == "ie":
        return "08" + ch("35679") + dg(7), region
    if region == "uk_intl":
        return "447" + dg(9), region
    if region == "ie_intl":
        return "3538" + ch("3567") + dg(7), region
    if region == "de_intl":
        return "4915" + dg(9), region
    return "336" + dg(8), region


def phone_typed(d, region):
    if region == "us":
        return ch(["(%s) %s-%s" % (d[:3], d[3:6], d[6:]), "%s-%s-%s" % (d[:3], d[3:6], d[6:]),
                   "%s.%s.%s" % (d[:3], d[3:6], d[6:]), d, "+1 %s %s %s" % (d[:3], d[3:6], d[6:])])
    if region in ("uk_mob",):
        return ch([d[:5] + " " + d[5:], d, d[:5] + " " + d[5:8] + " " + d[8:], d[:5] + "-" + d[5:]])
    if region == "uk_land":
        return ch([d[:4] + " " + d[4:7] + " " + d[7:], "(" + d[:4] + ") " + d[4:], d])
    if region == "ie":
        return ch([d[:3] + " " + d[3:6] + " " + d[6:], d, d[:3] + "-" + d[3:]])
    if region == "uk_intl":
        return ch(["+44 " + d[2:6] + " " + d[6:], "+44 (0)" + d[2:6] + " " + d[6:], "0044" + d[2:]])
    if region == "ie_intl":
        return ch(["+353 " + d[3:5] + " " + d[5:8] + " " + d[8:], "+353" + d[3:]])
    if region == "de_intl":
        return "+49 " + d[2:5] + " " + d[5:]
    return "+33 " + " ".join([d[2]] + [d[i:i + 2] for i in range(3, len(d), 2)])


FIRST = ["john", "sarah", "priya", "liam", "aoife", "marek", "fatima", "dave", "chloe",
         "tom", "niamh", "kwame", "elena", "raj", "beth", "sean", "maria", "olu"]
LAST = ["murphy", "patel", "smith", "okafor", "kowalski", "brennan", "nguyen",
        "garcia", "hughes", "obrien", "fischer", "doyle", "khan", "walsh", "reid"]
DOMAINS = ["gmail.com", "hotmail.co.uk", "yahoo.com", "outlook.com", "icloud.com",
           "eircom.net", "btinternet.com", "gmx.de", "aol.com", "live.ie"]


def make_email():
    f, l = ch(FIRST), ch(LAST)
    user = ch([f + "." + l, f[0] + l, f + l + str(R.randint(1, 99)), f + "_" + l,
               l + f[0], f + "." + l + str(R.randint(70, 99))])
    return user, ch(DOMAINS)


UK_STREETS = ["Station Road", "Church Lane", "Victoria Street", "Mill Road", "Park Avenue",
              "Kings Road", "Beech Close", "Elm Grove", "Granby Crescent", "Orchard Way",
              "Windsor Terrace", "Queens Drive", "Hawthorn Gardens", "Bridge Street"]
US_STREETS = ["Maple Avenue", "Oak Street", "Pine Drive", "Washington Boulevard",
              "Elm Court", "Lakeview Road", "Sunset Boulevard", "Cedar Lane",
              "Highland Avenue", "Main Street", "Birch Way", "Jefferson Place"]
IE_STREETS = ["Main Street", "Ashgrove Park", "Castle Road", "Fairview Terrace",
              "Church View", "Oakwood Avenue"]


def make_uk_postcode():
    area = ch(["M", "B", "L", "G", "S", "E", "N", "W", "SW", "SE", "NW", "LS", "BS", "CF",
               "EH", "CR", "DN", "NG", "BT", "KT", "RG", "OX", "PL", "YO"])
    dist = str(R.randint(1, 28))
    if area in ("SW", "W", "E", "N") and R.random() < 0.25:
        dist = str(R.randint(1, 9)) + ch("ABCEHKMNPRW")
    inward = str(R.randint(0, 9)) + ch("ABDEFGHJLNPQRSTUWXYZ") + ch("ABDEFGHJLNPQRSTUWXYZ")
    return area + dist, inward


def make_zip():
    return dg(5, True), (dg(4) if R.random() < 0.3 else "")


# ---------------------------------------------------------------- speech
def zero_word(uk=False):
    if uk:
        return ch(["oh", "oh", "zero", "nought", "o"])
    return ch(["oh", "zero", "zero", "o"])


def say_digit(c, uk=False, homo=False):
    if c == "0":
        return zero_word(uk)
    w = ONES[int(c)]
    if homo:
        w = {"two": ch(["to", "too", "two"]), "four": ch(["for", "four"]),
             "eight": ch(["ate", "eight"]), "one": ch(["one", "won"])}.get(w, w)
    return w


def say_digits(s, uk=False, doubles=True, homo=False):
    out, i = [], 0
    while i < len(s):
        c = s[i]
        if doubles and i + 2 < len(s) and s[i + 1] == c and s[i + 2] == c and R.random() < 0.6:
            out.append("triple " + ONES[int(c)] if c != "0" else "triple " + zero_word(uk))
            i += 3
            continue
        if doubles and i + 1 < len(s) and s[i + 1] == c and R.random() < 0.6:
            out.append("double " + (ONES[int(c)] if c != "0" else zero_word(uk)))
            i += 2
            continue
        out.append(say_digit(c, uk, homo))
        i += 1
    return " ".join(out)


def say_pair(p):
    n = int(p)
    if p[0] == "0":
        return None
    if n < 10:
        return None
    if n < 20:
        return TEENS[n - 10]
    if n % 10 == 0:
        return None  # "thirty" + next digit would be ambiguous
    return TENS[n // 10] + ch([" ", "-"]) + ONES[n % 10]


def say_group(g, uk=False, homo=False):
    """Say a digit group; 4-digit groups sometimes as two pairs."""
    r = R.random()
    if len(g) == 4 and r < 0.3:
        a, b = say_pair(g[:2]), say_pair(g[2:])
        if a and b:
            return a + " " + b
    if len(g) == 4 and g[2] == "0" and g[3] != "0" and r < 0.4:
        a = say_pair(g[:2])
        if a:
            return a + " " + zero_word(uk) + " " + ONES[int(g[3])]
    return say_digits(g, uk, homo=homo)


def whisper_group(g, uk=False):
    """Partial ITN: group may come out as numerals or words or mixed."""
    r = R.random()
    if r < 0.45:
        return g
    if r < 0.55 and len(g) >= 2:
        k = R.randint(1, len(g) - 1)
        return g[:k] + " " + say_digits(g[k:], uk, doubles=False)
    return say_group(g, uk)


def say_number(n):
    """Cardinal for 0..9999 as spoken (for house numbers, amounts)."""
    if n < 10:
        return ONES[n]
    if n < 20:
        return TEENS[n - 10]
    if n < 100:
        return TENS[n // 10] + ("" if n % 10 == 0 else " " + ONES[n % 10])
    if n < 1000:
        h, r = divmod(n, 100)
        return ONES[h] + " hundred" + ("" if r == 0 else " and " + say_number(r))
    if 1100 <= n < 10000 and n % 100 != 0 and n // 100 % 10 != 0:
        return say_number(n // 100) + " " + (say_number(n % 100) if n % 100 >= 10 else "oh " + ONES[n % 100])
    th, r = divmod(n, 1000)
    return say_number(th) + " thousand" + ("" if r == 0 else " " + say_number(r))


def say_year(y):
    if 2000 <= y < 2010:
        return ch(["two thousand and " + ONES[y - 2000], "two thousand " + ONES[y - 2000]])
    a, b = divmod(y, 100)
    return say_number(a) + " " + (say_number(b) if b >= 10 else "oh " + ONES[b])


def say_letter(c, nato_p=0.3):
    if c == "O" or (c in NATO and R.random() < nato_p):
        return ch([c.lower() + " for " + NATO[c], c.lower() + " as in " + NATO[c],
                   c + " for " + NATO[c].capitalize()])
    return ch(LETTER_SPOKEN[c])


def say_alnum(s, uk=True, nato_p=0.3):
    out = []
    for c in s:
        if c.isdigit():
            out.append(say_digit(c, uk) if c != "0" else ch(["zero", "oh", "nought"]))
        elif c == " ":
            continue
        else:
            out.append(say_letter(c, nato_p))
    return " ".join(out)


# ---------------------------------------------------------------- case building
class Case:
    def __init__(self, kind, note):
        self.kind, self.note, self.turns = kind, note, []

    def t(self, speaker, *segs):
        self.turns.append((speaker, list(segs)))
        return self

    def a(self, *segs):
        return self.t("agent", *segs)

    def c(self, *segs):
        return self.t("customer", *segs)

    def render(self, cid):
        turns, spans = [], []
        for ti, (sp, segs) in enumerate(self.turns):
            text = ""
            for s in segs:
                if isinstance(s, tuple):
                    v, typ = s
                    spans.append({"turn": ti, "start": len(text), "end": len(text) + len(v), "type": typ})
                    text += v
                else:
                    text += s
            turns.append({"speaker": sp, "text": text})
        return {"id": cid, "kind": self.kind, "turns": turns,
                "spans": spans if self.kind == "positive" else [], "note": self.note}


def P(note):
    return Case("positive", note)


def N(note):
    return Case("negative", note)


def greet_call():
    return ch(["thank you for calling how can i help", "hi you're through to customer services my name's ",
               "good morning you're speaking with ", "hello thanks for holding"]) + \
        ("" if R.random() < 0.5 else ch(["", "gemma", "paul", "ravi", "siobhan"]))


def fill():
    return ch(["", "", "um ", "uh ", "er ", "yeah ", "right ", "okay so ", "so "])


def ind(options):
    return ch(options)


def greet():
    return ch(["thank you for calling how can i help", "hi you're through to customer services my name's gemma",
               "good morning you're speaking with paul how can i help today", "hello thanks for holding",
               "Hi, thanks for calling. Who am I speaking with?", "hello you're through to accounts"])


# ================================================================ positives
def p_card_call_words():
    d, k = make_card()
    uk = R.random() < 0.5
    reading = " ".join(say_group(g, uk) for g in card_groups(d))
    return (P("call/%s: %s card read in words, pairs and doubles" % (ch(["telecom", "retail", "utilities"]), k))
            .a(ch(["okay and the long card number please", "can i take the sixteen digit number on the front",
                   "go ahead with the card number"]))
            .c(fill(), (reading, "CARD_NUMBER"), ch(["", " and that's it", " yeah"])))


def p_card_whisper_mixed():
    d, k = make_card()
    gs = card_groups(d)
    parts = [whisper_group(g) for g in gs]
    sep = ch([" ", ", ", ". ", " - "])
    reading = sep.join(parts)
    return (P("call/%s: whisper partial ITN, %s card half numerals half words" % (ch(["banking", "travel", "insurance"]), k))
            .a("And the card number?")
            .c(ch(["Yeah, it's ", "Sure. ", "OK so it's ", "It is "]), (reading, "CARD_NUMBER"), ch([".", "", "?", " and the expiry's next."])))


def p_card_split_turns():
    d, k = make_card()
    gs = card_groups(d)
    uk = R.random() < 0.5
    c = P("call/%s: %s card split over %d customer turns with back-channels" % (ch(["insurance", "utilities", "retail", "healthcare billing"]), k, len(gs)))
    c.a("ready when you are with the card number")
    for i, g in enumerate(gs):
        said = whisper_group(g, uk) if R.random() < 0.4 else say_group(g, uk)
        c.c(ch(["", "", "so ", "um "]) if i == 0 else ch(["", "", "then "]), (said, "CARD_NUMBER"))
        if i < len(gs) - 1:
            c.a(ch(["mhm", "okay", "yep", "go on", "uh-huh", "Mm-hmm.", "okay go on"]))
    return c


def p_card_chat():
    d, k = make_card()
    gs = card_groups(d)
    style = R.random()
    if style < 0.3:
        typed = " ".join(gs)
    elif style < 0.5:
        typed = "-".join(gs)
    elif style < 0.7:
        typed = d
    elif style < 0.85:
        typed = ".".join(gs)
    else:
        typed = "  ".join(gs)
    return (P("chat/%s: %s card typed with separators mid-message" % (ch(["retail", "telecom", "travel"]), k))
            .a("Hi there, how can I help today?")
            .c(ch(["hi can u take payment on card ", "Pls charge card ", "card no: ", "my card is "]), (typed, "CARD_NUMBER"),
               ch([" thx", " for the £45.99 balance", " - the order total was $120", ""])))


def p_card_cvv_exp_call():
    d, k = make_card()
    uk = R.random() < 0.5
    gs = card_groups(d)
    cvv = dg(4 if k == "amex" else 3)
    mm, yy = R.randint(1, 12), R.randint(26, 31)
    exp = ch(["%s %s" % (say_digits("%02d" % mm, uk), say_number(yy)),
              "%02d/%02d" % (mm, yy), "%s twenty %s" % (MONTHS[mm - 1], say_number(yy)),
              "%02d %02d" % (mm, yy), "%s %s" % (say_digits("%02d" % mm, uk), say_digits("%02d" % yy, uk))])
    cv = ch([say_digits(cvv, uk), cvv, " ".join(cvv)])
    c = P("call/%s: card, expiry and security code in one call, whisper mixed forms" % ch(["telecom", "utilities", "travel"]))
    c.a("can i take the card number please")
    c.c((" ".join(whisper_group(g, uk) for g in gs), "CARD_NUMBER"))
    c.a("thank you and the expiry date")
    c.c(ch(["it's ", "", "expires "]), (exp, "EXPIRY"))
    c.a(ch(["and the three digits on the back", "and the security code please", "last thing the CVV"]))
    c.c(ch(["", "yep ", "it's "]), (cv, "CVV"))
    return c


def p_card_readback():
    d, k = make_card()
    gs = card_groups(d)
    uk = R.random() < 0.5
    c = P("call/retail: agent reads card back to customer, both readings labelled")
    c.c("so it's ", (" ".join(say_group(g, uk) for g in gs), "CARD_NUMBER"))
    c.a("let me just read that back ", (" ".join(whisper_group(g, uk) for g in gs), "CARD_NUMBER"), " is that right")
    c.c("yes that's right")
    return c


def p_card_homophone():
    d, k = make_card()
    gs = card_groups(d)
    reading = " ".join(say_digits(g, False, homo=True) for g in gs)
    return (P("call/telecom: ASR homophones in card digits (to/for/ate/won)")
            .a("go ahead with the card number")
            .c("yeah ", (reading, "CARD_NUMBER"), " that's the visa debit" if d[0] == "4" else " ok"))


def p_card_runtogether():
    d, k = make_card()
    gs = card_groups(d)
    # words run together like 'fourone' are rare; whisper more often glues numerals
    parts = []
    for g in gs:
        r = R.random()
        parts.append(g if r < 0.5 else (g[:2] + " " + g[2:] if r < 0.75 else say_digits(g)))
    reading = ", ".join(parts)
    return (P("call/banking: Whisper groups digits oddly with commas '41, 11'")
            .a("What's the card number, please?")
            .c("It's ", (reading, "CARD_NUMBER"), ch([".", "...", "."])))


def p_card_with_amount():
    d, k = make_card()
    gs = card_groups(d)
    amt = R.randint(12, 480)
    return (P("call/utilities: card next to a $ amount and time, only card labelled")
            .a("So the amount due is $%d.%02d, and I can take that now." % (amt, R.randint(0, 99)))
            .c("OK. Use the card ending... actually the full number is ", (" ".join(whisper_group(g) for g in gs), "CARD_NUMBER"),
               ". I get paid at %d:30 so that's fine." % R.randint(1, 11)))


def p_ssn_call():
    s = make_ssn()
    r = R.random()
    if r < 0.35:
        reading = "%s %s %s" % (say_digits(s[:3]), say_digits(s[3:5]), say_digits(s[5:]))
    elif r < 0.6:
        reading = "%s-%s-%s" % (s[:3], s[3:5], s[5:])
    elif r < 0.8:
        reading = "%s %s %s" % (s[:3], say_digits(s[3:5]), s[5:])
    else:
        reading = "%s %s %s" % (say_digits(s[:3]), s[3:5], say_group(s[5:]))
    return (P("call/%s: US SSN, whisper partial ITN" % ch(["healthcare billing", "government services", "banking", "insurance"]))
            .a(ch(["can i get your social security number", "and for verification the social please",
                   "What's your Social Security number?"]))
            .c(fill(), ch(["", "it's ", "sure it's "]), (reading, "SSN"), ch(["", " yeah", "."])))


def p_ssn_split():
    s = make_ssn()
    c = P("call/healthcare billing: SSN split over turns with back-channel")
    c.a("i'll need your social security number to pull up the account")
    c.c("okay ", (say_digits(s[:3]), "SSN"))
    c.a(ch(["mhm", "okay", "yes"]))
    c.c((ch([say_digits(s[3:5]), s[3:5]]), "SSN"))
    c.a(ch(["go on", "uh-huh"]))
    c.c((ch([say_group(s[5:]), s[5:], say_digits(s[5:])]), "SSN"), ch(["", " that's it"]))
    return c


def p_ssn_chat():
    s = make_ssn()
    typed = ch(["%s-%s-%s" % (s[:3], s[3:5], s[5:]), s, "%s %s %s" % (s[:3], s[3:5], s[5:]), "%s.%s.%s" % (s[:3], s[3:5], s[5:])])
    return (P("chat/%s: SSN typed" % ch(["banking", "government services", "insurance"]))
            .a("To verify, please provide your SSN.")
            .c(ch(["ssn ", "my social is ", "SSN: ", "its "]), (typed, "SSN"), ch(["", " thanks", ", DOB to follow"])))


def p_ssn_correction():
    s = make_ssn()
    s2 = s[:5] + dg(4)
    c = P("call/government services: SSN with self-correction of last four; both readings labelled")
    c.a("and your social")
    c.c((say_digits(s2[:3]) + " " + say_digits(s2[3:5]) + " " + say_digits(s2[5:]), "SSN"),
        " no sorry ", (say_digits(s[:3]) + " " + s[3:5] + " " + s[5:], "SSN"))
    return c


def p_ssn_last_words():
    s = make_ssn()
    return (P("call/banking: SSN with 'dash' spoken and capitalised odd")
            .a("Social security number, please.")
            .c("Yes. It's ", ("%s dash %s dash %s" % (say_digits(s[:3]), say_digits(s[3:5]), say_digits(s[5:])), "SSN"), ". And I'm calling about the $250 fee."))


def p_ni_call():
    n = make_ni()
    r = R.random()
    if r < 0.4:
        reading = say_alnum(n)
    elif r < 0.7:
        reading = "%s %s %s %s %s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8])
    elif r < 0.85:
        reading = say_alnum(n[:2]) + " " + " ".join(say_pair(n[i:i + 2]) or say_digits(n[i:i + 2], True) for i in (2, 4, 6)) + " " + say_alnum(n[8])
    else:
        reading = n[:2] + " " + say_digits(n[2:8], True) + " " + n[8]
    return (P("call/government services: UK NI number, spelled letters mixed with whisper numerals")
            .a(ch(["can i take your national insurance number", "and your NI number please", "What's your National Insurance number?"]))
            .c(fill(), ch(["", "it's ", "yeah it's "]), (reading, "NI_NUMBER"), ch(["", ".", " i think", " yeah"])))


def p_ni_nato():
    n = make_ni()
    reading = say_alnum(n[:2], nato_p=1.0) + " " + say_digits(n[2:8], True) + " " + say_alnum(n[8], nato_p=1.0)
    return (P("call/%s: NI number with NATO/as-in spelling" % ch(["government services", "banking", "insurance"]))
            .a("national insurance number please")
            .c((reading, "NI_NUMBER")))


def p_ni_chat():
    n = make_ni()
    typed = ch([n, n.lower(), "%s %s %s %s %s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8]), n[:2] + " " + n[2:8] + " " + n[8],
                "%s-%s-%s-%s-%s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8])])
    return (P("chat/%s: NI number typed, varied case and spacing" % ch(["government services", "utilities", "banking"]))
            .a("Could you confirm your National Insurance number?")
            .c(ch(["ni no is ", "NINO: ", "sure its ", "", "yes - "]), (typed, "NI_NUMBER"), ch(["", " cheers", " (from my payslip)"])))


def p_ni_split():
    n = make_ni()
    c = P("call/government services: NI number split across turns")
    c.a("go ahead with your national insurance number")
    c.c("right it's ", (say_alnum(n[:2]), "NI_NUMBER"))
    c.a("okay")
    c.c((ch([n[2:8], say_digits(n[2:8], True), n[2:4] + " " + n[4:6] + " " + n[6:8]]), "NI_NUMBER"))
    c.a("and the letter at the end")
    c.c((say_alnum(n[8], nato_p=0.5), "NI_NUMBER"))
    return c


def p_ni_whisper_glued():
    n = make_ni()
    reading = ch([n[:2].capitalize() + " " + n[2:8] + " " + n[8], n[:2] + n[2:8] + n[8], n[0] + ". " + n[1] + ". " + n[2:8] + " " + n[8] + "."])
    return (P("call/government services: whisper writes NI mostly as numerals with odd case/periods")
            .a("And your National Insurance number?")
            .c("Yeah, it's ", (reading, "NI_NUMBER"), ch([" Yeah.", ""])))


def sort_code_say(s, uk=True):
    r = R.random()
    if r < 0.3:
        return " ".join(say_pair(s[i:i + 2]) or say_digits(s[i:i + 2], uk) for i in (0, 2, 4))
    if r < 0.55:
        return "%s-%s-%s" % (s[:2], s[2:4], s[4:])
    if r < 0.75:
        return say_digits(s, uk)
    return "%s %s %s" % (s[:2], say_digits(s[2:4], uk), s[4:])


def p_bank_uk_call():
    sc, acc = dg(6), dg(8)
    c = P("call/banking: UK sort code then account number")
    c.a("can i take the sort code")
    c.c((sort_code_say(sc), "SORT_CODE"))
    c.a(ch(["and the account number", "lovely and the eight digit account number"]))
    c.c(fill(), (ch([say_digits(acc, True), acc, acc[:4] + " " + acc[4:], say_group(acc[:4], True) + " " + say_group(acc[4:], True)]), "BANK_ACCOUNT"))
    return c


def p_bank_chat():
    sc, acc = dg(6), dg(8)
    tsc = ch(["%s-%s-%s" % (sc[:2], sc[2:4], sc[4:]), sc, "%s %s %s" % (sc[:2], sc[2:4], sc[4:])])
    return (P("chat/%s: sort code and account typed on one line" % ch(["banking", "utilities", "insurance"]))
            .a("Please provide the bank details for the direct debit.")
            .c(ch(["sort code ", "s/c "]), (tsc, "SORT_CODE"), ch([" acc ", ", account no. ", " a/c "]), (acc, "BANK_ACCOUNT")))


def p_bank_us():
    acc = dg(R.choice([9, 10, 12]), True)
    routing_free = ch(["checking", "savings"])
    return (P("call/banking: US account number read with numerals and words")
            .a("and the %s account number" % routing_free)
            .c(ch(["it's ", "", "okay "]), (ch([acc, say_digits(acc), acc[:4] + " " + say_digits(acc[4:])]), "BANK_ACCOUNT"), ch(["", " and that's with chase"])))


def p_bank_split():
    sc, acc = dg(6), dg(8)
    c = P("call/utilities: direct debit, sort code and account in two chunks each turn")
    c.a("what's the sort code for the direct debit")
    c.c((say_digits(sc[:4], True), "SORT_CODE"), " um")
    c.a("yep")
    c.c((say_digits(sc[4:], True), "SORT_CODE"))
    c.a("and account number")
    c.c((say_digits(acc[:4], True), "BANK_ACCOUNT"))
    c.a("mhm")
    c.c((ch([acc[4:], say_digits(acc[4:], True)]), "BANK_ACCOUNT"), " that's on the first of the month yeah")
    return c


def p_iban_chat():
    ib = make_iban()
    typed = ch([iban_typed(ib), ib, iban_typed(ib).lower(), ib[:4] + " " + ib[4:]])
    return (P("chat/%s: %s IBAN typed" % (ch(["travel", "retail", "insurance", "banking"]), ib[:2]))
            .a("Which account should the refund go to?")
            .c(ch(["IBAN ", "iban: ", "pls refund to ", "its "]), (typed, "IBAN"), ch(["", " thanks", " - BIC to follow"])))


def p_iban_call():
    ib = make_iban()
    parts = []
    for i in range(0, len(ib), 4):
        g = ib[i:i + 4]
        if g.isdigit() and R.random() < 0.5:
            parts.append(g)
        else:
            parts.append(say_alnum(g, nato_p=0.2))
    return (P("call/banking: %s IBAN read aloud, letters spelled, some groups as numerals" % ib[:2])
            .a("can you read me the IBAN")
            .c("yeah ", (" ".join(parts), "IBAN")))


def p_iban_split():
    ib = make_iban()
    gs = [ib[i:i + 4] for i in range(0, len(ib), 4)]
    half = len(gs) // 2
    c = P("call/travel: IBAN split over two turns")
    c.a("and the IBAN for the refund")
    c.c("right so ", (" ".join(g if g.isdigit() else say_alnum(g, nato_p=0.1) for g in gs[:half]), "IBAN"))
    c.a("okay go on")
    c.c((" ".join(g if g.isdigit() else say_alnum(g, nato_p=0.1) for g in gs[half:]), "IBAN"))
    return c


def phone_say(d, region):
    uk = region.startswith("uk") or region.startswith("ie")
    if region == "us":
        gs = [d[:3], d[3:6], d[6:]]
    elif region == "uk_mob":
        gs = [d[:5], d[5:8], d[8:]]
    elif region == "uk_land":
        gs = [d[:4], d[4:7], d[7:]]
    elif region == "ie":
        gs = [d[:3], d[3:6], d[6:]]
    else:
        cc = {"uk_intl": 2, "ie_intl": 3, "de_intl": 2, "fr_intl": 2}[region]
        rest = d[cc:]
        gs = [rest[:3], rest[3:6], rest[6:]]
        pre = ch(["plus " + (say_number(int(d[:cc])) if cc == 2 else say_digits(d[:cc], uk)), "+" + d[:cc], "double oh " + say_digits(d[:cc], uk)])
        return pre + " " + " ".join(whisper_group(g, uk) if R.random() < 0.5 else say_group(g, uk) for g in gs)
    return " ".join(whisper_group(g, uk) if R.random() < 0.4 else say_group(g, uk) for g in gs)


def p_phone_call():
    d, region = make_phone()
    return (P("call/%s: %s phone number, mixed words/numerals" % (ch(["telecom", "utilities", "retail", "healthcare billing"]), region))
            .a(ch(["what's the best number to reach you on", "can i get a contact number", "and a callback number"]))
            .c(fill(), ch(["", "it's ", "my mobile is "]), (phone_say(d, region), "PHONE"), ch(["", " after six", " thanks"])))


def p_phone_chat():
    d, region = make_phone()
    return (P("chat/%s: %s phone typed" % (ch(["telecom", "travel", "retail"]), region))
            .a("What's a good contact number?")
            .c(ch(["call me on ", "tel ", "mob: ", "its ", "you can reach me at "]), (phone_typed(d, region), "PHONE"), ch(["", " anytime before 5pm", " thx"])))


def p_phone_split_correction():
    d, region = make_phone(ch(["uk_mob", "us", "ie"]))
    d2, _ = make_phone(region)
    c = P("call/telecom: customer gives wrong phone then corrects; both labelled")
    c.a("contact number please")
    c.c((phone_say(d2, region), "PHONE"), " oh no that's my old one")
    c.a("no problem")
    c.c("the new one is ", (phone_say(d, region), "PHONE"))
    return c


def p_phone_split_turns():
    d, region = make_phone(ch(["uk_mob", "us", "uk_land"]))
    uk = region != "us"
    k = 5 if region == "uk_mob" else (3 if region == "us" else 4)
    c = P("call/utilities: phone number split over turns, agent echoes first part")
    c.a("what number can we reach you on")
    c.c((say_digits(d[:k], uk), "PHONE"))
    c.a((d[:k], "PHONE"), " yep")
    c.c((say_digits(d[k:], uk), "PHONE"))
    return c


def p_email_call():
    u, dom = make_email()
    spoken_u = u.replace(".", " dot ").replace("_", " underscore ")
    spoken_u = re.sub(r"(\d+)", lambda m: " " + say_number(int(m.group(1))) + " ", spoken_u)
    spoken_u = re.sub(r"\s+", " ", spoken_u).strip()
    spoken_d = dom.replace(".", " dot ")
    form = R.random()
    if form < 0.4:
        e = spoken_u + " at " + spoken_d
    elif form < 0.7:
        e = u + " at " + dom
    else:
        e = u + "@" + dom.split(".")[0] + " dot " + ".".join(dom.split(".")[1:]).replace(".", " dot ")
    return (P("call/%s: email read aloud, whisper half-normalised" % ch(["retail", "telecom", "insurance", "travel"]))
            .a(ch(["and an email address for the receipt", "what's your email"]))
            .c(ch(["it's ", "yeah ", ""]), (e, "EMAIL"), ch(["", " all lower case", " thank you"])))


def p_email_chat():
    u, dom = make_email()
    e = u + "@" + dom
    if R.random() < 0.3:
        e = e.capitalize()
    return (P("chat/%s: email typed" % ch(["retail", "utilities", "banking"]))
            .a("Can you confirm the email on the account?")
            .c(ch(["", "its ", "email: ", "send it to "]), (e, "EMAIL"), ch(["", " pls", " thanks!"])))


def p_email_spelled():
    f, l = ch(FIRST), ch(LAST)
    dom = ch(["gmail dot com", "yahoo dot co dot uk", "outlook dot ie", "hotmail dot com"])
    spelled = " ".join(l)
    return (P("call/insurance: email with surname spelled letter by letter")
            .a("email address please")
            .c((f[0] + " " + spelled + " at " + dom, "EMAIL"), " that's ", f[0], " then my surname"))


def dob_say(uk=True):
    y, m, d = R.randint(1940, 2005), R.randint(1, 12), R.randint(1, 28)
    r = R.random()
    if r < 0.2:
        return "the %s of %s %s" % (ORD[d], MONTHS[m - 1], say_year(y))
    if r < 0.35:
        return "%s %s %s" % (MONTHS[m - 1].capitalize(), ORD[d], say_year(y))
    if r < 0.5:
        suf = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}.get(d, "th")
        return "%s %d%s, %d" % (MONTHS[m - 1].capitalize(), d, suf, y)
    if r < 0.65:
        return ("%02d/%02d/%d" % (d, m, y)) if uk else ("%02d/%02d/%d" % (m, d, y))
    if r < 0.8:
        return "%s %s %s" % (say_digits("%02d" % d, uk), say_digits("%02d" % m, uk), say_year(y))
    if r < 0.9:
        suf = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}.get(d, "th")
        return "%d%s of %s %s" % (d, suf, MONTHS[m - 1], say_year(y))
    return "%02d.%02d.%02d" % (d, m, y % 100)


def p_dob():
    uk = R.random() < 0.5
    return (P("call/%s: date of birth in security questions" % ch(["banking", "healthcare billing", "insurance", "government services"]))
            .a(ch(["can you confirm your date of birth", "and your date of birth please", "What's your date of birth?"]))
            .c(fill(), ch(["", "it's ", "yeah "]), (dob_say(uk), "DOB")))


def p_dob_with_appt():
    return (P("call/healthcare billing: DOB alongside a non-birth appointment date and amount")
            .a("I need your date of birth and then I can look at the invoice from the %s of %s" % (ORD[R.randint(1, 28)], ch(MONTHS)))
            .c("sure, born ", (dob_say(False), "DOB"), ". The bill was $%d." % R.randint(40, 900)))


def p_dob_chat():
    y, m, d = R.randint(1945, 2004), R.randint(1, 12), R.randint(1, 28)
    typed = ch(["%02d/%02d/%d" % (d, m, y), "%d-%02d-%02d" % (y, m, d), "%d %s %d" % (d, MONTHS[m - 1][:3].capitalize(), y),
                "%d.%d.%d" % (d, m, y), "%s %d %d" % (MONTHS[m - 1], d, y)])
    return (P("chat/%s: DOB typed in security check" % ch(["banking", "telecom", "insurance"]))
            .a("For security, please confirm your full name and date of birth.")
            .c("%s %s, dob " % (ch(FIRST).capitalize(), ch(LAST).capitalize()), (typed, "DOB")))


def uk_pc_say(out, inn):
    r = R.random()
    if r < 0.35:
        return out + " " + inn
    if r < 0.7:
        return say_alnum(out, nato_p=0.15) + " " + say_alnum(inn, nato_p=0.15)
    if r < 0.85:
        return out.lower() + " " + say_alnum(inn, nato_p=0.3)
    return out + inn


def p_address_uk_call():
    num = R.randint(1, 240)
    st = ch(UK_STREETS)
    out, inn = make_uk_postcode()
    numsay = ch([str(num), say_number(num)])
    town = ch(["manchester", "leeds", "bristol", "Cardiff", "glasgow", "Nottingham"])
    c = P("call/utilities: UK address and postcode read out, town unlabelled")
    c.a("and the first line of the address")
    c.c(fill(), (numsay + " " + ch([st.lower(), st]), "ADDRESS"), " in " + town)
    c.a("and the postcode")
    c.c((uk_pc_say(out, inn), "POSTCODE"))
    return c


def p_address_us_chat():
    num = R.randint(10, 9800)
    st = ch(US_STREETS)
    z, z4 = make_zip()
    apt = ch(["", " Apt %d" % R.randint(1, 40), " #%d" % R.randint(2, 30), ", Unit %s" % ch("ABCD")])
    city = ch(["Springfield, IL", "Austin TX", "Portland, OR", "Columbus OH"])
    return (P("chat/retail: US street address with apt and ZIP typed")
            .a("What's the shipping address?")
            .c((str(num) + " " + st + apt, "ADDRESS"), ", " + city + " ", (z + ("-" + z4 if z4 else ""), "POSTCODE")))


def p_address_us_call():
    num = R.randint(100, 9800)
    st = ch(US_STREETS)
    z, _ = make_zip()
    reading = ch([say_number(num), " ".join(say_pair(str(num)[i:i + 2]) or say_digits(str(num)[i:i + 2]) for i in range(0, len(str(num)) - 1, 2)) if len(str(num)) == 4 else say_number(num), str(num)])
    return (P("call/insurance: US address spoken, house number as pairs, ZIP in words")
            .a("what's the address on the policy")
            .c((reading + " " + st.lower(), "ADDRESS"), " and the zip is ", (ch([say_digits(z), z, z[:2] + " " + say_digits(z[2:])]), "POSTCODE")))


def p_address_ie():
    num = R.randint(1, 90)
    st = ch(IE_STREETS)
    return (P("call/utilities: Irish address, house number in words, town unlabelled")
            .a("what's the address for the meter")
            .c((say_number(num) + " " + st.lower(), "ADDRESS"), " " + ch(["ballincollig", "naas", "swords", "galway"])))


def p_postcode_chat():
    out, inn = make_uk_postcode()
    typed = ch([out + " " + inn, (out + inn).lower(), out.lower() + " " + inn.lower(), out + inn])
    return (P("chat/%s: UK postcode typed alone" % ch(["retail", "utilities", "telecom"]))
            .a("What's your postcode so I can check coverage?")
            .c(ch(["", "its ", "pc ", "postcode "]), (typed, "POSTCODE"), ch(["", " thx", " - speeds there are awful at 2mbps"])))


def p_flat_address():
    flat = R.randint(1, 60)
    num = R.randint(1, 300)
    st = ch(UK_STREETS)
    out, inn = make_uk_postcode()
    reading = ch(["flat %s %s %s" % (say_number(flat), say_number(num), st.lower()),
                  "Flat %d, %d %s" % (flat, num, st)])
    return (P("call/government services: flat number plus street, postcode with NATO")
            .a("can you confirm your address")
            .c((reading, "ADDRESS"), " ", (say_alnum(out, nato_p=0.6) + " " + say_alnum(inn, nato_p=0.6), "POSTCODE")))


def p_cvv_chat():
    cvv = dg(3)
    mm, yy = R.randint(1, 12), R.randint(26, 31)
    return (P("chat/retail: expiry and CVV typed after card")
            .a("Thanks. Expiry and security code?")
            .c(ch(["exp ", "expiry ", ""]), (ch(["%02d/%02d" % (mm, yy), "%02d/20%02d" % (mm, yy), "%02d-%02d" % (mm, yy)]), "EXPIRY"),
               ch([" cvv ", " code ", ", sec code "]), (cvv, "CVV")))


def p_cvv_exp_whisper():
    cvv = dg(3)
    mm, yy = R.randint(1, 12), R.randint(26, 31)
    return (P("call/travel: whisper writes expiry as '3/28' and CVV as numerals")
            .a("expiry date?")
            .c((ch(["%d/%d" % (mm, yy), "%s 20%d" % (MONTHS[mm - 1].capitalize(), yy), "%d %d" % (mm, yy)]), "EXPIRY"))
            .a("And the three-digit code on the back?")
            .c((ch([cvv, "%s, %s, %s" % tuple(cvv), "%s %s" % (cvv[0], say_digits(cvv[1:]))]), "CVV"), "."))


def p_combo_verify():
    n = make_ni()
    d, region = make_phone("uk_mob")
    return (P("call/banking: NI and phone in same turn")
            .a("to verify can i have your national insurance number and mobile")
            .c("yeah ni is ", (say_alnum(n[:2]) + " " + say_digits(n[2:8], True) + " " + n[8].lower(), "NI_NUMBER"),
               " and mobile's ", (phone_say(d, region), "PHONE")))


def p_combo_ssn_dob():
    s = make_ssn()
    return (P("call/insurance: SSN and DOB in one turn plus claim number (unlabelled)")
            .a("claim number, social and date of birth please")
            .c("claim is %d, social " % R.randint(100000, 9999999), ("%s %s %s" % (s[:3], say_digits(s[3:5]), say_digits(s[5:])), "SSN"),
               " and I was born ", (dob_say(False), "DOB")))


def p_card_amex_words_chat():
    d, k = make_card()
    k = {"mc": "mastercard", "disc": "discover", "visa13": "visa"}.get(k, k)
    return (P("chat/travel: card typed with a typo-space and lower-case text, then cvv")
            .c("booking ref %s, card %s " % (dg(6, True), k), (d[:6] + " " + d[6:], "CARD_NUMBER"), " cvv ", (dg(4 if k == "amex" else 3), "CVV")))


def p_ni_readback():
    n = make_ni()
    c = P("call/government services: agent reads NI back with NATO")
    c.c((n[:2] + " " + say_digits(n[2:8], True) + " " + n[8], "NI_NUMBER"))
    c.a("so that's ", (say_alnum(n[:2], nato_p=1.0) + " " + " ".join(n[2:8]) + " " + say_alnum(n[8], nato_p=1.0), "NI_NUMBER"), " yeah")
    c.c("yep")
    return c


def p_ssn_filler():
    s = make_ssn()
    reading = "%s uh %s um %s" % (say_digits(s[:3]), say_digits(s[3:5]), say_digits(s[5:]))
    return (P("call/healthcare billing: SSN with fillers inside the reading")
            .a("social security number")
            .c("let me see ", (reading, "SSN")))


def p_expiry_call():
    mm, yy = R.randint(1, 12), R.randint(26, 32)
    exp = ch(["%s %s" % (say_digits("%02d" % mm, True), say_number(yy)),
              "%s of %s" % (MONTHS[mm - 1], say_year(2000 + yy) if yy < 10 else "twenty " + say_number(yy)),
              "%d/%d" % (mm, yy), "%s %s" % (say_digits("%02d" % mm, False), say_digits("%02d" % yy, False)),
              "%s/%s" % (say_digits("%02d" % mm, True), yy)])
    return (P("call/%s: expiry date read in mixed forms, next to a non-PII amount" % ch(["telecom", "utilities", "travel", "retail"]))
            .a(ch(["and when does the card expire", "expiry date on the card please", "What's the expiry?"]))
            .c(ch(["", "it runs out ", "valid till ", "um "]), (exp, "EXPIRY"), ch(["", " and take the $%d please" % R.randint(10, 99), "."])))


def p_email_whisper():
    u, dom = make_email()
    uu = u.replace(".", " dot ").replace("_", " underscore ")
    uu = re.sub(r"\s+", " ", uu).strip()
    form = ch([uu.capitalize() + " at " + dom.replace(".", ". "),
               u + " @ " + dom, uu + " at " + dom.split(".")[0] + "." + ".".join(dom.split(".")[1:]),
               u.replace(".", "") + "@" + dom])
    return (P("call/%s: whisper email with odd spacing and capitalisation" % ch(["banking", "healthcare billing", "government services", "telecom"]))
            .a("and what email would you like it sent to")
            .c(fill(), (form, "EMAIL"), ch(["", ", yeah.", " that's all one word"])))


def p_phone_whisper_periods():
    d, region = make_phone(ch(["uk_mob", "us", "ie", "uk_land"]))
    k = 5 if region == "uk_mob" else (4 if region == "uk_land" else 3)
    a, b = d[:k], d[k:]
    form = ch(["%s. %s." % (a, b[:3]) + " " + b[3:], " ".join(a) + ", " + " ".join(b),
               "%s... %s" % (say_digits(a, True), b), "%s-%s" % (a, say_digits(b, True))])
    form = form.rstrip(".")
    return (P("call/%s: whisper phone with stray periods/commas between groups" % ch(["telecom", "healthcare billing", "retail"]))
            .a("And the best number to call you back on?")
            .c(ch(["It's ", "Yeah, it's ", "Uh, "]), (form, "PHONE"), ch([". Thanks.", ". After 6pm is best.", "."])))


def p_postcode_split():
    out, inn = make_uk_postcode()
    c = P("call/telecom: UK postcode split over two turns, agent echoes outward code")
    c.a("what's the postcode there")
    c.c((ch([say_alnum(out, nato_p=0.4), out]), "POSTCODE"))
    c.a((out, "POSTCODE"), ch([" yeah", " okay and the rest"]))
    c.c((ch([say_alnum(inn, nato_p=0.4), inn]), "POSTCODE"), ch(["", " it's a new build"]))
    return c


def p_dob_split():
    y, m, d = R.randint(1950, 2003), R.randint(1, 12), R.randint(1, 28)
    c = P("call/%s: DOB given as day-month then year after agent prompt" % ch(["banking", "insurance", "healthcare billing"]))
    c.a("date of birth please")
    c.c((ch(["%s of %s" % (ORD[d], MONTHS[m - 1]), "the %s of %s" % (ORD[d], MONTHS[m - 1].capitalize()),
             "%s %s" % (MONTHS[m - 1], ORD[d])]), "DOB"))
    c.a("and the year")
    c.c((ch([say_year(y), str(y)]), "DOB"))
    return c


POSITIVE_TEMPLATES = [p_phone_whisper_periods, p_postcode_split, p_dob_split, p_expiry_call, p_email_whisper, 
    p_card_call_words, p_card_whisper_mixed, p_card_split_turns, p_card_chat, p_card_cvv_exp_call,
    p_card_readback, p_card_homophone, p_card_runtogether, p_card_with_amount, p_card_amex_words_chat,
    p_ssn_call, p_ssn_split, p_ssn_chat, p_ssn_correction, p_ssn_last_words, p_ssn_filler, p_combo_ssn_dob,
    p_ni_call, p_ni_nato, p_ni_chat, p_ni_split, p_ni_whisper_glued, p_ni_readback, p_combo_verify,
    p_bank_uk_call, p_bank_chat, p_bank_us, p_bank_split,
    p_iban_chat, p_iban_call, p_iban_split,
    p_phone_call, p_phone_chat, p_phone_split_correction, p_phone_split_turns,
    p_email_call, p_email_chat, p_email_spelled,
    p_dob, p_dob_with_appt, p_dob_chat,
    p_address_uk_call, p_address_us_chat, p_address_us_call, p_address_ie, p_postcode_chat, p_flat_address,
    p_cvv_chat, p_cvv_exp_whisper,
]


# ================================================================ negatives
def money_say():
    a = R.randint(2, 2500)
    c = R.randint(0, 99)
    return ch(["$%d.%02d" % (a, c), "£%d" % a, "€%d,%02d" % (a, c), "%s pounds %s" % (say_number(a), say_number(c) if c else ""),
               "%s dollars" % say_number(a), "$%d" % a, "%d euro" % a, "£%s" % "{:,}".format(a * 10)]).strip()


def n_money():
    return (N("call/%s: balances and amounts, whisper $ and words" % ch(["banking", "utilities", "telecom"]))
            .a("Your current balance is %s and the minimum payment is %s." % (money_say(), money_say()))
            .c("okay so if i pay %s today will that clear the %s arrears" % (money_say(), money_say())))


def n_times():
    h, m = R.randint(1, 12), ch([0, 15, 30, 45, 10])
    return (N("call/healthcare billing: appointment date and time, not a DOB")
            .a("I can book you in on the %s of %s at %d:%02d %s" % (ORD[R.randint(1, 28)], ch(MONTHS), h, m, ch(["a.m.", "p.m.", "pm", ""])))
            .c("could we do %s instead, say %s thirty" % (ch(["the %s" % ORD[R.randint(1, 28)], "tuesday", "next week"]), say_number(R.randint(1, 11)))))


def n_reference():
    ref = dg(R.randint(6, 10), True)
    word = ch(["order number", "reference", "ticket number", "claim number", "invoice number", "case number", "booking reference"])
    r = R.random()
    said = ref if r < 0.4 else (say_digits(ref) if r < 0.8 else ref[:3] + " " + say_digits(ref[3:]))
    return (N("call/%s: %s read with its reference word" % (ch(["retail", "insurance", "telecom", "travel"]), word))
            .a("do you have the %s" % word)
            .c("yeah the %s is %s" % (word, said))
            .a("thanks, I can see that one from the %s of %s" % (ORD[R.randint(1, 28)], ch(MONTHS))))


def n_chat_reference():
    return (N("chat/retail: order and invoice numbers typed")
            .c("Hi, order #%s never arrived, invoice INV-%s was charged %s" % (dg(8, True), dg(6, True), money_say()))
            .a("Sorry to hear that. I've raised ticket %s, you'll hear back within %d working days." % (dg(7, True), R.randint(2, 10))))


def n_flight():
    return (N("call/travel: flight number, seat, times, gate")
            .a("you're on flight %s %s departing at %d:%02d from gate %s" % (ch(["BA", "EI", "FR", "UA", "LH"]), say_number(R.randint(100, 999)) if R.random() < 0.5 else str(R.randint(100, 9999)), R.randint(5, 22), ch([5, 20, 35, 50]), R.randint(1, 40)))
            .c("great and seat %d%s is still mine yeah" % (R.randint(1, 40), ch("ABCDEF")))
            .a("yes and the bag allowance is %d kilos" % ch([20, 23, 32])))


def n_meter():
    rd = dg(R.randint(4, 6), True)
    return (N("call/utilities: meter reading and tariff figures")
            .a("can you give me the meter reading")
            .c("it's %s" % ch([rd, say_digits(rd), say_number(int(rd[:4]))]))
            .a("okay that's about %d kilowatt hours at %d.%d pence per unit" % (R.randint(100, 900), R.randint(20, 35), R.randint(0, 9))))


def n_model():
    return (N("call/telecom: model numbers, data quantities and speeds")
            .c("i've got the %s and i'm only getting %d megs when i'm paying for %d" % (ch(["iphone 13", "galaxy s22", "hub 2", "TP-Link AX1800", "pixel 7"]), R.randint(2, 30), ch([100, 500, 900])))
            .a("I see %d devices connected and you've used %d gigabytes this month, about %d%% of your allowance" % (R.randint(2, 12), R.randint(5, 200), R.randint(10, 99))))


def n_years():
    return (N("call/insurance: years, contract start dates, ages, not DOBs")
            .a("the policy started on the %s of %s %s and renews in %s" % (ORD[R.randint(1, 28)], ch(MONTHS), say_year(R.randint(2015, 2025)), ch(MONTHS)))
            .c("right and my son's %s now he passed his test in %d does that change the premium" % (say_number(R.randint(17, 25)), R.randint(2019, 2025))))


def n_durations():
    return (N("call/telecom: durations, counts, hold times")
            .c("i've been on hold for %s minutes and this is the %s time i've called" % (say_number(R.randint(12, 59)), ch(["third", "fourth", "5th", "2nd"])))
            .a("I'm sorry about that, the contract has %d months left and the early exit fee is %s" % (R.randint(2, 23), money_say())))


def n_room():
    return (N("call/travel: hotel room number, nights, rates")
            .a("You're in room %s for %s nights at %s a night" % (ch([str(R.randint(101, 1450)), say_number(R.randint(101, 999))]), say_number(R.randint(1, 9)), money_say()))
            .c("can we get late checkout at %d" % R.randint(1, 3)))


def n_temperature():
    return (N("call/utilities: boiler temperature, pressure, ages")
            .c("the boiler's showing %d degrees and the pressure's at %s bar, it's about %d years old" % (R.randint(40, 80), ch(["1.5", "0.8", "two"]), R.randint(3, 20)))
            .a("okay an engineer can come %s between %d am and %d pm" % (ch(["tomorrow", "on friday", "monday the %s" % ORD[R.randint(1, 28)]]), R.randint(8, 10), R.randint(1, 6))))


def n_percent_rates():
    return (N("call/banking: interest rates, percentages, loan terms")
            .a("the APR is %d.%d%% over %s years and the monthly repayment would be %s" % (R.randint(3, 29), R.randint(0, 9), say_number(R.randint(2, 7)), money_say()))
            .c("and if i borrow %s instead" % money_say()))


def n_last4():
    return (N("call/banking: agent mentions card ending in four digits only (not a full card)")
            .a("is that the card ending %s" % ch([dg(4), say_digits(dg(4))]))
            .c("yes that's the one, I paid %s on the %s" % (money_say(), ORD[R.randint(1, 28)])))


def n_chat_misc():
    return (N("chat/retail: quantities, sizes, prices, delivery window")
            .c("ordered %d x size %d trainers for %s but got size %d, delivery was %d-%d pm" % (R.randint(1, 4), R.randint(4, 12), money_say(), R.randint(4, 12), R.randint(1, 5), R.randint(6, 9)))
            .a("Apologies! Return label %s is on its way, refund within %d-%d days." % (dg(8, True), R.randint(3, 5), R.randint(6, 10))))


def n_payment_date():
    dd, mm = R.randint(1, 28), R.randint(1, 12)
    return (N("call/banking: payment date said digit by digit like a DOB would be")
            .a("the direct debit comes out on the %s of each month" % ORD[R.randint(1, 28)])
            .c("can you move it to %s %s" % (say_digits("%02d" % dd, True), say_digits("%02d" % mm, True)))
            .a("yes, from %d/%02d/%d" % (dd, mm, R.randint(2026, 2027))))


def n_whisper_numbers():
    return (N("call/government services: whisper ITN numbers that are counts and amounts")
            .c("I sent in the form on the 3rd, it was %d pages and I paid the $%d fee. Then nothing for %d weeks." % (R.randint(2, 30), R.randint(15, 400), R.randint(2, 12)))
            .a("Okay, applications are taking about %d to %d working days right now." % (R.randint(10, 20), R.randint(25, 60))))


def n_speed():
    return (N("call/insurance: speeds, mileage, vehicle details")
            .c("i was doing about %d miles an hour and the car's done %s miles, it's a %d %s" % (R.randint(20, 70), "{:,}".format(R.randint(10000, 150000)), R.randint(2008, 2024), ch(["ford focus", "golf", "corolla"])))
            .a("and the excess on the policy is %s" % money_say()))


def n_extension():
    return (N("call/telecom: internal extension and option numbers")
            .a("I'll transfer you to extension %s, if it drops press option %s" % (say_number(R.randint(200, 4999)), say_number(R.randint(1, 9))))
            .c("okay is that the team open till %s" % ch(["eight", "8 pm", "half six"])))


def n_long_ref_word():
    ref = dg(10, True)
    return (N("call/insurance: ten-digit policy reference read in groups with reference word")
            .a("what's the policy reference")
            .c("policy reference %s %s" % (say_digits(ref[:5]), say_digits(ref[5:])))
            .a("thanks that renews at %s" % money_say()))


def n_whisper_itn_mix():
    return (N("call/telecom: whisper ITN mix of $ amounts, ordinals, times, plan sizes")
            .a("So that's the $%d top-up, it'll renew on the %s at %d:%02d, and the %d-month plan gives you %dGB." % (
                ch([10, 15, 20, 40]), ch(["1st", "2nd", "3rd", "15th", "28th"]), R.randint(1, 11), ch([0, 30, 45]), ch([12, 18, 24]), ch([5, 30, 100])))
            .c("Okay. And it was %s last month, was it?" % ch(["thirty quid", "twenty dollars", "$25", "forty five euro", "like 2 gigs"])))


def n_ages_counts():
    return (N("call/healthcare billing: patient count, ages, co-pay, visit dates")
            .c("it's for my two kids they're %s and %s and we had %s visits since the %s" % (say_number(R.randint(2, 9)), say_number(R.randint(10, 16)), say_number(R.randint(3, 9)), ORD[R.randint(1, 28)]))
            .a("Right, the co-pay is $%d per visit, so $%d so far, due by the %d%s." % (R.randint(10, 50), R.randint(60, 400), R.randint(4, 9), "th")))


NEGATIVE_TEMPLATES = [n_whisper_itn_mix, n_ages_counts, n_money, n_times, n_reference, n_chat_reference, n_flight, n_meter, n_model, n_years,
                      n_durations, n_room, n_temperature, n_percent_rates, n_last4, n_chat_misc,
                      n_payment_date, n_whisper_numbers, n_speed, n_extension, n_long_ref_word]


# ================================================================ validation
WORDNUM = {w: i for i, w in enumerate(ONES)}
WORDNUM.update({"oh": 0, "o": 0, "nought": 0, "naught": 0, "won": 1, "to": 2, "too": 2, "for": 4, "ate": 8})
TEENNUM = {w: 10 + i for i, w in enumerate(TEENS)}
TENNUM = {w: i * 10 for i, w in enumerate(TENS) if w}
FILLERS = {"um", "uh", "er", "and", "dash", "space", "sorry", "no", "then", "its", "it's", "is", "the", "plus", "hyphen"}
SPOKEN_LETTER = {}
for _L, _ws in LETTER_SPOKEN.items():
    for _w in _ws:
        SPOKEN_LETTER[_w.lower()] = _L
NATO_REV = {v: k for k, v in NATO.items()}


def normalise(text, letters=False):
    """Spoken/typed value -> string of digits (and upper-case letters if letters)."""
    toks = re.findall(r"[A-Za-z]+(?:-[A-Za-z]+)?|\d+", text.replace("'", ""))
    toks = [t.lower() for t in toks]
    out = []
    i = 0
    while i < len(toks):
        t = toks[i]
        if t.isdigit():
            out.append(t)
            i += 1
            continue
        if letters and i + 2 < len(toks) and toks[i + 1] in ("for", "as") and (toks[i + 2] in NATO_REV or (toks[i + 1] == "as" and toks[i + 2] == "in")):
            if toks[i + 1] == "as":
                out.append(t.upper())
                i += 4
            else:
                out.append(t.upper())
                i += 3
            continue
        if "-" in t:
            a, b = t.split("-", 1)
            if a in TENNUM and b in WORDNUM:
                out.append(str(TENNUM[a] + WORDNUM[b]))
                i += 1
                continue
            if t == "x-ray":
                out.append("X")
                i += 1
                continue
            raise ValueError("unknown token %r" % t)
        if t in ("double", "triple"):
            n = 2 if t == "double" else 3
            nxt = toks[i + 1]
            out.append(str(WORDNUM[nxt]) * n)
            i += 2
            continue
        if t in TEENNUM:
            out.append(str(TEENNUM[t]))
            i += 1
            continue
        if t in TENNUM:
            if i + 1 < len(toks) and toks[i + 1] in WORDNUM and toks[i + 1] not in ("oh", "o", "to", "too", "for") and toks[i + 1] != "zero":
                out.append(str(TENNUM[t] + WORDNUM[toks[i + 1]]))
                i += 2
            else:
                out.append(str(TENNUM[t]))
                i += 1
            continue
        if letters and len(t) == 1 and t != "o":
            out.append(t.upper())
            i += 1
            continue
        if letters and t in SPOKEN_LETTER and t not in WORDNUM:
            out.append(SPOKEN_LETTER[t])
            i += 1
            continue
        if t in WORDNUM:
            out.append(str(WORDNUM[t]))
            i += 1
            continue
        if letters and len(t) > 1 and re.fullmatch(r"[a-z]{2}", t):
            out.append(t.upper())
            i += 1
            continue
        if t in FILLERS:
            i += 1
            continue
        if letters and re.fullmatch(r"[a-z]+", t) and len(t) <= 4:
            out.append(t.upper())
            i += 1
            continue
        raise ValueError("unknown token %r in %r" % (t, text))
    return "".join(out)


UK_PC = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$")


def validate_group(typ, texts):
    joined = " ".join(texts)
    if typ == "EMAIL":
        return ("@" in joined or " at " in joined) and ("." in joined or " dot " in joined)
    if typ == "ADDRESS":
        return bool(re.search(r"\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|teen|ty\b", joined)) and \
            bool(re.search(r"(?i)road|lane|street|avenue|close|grove|crescent|way|terrace|drive|gardens|boulevard|court|place|park|view", joined))
    if typ in ("DOB", "EXPIRY"):
        low = joined.lower()
        if any(m in low for m in MONTHS) or re.search(r"\b(jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec)\b", low):
            return True
        low = re.sub(r"two thousand (and )?(one|two|three|four|five|six|seven|eight|nine)\b",
                     lambda m: "2 0 0 " + m.group(2), low)
        try:
            n = normalise(low.replace("/", " ").replace(".", " "))
        except ValueError:
            return False
        return (3 <= len(n) <= 6) if typ == "EXPIRY" else (6 <= len(n) <= 8)
    letters = typ in ("NI_NUMBER", "IBAN", "POSTCODE")
    n = normalise(joined, letters)
    if typ == "CARD_NUMBER":
        return 13 <= len(n) <= 19 and n.isdigit() and luhn_ok(n)
    if typ == "CVV":
        return len(n) in (3, 4) and n.isdigit()
    if typ == "SSN":
        return len(n) == 9 and n.isdigit()
    if typ == "NI_NUMBER":
        return bool(re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", n))
    if typ == "BANK_ACCOUNT":
        return 6 <= len(n) <= 12 and n.isdigit()
    if typ == "SORT_CODE":
        return len(n) == 6 and n.isdigit()
    if typ == "IBAN":
        return iban_ok(n)
    if typ == "PHONE":
        return n.isdigit() and 9 <= len(n) <= 15
    if typ == "POSTCODE":
        return bool(UK_PC.match(n) or re.fullmatch(r"\d{5}(\d{4})?", n))
    return False


def check_case(obj):
    errs = []
    turns = obj["turns"]
    spans = obj["spans"]
    if obj["kind"] == "negative" and spans:
        errs.append("negative with spans")
    if obj["kind"] == "positive" and not spans:
        errs.append("positive without spans")
    by_turn = {}
    for s in spans:
        if s["type"] not in TYPES:
            errs.append("bad type %s" % s["type"])
        if not (0 <= s["turn"] < len(turns)):
            errs.append("turn out of range")
            continue
        text = turns[s["turn"]]["text"]
        st, en = s["start"], s["end"]
        if not (0 <= st < en <= len(text)):
            errs.append("offsets out of range %r" % s)
            continue
        if (st > 0 and text[st - 1].isalnum()) or (en < len(text) and text[en].isalnum()):
            errs.append("span not on word boundary %r" % text[st:en])
        if text[st:en] != text[st:en].strip():
            errs.append("span has outer whitespace")
        by_turn.setdefault(s["turn"], []).append((st, en))
    for t, lst in by_turn.items():
        lst.sort()
        for (a, b), (c, d) in zip(lst, lst[1:]):
            if c < b:
                errs.append("overlap in turn %d" % t)
    # value validation: spans of a type are valid individually, or as one split value
    groups = {}
    for s in spans:
        groups.setdefault(s["type"], []).append(turns[s["turn"]]["text"][s["start"]:s["end"]])
    for typ, texts in groups.items():
        try:
            ok = validate_group(typ, texts) or all(validate_group(typ, [t]) for t in texts)
            if not ok and len(texts) > 2:
                # agent echo of a partial value in the middle
                ok = any(validate_group(typ, texts[:k] + texts[k + 1:]) for k in range(len(texts)))
            if not ok and len(texts) > 2:
                # e.g. split value then read-back: first k pieces form one value, rest another
                ok = any(validate_group(typ, texts[:k]) and validate_group(typ, texts[k:]) for k in range(1, len(texts)))
        except (ValueError, IndexError, KeyError) as e:
            ok = False
            errs.append("normalise error %s: %s" % (typ, e))
        if not ok:
            errs.append("invalid %s value(s): %r" % (typ, texts))
    return errs


# ================================================================ main
N_POS, N_NEG = 216, 120


def build():
    cases = []
    for i in range(N_POS):
        tpl = POSITIVE_TEMPLATES[i % len(POSITIVE_TEMPLATES)]
        cases.append(tpl().render("h233-pos-%03d" % (i + 1)))
    for i in range(N_NEG):
        tpl = NEGATIVE_TEMPLATES[i % len(NEGATIVE_TEMPLATES)]
        cases.append(tpl().render("h233-neg-%03d" % (i + 1)))
    return cases


def counts(cases):
    cnt = {t: 0 for t in TYPES}
    for c in cases:
        for s in c["spans"]:
            cnt[s["type"]] += 1
    return cnt


def serialise(cases):
    return "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in cases)


def readme(cases):
    cnt = counts(cases)
    npos = sum(1 for c in cases if c["kind"] == "positive")
    nneg = len(cases) - npos
    rows = "\n".join("| %s | %d |" % (t, cnt[t]) for t in TYPES)
    return """# PII hold-out set h233

**Never use this set for tuning.** It is a held-out evaluation set; looking at
failures and changing the redactor to fix them destroys its value.

## Who wrote it and how

Written by an AI helper acting as an independent author. The author did not
read the redaction code, its tests, its docs, the benchmark, or any other
fixture; it saw only a three-line example of the JSONL format. Cases are
generated by `scripts/make_pii_holdout233.py` (standard library only) from
template functions. Each turn is assembled from plain-text segments and
(value, TYPE) segments so offsets are computed, never typed. All values come
from one `random.Random(%d)`; output is byte-for-byte reproducible.
`--check` regenerates and compares, and validates every span (ids, offsets,
word boundaries, overlaps, Luhn, IBAN mod-97, NI format, digit counts,
postcode shapes after normalising spoken forms).

Emphasis: phone calls as a speech recogniser such as Whisper writes them:
partial inverse text normalisation (some groups numerals, others words in the
same reading), odd capitalisation and punctuation ("It's 4111, 1111."), digit
homophones (to/too/for/ate/won), "oh"/"o"/"nought" for zero, double/triple,
pairs ("forty one eleven"), values split across customer turns with agent
back-channels, agent read-backs, self-corrections, fillers inside readings,
NATO spelling ("b for bravo", "j as in juliet"), plus typed chat.

## Annotation conventions

* A span covers exactly the value as written: from its first to its last
  character (digit, number word or letter), including separators, fillers and
  spelling words *inside* the reading ("uh", "dash", "for bravo"), excluding
  lead-ins such as "it's", "my social is", "the zip is" and trailing chatter.
* A value split over several turns gets one span per turn piece.
* Read-backs by the agent (including a partial echo such as "0117 yep" or
  "SW15 yeah") and both readings in a self-correction are labelled.
* ADDRESS is house/flat number plus street name; town/city and state are not
  included; the postcode/ZIP is a separate POSTCODE span.
* EMAIL includes the spoken form ("j dot doe at gmail dot com").
* DOB and EXPIRY cover the whole date expression ("the fourth of july nineteen
  eighty two", "oh four twenty seven").
* Reference/order/claim/ticket numbers, amounts, times, years, dates that are
  not birth dates, last-four card mentions ("card ending 4492"), meter
  readings, references of up to 10 digits said with their reference word
  etc. are never labelled (negatives and unlabelled context in positives).

## Counts

Positives: %d, negatives: %d.

| type | spans |
|---|---|
%s
""" % (SEED, npos, nneg, rows)


def main():
    cases = build()
    data = serialise(cases)
    rd = readme(cases)
    if "--check" in sys.argv[1:]:
        problems = []
        try:
            with open(CASES, encoding="utf-8") as f:
                on_disk = f.read()
        except OSError as e:
            on_disk = None
            problems.append("cannot read %s: %s" % (CASES, e))
        if on_disk is not None and on_disk != data:
            problems.append("cases.jsonl differs from regenerated output")
        try:
            with open(README, encoding="utf-8") as f:
                if f.read() != rd:
                    problems.append("README.md differs from regenerated output")
        except OSError as e:
            problems.append("cannot read README: %s" % e)
        ids = [c["id"] for c in cases]
        if len(ids) != len(set(ids)):
            problems.append("duplicate ids")
        for c in cases:
            for e in check_case(c):
                problems.append("%s: %s" % (c["id"], e))
        cnt = counts(cases)
        npos = sum(1 for c in cases if c["kind"] == "positive")
        nneg = len(cases) - npos
        if npos < 170 or nneg < 100:
            problems.append("too few cases")
        for t in TYPES:
            need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
            if cnt[t] < need:
                problems.append("type %s has %d spans < %d" % (t, cnt[t], need))
        print("positives=%d negatives=%d" % (npos, nneg))
        for t in TYPES:
            print("  %-13s %d" % (t, cnt[t]))
        for p in problems[:60]:
            print("PROBLEM:", p)
        if problems:
            print("CHECK FAILED (%d problems)" % len(problems))
            sys.exit(1)
        print("CHECK OK")
        return
    os.makedirs(OUT_DIR, exist_ok=True)
    with open(CASES, "w", encoding="utf-8") as f:
        f.write(data)
    with open(README, "w", encoding="utf-8") as f:
        f.write(rd)
    print("wrote %d cases to %s" % (len(cases), CASES))


if __name__ == "__main__":
    main()

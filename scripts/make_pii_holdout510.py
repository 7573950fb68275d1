#!/usr/bin/env python3
"""Generate the pii_holdout510 held-out PII redaction evaluation set.

Usage:
    python scripts/make_pii_holdout510.py          # write the fixture
    python scripts/make_pii_holdout510.py --check  # regenerate and verify

Standard library only. Every turn is assembled from plain-text segments and
labelled value segments, so span offsets are computed, never typed by hand.
NEVER use this set for tuning the engine it measures.
"""
import json
import os
import random
import re
import sys

R = random.Random(510241125)
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "fixtures", "pii_holdout510", "cases.jsonl")

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE",
         "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

# ---------------------------------------------------------------- builder


class Case:
    def __init__(self, note):
        self.note = note
        self.turns = []   # (speaker, [segments])
        self.groups = {}  # gid -> dict(type, canon, mode)
        self._g = 0

    def group(self, typ, canon, mode="full"):
        self._g += 1
        self.groups[self._g] = {"type": typ, "canon": canon, "mode": mode}
        return self._g

    def say(self, speaker, *segs):
        self.turns.append((speaker, list(segs)))
        return self

    def render(self):
        turns, spans = [], []
        for ti, (spk, segs) in enumerate(self.turns):
            text = ""
            for s in segs:
                if isinstance(s, str):
                    text += s
                else:
                    val, gid = s
                    st = len(text)
                    text += val
                    spans.append({"turn": ti, "start": st, "end": len(text),
                                  "type": self.groups[gid]["type"], "_gid": gid})
            turns.append({"speaker": spk, "text": text})
        return turns, spans


def V(text, gid):
    return (text, gid)


# ---------------------------------------------------------------- spoken forms

DW = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = {10: "ten", 11: "eleven", 12: "twelve", 13: "thirteen", 14: "fourteen", 15: "fifteen",
         16: "sixteen", 17: "seventeen", 18: "eighteen", 19: "nineteen"}
TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy", 8: "eighty",
        9: "ninety"}
FILLERS = ["um", "uh", "er", "erm"]
NATO = {"A": ["alpha", "apple"], "B": ["bravo", "bob"], "C": ["charlie", "cat"], "D": ["delta", "dog"],
        "E": ["echo", "edward"], "F": ["foxtrot", "freddie"], "G": ["golf", "george"],
        "H": ["hotel", "harry"], "J": ["juliet", "john"], "K": ["kilo", "king"], "L": ["lima", "london"],
        "M": ["mike", "mary"], "N": ["november", "nancy"], "P": ["papa", "peter"], "Q": ["quebec", "queen"],
        "R": ["romeo", "robert"], "S": ["sierra", "sugar"], "T": ["tango", "tommy"],
        "U": ["uniform", "uncle"], "V": ["victor", "victoria"], "W": ["whiskey", "william"],
        "X": ["xray", "xylophone"], "Y": ["yankee", "yellow"], "Z": ["zulu", "zebra"],
        "I": ["india", "ireland"]}


def zero_word(region):
    if region == "uk":
        return R.choice(["oh", "oh", "nought", "zero", "o"])
    if region == "ie":
        return R.choice(["oh", "oh", "zero", "o"])
    return R.choice(["oh", "zero", "o"])


def pair_words(n):
    if n in TEENS:
        return TEENS[n]
    return TENS[n // 10] + " " + DW[n % 10]


def pair_ok(c):
    n = int(c)
    return c[0] != "0" and (10 <= n <= 19 or n % 10 != 0)


def speak_chunk(c, region, style):
    """style: 'digits', 'mixed'. Returns words for a digit chunk."""
    zw = zero_word(region)
    if style == "mixed":
        if len(c) == 2 and pair_ok(c) and R.random() < 0.6:
            return pair_words(int(c))
        if len(c) == 3 and c[0] != "0" and pair_ok(c[1:]) and R.random() < 0.4:
            return DW[int(c[0])] + " hundred and " + pair_words(int(c[1:]))
        if len(c) == 3 and c[0] != "0" and c[1] == "0" and c[2] != "0" and R.random() < 0.3:
            return DW[int(c[0])] + " hundred and " + DW[int(c[2])]
        if len(c) == 4 and pair_ok(c[:2]) and pair_ok(c[2:]) and R.random() < 0.5:
            return pair_words(int(c[:2])) + " " + pair_words(int(c[2:]))
    out, i = [], 0
    while i < len(c):
        d = c[i]
        run = 1
        while i + run < len(c) and c[i + run] == d:
            run += 1
        w = zw if d == "0" else DW[int(d)]
        if run >= 3 and R.random() < 0.7:
            out.append(R.choice(["treble", "triple"] if region != "us" else ["triple"]) + " " + w)
            i += 3
        elif run >= 2 and R.random() < 0.75:
            out.append("double " + w)
            i += 2
        else:
            out.append(w)
            i += 1
    return " ".join(out)


def chunks_of(s, sizes):
    out, i = [], 0
    for n in sizes:
        if i >= len(s):
            break
        out.append(s[i:i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return out


def spoken_digit_chunks(s, sizes, region, style="mixed"):
    return [speak_chunk(c, region, style) for c in chunks_of(s, sizes)]


def join_spoken(chunks, filler_p=0.15, punct=False):
    out = chunks[0]
    for c in chunks[1:]:
        sep = R.choice([", ", " ", "... "]) if punct else " "
        if R.random() < filler_p:
            sep = sep.rstrip() + " " + R.choice(FILLERS) + " " if sep != " " else " " + R.choice(FILLERS) + " "
        out += sep + c
    return out


def speak_letter(ch, nato_p=0.5):
    if ch in NATO and R.random() < nato_p:
        return ch.lower() + R.choice([" for ", " for ", " as in "]) + R.choice(NATO[ch])
    return ch.lower()


def speak_alnum(s, region, nato_p=0.4):
    """Speak an alphanumeric token char-by-char (letters maybe NATO), digits with doubles."""
    parts, buf = [], ""
    for ch in s:
        if ch.isdigit():
            buf += ch
        else:
            if buf:
                parts.append(speak_chunk(buf, region, "digits"))
                buf = ""
            parts.append(speak_letter(ch, nato_p))
    if buf:
        parts.append(speak_chunk(buf, region, "digits"))
    return " ".join(parts)


# ---------------------------------------------------------------- value generators


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


def gen_card():
    kind = R.choice(["visa", "visa", "visa", "mc", "mc", "amex", "disc", "visa13", "maestro19"])
    if kind == "visa":
        pre, n = "4" + str(R.randint(10, 99)), 16
    elif kind == "mc":
        pre, n = str(R.randint(51, 55)), 16
    elif kind == "amex":
        pre, n = R.choice(["34", "37"]), 15
    elif kind == "disc":
        pre, n = "6011", 16
    elif kind == "visa13":
        pre, n = "4", 13
    else:
        pre, n = R.choice(["6759", "5018"]), 19
    body = pre + "".join(str(R.randint(0, 9)) for _ in range(n - len(pre) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def card_groups(n):
    if n == 15:
        return [4, 6, 5]
    if n == 13:
        return [4, 3, 3, 3]
    if n == 19:
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
        p = R.choice(NI_FIRST) + R.choice(NI_SECOND)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p + "".join(str(R.randint(0, 9)) for _ in range(6)) + R.choice("ABCD")


def digits(n, lead_nonzero=False):
    s = "".join(str(R.randint(0, 9)) for _ in range(n))
    if lead_nonzero and s[0] == "0":
        s = str(R.randint(1, 9)) + s[1:]
    return s


def rich_digits(n):
    """Digit strings with repeated digits and zeros, to exercise double/treble/nought."""
    out = ""
    while len(out) < n:
        r = R.random()
        d = str(R.randint(0, 9))
        if r < 0.2:
            out += d * 2
        elif r < 0.27:
            out += d * 3
        elif r < 0.45:
            out += "0"
        else:
            out += d
    return out[:n]


def iban_check(country, bban):
    s = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in s)
    return "%02d" % (98 - int(num) % 97)


def mod97_ok(iban):
    s = iban[4:] + iban[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def gen_iban():
    c = R.choice(["IE", "IE", "GB", "GB", "DE", "FR", "NL", "ES"])
    if c == "IE":
        bban = R.choice(["AIBK", "IPBS", "ULSB"]) + digits(6) + digits(8)
    elif c == "GB":
        bban = R.choice(["NWBK", "BARC", "HBUK", "MIDL"]) + digits(6) + digits(8)
    elif c == "DE":
        bban = digits(18)
    elif c == "FR":
        bban = digits(23)
    elif c == "NL":
        bban = R.choice(["ABNA", "RABA", "INGB"]) + digits(10)
    else:
        bban = digits(20)
    return c + iban_check(c, bban) + bban


def iban_groups(ib):
    return " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))


UK_AREAS = ["M", "B", "L", "G", "S", "E", "N", "W", "LS", "BT", "CF", "EH", "SW", "NW", "SE", "BS",
            "NE", "CB", "RG", "SK", "PR", "BD", "HU", "LE", "NG", "DN", "CH", "TR", "KY", "AB", "DD",
            "YK"]
INWARD = "ABDEFGHJLNPQRSTUWXYZ"
EIR_KEYS = ["D02", "D04", "D6W", "D15", "D24", "T12", "T23", "H91", "V94", "A65", "F92", "X91",
            "R95", "W23", "K78", "N91", "P31", "Y35", "E91", "V92"]
EIR_CH = "ACDEFHKNPRTVWXY0123456789"


def gen_uk_postcode():
    a = R.choice(UK_AREAS)
    out = a + str(R.randint(1, 9))
    if R.random() < 0.3:
        out += str(R.randint(0, 9))
    return out + " " + str(R.randint(0, 9)) + R.choice(INWARD) + R.choice(INWARD)


def gen_eircode():
    return R.choice(EIR_KEYS) + " " + R.choice("ACDEFHKNPRTVWXY") + "".join(R.choice(EIR_CH) for _ in range(3))


def gen_zip():
    z = "%05d" % R.randint(1001, 99950)
    if R.random() < 0.3:
        z += "-" + digits(4)
    return z


FIRST = ["sinead", "aoife", "ciaran", "niamh", "declan", "siobhan", "gareth", "rhys", "morag", "callum",
         "priya", "tomasz", "olu", "kerry", "shane", "paddy", "bernadette", "dylan", "fiona", "lachlan",
         "maria", "jose", "tanya", "derek", "amy", "kwame", "hannah", "eoin", "grainne", "bronagh"]
LAST = ["murphy", "kelly", "byrne", "walsh", "mcgrath", "jones", "evans", "campbell", "mackenzie",
        "patel", "nowak", "adeyemi", "doyle", "brennan", "smith", "quinn", "lynch", "ryan", "hughes",
        "fitzgerald", "garcia", "nguyen", "okafor", "mclaughlin", "reilly", "fox", "carter", "hale"]
DOMAINS = ["gmail.com", "hotmail.co.uk", "eircom.net", "yahoo.ie", "outlook.com", "btinternet.com",
           "icloud.com", "live.ie", "sky.com", "aol.com", "virginmedia.com", "protonmail.com"]
STREETS = ["hollybank road", "kingsway", "church street", "main street", "station road", "mill lane",
           "the crescent", "abbey close", "harbour view", "bridge street", "glenview park",
           "willow drive", "maple avenue", "castle terrace", "oak grove", "marine parade",
           "lismore road", "high street", "fairview avenue", "ashgrove court", "elm row",
           "victoria gardens", "cathedral walk", "quarry hill"]
STREET_END = ("road", "kingsway", "street", "lane", "crescent", "close", "view", "park", "drive",
              "avenue", "terrace", "grove", "parade", "court", "row", "gardens", "walk", "hill", "way",
              "boulevard", "place")
TOWNS = ["cork", "galway", "limerick", "leeds", "manchester", "cardiff", "glasgow", "belfast",
         "bristol", "swansea", "dundee", "sligo", "wexford", "aberdeen", "norwich", "york"]
US_STREETS = ["maple avenue", "elm street", "sunset boulevard", "pine ridge drive", "lakeshore drive",
              "oak street", "cedar lane", "park place", "washington avenue", "river road"]
US_TOWNS = ["austin", "denver", "columbus", "boise", "tampa", "raleigh", "spokane", "omaha"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december"]
ORD = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh",
       8: "eighth", 9: "ninth", 10: "tenth", 11: "eleventh", 12: "twelfth", 13: "thirteenth",
       14: "fourteenth", 15: "fifteenth", 16: "sixteenth", 17: "seventeenth", 18: "eighteenth",
       19: "nineteenth", 20: "twentieth", 21: "twenty first", 22: "twenty second", 23: "twenty third",
       24: "twenty fourth", 25: "twenty fifth", 26: "twenty sixth", 27: "twenty seventh",
       28: "twenty eighth"}


def ord_suffix(d):
    return "th" if 10 <= d % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")


def year_words(y):
    if 2000 <= y <= 2009:
        return R.choice(["two thousand and " + DW[y - 2000], "two thousand " + DW[y - 2000]])
    hi, lo = divmod(y, 100)
    lo_w = pair_words(lo) if pair_ok("%02d" % lo) else (TENS[lo // 10] if lo % 10 == 0 and lo >= 20 else
                                                        ("oh " + DW[lo] if lo < 10 else pair_words(lo)))
    return pair_words(hi) + " " + lo_w


def two_digit_year_words(yy):
    if yy < 10:
        return "oh " + DW[yy]
    if yy in TEENS:
        return TEENS[yy]
    if yy % 10 == 0:
        return TENS[yy // 10]
    return pair_words(yy)


# ---------------------------------------------------------------- contexts

INDUSTRY = {
    "bank": ["thanks for calling harbour bank", "you're through to the cards team at northgate bank",
             "welcome to the fraud line"],
    "telecom": ["thanks for calling clearline mobile", "you're through to broadband support",
                "hi you're speaking to the billing team at skylink"],
    "utility": ["thanks for calling emerald energy", "you're through to the meter team",
                "welcome to brightwater gas and electric"],
    "retail": ["thanks for contacting hollis and reed", "you're chatting with the orders team",
               "welcome to the returns desk"],
    "insurance": ["thanks for calling shieldwell insurance", "you're through to motor claims",
                  "welcome to the home insurance team"],
    "travel": ["thanks for calling aerlink holidays", "you're through to bookings",
               "welcome to the rail refunds line"],
    "health": ["thanks for calling the patient billing office", "you're through to st anne's billing",
               "welcome to the dental plan helpline"],
    "gov": ["you're through to the benefits enquiry line", "welcome to the tax credits helpline",
            "thanks for calling the council tax team"],
}


def greeting():
    ind = R.choice(sorted(INDUSTRY))
    return ind, R.choice(INDUSTRY[ind])


BACKCHANNEL = ["mhm", "go on", "yep", "okay", "right", "uh huh", "yeah go ahead", "lovely", "grand",
               "got that", "okay next bit", "sure", "perfect keep going", "cheers go on"]
HESIT = ["hang on", "bear with me", "one sec", "hold on a minute", "sorry the dog's barking",
         "let me find my glasses", "where did i put it", "ah sorry", "sorry i'm in the car"]


def cap(s):
    return s[:1].upper() + s[1:]


# ---------------------------------------------------------------- positive templates


def pos_card_chat():
    c = Case("typed chat: full card with separators, expiry and CVV")
    card = gen_card()
    g = c.group("CARD_NUMBER", card)
    style = R.choice(["space", "dash", "plain", "odd", "dot"])
    if style == "space":
        txt = " ".join(chunks_of(card, card_groups(len(card))))
    elif style == "dash":
        txt = "-".join(chunks_of(card, card_groups(len(card))))
    elif style == "plain":
        txt = card
    elif style == "dot":
        txt = ".".join(chunks_of(card, card_groups(len(card))))
    else:
        txt = " ".join(chunks_of(card, R.choice([[3, 5, 4, 4], [6, 6, 7], [2, 4, 4, 4, 5], [8, 8, 3]])))
    _, gr = greeting()
    c.say("agent", cap(gr) + ". To take the payment could you type the long card number please?")
    lead = R.choice(["card no: ", "Card number is ", "its ", "ok here: ", "CARD ", "", "long number - "])
    segs = [lead, V(txt, g)]
    if R.random() < 0.7:
        m, y = R.randint(1, 12), R.randint(25, 31)
        ex = R.choice(["%02d/%02d" % (m, y), "%02d/20%02d" % (m, y), "%d/%02d" % (m, y), "%02d-%02d" % (m, y),
                       "%s %d" % (cap(MONTHS[m - 1][:3]), 2000 + y)])
        ge = c.group("EXPIRY", ex)
        segs += [R.choice([" exp ", ", expiry ", " valid till ", " exp date: "]), V(ex, ge)]
    if R.random() < 0.6:
        cvv = digits(4 if len(card) == 15 else 3)
        gc = c.group("CVV", cvv)
        segs += [R.choice([" cvv ", ", security code ", " and the 3 on the back is ", " CVC:"]), V(cvv, gc)]
    c.say("customer", *segs)
    c.say("agent", R.choice(["Thanks, that's gone through.", "Perfect, processing that now.",
                             "Thank you. Please don't share the code in chat again."]))
    return c


def pos_card_spoken_split():
    region = R.choice(["uk", "ie", "us", "uk"])
    card = gen_card()
    g = c_g = None
    c = Case("ASR call: card read in groups across turns with back-channels (%s)" % region)
    g = c.group("CARD_NUMBER", card)
    sizes = card_groups(len(card)) if R.random() < 0.6 else R.choice([[2] * 10, [3, 3, 3, 3, 4], [4, 2, 2, 4, 4], [5, 5, 6]])
    words = spoken_digit_chunks(card, sizes, region, "mixed" if R.random() < 0.5 else "digits")
    _, gr = greeting()
    c.say("agent", gr + " can i take the long number on the front of the card")
    # split into 2-4 turns
    k = R.randint(2, min(4, len(words)))
    cuts = sorted(R.sample(range(1, len(words)), k - 1))
    parts = [words[i:j] for i, j in zip([0] + cuts, cuts + [len(words)])]
    for pi, p in enumerate(parts):
        lead = R.choice(["yeah it's ", "it's ", "okay so ", "right ", ""]) if pi == 0 else R.choice(["", "", "then ", "and ", "um "])
        c.say("customer", lead, V(join_spoken(p), g))
        if pi < len(parts) - 1:
            c.say("agent", R.choice(BACKCHANNEL))
    if R.random() < 0.5:
        gl = c.group("CARD_NUMBER", card[-4:], "partial")
        c.say("agent", "and that's the card ending ", V(speak_chunk(card[-4:], region, "digits"), gl), " yeah")
        c.say("customer", "that's it")
        c.note += "; last four read back after full card (labelled)"
    else:
        gr2 = c.group("CARD_NUMBER", card)
        c.say("agent", "let me read that back ", V(join_spoken(spoken_digit_chunks(card, card_groups(len(card)), region, "digits"), 0), gr2))
        c.say("customer", R.choice(["yep", "that's right", "correct", "spot on"]))
        c.note += "; full agent read-back"
    return c


def pos_card_restart():
    region = R.choice(["uk", "ie", "us"])
    card = gen_card()
    c = Case("ASR call: card reading abandoned and restarted, with filler and aside (%s)" % region)
    g0 = c.group("CARD_NUMBER", card[:R.choice([4, 6, 8])], "partial")
    g = c.group("CARD_NUMBER", card)
    pre = c.groups[g0]["canon"]
    c.say("agent", "whenever you're ready with the card number")
    c.say("customer", "okay ", V(join_spoken(spoken_digit_chunks(pre, [4, 4], region, "digits")), g0), " " +
          R.choice(["no wait that's the old card", "sorry i lost my place", "hang on let me start again",
                    "sorry that's wrong"]))
    c.say("agent", R.choice(["no problem from the top", "take your time", "okay start again for me"]))
    words = spoken_digit_chunks(card, card_groups(len(card)), region, "mixed")
    mid = len(words) // 2
    a = join_spoken(words[:mid], 0.4)
    b = join_spoken(words[mid:], 0.4)
    c.say("customer", "right ", V(a, g), " " + R.choice(HESIT) + " ", V(b, g))
    c.say("agent", "thank you and the expiry")
    m, y = R.randint(1, 12), R.randint(25, 31)
    ex = R.choice([speak_chunk("%02d" % m, region, "digits") + " " + two_digit_year_words(y),
                   MONTHS[m - 1] + " twenty " + two_digit_year_words(y),
                   speak_chunk("%02d" % m, region, "digits") + " slash " + two_digit_year_words(y)])
    ge = c.group("EXPIRY", ex)
    c.say("customer", R.choice(["it's ", "expires ", "", "uh "]), V(ex, ge))
    return c


def pos_card_agent_readback_cvv():
    region = R.choice(["uk", "ie", "us"])
    card = gen_card()
    c = Case("ASR call: card in one turn, CVV as hundreds, agent confirms last four (%s)" % region)
    g = c.group("CARD_NUMBER", card)
    c.say("agent", "and the card number please")
    c.say("customer", V(join_spoken(spoken_digit_chunks(card, card_groups(len(card)), region, "mixed"), 0.2), g))
    c.say("agent", "and the three digits on the back")
    cvv = str(R.randint(1, 9)) + "%02d" % R.choice([11, 12, 13, 15, 17, 19, 21, 34, 45, 56, 67, 78, 89, 92])
    gc = c.group("CVV", cvv)
    cw = speak_chunk(cvv, region, "mixed") if R.random() < 0.5 else DW[int(cvv[0])] + " hundred and " + pair_words(int(cvv[1:]))
    c.say("customer", R.choice(["it's ", "", "um "]), V(cw, gc))
    gl = c.group("CARD_NUMBER", card[-4:], "partial")
    c.say("agent", "thanks so that's the card ending in ", V(card[-4:], gl), " taking forty two pounds fifty now")
    return c


def pos_ssn():
    c = Case("US caller: SSN")
    ssn = gen_ssn()
    g = c.group("SSN", ssn)
    mode = R.choice(["typed", "typed", "spoken", "spoken", "split"])
    ind, gr = greeting()
    if mode == "typed":
        txt = R.choice([ssn[:3] + "-" + ssn[3:5] + "-" + ssn[5:], ssn, ssn[:3] + " " + ssn[3:5] + " " + ssn[5:],
                        ssn[:3] + "." + ssn[3:5] + "." + ssn[5:], ssn[:3] + "-" + ssn[3:5] + ssn[5:]])
        c.say("agent", cap(gr) + ". For verification, please enter your Social Security number.")
        c.say("customer", R.choice(["SSN: ", "ssn is ", "Social: ", "my social # ", "soc sec no. ", ""]), V(txt, g))
        c.note = "typed chat: SSN, separator/format variant (%s)" % ind
    elif mode == "spoken":
        c.say("agent", gr + " can i get your social security number to verify")
        words = spoken_digit_chunks(ssn, [3, 2, 4], "us", R.choice(["digits", "mixed"]))
        c.say("customer", R.choice(["sure it's ", "yeah ", "okay uh ", "my social is "]), V(join_spoken(words, 0.3), g))
        c.say("agent", "thank you")
        c.note = "ASR call: SSN read in 3-2-4 groups (%s)" % ind
    else:
        c.say("agent", "i'll need the social to pull up the account")
        words = spoken_digit_chunks(ssn, [3, 2, 4], "us", "mixed")
        c.say("customer", "okay ", V(words[0], g))
        c.say("agent", R.choice(BACKCHANNEL))
        c.say("customer", V(words[1], g))
        c.say("agent", R.choice(BACKCHANNEL))
        c.say("customer", V(words[2], g))
        g2 = c.group("SSN", ssn)
        c.say("agent", "so that's ", V(ssn[:3] + " " + ssn[3:5] + " " + ssn[5:], g2), " correct")
        c.note = "ASR call: SSN split over three turns, agent read-back (%s)" % ind
    return c


def pos_ssn_with_dob():
    c = Case("healthcare billing call: last-four SSN not requested; full SSN and DOB")
    ssn = gen_ssn()
    g = c.group("SSN", ssn)
    y, m, d = R.randint(1940, 2001), R.randint(1, 12), R.randint(1, 28)
    c.say("agent", "patient billing this is dana can i have the patient's date of birth")
    dob = R.choice(["%s %s %s" % (MONTHS[m - 1], ORD[d], year_words(y)),
                    "%s %d %d" % (MONTHS[m - 1], d, y),
                    "%02d/%02d/%d" % (m, d, y)])
    gd = c.group("DOB", dob)
    c.say("customer", R.choice(["it's ", "uh ", "she was born "]), V(dob, gd))
    c.say("agent", "and the social on the account")
    w = join_spoken(spoken_digit_chunks(ssn, R.choice([[3, 2, 4], [3, 3, 3], [1] * 9]), "us", "digits"), 0.3)
    c.say("customer", V(w, g), " " + R.choice(["that's hers not mine", "i think", ""]).strip())
    return c


def ni_spoken(ni, region, nato_p):
    letters = " ".join(speak_letter(ch, nato_p) for ch in ni[:2])
    sizes = R.choice([[2, 2, 2], [3, 3], [6], [2, 4], [1] * 6, [4, 2]])
    nums = spoken_digit_chunks(ni[2:8], sizes, region, R.choice(["digits", "mixed"]))
    return letters, nums, speak_letter(ni[8], nato_p)


def pos_ni():
    region = R.choice(["uk", "uk", "ie"])
    ni = gen_ni()
    mode = R.choice(["typed", "spoken", "spoken", "split", "readback"])
    c = Case("UK NI number")
    g = c.group("NI_NUMBER", ni)
    ind, gr = greeting()
    if mode == "typed":
        txt = R.choice([ni, ni[:2] + " " + ni[2:4] + " " + ni[4:6] + " " + ni[6:8] + " " + ni[8],
                        ni.lower(), ni[:2] + ni[2:8] + " " + ni[8], ni[:2] + "-" + ni[2:8] + "-" + ni[8],
                        ni[:2].lower() + " " + ni[2:5] + " " + ni[5:8] + ni[8].lower()])
        c.say("agent", "Hi, I'm Gemma from the benefits team. What's your National Insurance number?")
        c.say("customer", R.choice(["NI no: ", "ni number ", "NINO ", "its ", "National Insurance: ", ""]), V(txt, g),
              R.choice(["", " thanks", " (on my payslip)", "."]))
        c.note = "typed chat: NI number, case/spacing variant"
    elif mode == "spoken":
        l, n, s = ni_spoken(ni, region, 0.5)
        c.say("agent", gr + " can you give me your national insurance number please")
        c.say("customer", R.choice(["yeah it's ", "okay ", "right so it's ", ""]),
              V(l + " " + join_spoken(n, 0.3) + " " + s, g))
        c.say("agent", "lovely thank you")
        c.note = "ASR call: NI number with NATO letters and spoken digits (%s)" % region
    elif mode == "split":
        l, n, s = ni_spoken(ni, region, 0.6)
        c.say("agent", "and your national insurance number")
        c.say("customer", R.choice(["it starts ", "", "right "]), V(l, g))
        c.say("agent", R.choice(BACKCHANNEL))
        c.say("customer", V(join_spoken(n, 0.3), g))
        c.say("agent", R.choice(["and the letter at the end", "and the last letter", "mhm"]))
        c.say("customer", R.choice(["", "it's ", "um "]), V(s, g))
        c.note = "ASR call: NI number split over three customer turns (%s)" % region
    else:
        l, n, s = ni_spoken(ni, region, 0.3)
        c.say("agent", "national insurance number please")
        c.say("customer", V(l + " " + join_spoken(n, 0.2) + " " + s, g))
        g2 = c.group("NI_NUMBER", ni)
        l2, n2, s2 = ni_spoken(ni, region, 1.0)
        c.say("agent", "let me just read that back ", V(l2 + " " + " ".join(n2) + " " + s2, g2), " is that right")
        c.say("customer", R.choice(["yeah", "that's it", "spot on"]))
        c.note = "ASR call: NI number with agent NATO read-back"
    return c


def pos_ni_correction():
    region = "uk"
    ni = gen_ni()
    c = Case("ASR call: NI number with mid-reading correction")
    g0 = c.group("NI_NUMBER", ni[:4], "partial")
    g = c.group("NI_NUMBER", ni)
    l, n, s = ni_spoken(ni, region, 0.4)
    c.say("agent", "i just need your national insurance number to confirm")
    c.say("customer", V(" ".join(speak_letter(ch, 0) for ch in ni[:2]) + " " + speak_chunk(ni[2:4], region, "digits"), g0),
          " no sorry let me get the card out ", R.choice(["okay", "right", "here we go"]), " ",
          V(l + " " + join_spoken(n, 0.3) + " " + s, g))
    return c


def pos_sort_account():
    region = R.choice(["uk", "uk", "ie"])
    sc = digits(6)
    acct = digits(8)
    mode = R.choice(["typed", "spoken", "split", "spoken"])
    c = Case("bank details: sort code and account number")
    gs = c.group("SORT_CODE", sc)
    ga = c.group("BANK_ACCOUNT", acct)
    ind, gr = greeting()
    if mode == "typed":
        sct = R.choice([sc[:2] + "-" + sc[2:4] + "-" + sc[4:], sc, sc[:2] + " " + sc[2:4] + " " + sc[4:],
                        sc[:2] + "." + sc[2:4] + "." + sc[4:]])
        act = R.choice([acct, acct[:4] + " " + acct[4:], acct[:2] + " " + acct[2:5] + " " + acct[5:]])
        form = R.choice(["a", "b", "c"])
        c.say("agent", "Please send the bank details for the refund.")
        if form == "a":
            c.say("customer", "Sort code: ", V(sct, gs), "\nAcct no: ", V(act, ga))
        elif form == "b":
            c.say("customer", "s/c ", V(sct, gs), " a/c ", V(act, ga), " - name on acct is ",
                  cap(R.choice(FIRST)) + " " + cap(R.choice(LAST)))
        else:
            c.say("customer", "account ", V(act, ga), " sort ", V(sct, gs), " thanks")
        c.note = "typed chat: sort code and account with abbreviations (%s)" % ind
    elif mode == "spoken":
        c.say("agent", gr + " what's the sort code")
        sw = spoken_digit_chunks(sc, R.choice([[2, 2, 2], [3, 3], [6]]), region, "mixed")
        c.say("customer", R.choice(["", "it's ", "sort code is "]), V(join_spoken(sw, 0.2), gs))
        c.say("agent", "and the account number")
        aw = spoken_digit_chunks(acct, R.choice([[4, 4], [2, 3, 3], [3, 5], [8], [2, 2, 2, 2]]), region, "mixed")
        c.say("customer", V(join_spoken(aw, 0.3), ga))
        c.note = "ASR call: sort code and account number, regional digit forms (%s)" % region
    else:
        c.say("agent", "and where are we paying the refund to")
        sw = spoken_digit_chunks(sc, [2, 2, 2], region, "mixed")
        c.say("customer", "sort code ", V(sw[0], gs))
        c.say("agent", R.choice(BACKCHANNEL))
        c.say("customer", V(" ".join(sw[1:]), gs), " and the account is ",
              V(join_spoken(spoken_digit_chunks(acct[:4], [4], region, "digits"), 0), ga))
        c.say("agent", R.choice(BACKCHANNEL))
        c.say("customer", V(speak_chunk(acct[4:], region, "mixed"), ga))
        g2 = c.group("SORT_CODE", sc)
        g3 = c.group("BANK_ACCOUNT", acct)
        c.say("agent", "so sort code ", V(sc[:2] + " " + sc[2:4] + " " + sc[4:], g2), " account ", V(acct, g3), " yeah")
        c.note = "ASR call: bank details split across turns with read-back (%s)" % region
    return c


def pos_us_account():
    c = Case("US caller: routing-free checking account number")
    acct = digits(R.choice([10, 11, 12]), True)
    g = c.group("BANK_ACCOUNT", acct)
    if R.random() < 0.5:
        c.say("agent", "Which checking account should the refund go to?")
        c.say("customer", R.choice(["acct # ", "Account number ", "checking: "]), V(acct, g))
    else:
        c.say("agent", "what's the account number for the autopay")
        c.say("customer", "it's ", V(join_spoken(spoken_digit_chunks(acct, [3, 3, 4, 2], "us", "mixed"), 0.3), g))
    c.note += ""
    return c


def pos_iban():
    ib = gen_iban()
    region = "ie" if ib.startswith("IE") else "uk"
    c = Case("IBAN (%s)" % ib[:2])
    g = c.group("IBAN", ib)
    mode = R.choice(["typed", "typed", "spoken", "split"])
    if mode == "typed":
        txt = R.choice([iban_groups(ib), ib, iban_groups(ib).lower(), ib[:4] + " " + ib[4:]])
        c.say("agent", "Can you confirm the IBAN for the direct debit?")
        c.say("customer", R.choice(["IBAN: ", "iban ", "Its ", "my IBAN is "]), V(txt, g), R.choice(["", " thx", "."]))
        c.note = "typed chat: IBAN (%s)" % ib[:2]
    else:
        groups = [ib[i:i + 4] for i in range(0, len(ib), 4)]
        spoken = [speak_alnum(x, region, 0.5) for x in groups]
        c.say("agent", "i'll need the iban for that please")
        if mode == "spoken":
            c.say("customer", "okay it's ", V(join_spoken(spoken, 0.2), g))
            c.note = "ASR call: IBAN spoken in groups of four (%s)" % ib[:2]
        else:
            h = len(spoken) // 2
            c.say("customer", V(" ".join(spoken[:h]), g))
            c.say("agent", R.choice(BACKCHANNEL))
            c.say("customer", V(" ".join(spoken[h:]), g))
            c.note = "ASR call: IBAN split over two turns (%s)" % ib[:2]
        c.say("agent", "thank you that's set up from the first of next month")
    return c


def gen_phone(region):
    if region == "uk":
        k = R.choice(["mob", "mob", "lon", "man", "bel", "edi"])
        if k == "mob":
            nat = "07" + R.choice(["7", "8", "9", "4"]) + rich_digits(8)
            groups = R.choice([[5, 6], [5, 3, 3], [4, 3, 4], [3, 4, 4], [5, 2, 2, 2]])
        elif k == "lon":
            nat = "020" + R.choice(["7", "8", "3"]) + rich_digits(7)
            groups = R.choice([[3, 4, 4], [3, 8], [4, 3, 4]])
        elif k == "man":
            nat = "0161" + rich_digits(7)
            groups = R.choice([[4, 3, 4], [4, 7], [5, 6]])
        elif k == "bel":
            nat = "028" + "90" + rich_digits(6)
            groups = R.choice([[3, 4, 4], [5, 6]])
        else:
            nat = "0131" + rich_digits(7)
            groups = [4, 3, 4]
        cc = "44"
    elif region == "ie":
        if R.random() < 0.7:
            nat = "08" + R.choice(["3", "5", "6", "7", "9"]) + rich_digits(7)
            groups = R.choice([[3, 3, 4], [3, 7], [3, 4, 3]])
        else:
            nat = R.choice(["01", "021", "091", "061"]) + rich_digits(7)
            groups = [len(nat) - 7, 3, 4]
        cc = "353"
    else:
        nat = str(R.randint(2, 9)) + digits(2) + str(R.randint(2, 9)) + digits(6)
        groups = [3, 3, 4]
        cc = "1"
    return nat, groups, cc


def pos_phone():
    region = R.choice(["uk", "uk", "ie", "ie", "us"])
    nat, groups, cc = gen_phone(region)
    mode = R.choice(["typed", "typed_intl", "spoken", "spoken_intl", "split", "spoken"])
    c = Case("phone number (%s)" % region)
    ind, gr = greeting()
    if mode == "typed":
        if region == "us":
            txt = R.choice(["(%s) %s-%s" % (nat[:3], nat[3:6], nat[6:]), "%s-%s-%s" % (nat[:3], nat[3:6], nat[6:]),
                            "%s.%s.%s" % (nat[:3], nat[3:6], nat[6:])])
        else:
            txt = R.choice([" ".join(chunks_of(nat, groups)), nat, "-".join(chunks_of(nat, groups))])
        g = c.group("PHONE", nat)
        c.say("agent", "What's the best number to reach you on?")
        c.say("customer", R.choice(["mob: ", "Tel ", "call me on ", "my number is ", "ph: ", ""]), V(txt, g),
              R.choice(["", " after 6pm", " (mobile)", " ta"]))
        c.note = "typed chat: national phone number (%s, %s)" % (region, ind)
    elif mode == "typed_intl":
        rest = nat[1:] if region != "us" else nat
        txt = R.choice(["+%s %s" % (cc, " ".join(chunks_of(rest, [g - (1 if i == 0 and region != "us" else 0) for i, g in enumerate(groups)]))),
                        "+%s%s" % (cc, rest), "00%s %s" % (cc, rest), "+%s (0)%s" % (cc, rest) if region != "us" else "+1-%s-%s-%s" % (rest[:3], rest[3:6], rest[6:])])
        canon = ("+" + cc + rest) if txt.startswith("+") else ("00" + cc + rest)
        if "(0)" in txt:
            canon = "+" + cc + "0" + rest
        canon = canon.lstrip("+")  # typed '+' sits outside the span (spans start at first digit)
        g = c.group("PHONE", canon)
        c.say("agent", "Could you give a contact number including the country code?")
        lead = R.choice(["Sure, ", "", "its ", "WhatsApp "])
        if txt.startswith("+"):
            lead, txt = lead + "+", txt[1:]
        c.say("customer", lead, V(txt, g))
        c.note = "typed chat: international phone (%s)" % region
    else:
        zregion = region
        intl = mode == "spoken_intl"
        if intl:
            rest = nat[1:] if region != "us" else nat
            lead = R.choice(["plus", "double oh"]) if region != "us" else "plus"
            ccw = " ".join(DW[int(x)] for x in cc)
            words = [lead + " " + ccw] + spoken_digit_chunks(rest, [3, 3, 4], zregion, "digits")
            canon = ("+" if lead == "plus" else "00") + cc + rest
        else:
            words = spoken_digit_chunks(nat, groups, zregion, R.choice(["digits", "mixed", "digits"]))
            canon = nat
        g = c.group("PHONE", canon)
        c.say("agent", gr + " " + R.choice(["and a contact number", "what number is best if we get cut off",
                                             "can i take a mobile number for the text updates"]))
        if mode == "split":
            h = max(1, len(words) // 2)
            c.say("customer", R.choice(["it's ", "yeah ", ""]), V(join_spoken(words[:h], 0.2), g))
            c.say("agent", R.choice(BACKCHANNEL))
            c.say("customer", V(join_spoken(words[h:], 0.2), g))
            if R.random() < 0.5:
                g2 = c.group("PHONE", canon)
                c.say("agent", "so that's ", V(join_spoken(spoken_digit_chunks(canon.replace("+", ""), groups, zregion, "digits"), 0)
                                                  if "+" not in canon else "plus " + join_spoken(spoken_digit_chunks(canon[1:], [len(cc), 3, 3, 4], zregion, "digits"), 0), g2))
            c.note = "ASR call: phone split across turns (%s)" % region
        else:
            c.say("customer", R.choice(["it's ", "yeah ", "um ", "my mobile's "]), V(join_spoken(words, 0.25), g),
                  R.choice(["", " that's my mobile", " or the landline if no answer"]))
            c.note = "ASR call: %s phone spoken (%s)" % ("international" if intl else "national", region)
    return c


def email_gen():
    f, l = R.choice(FIRST), R.choice(LAST)
    sep = R.choice([".", "_", "", "."])
    num = R.choice(["", "", str(R.randint(1, 99)), str(R.randint(1960, 2005))])
    local = R.choice([f + sep + l, f[0] + sep + l, f + sep + l[0], l + sep + f]) + num
    return local, R.choice(DOMAINS)


def speak_email(local, dom):
    out = []
    for piece in re.split(r"([._0-9]+)", local):
        if not piece:
            continue
        if piece == ".":
            out.append("dot")
        elif piece == "_":
            out.append("underscore")
        elif piece.isdigit():
            out.append(" ".join(DW[int(x)] for x in piece))
        elif len(piece) <= 2 or R.random() < 0.15:
            out.append(" ".join(piece))
        else:
            out.append(piece)
    out.append("at")
    out.append(" dot ".join(dom.split(".")))
    return " ".join(out)


def pos_email():
    local, dom = email_gen()
    email = local + "@" + dom
    c = Case("email address")
    g = c.group("EMAIL", email)
    mode = R.choice(["typed", "spoken", "spoken", "spell"])
    if mode == "typed":
        txt = R.choice([email, email.upper(), cap(email), email.replace("@", " @ ")])
        c.say("agent", "What email should the receipt go to?")
        c.say("customer", R.choice(["email: ", "its ", "Send to ", "e-mail ", ""]), V(txt, g))
        c.note = "typed chat: email with case/spacing variation"
    elif mode == "spoken":
        c.say("agent", "and an email for the confirmation")
        c.say("customer", R.choice(["yeah it's ", "it's ", "okay ", ""]), V(speak_email(local, dom), g),
              R.choice(["", " all lower case", " no spaces"]))
        c.note = "ASR call: email spoken with dot/at/underscore"
    else:
        c.say("agent", "can you spell the email for me")
        sp = speak_email(local, dom)
        words = sp.split(" at ")
        c.say("customer", V(words[0], g), R.choice([" then the at sign", " and then"]))
        c.say("agent", R.choice(BACKCHANNEL))
        c.say("customer", V("at " + words[1], g) if False else V(words[1], g))
        c.note = "ASR call: email split across turns, @ said as 'the at sign' outside span"
        c.groups[g]["mode"] = "email_split"
    return c


def pos_dob():
    region = R.choice(["uk", "ie", "us", "uk"])
    y, m, d = R.randint(1935, 2006), R.randint(1, 12), R.randint(1, 28)
    mode = R.choice(["typed", "spoken", "spoken", "numeric"])
    c = Case("date of birth (%s)" % region)
    if mode == "typed":
        txt = R.choice(["%02d/%02d/%d" % (d, m, y) if region != "us" else "%02d/%02d/%d" % (m, d, y),
                        "%d%s %s %d" % (d, ord_suffix(d), cap(MONTHS[m - 1]), y),
                        "%s %d, %d" % (cap(MONTHS[m - 1]), d, y), "%d-%02d-%02d" % (y, m, d),
                        "%d.%d.%02d" % (d, m, y % 100), "%d %s %d" % (d, cap(MONTHS[m - 1][:3]), y)])
        g = c.group("DOB", txt)
        c.say("agent", "Can you confirm your date of birth?")
        c.say("customer", R.choice(["DOB ", "dob: ", "born ", "", "Its "]), V(txt, g))
        c.note = "typed chat: DOB format variant"
    elif mode == "spoken":
        txt = R.choice(["the %s of %s %s" % (ORD[d], MONTHS[m - 1], year_words(y)),
                        "%s %s %s" % (ORD[d], MONTHS[m - 1], year_words(y)),
                        "%s the %s %s" % (MONTHS[m - 1], ORD[d], year_words(y)),
                        "the %s of the %s %s" % (ORD[d], ORD[m], two_digit_year_words(y % 100)),
                        "%s %s um %s" % (ORD[d], MONTHS[m - 1], year_words(y))])
        if txt.startswith("the "):
            lead, txt = "the ", txt[4:]
        else:
            lead = ""
        g = c.group("DOB", txt)
        c.say("agent", R.choice(["and your date of birth please", "can i take a date of birth",
                                 "just to verify what's the date of birth on the account"]))
        c.say("customer", R.choice(["it's ", "", "uh ", "yeah "]) + lead, V(txt, g))
        c.note = "ASR call: DOB spoken with ordinals (%s)" % region
    else:
        dd, mm = ("%02d" % d, "%02d" % m) if region != "us" else ("%02d" % m, "%02d" % d)
        txt = speak_chunk(dd, region, "digits") + " " + speak_chunk(mm, region, "digits") + " " + two_digit_year_words(y % 100)
        g = c.group("DOB", txt)
        c.say("agent", "date of birth")
        c.say("customer", V(txt, g))
        c.say("agent", R.choice(["okay thank you", "lovely", "thanks that matches"]))
        c.note = "ASR call: DOB read as digit pairs (%s)" % region
    return c


def pos_address():
    region = R.choice(["uk", "uk", "ie", "ie", "us"])
    c = Case("postal address with postcode (%s)" % region)
    num = R.randint(1, 240)
    if region == "us":
        num = R.randint(100, 9999)
        street = R.choice(US_STREETS)
        pc = gen_zip()
        town = R.choice(US_TOWNS)
    else:
        street = R.choice(STREETS)
        pc = gen_uk_postcode() if region == "uk" else gen_eircode()
        town = R.choice(TOWNS)
    flat = R.random() < 0.3
    mode = R.choice(["typed", "spoken", "spoken", "split"])
    if mode == "typed":
        addr = ("Flat %d%s, " % (R.randint(1, 20), R.choice(["", "B", "A"])) if flat else "") + "%d %s" % (num, street.title())
        if R.random() < 0.3:
            addr = addr.lower()
        ga = c.group("ADDRESS", addr)
        pct = R.choice([pc, pc.lower(), pc.replace(" ", "")])
        gp = c.group("POSTCODE", pct)
        c.say("agent", "What's the delivery address?")
        c.say("customer", V(addr, ga), R.choice([", ", "\n", " "]), town.title(), R.choice([", ", " ", "\n"]), V(pct, gp))
        c.note = "typed chat: address, town (unlabelled), postcode"
    else:
        if num < 100 and R.random() < 0.6 and pair_ok("%d" % num if num >= 10 else "11"):
            numw = pair_words(num) if num >= 10 else DW[num]
        elif num >= 100 and R.random() < 0.5:
            numw = speak_chunk(str(num), region, "mixed")
        else:
            numw = speak_chunk(str(num), region, "digits")
        addr = ("flat %s " % DW[R.randint(1, 9)] if flat else "") + numw + " " + street
        ga = c.group("ADDRESS", addr)
        if region == "us":
            pcw = speak_chunk(pc[:5], "us", "digits") + ((" dash " + speak_chunk(pc[6:], "us", "digits")) if "-" in pc else "")
        else:
            out, inn = pc.split(" ")
            pcw = speak_alnum(out, region, 0.3) + R.choice([" ", ", ", " uh "]) + speak_alnum(inn, region, 0.5)
        gp = c.group("POSTCODE", pcw)
        c.say("agent", R.choice(["and the first line of the address", "can i confirm the address",
                                 "what's the address for the engineer visit"]))
        if mode == "spoken":
            c.say("customer", R.choice(["it's ", "", "yeah "]), V(addr, ga), " " + town + " ", V(pcw, gp))
            c.note = "ASR call: spoken address and %s" % ("eircode" if region == "ie" else "postcode")
        else:
            c.say("customer", V(addr, ga), " in " + town)
            c.say("agent", "and the " + ("eircode" if region == "ie" else "zip" if region == "us" else "postcode"))
            c.say("customer", R.choice(["", "it's ", "uh "]), V(pcw, gp))
            c.note = "ASR call: address then %s in separate turn" % ("eircode" if region == "ie" else "postcode")
    return c


def pos_combo_uk_verify():
    """UK ID&V: NI + postcode + phone in one call, mixed with non-PII distractors."""
    c = Case("ASR call: UK ID&V - NI number, postcode and mobile, with balance distractor")
    ni = gen_ni()
    g = c.group("NI_NUMBER", ni)
    l, n, s = ni_spoken(ni, "uk", 0.5)
    c.say("agent", "before i can discuss the claim i need to verify you so national insurance number first")
    c.say("customer", "yeah ", V(l + " " + join_spoken(n, 0.2) + " " + s, g))
    pc = gen_uk_postcode()
    o, i = pc.split(" ")
    pcw = speak_alnum(o, "uk", 0.5) + " " + speak_alnum(i, "uk", 0.5)
    gp = c.group("POSTCODE", pcw)
    c.say("agent", "and your postcode")
    c.say("customer", V(pcw, gp))
    nat, groups, cc = gen_phone("uk")
    gph = c.group("PHONE", nat)
    c.say("agent", "and the number we have on file for you")
    c.say("customer", "it'll be the mobile ", V(join_spoken(spoken_digit_chunks(nat, groups, "uk", "digits"), 0.2), gph))
    c.say("agent", "thank you you're verified the outstanding balance is two hundred and twelve pounds forty")
    return c


def pos_combo_mixed_chat():
    c = Case("typed e-mail: several identifiers in one message with order number distractor")
    ni = gen_ni()
    nat, groups, cc = gen_phone(R.choice(["uk", "ie"]))
    local, dom = email_gen()
    gn = c.group("NI_NUMBER", ni)
    gp = c.group("PHONE", nat)
    ge = c.group("EMAIL", local + "@" + dom)
    c.say("customer", "Hi, re order #%s - my details: NI %s" % (digits(8), ""), V(ni[:2] + " " + ni[2:8] + " " + ni[8], gn),
          ", tel ", V(" ".join(chunks_of(nat, groups)), gp), ", email ", V(local + "@" + dom, ge),
          ". I was charged \u00a3%d.%02d twice on %d %s." % (R.randint(20, 400), R.randint(0, 99), R.randint(1, 28), cap(R.choice(MONTHS))))
    c.say("agent", "Thanks, I've found the order and raised a refund under ticket %s." % ("CS-" + digits(7)))
    return c


POS_TEMPLATES = [
    (pos_card_chat, 26), (pos_card_spoken_split, 26), (pos_card_restart, 8), (pos_card_agent_readback_cvv, 6),
    (pos_ssn, 24), (pos_ssn_with_dob, 6),
    (pos_ni, 26), (pos_ni_correction, 4),
    (pos_sort_account, 18), (pos_us_account, 4), (pos_iban, 14),
    (pos_phone, 22), (pos_email, 12), (pos_dob, 12), (pos_address, 18),
    (pos_combo_uk_verify, 6), (pos_combo_mixed_chat, 4),
]

# ---------------------------------------------------------------- negatives


def luhn_like(n):
    return gen_card() if n == 16 else digits(n)


def neg_templates():
    def money():
        c = Case("balance and payment amounts")
        a = R.randint(100, 9999)
        c.say("agent", "your balance is %s pounds and %s pence" % (speak_chunk(str(a), "uk", "mixed"), pair_words(R.randint(11, 19))))
        c.say("customer", "but i paid \u00a3%d,%03d.%02d on the %d%s" % (R.randint(1, 9), R.randint(0, 999), R.randint(0, 99),
                                                                  R.randint(1, 28), "th"))
        c.say("agent", "that payment of one thousand two hundred and forty went to the old account")
        return c

    def order_like_card():
        c = Case("order number read in 4-4-4-4 like a card (Luhn-valid), labelled as order number")
        num = gen_card()
        if len(num) != 16:
            num = num[:13] + digits(3)
        c.say("agent", "can i have the order number it's sixteen digits on the confirmation")
        c.say("customer", "order number " + join_spoken(spoken_digit_chunks(num, [4, 4, 4, 4], "uk", "digits"), 0.2))
        c.say("agent", "thanks that order shipped on the twelfth")
        return c

    def tracking():
        c = Case("tracking and invoice numbers with long digit strings")
        c.say("customer", "Tracking no. 1Z%s%s and invoice INV-%s, still not arrived"
              % (digits(3), "".join(R.choice("ABCDEFX") for _ in range(2)) + digits(10), digits(9)))
        c.say("agent", "I can see the parcel is at the depot, reference %s." % digits(12))
        return c

    def hours():
        c = Case("opening hours, times and durations")
        c.say("customer", "what time are you open till")
        c.say("agent", "we're open eight till eight monday to friday and nine to five on saturdays the wait is about twenty five minutes")
        c.say("customer", "okay i'll ring back at %d:%02d" % (R.randint(1, 12), R.choice([0, 15, 30, 45])))
        return c

    def last_four():
        c = Case("card last-four only (not PII under PCI DSS)")
        l4 = digits(4)
        c.say("agent", "is that the card ending " + speak_chunk(l4, "uk", "digits"))
        c.say("customer", R.choice(["yeah the one ending ", "no the card ending in ", "the debit card ending "]) + l4)
        c.say("agent", "okay the card ending %s was charged %d pounds on the %s" % (l4, R.randint(5, 90), ORD[R.randint(1, 28)]))
        return c

    def meter():
        c = Case("meter readings and MPRN (labelled), like account numbers")
        c.say("agent", "can i take a meter reading")
        c.say("customer", "it's " + join_spoken(spoken_digit_chunks(rich_digits(5), [5], "uk", "digits"), 0) +
              " and the night one is " + speak_chunk(rich_digits(5), "ie", "digits"))
        c.say("agent", "and the MPRN on the bill, it's eleven digits")
        c.say("customer", "mprn " + join_spoken(spoken_digit_chunks("10" + digits(9), [2, 3, 3, 3], "ie", "mixed"), 0))
        return c

    def flight():
        c = Case("flight, gate and seat numbers")
        c.say("customer", "i'm on flight %s %s out of dublin seat %d%s" % (R.choice(["ei", "fr", "ba", "u2"]), speak_chunk(digits(3, True), "ie", "mixed"),
                                                                  R.randint(1, 33), R.choice("abcdef")))
        c.say("agent", "that's departing gate %d at %d:%02d booking ref %s" % (R.randint(100, 420), R.randint(5, 22), R.choice([5, 20, 35, 50]),
                                                                          "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(6))))
        return c

    def policy():
        c = Case("policy/claim numbers said with their label, spoken with nought and double")
        c.say("agent", "what's the claim reference")
        c.say("customer", "claim reference " + join_spoken(spoken_digit_chunks(rich_digits(9), [3, 3, 3], "uk", "digits"), 0.2))
        c.say("agent", "and the policy number")
        c.say("customer", "policy number SHW " + join_spoken(spoken_digit_chunks(rich_digits(8), [4, 4], "uk", "mixed"), 0))
        return c

    def ages():
        c = Case("ages, counts, percentages, temperature, years")
        c.say("customer", "my mum's %d and she's been with you since %d, the heating's stuck at %d degrees"
              % (R.randint(70, 95), R.randint(1990, 2015), R.randint(12, 19)))
        c.say("agent", "i'm sorry to hear that, i can offer %d percent off and an engineer within %d days" % (R.randint(5, 30), R.randint(2, 7)))
        return c

    def appt():
        c = Case("appointment and contract dates (not DOB/expiry)")
        c.say("agent", "the engineer can come on the %s of %s between eight and one" % (ORD[R.randint(1, 28)], R.choice(MONTHS)))
        c.say("customer", "my contract ends %02d/%02d/%d so after that is fine" % (R.randint(1, 28), R.randint(1, 12), R.randint(2025, 2027)))
        c.say("agent", "and your next payment is due on the %s" % ORD[R.randint(1, 28)])
        return c

    def roads():
        c = Case("road names and towns without house numbers")
        c.say("customer", "the fault is on %s near the junction with %s in %s" % (R.choice(STREETS), R.choice(STREETS), R.choice(TOWNS)))
        c.say("agent", "yes we've got crews on the m50 and the a40 as well")
        return c

    def serial():
        c = Case("serial and model numbers")
        c.say("customer", "Model %s-%d%s, serial no %s %s %s" % (R.choice(["KD", "UE", "WM", "HX"]), R.randint(10, 99), R.choice(["X85J", "TU7100", "B"]),
                                                                digits(4), digits(4), digits(4)))
        c.say("agent", "Thanks, that unit is under warranty until %d." % R.randint(2025, 2029))
        return c

    def ticket_spoken():
        c = Case("ticket number read like a phone number with label")
        c.say("agent", "have you got the ticket number from the last call")
        c.say("customer", "yeah ticket number " + join_spoken(spoken_digit_chunks("07" + rich_digits(9), [5, 3, 3], "uk", "digits"), 0.2))
        c.say("agent", "okay that ticket was closed last tuesday")
        return c

    def room():
        c = Case("room numbers and hotel booking, hundreds spoken")
        c.say("customer", "we're in room " + speak_chunk(str(R.randint(101, 499)), "ie", "mixed") + " and the booking was for %d nights" % R.randint(2, 9))
        c.say("agent", "the rate was %d euro per night including breakfast" % R.randint(80, 240))
        return c

    def ref_long():
        c = Case("payment reference digits, nine-digit number not SSN")
        c.say("agent", "Your payment reference is %s and your customer reference is %s." % (digits(9, True), digits(11, True)))
        c.say("customer", "ok and the amount was $%d.%02d?" % (R.randint(20, 900), R.randint(0, 99)))
        return c

    def sortcode_like():
        c = Case("six-digit order/voucher codes like sort codes")
        c.say("customer", "voucher code %s-%s-%s didn't work and neither did promo %s" % (digits(2), digits(2), digits(2), digits(6)))
        c.say("agent", "that voucher expired at the end of %s, sorry" % R.choice(MONTHS))
        return c

    def unit_price():
        c = Case("data usage, prices and plan details")
        c.say("agent", "you've used %d point %d gigabytes of your %d and the plan is %d ninety nine a month" % (
            R.randint(10, 90), R.randint(1, 9), R.choice([50, 100, 120]), R.randint(10, 60)))
        c.say("customer", "and how much to go unlimited, is it the %d euro one" % R.randint(20, 70))
        return c

    def year_count():
        c = Case("ASR count of items and years spoken like digit pairs")
        c.say("customer", "we ordered twenty four boxes in twenty nineteen and forty eight in twenty twenty two")
        c.say("agent", "right so seventy two boxes in total over those two years")
        return c

    def nhs_like():
        c = Case("case number said with label (10 digits, like an account)")
        c.say("agent", "your case number is " + join_spoken(spoken_digit_chunks(digits(10), [3, 3, 4], "uk", "digits"), 0))
        c.say("customer", "case number got it, and the helpline hours are what again")
        c.say("agent", "nine till half five")
        return c

    return [money, order_like_card, tracking, hours, last_four, meter, flight, policy, ages, appt, roads, serial,
            ticket_spoken, room, ref_long, sortcode_like, unit_price, year_count, nhs_like]


# ---------------------------------------------------------------- normalisation / validation

WORD_DIG = {w: str(i) for i, w in enumerate(DW)}
WORD_DIG.update({"oh": "0", "o": "0", "nought": "0", "zero": "0"})
TEEN_W = {v: str(k) for k, v in TEENS.items()}
TENS_W = {v: k for k, v in TENS.items()}
FILL = set(FILLERS)


def spoken_to_chars(text):
    toks = re.findall(r"[a-z0-9+\-]+", text.lower().replace("-", " ").replace("+", " + "))
    toks = [t for t in toks if t and t not in FILL]
    out, i = "", 0
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if t == "+" or t == "plus":
            out += "+"
            i += 1
        elif t in ("double", "treble", "triple") and nxt in WORD_DIG:
            out += WORD_DIG[nxt] * (2 if t == "double" else 3)
            i += 2
        elif t in WORD_DIG and t not in ("o",) and nxt == "hundred":
            out += WORD_DIG[t]
            i += 2
            if i < len(toks) and toks[i] == "and":
                i += 1
            rest = toks[i] if i < len(toks) else None
            if rest in TEEN_W:
                out += TEEN_W[rest]
                i += 1
            elif rest in TENS_W:
                nx2 = toks[i + 1] if i + 1 < len(toks) else None
                if nx2 in WORD_DIG and WORD_DIG[nx2] != "0" and nx2 not in ("oh", "o", "nought", "zero"):
                    out += str(TENS_W[rest]) + WORD_DIG[nx2]
                    i += 2
                else:
                    out += str(TENS_W[rest]) + "0"
                    i += 1
            elif rest in WORD_DIG:
                out += "0" + WORD_DIG[rest]
                i += 1
            else:
                out += "00"
        elif t in WORD_DIG:
            out += WORD_DIG[t]
            i += 1
        elif t in TEEN_W:
            out += TEEN_W[t]
            i += 1
        elif t in TENS_W:
            if nxt in WORD_DIG and nxt not in ("oh", "o", "nought", "zero"):
                out += str(TENS_W[t]) + WORD_DIG[nxt]
                i += 2
            else:
                out += str(TENS_W[t]) + "0"
                i += 1
        elif len(t) == 1 and t.isalpha() and nxt == "for" and i + 2 < len(toks):
            out += t.upper()
            i += 3
        elif len(t) == 1 and t.isalpha() and nxt == "as" and i + 3 < len(toks) and toks[i + 2] == "in":
            out += t.upper()
            i += 4
        elif t in ("dash", "hyphen", "slash"):
            i += 1
        elif t.isdigit() or len(t) <= 4 or any(ch.isdigit() for ch in t):
            out += t.upper()
            i += 1
        else:
            raise ValueError("unexpected token %r in %r" % (t, text))
    return out


def email_norm(text):
    toks = text.lower().replace("@", " @ ").split()
    out = ""
    for t in toks:
        if t == "dot":
            out += "."
        elif t in ("at", "@"):
            out += "@"
        elif t == "underscore":
            out += "_"
        elif t in ("dash", "hyphen"):
            out += "-"
        elif t in DW:
            out += str(DW.index(t))
        else:
            out += t
    return out


EMAIL_RE = re.compile(r"^[a-z0-9._%+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$")
UK_PC = re.compile(r"^[A-Z]{1,2}[0-9][A-Z0-9]?[0-9][A-Z]{2}$")
EIR = re.compile(r"^[ACDEFHKNPRTVWXY][0-9][0-9W][ACDEFHKNPRTVWXY0-9]{4}$")
ZIP = re.compile(r"^[0-9]{5}([0-9]{4})?$")
NI_RE = re.compile(r"^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z][0-9]{6}[A-D]$")
MONTH_TOK = set(MONTHS) | {m[:3] for m in MONTHS} | {"sept"}


def valid_date(text, kind):
    t = text.lower()
    if re.fullmatch(r"\d{1,2}[/\-.]\d{1,2}[/\-.]\d{2,4}", t) or re.fullmatch(r"\d{4}-\d{2}-\d{2}", t):
        return True
    if kind == "EXPIRY" and re.fullmatch(r"\d{1,2}\s?[/\-]\s?(\d{2}|\d{4})", t):
        return True
    toks = re.findall(r"[a-z]+|\d+", t)
    has_month = any(x in MONTH_TOK for x in toks) or any(x in ORD.values() for x in toks) or "of" in toks
    has_num = any(x.isdigit() or x in WORD_DIG or x in TEEN_W or x in TENS_W for x in toks)
    if has_month and has_num:
        return True
    try:
        d = spoken_to_chars(" ".join(x for x in toks if x != "slash"))
        return d.isdigit() and len(d) in (4, 6)
    except ValueError:
        return False


def validate_group(typ, canon, mode, texts):
    if typ == "EMAIL":
        if mode == "email_split":
            s = email_norm(texts[0]) + "@" + email_norm(texts[1])
        else:
            s = email_norm(" ".join(texts)).replace(" ", "")
        return s == canon.lower() and bool(EMAIL_RE.match(s)), s
    if typ in ("DOB", "EXPIRY"):
        return all(valid_date(x, typ) for x in texts) and " ".join(texts) == canon, canon
    if typ == "ADDRESS":
        t = " ".join(texts).lower()
        first = re.findall(r"[a-z0-9]+", t)
        ok = (first[0] in ("flat", "apartment", "apt", "unit") or first[0][0].isdigit() or first[0] in WORD_DIG
              or first[0] in ("double", "treble", "triple") or first[0] in TEEN_W or first[0] in TENS_W) and t.split()[-1] in STREET_END
        return ok and t == canon.lower(), t
    s = "".join(spoken_to_chars(x) for x in texts)
    c = re.sub(r"[^A-Z0-9+]", "", canon.upper()) if typ != "POSTCODE" else None
    if typ == "POSTCODE":
        ok = bool(UK_PC.match(s) or EIR.match(s) or ZIP.match(s))
        return ok, s
    if mode == "partial":
        return s.isdigit() or bool(re.match(r"^[A-Z0-9]+$", s)), s
    if s != c:
        return False, "%s != %s" % (s, c)
    if typ == "CARD_NUMBER":
        return s.isdigit() and 13 <= len(s) <= 19 and luhn_ok(s), s
    if typ == "CVV":
        return s.isdigit() and len(s) in (3, 4), s
    if typ == "SSN":
        return s.isdigit() and len(s) == 9 and s[:3] not in ("000", "666") and s[0] != "9" and s[3:5] != "00" and s[5:] != "0000", s
    if typ == "NI_NUMBER":
        return bool(NI_RE.match(s)) and s[:2] not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"), s
    if typ == "SORT_CODE":
        return s.isdigit() and len(s) == 6, s
    if typ == "BANK_ACCOUNT":
        return s.isdigit() and 6 <= len(s) <= 12, s
    if typ == "IBAN":
        return bool(re.match(r"^[A-Z]{2}[0-9]{2}[A-Z0-9]{10,30}$", s)) and mod97_ok(s), s
    if typ == "PHONE":
        d = s.lstrip("+")
        return d.isdigit() and 9 <= len(d) <= 15, s
    return False, s


# ---------------------------------------------------------------- build


def build():
    pos = []
    for fn, n in POS_TEMPLATES:
        for _ in range(n):
            pos.append(fn())
    R.shuffle(pos)
    negs = []
    nt = neg_templates()
    for k in range(6):
        for fn in nt:
            negs.append(fn())
    R.shuffle(negs)
    return pos, negs


def serialise(pos, negs):
    lines, meta = [], []
    for kind, lst, tag in (("positive", pos, "pos"), ("negative", negs, "neg")):
        for i, c in enumerate(lst, 1):
            turns, spans = c.render()
            cid = "h510-%s-%03d" % (tag, i)
            rec = {"id": cid, "kind": kind, "turns": turns,
                   "spans": [{k: s[k] for k in ("turn", "start", "end", "type")} for s in spans], "note": c.note}
            lines.append(json.dumps(rec, ensure_ascii=False))
            meta.append((rec, c, spans))
    return "\n".join(lines) + "\n", meta


def check(text, meta):
    errs = []
    with open(OUT, encoding="utf-8") as f:
        if f.read() != text:
            errs.append("file is not byte-identical to regenerated output")
    ids = [m[0]["id"] for m in meta]
    if len(ids) != len(set(ids)):
        errs.append("duplicate ids")
    counts = {t: 0 for t in TYPES}
    npos = nneg = 0
    for rec, case, spans in meta:
        if rec["kind"] == "negative":
            nneg += 1
            if rec["spans"]:
                errs.append("%s: negative with spans" % rec["id"])
        else:
            npos += 1
            if not rec["spans"]:
                errs.append("%s: positive without spans" % rec["id"])
        for t in rec["turns"]:
            if t["speaker"] not in ("customer", "agent"):
                errs.append("%s: bad speaker" % rec["id"])
        byturn = {}
        for s in rec["spans"]:
            counts[s["type"]] += 1
            if s["type"] not in TYPES:
                errs.append("%s: bad type" % rec["id"])
            txt = rec["turns"][s["turn"]]["text"]
            if not (0 <= s["start"] < s["end"] <= len(txt)):
                errs.append("%s: offsets out of range" % rec["id"])
                continue
            v = txt[s["start"]:s["end"]]
            if v != v.strip() or not v[0].isalnum() or not v[-1].isalnum():
                errs.append("%s: span %r not trimmed to value" % (rec["id"], v))
            if s["start"] > 0 and txt[s["start"] - 1].isalnum():
                errs.append("%s: span start not on word boundary %r" % (rec["id"], v))
            if s["end"] < len(txt) and txt[s["end"]].isalnum():
                errs.append("%s: span end not on word boundary %r" % (rec["id"], v))
            byturn.setdefault(s["turn"], []).append((s["start"], s["end"]))
        for lst in byturn.values():
            lst.sort()
            for a, b in zip(lst, lst[1:]):
                if b[0] < a[1]:
                    errs.append("%s: overlapping spans" % rec["id"])
        groups = {}
        for s in spans:
            groups.setdefault(s["_gid"], []).append(rec["turns"][s["turn"]]["text"][s["start"]:s["end"]])
        for gid, texts in groups.items():
            g = case.groups[gid]
            try:
                ok, info = validate_group(g["type"], g["canon"], g["mode"], texts)
            except ValueError as e:
                ok, info = False, str(e)
            if not ok:
                errs.append("%s: %s invalid: %s (%r)" % (rec["id"], g["type"], info, texts))
    if npos < 200 or nneg < 100:
        errs.append("too few cases: %d pos %d neg" % (npos, nneg))
    mins = {"CARD_NUMBER": 70, "SSN": 30, "NI_NUMBER": 30}
    for t in TYPES:
        if counts[t] < mins.get(t, 10):
            errs.append("too few %s spans: %d" % (t, counts[t]))
    return errs, counts, npos, nneg


def main():
    pos, negs = build()
    text, meta = serialise(pos, negs)
    if "--check" in sys.argv:
        errs, counts, npos, nneg = check(text, meta)
        for e in errs[:60]:
            print("ERROR", e)
        print("positives %d negatives %d" % (npos, nneg))
        for t in TYPES:
            print("  %-13s %d" % (t, counts[t]))
        if errs:
            print("CHECK FAILED (%d errors)" % len(errs))
            sys.exit(1)
        print("CHECK OK")
        return
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(text)
    print("wrote %s (%d positive, %d negative)" % (OUT, len(pos), len(negs)))


if __name__ == "__main__":
    main()

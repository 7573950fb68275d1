#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set h158.

Written by an AI helper acting as an independent author (did not see the
redaction code).  Standard library only; fully reproducible from one seeded
random.Random(158241124).

    python scripts/make_pii_holdout158.py          # write fixture + README
    python scripts/make_pii_holdout158.py --check  # regenerate and verify
"""
import json
import os
import random
import re
import sys

SEED = 158241124
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_DIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout158")
CASES = os.path.join(OUT_DIR, "cases.jsonl")
README = os.path.join(OUT_DIR, "README.md")
TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE",
         "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

R = random.Random(SEED)

# ---------------------------------------------------------------- words
DW = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
         "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
ORD = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh",
       8: "eighth", 9: "ninth", 10: "tenth", 11: "eleventh", 12: "twelfth", 13: "thirteenth",
       14: "fourteenth", 15: "fifteenth", 16: "sixteenth", 17: "seventeenth", 18: "eighteenth",
       19: "nineteenth", 20: "twentieth", 21: "twenty first", 22: "twenty second",
       23: "twenty third", 24: "twenty fourth", 25: "twenty fifth", 26: "twenty sixth",
       27: "twenty seventh", 28: "twenty eighth"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
NATO = {"A": "alpha", "B": "bravo", "C": "charlie", "D": "delta", "E": "echo", "G": "golf",
        "H": "hotel", "J": "juliet", "K": "kilo", "L": "lima", "M": "mike", "N": "november",
        "P": "papa", "R": "romeo", "S": "sierra", "T": "tango", "W": "whiskey", "X": "x ray",
        "Y": "yankee", "Z": "zulu", "F": "foxtrot", "U": "uniform", "V": "victor", "Q": "quebec",
        "I": "india"}
NAMEW = {"A": "apple", "B": "bob", "C": "charlie", "D": "david", "E": "edward", "G": "george",
         "H": "harry", "J": "jack", "K": "king", "L": "london", "M": "mary", "N": "nancy",
         "P": "peter", "R": "robert", "S": "sugar", "T": "tom", "W": "william", "X": "xmas",
         "Y": "yellow", "Z": "zebra", "F": "freddie", "U": "uncle", "V": "victor", "Q": "queen",
         "I": "ivan"}


def cardinal(n):
    if n < 10:
        return DW[n]
    if n < 20:
        return TEENS[n - 10]
    if n < 100:
        return TENS[n // 10] + ("" if n % 10 == 0 else " " + DW[n % 10])
    if n < 1000:
        h = DW[n // 100] + " hundred"
        return h if n % 100 == 0 else h + " and " + cardinal(n % 100)
    t = cardinal(n // 1000) + " thousand"
    if n % 1000 == 0:
        return t
    return t + (" and " if n % 1000 < 100 else " ") + cardinal(n % 1000)


def zero_word(zs):
    return R.choice(zs)


def spoken_digits(s, mode="single", zs=("zero", "oh", "o"), allow_double=True):
    """Speak a digit string.  mode: single | pairs | mixed."""
    out = []
    i = 0
    while i < len(s):
        d = s[i]
        use_pair = mode == "pairs" or (mode == "mixed" and R.random() < 0.5)
        if use_pair and i + 1 < len(s):
            a, b = s[i], s[i + 1]
            if a == "1":
                out.append(TEENS[int(b)])
                i += 2
                continue
            if a not in "01" and b != "0":
                out.append(TENS[int(a)] + " " + DW[int(b)])
                i += 2
                continue
        if allow_double and i + 2 < len(s) and s[i + 1] == d and s[i + 2] == d and R.random() < 0.6:
            out.append("triple " + (zero_word(zs) if d == "0" else DW[int(d)]))
            i += 3
            continue
        if allow_double and i + 1 < len(s) and s[i + 1] == d and R.random() < 0.6:
            out.append("double " + (zero_word(zs) if d == "0" else DW[int(d)]))
            i += 2
            continue
        out.append(zero_word(zs) if d == "0" else DW[int(d)])
        i += 1
    return " ".join(out)


def asrify(text):
    """ASR homophones for some digit words (used only in digit-only values)."""
    out = []
    for w in text.split(" "):
        if w == "four" and R.random() < 0.35:
            w = "for"
        elif w == "two" and R.random() < 0.35:
            w = R.choice(["to", "too"])
        elif w == "eight" and R.random() < 0.2:
            w = "ate"
        out.append(w)
    return " ".join(out)


def umify(text):
    ws = text.split(" ")
    if len(ws) > 4:
        k = R.randint(2, len(ws) - 2)
        ws.insert(k, R.choice(["um", "uh", "erm"]))
    return " ".join(ws)


def spoken_year(y):
    if y >= 2000:
        if y == 2000:
            return "two thousand"
        return R.choice(["two thousand and " + cardinal(y - 2000), "twenty " + (
            cardinal(y - 2000) if y - 2000 >= 10 else "oh " + DW[y - 2000])])
    hi, lo = divmod(y, 100)
    return cardinal(hi) + " " + (cardinal(lo) if lo >= 10 else "oh " + DW[lo])


def spell_letter(c, style):
    if style == "nato":
        return c.lower() + " for " + NATO[c]
    if style == "name":
        return c.lower() + " for " + NAMEW[c]
    if style == "asin":
        return c.lower() + " as in " + NATO[c]
    return c.lower()


def digits(n):
    return "".join(str(R.randint(0, 9)) for _ in range(n))


# ---------------------------------------------------------------- values
def luhn_ok(s):
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def gen_card(kind=None):
    kind = kind or R.choice(["visa", "visa", "mc", "mc", "amex", "disc"])
    if kind == "visa":
        body = "4" + digits(14)
    elif kind == "mc":
        body = R.choice(["51", "52", "53", "54", "55"]) + digits(13)
    elif kind == "amex":
        body = R.choice(["34", "37"]) + digits(12)
    else:
        body = "6011" + digits(11)
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def iban_mod(s):
    s = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in s)
    return int(num) % 97


def gen_iban():
    cc = R.choice(["GB", "GB", "IE", "DE", "NL"])
    if cc == "GB":
        bban = R.choice(["NWBK", "BARC", "HBUK", "MIDL"]) + digits(14)
    elif cc == "IE":
        bban = R.choice(["AIBK", "IPBS", "ULSB"]) + digits(14)
    elif cc == "DE":
        bban = digits(18)
    else:
        bban = R.choice(["ABNA", "INGB", "KNAB"]) + digits(10)
    for ck in range(2, 99):
        cand = cc + "%02d" % ck + bban
        if iban_mod(cand) == 1:
            return cand


NI_FIRST = "ABCEGHJKLMNPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"
NI_BAD = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}


def gen_ni():
    while True:
        p = R.choice(NI_FIRST) + R.choice(NI_SECOND)
        if p not in NI_BAD:
            break
    return p + digits(6) + R.choice("ABCD")


def gen_ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


def gen_phone(country):
    if country == "UK":
        return "07" + R.choice("134579") + digits(8)
    if country == "UKL":
        return "0" + R.choice(["161", "113", "117", "121", "131", "141", "151"]) + digits(7)
    if country == "US":
        return R.choice(["212", "415", "312", "617", "720", "503", "404", "713"]) + str(R.randint(2, 9)) + digits(6)
    if country == "IE":
        return "08" + R.choice("35679") + digits(7)
    return None


UK_PC_AREAS = ["SW", "SE", "N", "NW", "E", "M", "B", "LS", "BS", "G", "EH", "CF", "L", "NE",
               "CR", "KT", "RG", "BN", "CB", "NG"]
PC_LET = "ABDEFGHJLNPQRSTUWXYZ"


def gen_ukpc():
    area = R.choice(UK_PC_AREAS)
    return area + str(R.randint(1, 19)) + " " + str(R.randint(1, 9)) + R.choice(PC_LET) + R.choice(PC_LET)


def gen_zip():
    return "%05d" % R.randint(1001, 99950)


STREETS = ["elm grove", "maple avenue", "station road", "church lane", "victoria street",
           "oak drive", "mill lane", "park road", "highfield close", "cedar court",
           "king street", "willow way", "queens road", "north main street", "lakeview drive",
           "chestnut avenue", "harbour view", "meadow crescent", "bridge street", "sunset boulevard"]
SUFFIX = {"grove", "avenue", "road", "lane", "street", "drive", "close", "court", "way",
          "view", "crescent", "boulevard", "terrace", "place"}
FIRST = ["sarah", "james", "aoife", "mohammed", "priya", "liam", "chloe", "tomasz", "grace",
         "daniel", "niamh", "oliver", "fatima", "connor", "emma", "marcus", "siobhan", "raj"]
LAST = ["mills", "okafor", "kelly", "patel", "brennan", "nowak", "hughes", "walsh", "thompson",
        "murphy", "singh", "carter", "doyle", "evans", "garcia", "obrien"]
DOMAINS = [("gmail", "com"), ("hotmail", "co uk"), ("outlook", "com"), ("yahoo", "ie"),
           ("btinternet", "com"), ("icloud", "com"), ("eircom", "net"), ("live", "co uk")]


# ---------------------------------------------------------------- case building
class Case:
    def __init__(self, ch, industry):
        self.ch = ch
        self.industry = industry
        self.turns = []  # (speaker, segs)

    def add(self, speaker, *segs):
        self.turns.append((speaker, list(segs)))

    def extend(self, turns):
        self.turns.extend(turns)

    def render(self):
        out_t, spans = [], []
        for ti, (sp, segs) in enumerate(self.turns):
            text = ""
            for sg in segs:
                if isinstance(sg, tuple):
                    v, t = sg
                    spans.append({"turn": ti, "start": len(text), "end": len(text) + len(v), "type": t})
                    text += v
                else:
                    text += sg
            out_t.append({"speaker": sp, "text": text})
        return out_t, spans


def A(*segs):
    return ("agent", list(segs))


def C(*segs):
    return ("customer", list(segs))


CUR = ["GBP"]


def money(cur=None):
    cur = cur or CUR[0]
    x = R.random()
    whole = R.randint(5, 99) if x < 0.5 else (R.randint(100, 999) if x < 0.9 else R.randint(1000, 2999))
    pence = R.choice([0, R.randint(1, 99)])
    return cur, whole, pence


def money_text(ch, cur=None):
    cur, w, p = money(cur)
    if ch == "chat":
        sym = {"GBP": "£", "USD": "$", "EUR": "€"}[cur]
        return sym + ("{:,}".format(w)) + (".%02d" % p if p or R.random() < 0.5 else "")
    unit = {"GBP": ("pounds", "p"), "USD": ("dollars", "cents"), "EUR": ("euro", "cent")}[cur]
    s = cardinal(w) + " " + unit[0]
    if p:
        s += R.choice([" " + cardinal(p), " and " + cardinal(p) + " " + unit[1]])
    return s


def date_text(ch):
    d, m = R.randint(1, 28), R.randint(1, 12)
    if ch == "chat":
        return R.choice(["%d/%d" % (d, m), "%02d/%02d/2026" % (d, m), "%d %s" % (d, MONTHS[m - 1].title())])
    return R.choice(["the %s of %s" % (ORD[d], MONTHS[m - 1]), "%s the %s" % (MONTHS[m - 1], ORD[d])])


def time_text(ch, h=None):
    h, mi = h or R.randint(8, 18), R.choice([0, 15, 30, 45, 10, 20])
    if ch == "chat":
        return "%d:%02d" % (h, mi)
    hh = h if h <= 12 else h - 12
    return cardinal(hh) + ("" if mi == 0 else " " + cardinal(mi)) + R.choice(["", " pm" if h >= 12 else " am"])


def ref_text(ch, word):
    n = digits(R.choice([6, 7, 8, 9, 10]))
    if n[0] == "0":
        n = "7" + n[1:]
    if ch == "chat":
        return "%s %s%s" % (word, R.choice(["", "#", "no. "]), n)
    return "%s %s" % (word, spoken_digits(n, R.choice(["single", "mixed"])))


def num_text(ch, n):
    return str(n) if ch == "chat" else cardinal(n)


# ---- industry intros / closings (non-PII, with lookalike numbers)
COMPANIES = {"banking": ["northgate bank", "harbour savings", "first keystone credit union"],
             "telecom": ["skylink mobile", "vortex broadband", "eirtel"],
             "utilities": ["greenfield energy", "city water", "brightpower"],
             "retail": ["homestyle direct", "urbanwear", "the gadget shed"],
             "insurance": ["shield insurance", "evergreen mutual", "coverwise"],
             "travel": ["blue skies travel", "atlantic air", "eurorail bookings"],
             "healthcare": ["st marys billing", "medbill services", "clearcare clinics"],
             "government": ["the council tax office", "the benefits helpline", "the vehicle licensing office"]}
AGENTS = ["priya", "tom", "sinead", "marcus", "olu", "kate", "dev", "aisling", "jordan"]


def intro(case):
    ch, ind = case.ch, case.industry
    co = R.choice(COMPANIES[ind])
    ag = R.choice(AGENTS)
    if ch == "call":
        case.extend([A("thank you for calling %s you're through to %s how can i help today" % (co, ag))])
    else:
        case.extend([A("Hi, you're chatting with %s from %s. How can I help?" % (ag.title(), co.title()))])
    problem(case)


def problem(case):
    ch, ind = case.ch, case.industry
    m, d, t = money_text(ch), date_text(ch), time_text(ch)
    if ind == "banking":
        opts = [
            [C("hi yeah there's a payment of %s on %s that i don't recognise" % (m, d) if ch == "call" else
               "Hi there's a payment of %s on %s I don't recognise??" % (m, d)),
             A("sorry to hear that let's get that looked at" if ch == "call" else "Sorry to hear that, let's look into it."),
             C("it went out at about %s and my balance is only %s now" % (t, money_text(ch)))],
            [C("hiya i want to increase my overdraft limit to %s if possible" % money_text(ch)),
             A("okay i can look at that for you the rate is %s percent" % num_text(ch, R.randint(15, 39)) if ch == "call"
               else "Sure, the arranged overdraft rate is %d.9%% EAR." % R.randint(15, 39)),
             C("that's fine i've been with you since %s" % (spoken_year(R.randint(1995, 2020)) if ch == "call" else str(R.randint(1995, 2020))))]]
    elif ind == "telecom":
        opts = [
            [C("my broadband keeps dropping it's down to about %s meg and i pay %s a month" % (num_text(ch, R.randint(2, 30)), money_text(ch))),
             A("oh no that's not good how long has this been going on" if ch == "call" else "That's not good - how long has it been happening?"),
             C("about %s days it's been off %s times today" % (num_text(ch, R.randint(2, 12)), num_text(ch, R.randint(3, 9))))],
            [C("i got a bill for %s and my contract is meant to be %s a month" % (money_text(ch), money_text(ch))),
             A("let me check that for you there were %s minutes of roaming on %s" % (num_text(ch, R.randint(40, 400)), d)),
             C("i was in spain for %s days yeah" % num_text(ch, R.randint(3, 14)))]]
    elif ind == "utilities":
        opts = [
            [C("hi my last bill was %s which is way more than usual" % m),
             A("i'm sorry about that do you have a meter reading for me" if ch == "call" else "Sorry about that. Do you have a meter reading?"),
             C("yeah it says %s i took it at %s" % (spoken_digits(digits(5)) if ch == "call" else digits(5), t))],
            [C("we're moving out on %s and i want to close the account" % d),
             A("no problem there's %s left on the account" % money_text(ch)),
             C("okay the house is about %s years old and the boiler is from %s" % (num_text(ch, R.randint(20, 90)), spoken_year(R.randint(2005, 2020)) if ch == "call" else str(R.randint(2005, 2020))))]]
    elif ind == "retail":
        opts = [
            [C("hi i ordered %s items on %s and only %s turned up" % (num_text(ch, R.randint(3, 6)), d, num_text(ch, R.randint(1, 2)))),
             A("sorry about that have you got the order number" if ch == "call" else "Sorry! Do you have the order number?"),
             C("yes it's %s the total was %s" % (ref_text(ch, "order"), m))],
            [C("i want to return a jacket size %s it cost %s" % (num_text(ch, R.choice([10, 12, 14, 16])), m)),
             A("that's fine returns are free within %s days" % num_text(ch, R.choice([28, 30, 60]))),
             C("great i bought it on %s" % d)]]
    elif ind == "insurance":
        opts = [
            [C("hi i need to make a claim my car got hit in a car park on %s around %s" % (d, t)),
             A("oh i'm sorry to hear that is everyone okay" if ch == "call" else "Sorry to hear that - is everyone ok?"),
             C("yes fine the quote for the repair is %s and the excess is %s" % (m, money_text(ch)))],
            [C("my renewal has gone up to %s from %s last year" % (money_text(ch), money_text(ch))),
             A("let me have a look there's a %s percent increase across the board" % num_text(ch, R.randint(5, 25))),
             C("i've had no claims for %s years" % num_text(ch, R.randint(2, 12)))]]
    elif ind == "travel":
        opts = [
            [C("hi my flight %s on %s got cancelled" % (R.choice(["ba", "ei", "fr", "ua"]) + " " + (spoken_digits(digits(3)) if ch == "call" else digits(3)), d)),
             A("i'm sorry about that let me find you an alternative" if ch == "call" else "Sorry about that, let me find an alternative."),
             C("i need to be there by %s there are %s of us" % (t, num_text(ch, R.randint(2, 5))))],
            [C("i want to change my hotel booking room %s to later dates it was %s a night" % (num_text(ch, R.randint(101, 820)), money_text(ch))),
             A("okay the change fee is %s" % money_text(ch)),
             C("fine we'll arrive on %s" % d)]]
    elif ind == "healthcare":
        opts = [
            [C("hi i got an invoice for %s for an appointment on %s" % (m, d)),
             A("okay let me have a look the appointment was at %s" % t),
             C("yes but my insurance should cover %s percent" % num_text(ch, R.choice([70, 80, 90])))],
            [C("i'm calling about my mum's bill she's %s and she got a letter saying she owes %s" % (num_text(ch, R.randint(70, 95)), m)),
             A("i can help with that the statement is from %s" % d),
             C("okay she was in for %s nights" % num_text(ch, R.randint(2, 9)))]]
    else:
        opts = [
            [C("hi i'm ringing about my council tax it went up to %s a month" % m),
             A("okay the band changed on %s" % d),
             C("we've lived here %s years and nothing changed" % num_text(ch, R.randint(2, 30)))],
            [C("hi i applied for a renewal on %s and haven't heard anything its been %s weeks" % (d, num_text(ch, R.randint(3, 10)))),
             A("sorry about the wait the processing time is around %s working days" % num_text(ch, R.choice([10, 15, 20]))),
             C("okay i paid %s for it" % m)]]
    case.extend(R.choice(opts))


def closing(case):
    ch = case.ch
    opts = [
        [A("okay that's all sorted you'll see the %s refund within %s working days" % (money_text(ch), num_text(ch, R.randint(3, 10)))),
         C("brilliant thank you" if ch == "call" else "Brilliant, thanks!"),
         A("is there anything else i can help with today" if ch == "call" else "Anything else I can help with?"),
         C("no that's everything cheers" if ch == "call" else "No that's all, cheers")],
        [A("right i've logged that under %s" % ref_text(ch, "reference")),
         C("okay and when will i hear back"),
         A("within %s hours usually by %s" % (num_text(ch, R.choice([24, 48, 72])), date_text(ch))),
         C("perfect thanks for your help")],
        [A("all done the next payment of %s will go out on %s" % (money_text(ch), date_text(ch))),
         C("great thanks bye" if ch == "call" else "great ty")],
    ]
    case.extend(R.choice(opts))


# ---- negative (lookalike) blocks
def neg_block(case):
    ch = case.ch
    opts = []
    ind = case.industry
    h1 = R.randint(8, 13)
    opts.append([A("can you confirm the amount of the last payment you made"),
                 C("it was %s on %s" % (money_text(ch), date_text(ch)))])
    opts.append([A("have you got a reference number for me"),
                 C("yeah %s" % ref_text(ch, R.choice(["reference", "ticket number", "claim number", "invoice number", "case number"])))])
    if ind in ("telecom", "utilities"):
        opts.append([A("i can book an engineer for %s between %s and %s" % (date_text(ch), time_text(ch, h1), time_text(ch, h1 + 4))),
                 C("that works i'll be in all day")])
    if ind == "telecom":
        opts.append([C("the model number on the router is %s" % (
        R.choice(["vx", "hg", "tg"]) + " " + spoken_digits(digits(4)) if ch == "call" else R.choice(["VX", "HG", "TG"]) + "-" + digits(4))),
        A("thanks that's one of the older ones from %s" % (spoken_year(R.randint(2012, 2019)) if ch == "call" else str(R.randint(2012, 2019))))])
    if ind == "utilities":
        opts.append([A("what's the meter reading showing"),
                 C("%s and the night one is %s" % ((spoken_digits(digits(5)), spoken_digits(digits(5))) if ch == "call" else (digits(5), digits(5))))])
    if ind in ("banking", "utilities", "telecom", "healthcare", "government"):
        opts.append([A("your balance at the moment is %s and the interest rate is %s percent" % (money_text(ch), num_text(ch, R.randint(2, 29)))),
                 C("wow okay")])
    opts.append([C("i've been on hold for %s minutes and it's %s degrees in here" % (num_text(ch, R.randint(10, 55)), num_text(ch, R.randint(18, 31)))),
                 A("i do apologise for the wait")])
    if ind in ("telecom", "utilities", "insurance"):
        opts.append([A("your contract started on %s %s and runs for %s months" % (R.choice(["the %s of %s" % (ORD[R.randint(1, 28)], R.choice(MONTHS))]) if ch == "call" else "%d %s" % (R.randint(1, 28), R.choice(MONTHS).title()), spoken_year(2025) if ch == "call" else "2025", num_text(ch, R.choice([12, 18, 24, 36])))),
                 C("right so i can leave in %s" % (spoken_year(2027) if ch == "call" else "2027"))])
    if ind == "travel":
        opts.append([C("we were on flight %s and then stayed in room %s" % (
        (R.choice(["e i", "b a", "u a"]) + " " + spoken_digits(digits(3))) if ch == "call" else R.choice(["EI", "BA", "UA", "FR"]) + digits(3),
        num_text(ch, R.randint(101, 950)))),
        A("okay and how many nights was that"), C("%s nights for %s people" % (num_text(ch, R.randint(2, 9)), num_text(ch, R.randint(2, 6))))])
    if ind == "retail":
        opts.append([A("your %s was dispatched at %s and weighs %s kilos" % (ref_text(ch, "order"), time_text(ch), num_text(ch, R.randint(2, 40)))),
                 C("okay the tracking said %s" % date_text(ch))])
    if ind == "telecom":
        opts.append([C("the speed test says %s down and %s up" % (num_text(ch, R.randint(5, 900)), num_text(ch, R.randint(1, 100)))),
                 A("that's below the %s we guarantee" % num_text(ch, R.choice([30, 50, 100, 500])))])
    opts.append([A("i can set up a payment plan of %s a month for %s months" % (money_text(ch), num_text(ch, R.randint(3, 12)))),
                 C("can i pay on %s each month" % ("the " + ORD[R.randint(1, 28)] if ch == "call" else "the %dth" % R.randint(4, 28)))])
    if ind == "utilities":
        opts.append([A("you're on the standard tariff at %s pence per kilowatt hour and a standing charge of %s pence a day" % (num_text(ch, R.randint(19, 34)), num_text(ch, R.randint(40, 65)))),
                     C("and you said it goes up on %s" % date_text(ch))])
    opts.append([C("i'm free on %s after %s i've got a dentist appointment at %s" % (date_text(ch), time_text(ch, 14), time_text(ch, 10))),
                 A("no problem i'll note that down")])
    if ind == "healthcare":
        opts.append([A("the consultation on %s at %s was billed at %s" % (date_text(ch), time_text(ch), money_text(ch))),
                     C("and my co pay was %s" % money_text(ch))])
        opts.append([C("my dad is %s and he was in room %s for %s days" % (num_text(ch, R.randint(60, 95)), num_text(ch, R.randint(100, 600)), num_text(ch, R.randint(2, 12)))),
                     A("okay i can see the stay from %s" % date_text(ch))])
    if ind == "insurance":
        opts.append([A("your policy renews on %s and the premium is %s" % (date_text(ch), money_text(ch))),
                     C("and that's with the %s excess" % money_text(ch))])
        opts.append([C("the car's a %s with about %s miles on it" % (spoken_year(R.randint(2008, 2022)) if ch == "call" else str(R.randint(2008, 2022)), num_text(ch, R.randint(8, 120) * 1000))),
                     A("okay and it's parked on the drive overnight")])
    if ind == "government":
        opts.append([A("your application %s was received on %s" % (ref_text(ch, "reference"), date_text(ch))),
                     C("okay and the fee was %s yeah" % money_text(ch))])
    if ind == "banking":
        opts.append([A("i can see %s transactions since %s totalling %s" % (num_text(ch, R.randint(3, 40)), date_text(ch), money_text(ch))),
                     C("yeah the one at %s is mine the others aren't" % time_text(ch))])
    if ind == "travel":
        opts.append([A("your booking %s is for %s adults departing %s at %s" % (ref_text(ch, "reference"), num_text(ch, R.randint(1, 4)), date_text(ch), time_text(ch))),
                     C("yes and the return is %s nights later" % num_text(ch, R.randint(3, 14)))])
    used = case.__dict__.setdefault("used", set())
    cand = [i for i in range(len(opts)) if i not in used] or list(range(len(opts)))
    k = R.choice(cand)
    used.add(k)
    case.extend(opts[k])


# ---------------------------------------------------------------- PII blocks
def card_block(case):
    ch = case.ch
    card = gen_card()
    amex = card[0] == "3"
    T = "CARD_NUMBER"
    turns = []
    if ch == "call":
        v = R.randint(0, 5)
        turns.append(A(R.choice(["okay can i take the long card number please", "go ahead with the sixteen digits on the front",
                                 "and what's the card number", "when you're ready the number across the front of the card"])))
        if v == 0:
            cv = spoken_digits(card)
            cv = R.choice([cv, asrify(cv), umify(cv), umify(asrify(cv))])
            turns.append(C(R.choice(["yeah it's ", "okay ", "right so ", "um "]), (cv, T)))
        elif v == 1:
            groups = [card[0:4], card[4:8], card[8:12], card[12:]] if not amex else [card[0:4], card[4:10], card[10:]]
            for gi, g in enumerate(groups):
                pre = R.choice(["", "", "um ", "then ", "uh "])
                turns.append(C(pre, (spoken_digits(g, R.choice(["single", "mixed"])), T)))
                if gi < len(groups) - 1:
                    turns.append(A(R.choice(["mhm", "okay go on", "yep", "got that", "uh huh"])))
        elif v == 2:
            turns.append(C("it's ", (spoken_digits(card, "pairs"), T), R.choice(["", " i think", " yeah"])))
        elif v == 3:
            turns.append(C("okay ", (spoken_digits(card), T)))
            turns.append(A("let me just read that back ", (spoken_digits(card, "single", allow_double=False), T), " is that right"))
            turns.append(C("yes that's it"))
        elif v == 4:
            card2 = gen_card("visa")
            turns.append(C("hang on ", (spoken_digits(card2), T)))
            turns.append(C("no wait that's my old card sorry let me get the new one"))
            turns.append(A("no problem take your time"))
            turns.append(C("right it's ", (spoken_digits(card), T)))
        else:
            h = len(card) // 2
            turns.append(C((spoken_digits(card[:h]), T), " sorry my kids are shouting ", (spoken_digits(card[h:]), T)))
        if R.random() < 0.75:
            mm, yy = R.randint(1, 12), R.randint(26, 31)
            turns.append(A(R.choice(["and the expiry date", "and when does it expire", "what's the expiry on that"])))
            ev = R.choice([spoken_digits("%02d" % mm, zs=("oh",)) + " " + cardinal(yy),
                           MONTHS[mm - 1] + " " + cardinal(yy), MONTHS[mm - 1] + " twenty " + cardinal(yy),
                           spoken_digits("%02d" % mm, zs=("zero", "oh")) + " " + spoken_year(2000 + yy)])
            turns.append(C(R.choice(["it's ", "", "expires ", "uh "]), (ev, "EXPIRY")))
        if R.random() < 0.75:
            cvv = digits(4 if amex else 3)
            turns.append(A(R.choice(["and the four digit code on the front", "and the security code please"]) if amex else
                           R.choice(["and the three digit security code on the back", "and the cvv please", "last thing the security number on the back"])))
            turns.append(C(R.choice(["", "it's ", "okay "]), (spoken_digits(cvv, allow_double=False), "CVV")))
    else:
        v = R.randint(0, 4)
        if amex:
            fmt = card[:4] + R.choice([" ", "-"]) + card[4:10] + R.choice([" ", "-"]) + card[10:]
        else:
            sep = R.choice([" ", "-", " ", ""])
            fmt = sep.join([card[0:4], card[4:8], card[8:12], card[12:]])
        turns.append(A(R.choice(["Please can you type the card number here (it's a secure chat)", "What card would you like to use?", "Can I get the long card number?"])))
        if v == 0:
            turns.append(C(R.choice(["its ", "sure ", "", "card number: ", "card nmber is ", "ok heres my card "]), (fmt, T)))
        elif v == 1:
            turns.append(C((card[:8], T)))
            turns.append(C("then ", (card[8:], T), R.choice([" sorry hit enter", "", " lol"])))
        elif v == 2:
            turns.append(C("ok ", (fmt, T), " exp ", ("%02d/%d" % (R.randint(1, 12), R.randint(26, 31)), "EXPIRY"),
                           " cvv ", (digits(4 if amex else 3), "CVV")))
            return turns
        elif v == 3:
            turns.append(C("sure its ", (fmt, T), " can you put the full %s on it" % money_text("chat")))
        else:
            wrong = gen_card("mc")
            turns.append(C((" ".join([wrong[0:4], wrong[4:8], wrong[8:12], wrong[12:]]), T)))
            turns.append(C("oops wrong card, use this one ", (fmt, T)))
        if R.random() < 0.7:
            turns.append(A("Thanks. Expiry date and the 4 digit code on the front?" if amex else "Thanks. Expiry date and the 3 digits on the back?"))
            turns.append(C(("%02d%s%d" % (R.randint(1, 12), R.choice(["/", "-", " / "]), R.randint(26, 31)), "EXPIRY"),
                           R.choice([" and ", ", ", " cvc "]), (digits(4 if amex else 3), "CVV")))
    return turns


def ssn_block(case):
    ch = case.ch
    s = gen_ssn()
    T = "SSN"
    turns = [A(R.choice(["can i get your social security number to verify", "for security i need your social please",
                         "and your ssn", "i'll need the last nine of your social"]) if ch == "call" else
               "To verify your identity please provide your Social Security number.")]
    if ch == "call":
        v = R.randint(0, 4)
        if v == 0:
            sv = spoken_digits(s)
            turns.append(C(R.choice(["sure it's ", "yeah ", "okay um "]), (R.choice([sv, asrify(sv), umify(sv)]), T)))
        elif v == 1:
            turns.append(C((spoken_digits(s[:3]), T)))
            turns.append(A(R.choice(["mhm", "okay", "go ahead"])))
            turns.append(C((spoken_digits(s[3:5], "mixed"), T)))
            turns.append(A("yep"))
            turns.append(C((spoken_digits(s[5:], "mixed"), T)))
        elif v == 2:
            turns.append(C("it's ", (spoken_digits(s[:3]) + " " + spoken_digits(s[3:5], "pairs") + " " + spoken_digits(s[5:], "pairs"), T)))
        elif v == 3:
            turns.append(C("yeah it's ", (spoken_digits(s), T)))
            turns.append(A("so that's ", (spoken_digits(s, allow_double=False), T), " correct"))
            turns.append(C("correct"))
        else:
            turns.append(C("hold on let me find my card okay ", (spoken_digits(s[:5]), T), " uh dash ", (spoken_digits(s[5:]), T)))
    else:
        fmt = R.choice([s[:3] + "-" + s[3:5] + "-" + s[5:], s[:3] + " " + s[3:5] + " " + s[5:], s, s[:3] + "." + s[3:5] + "." + s[5:]])
        if R.random() < 0.25:
            turns.append(C("its ", (s[:3] + "-" + s[3:5], T)))
            turns.append(C(("-" + s[5:], T) if False else (s[5:], T)))
        else:
            turns.append(C(R.choice(["", "sure, ", "SSN ", "ok its "]), (fmt, T), R.choice(["", " thanks", " - is this safe??"])))
    return turns


def ni_block(case):
    ch = case.ch
    ni = gen_ni()
    T = "NI_NUMBER"
    turns = [A(R.choice(["can i take your national insurance number please", "and your n i number", "what's your national insurance number"])
               if ch == "call" else "Could you provide your National Insurance number?")]
    if ch == "call":
        style = R.choice(["plain", "nato", "name", "asin"])
        letters = " ".join(spell_letter(c, style) for c in ni[:2])
        suffix = spell_letter(ni[8], R.choice(["plain", style]))
        v = R.randint(0, 3)
        if v == 0:
            turns.append(C(R.choice(["yeah it's ", "okay ", ""]), (letters + " " + spoken_digits(ni[2:8], R.choice(["single", "pairs", "mixed"])) + " " + suffix, T)))
        elif v == 1:
            turns.append(C((letters, T)))
            turns.append(A("mhm"))
            turns.append(C((spoken_digits(ni[2:8], "pairs"), T)))
            turns.append(A("and the last letter"))
            turns.append(C((suffix, T)))
        elif v == 2:
            turns.append(C("um ", (letters + " " + spoken_digits(ni[2:5]), T), " sorry ", (spoken_digits(ni[5:8]) + " " + suffix, T)))
        else:
            turns.append(C("it's ", (letters + " " + spoken_digits(ni[2:8]) + " " + suffix, T)))
            turns.append(A("lovely so ", (" ".join(c.lower() for c in ni[:2]) + " " + spoken_digits(ni[2:8], "pairs") + " " + ni[8].lower(), T), " yeah"))
            turns.append(C("that's right"))
    else:
        fmt = R.choice([ni[:2] + " " + ni[2:4] + " " + ni[4:6] + " " + ni[6:8] + " " + ni[8], ni, ni.lower(),
                        ni[:2] + ni[2:8] + " " + ni[8], ni[:2] + "-" + ni[2:4] + "-" + ni[4:6] + "-" + ni[6:8] + "-" + ni[8]])
        turns.append(C(R.choice(["", "its ", "NI no. ", "sure "]), (fmt, T), R.choice(["", " thx", " (I think)"])))
    return turns


def bank_block(case):
    ch = case.ch
    uk = case.industry != "banking" or R.random() < 0.6
    acct = digits(8) if uk else digits(R.choice([10, 11, 12]))
    sc = digits(6)
    turns = []
    if ch == "call" and uk and R.random() < 0.3:
        turns.append(A("okay for the direct debit can i take your sort code and account number"))
        turns.append(C(R.choice(["yeah sort code ", "sort code's ", "okay so it's "]), (spoken_digits(sc, R.choice(["pairs", "single"])), "SORT_CODE"),
                       R.choice([" and the account is ", " account number ", " and then "]), (asrify(spoken_digits(acct)), "BANK_ACCOUNT")))
        turns.append(A("thank you and that's a %s account" % R.choice(["current", "joint", "personal"])))
        turns.append(C("yeah my current account i've had it about %s years" % cardinal(R.randint(2, 25))))
    elif ch == "call":
        if uk:
            turns.append(A("okay for the direct debit i need the sort code first"))
            v = R.randint(0, 2)
            scv = [spoken_digits(sc, "pairs"), spoken_digits(sc), spoken_digits(sc, "mixed")][v]
            if R.random() < 0.3:
                turns.append(C((spoken_digits(sc[:4], "pairs"), "SORT_CODE")))
                turns.append(A("mhm"))
                turns.append(C((spoken_digits(sc[4:]), "SORT_CODE")))
            else:
                turns.append(C(R.choice(["it's ", "", "sort code is "]), (scv, "SORT_CODE")))
            turns.append(A("and the account number"))
        else:
            turns.append(A("and what's the account number you want the refund to go to"))
        if R.random() < 0.3:
            turns.append(C((spoken_digits(acct[:4]), "BANK_ACCOUNT")))
            turns.append(A(R.choice(["okay", "go on", "yep"])))
            turns.append(C((spoken_digits(acct[4:], "mixed"), "BANK_ACCOUNT")))
        else:
            turns.append(C(R.choice(["", "it's ", "um "]), (spoken_digits(acct, R.choice(["single", "mixed"])), "BANK_ACCOUNT"),
                           R.choice(["", " that's with %s" % R.choice(COMPANIES["banking"])])))
        if R.random() < 0.4:
            turns.append(A("reading that back ", (spoken_digits(acct, allow_double=False), "BANK_ACCOUNT")))
            turns.append(C("yep"))
    else:
        if uk:
            turns.append(A("Please send the sort code and account number for the refund."))
            scf = R.choice([sc[:2] + "-" + sc[2:4] + "-" + sc[4:], sc, sc[:2] + " " + sc[2:4] + " " + sc[4:]])
            turns.append(C(R.choice(["sort ", "sc ", "Sort code: "]), (scf, "SORT_CODE"), R.choice([" acc ", ", account no ", " and "]), (acct, "BANK_ACCOUNT")))
        else:
            turns.append(A("What account number should the refund go to?"))
            turns.append(C(R.choice(["acct ", "checking account ", ""]), (acct, "BANK_ACCOUNT"), R.choice(["", " (checking)"])))
    return turns


def iban_block(case):
    ch = case.ch
    ib = gen_iban()
    T = "IBAN"
    turns = [A("for an international transfer i'll need your iban" if ch == "call" else "Please provide your IBAN for the transfer.")]
    if ch == "call":
        style = R.choice(["plain", "nato", "plain"])

        def sp(chunk):
            out = []
            for c in chunk:
                out.append(spell_letter(c, style) if c.isalpha() else spoken_digits(c, zs=("zero", "oh")))
            return " ".join(out)
        if R.random() < 0.5:
            turns.append(C("okay it's ", (sp(ib), T)))
        else:
            parts = [ib[i:i + 4] for i in range(0, len(ib), 4)]
            a = " ".join(sp(p) for p in parts[:3])
            b = " ".join(sp(p) for p in parts[3:])
            turns.append(C((a, T)))
            turns.append(A(R.choice(["mhm", "okay keep going", "yep"])))
            turns.append(C((b, T)))
    else:
        fmt = R.choice([" ".join(ib[i:i + 4] for i in range(0, len(ib), 4)), ib, ib.lower()])
        turns.append(C(R.choice(["", "IBAN: ", "here u go "]), (fmt, T)))
    return turns


def phone_block(case):
    ch = case.ch
    c = R.choice(["UK", "UK", "US", "IE", "UKL", "INT44", "INT1", "INT353"])
    if c == "INT44":
        local = gen_phone("UK")
        num = "+44" + local[1:]
    elif c == "INT1":
        num = "+1" + gen_phone("US")
    elif c == "INT353":
        num = "+353" + gen_phone("IE")[1:]
    else:
        num = gen_phone(c)
    T = "PHONE"
    turns = [A(R.choice(["what's the best number to reach you on", "can i take a contact number", "and a mobile number in case we get cut off"])
               if ch == "call" else "What's the best number to contact you on?")]
    if ch == "call":
        body = num.lstrip("+")
        pre = "plus " if num.startswith("+") else ""
        v = R.randint(0, 3)
        if v == 0:
            pv = spoken_digits(body, R.choice(["single", "mixed"]), zs=("oh", "zero", "o"))
            turns.append(C(R.choice(["it's ", "yeah ", "my mobile's "]), (pre + R.choice([pv, asrify(pv), umify(pv)]), T)))
        elif v == 1:
            cut = len(body) - 6
            turns.append(C((pre + spoken_digits(body[:cut]), T)))
            turns.append(A(R.choice(["mhm", "okay", "yep go on"])))
            turns.append(C((spoken_digits(body[cut:], "mixed"), T)))
        elif v == 2:
            turns.append(C("it's ", (pre + spoken_digits(body), T), " or my work one is ", (spoken_digits(gen_phone("UKL")), T)))
        else:
            turns.append(C((pre + spoken_digits(body), T)))
            turns.append(A("so that's ", (pre + spoken_digits(body, allow_double=False), T)))
            turns.append(C("yep after %s is best" % time_text("call")))
    else:
        if c in ("UK",):
            fmt = R.choice([num[:5] + " " + num[5:], num, num[:5] + "-" + num[5:8] + "-" + num[8:]])
        elif c == "US":
            fmt = R.choice(["(%s) %s-%s" % (num[:3], num[3:6], num[6:]), "%s-%s-%s" % (num[:3], num[3:6], num[6:]), num])
        elif c == "IE":
            fmt = num[:3] + " " + num[3:6] + " " + num[6:]
        elif c == "UKL":
            fmt = num[:4] + " " + num[4:7] + " " + num[7:]
        elif c == "INT44":
            fmt = R.choice(["+44 " + num[3:7] + " " + num[7:], "+44 (0)" + num[3:7] + " " + num[7:], num])
        elif c == "INT1":
            fmt = "+1 %s-%s-%s" % (num[2:5], num[5:8], num[8:])
        else:
            fmt = "+353 " + num[4:6] + " " + num[6:9] + " " + num[9:]
        turns.append(C(R.choice(["", "mob ", "its ", "call me on "]), (fmt, T), R.choice(["", " anytime after %s" % time_text("chat")])))
    return turns


def email_block(case):
    ch = case.ch
    f, l = R.choice(FIRST), R.choice(LAST)
    n = R.choice(["", str(R.randint(1, 99)), str(R.randint(1970, 2005))])
    dom, tld = R.choice(DOMAINS)
    T = "EMAIL"
    turns = [A(R.choice(["and what email address should we send the confirmation to", "can i get an email for you", "what's your email"]) if ch == "call"
               else "Which email should we send the confirmation to?")]
    if ch == "call":
        sep = R.choice([" dot ", " underscore ", " ", " dash "])
        user = R.choice([f + sep + l, f[0] + sep + l, f + sep + l + " " + (cardinal(int(n)) if n and int(n) < 100 else (spoken_year(int(n)) if n else ""))]).strip()
        spoken = user + " at " + dom + " dot " + tld.replace(" ", " dot ")
        if R.random() < 0.3:
            turns.append(C("it's ", (spoken, T)))
            turns.append(A("sorry can you spell the first part"))
            spelt = " ".join(spell_letter(x.upper(), "plain") for x in f) + " dot " + l + " at " + dom + " dot " + tld.replace(" ", " dot ")
            turns.append(C("yeah ", (spelt, T)))
        else:
            turns.append(C(R.choice(["yeah it's ", "", "okay so it's "]), (spoken, T), R.choice(["", " all lower case", " all one word"])))
    else:
        sepc = R.choice([".", "_", "", "-"])
        em = (f + sepc + l + n + "@" + dom + "." + tld.replace(" ", ".")).lower()
        if R.random() < 0.3:
            em = em[0].upper() + em[1:]
        turns.append(C(R.choice(["", "its ", "email: "]), (em, T), R.choice(["", " pls", " thanks"])))
    return turns


def dob_block(case):
    ch = case.ch
    y, m, d = R.randint(1940, 2004), R.randint(1, 12), R.randint(1, 28)
    T = "DOB"
    turns = [A(R.choice(["can you confirm your date of birth", "and your date of birth please", "just for security what's your d o b"]) if ch == "call"
               else "Can you confirm your date of birth?")]
    if ch == "call":
        v = R.choice([0, 1, 2, 3])
        if v == 0:
            dv = "the %s of %s %s" % (ORD[d], MONTHS[m - 1], spoken_year(y))
        elif v == 1:
            dv = "%s %s %s" % (MONTHS[m - 1], ORD[d], spoken_year(y))
        elif v == 2:
            dv = "%s %s %s" % (spoken_digits("%02d" % d, zs=("oh",)), spoken_digits("%02d" % m, zs=("oh",)), spoken_year(y))
        else:
            dv = "%s %s %s" % (ORD[d], MONTHS[m - 1], cardinal(y % 100) if y % 100 >= 10 else "oh " + DW[y % 10])
        turns.append(C(R.choice(["yeah it's ", "", "um ", "sure "]), (dv, T), R.choice(["", " i'm %s" % cardinal(2026 - y)])))
    else:
        dv = R.choice(["%02d/%02d/%d" % (d, m, y), "%d/%d/%d" % (m, d, y), "%d %s %d" % (d, MONTHS[m - 1].title(), y),
                       "%s %d, %d" % (MONTHS[m - 1][:3].title(), d, y), "%d-%02d-%02d" % (y, m, d)])
        turns.append(C(R.choice(["", "dob ", "its ", "born "]), (dv, T)))
    return turns


def address_block(case):
    ch = case.ch
    us = R.random() < 0.4
    num = R.randint(1, 2999) if us else R.randint(1, 240)
    st = R.choice(STREETS)
    if us and R.random() < 0.5:
        pc = gen_zip() + ("-" + digits(4) if ch == "chat" and R.random() < 0.3 else "")
    elif us:
        pc = gen_zip()
    else:
        pc = gen_ukpc()
    turns = [A(R.choice(["and can you confirm the first line of the address and the postcode" if not us else "and the billing address and zip code",
                         "what's the address on the account"]) if ch == "call" else "Please confirm your address incl. postcode.")]
    if ch == "call":
        if num >= 1000 and R.random() < 0.6:
            nv = cardinal(num // 100) + " " + (cardinal(num % 100) if num % 100 >= 10 else "oh " + DW[num % 10])
        else:
            nv = cardinal(num)
        if us:
            pv = spoken_digits(pc.replace("-", ""), R.choice(["single", "mixed"]), zs=("zero", "oh"))
        else:
            out, area = [], pc.split()[0]
            for c in pc.replace(" ", ""):
                out.append(spell_letter(c, R.choice(["plain", "plain", "nato"])) if c.isalpha() else DW[int(c)])
            pv = " ".join(out)
        if R.random() < 0.5:
            turns.append(C(R.choice(["it's ", "yeah ", ""]), (nv + " " + st, "ADDRESS"), R.choice([" ", " and the postcode is ", " zip is " if us else " postcode "]), (pv, "POSTCODE")))
        else:
            turns.append(C(R.choice(["it's ", "", "um "]), (nv + " " + st, "ADDRESS")))
            turns.append(A(R.choice(["and the postcode" if not us else "and the zip", "lovely and postcode"])))
            turns.append(C((pv, "POSTCODE")))
    else:
        stc = st.title() if R.random() < 0.6 else st
        town = R.choice(["Boston", "Portland", "Austin", "Denver", "Columbus"]) if us else R.choice(["Leeds", "Bristol", "London", "Manchester", "Cardiff", "Glasgow"])
        pcf = pc if R.random() < 0.7 else pc.lower()
        turns.append(C(R.choice(["", "its ", "addr: "]), (str(num) + " " + stc, "ADDRESS"), ", " + town + R.choice([" ", ", "]), (pcf, "POSTCODE")))
    return turns


BLOCKS = {"CARD_NUMBER": card_block, "SSN": ssn_block, "NI_NUMBER": ni_block, "BANK_ACCOUNT": bank_block,
          "IBAN": iban_block, "PHONE": phone_block, "EMAIL": email_block, "DOB": dob_block, "ADDRESS": address_block}
INDUSTRIES = list(COMPANIES)
CYCLE = ["CARD_NUMBER", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "IBAN", "PHONE", "EMAIL", "DOB", "ADDRESS",
         "CARD_NUMBER", "SSN", "NI_NUMBER"]


def build_positive(i):
    while True:
        case, note = _build_positive(i)
        if len(case.turns) <= 20:
            return case, note


def _build_positive(i):
    ch = "call" if R.random() < 0.6 else "chat"
    ind = R.choice(INDUSTRIES)
    case = Case(ch, ind)
    prim = CYCLE[i % len(CYCLE)]
    CUR[0] = {"SSN": "USD", "NI_NUMBER": "GBP", "BANK_ACCOUNT": "GBP", "IBAN": "EUR"}.get(prim, R.choice(["GBP", "USD", "EUR"]))
    intro(case)
    kinds = [prim] + R.sample([k for k in BLOCKS if k != prim], R.choice([0, 1, 1, 2]))
    for k in kinds:
        if R.random() < 0.5:
            neg_block(case)
        case.extend(BLOCKS[k](case))
    if R.random() < 0.6:
        neg_block(case)
    closing(case)
    return case, "%s/%s: %s amid normal conversation" % (ch, ind, " + ".join(kinds))


def build_negative(i):
    while True:
        case, note = _build_negative(i)
        if len(case.turns) <= 20:
            return case, note


def _build_negative(i):
    ch = "call" if R.random() < 0.6 else "chat"
    ind = R.choice(INDUSTRIES)
    case = Case(ch, ind)
    CUR[0] = R.choice(["GBP", "USD", "EUR"])
    intro(case)
    for _ in range(R.choice([2, 3, 4])):
        neg_block(case)
    closing(case)
    return case, "%s/%s: lookalike numbers (amounts, dates, refs, times, counts) with no PII" % (ch, ind)


def generate():
    R.seed(SEED)
    lines = []
    for i in range(180):
        c, note = build_positive(i)
        turns, spans = c.render()
        lines.append({"id": "h158-pos-%03d" % (i + 1), "kind": "positive", "turns": turns, "spans": spans, "note": note})
    for i in range(110):
        c, note = build_negative(i)
        turns, spans = c.render()
        lines.append({"id": "h158-neg-%03d" % (i + 1), "kind": "negative", "turns": turns, "spans": [], "note": note})
    return "".join(json.dumps(x, ensure_ascii=False) + "\n" for x in lines), lines


# ---------------------------------------------------------------- normalise / validate
WN = {w: i for i, w in enumerate(DW)}
WN.update({"oh": 0, "o": 0, "nought": 0})
HOMO = {"for": 4, "to": 2, "too": 2, "ate": 8}
TEENW = {w: 10 + i for i, w in enumerate(TEENS)}
TENW = {w: i * 10 for i, w in enumerate(TENS) if w}
ORDW = {}
for _k, _v in ORD.items():
    if " " not in _v:
        ORDW[_v] = _k
SKIP = {"um", "uh", "erm", "er", "and", "dash", "sorry", "the", "of", "then"}


def normalise(text, letters=True):
    toks = re.findall(r"[A-Za-z]+|\d+", text)
    out = []
    i = 0
    n = len(toks)

    def small(j):
        """parse number < 100 at j: returns (value, next)"""
        t = toks[j].lower()
        if t in TENW:
            if j + 1 < n and toks[j + 1].lower() in WN and toks[j + 1].lower() not in ("oh", "o", "nought", "zero"):
                return TENW[t] + WN[toks[j + 1].lower()], j + 2
            return TENW[t], j + 1
        if t in TEENW:
            return TEENW[t], j + 1
        if t in WN:
            return WN[t], j + 1
        return None, j

    while i < n:
        t = toks[i]
        tl = t.lower()
        if t.isdigit():
            out.append(t)
            i += 1
        elif tl in ("double", "triple") and i + 1 < n and toks[i + 1].lower() in WN:
            out.append(str(WN[toks[i + 1].lower()]) * (2 if tl == "double" else 3))
            i += 2
        elif tl in WN or tl in TEENW or tl in TENW:
            v, j = small(i)
            if j < n and toks[j].lower() == "hundred":
                v *= 100
                j += 1
                if j + 1 < n and toks[j].lower() == "and":
                    w, j2 = small(j + 1)
                    if w is not None:
                        v += w
                        j = j2
            if j < n and toks[j].lower() == "thousand":
                v *= 1000
                j += 1
                k = j + 1 if j < n and toks[j].lower() == "and" else j
                if k < n:
                    w, j2 = small(k)
                    if w is not None:
                        v += w
                        j = j2
            out.append(str(v))
            i = j
        elif not letters and tl in HOMO:
            out.append(str(HOMO[tl]))
            i += 1
        elif tl in ORDW:
            out.append(str(ORDW[tl]))
            i += 1
        elif tl == "twenty" or tl in TENW:
            i += 1
        elif tl == "for" and i + 1 < n:
            i += 2
            if i < n and toks[i - 1].lower() == "x" and toks[i].lower() == "ray":
                i += 1
        elif tl == "as" and i + 2 < n and toks[i + 1].lower() == "in":
            i += 3
            if i < n and toks[i - 1].lower() == "x" and toks[i].lower() == "ray":
                i += 1
        elif tl in SKIP:
            i += 1
        elif letters and (len(t) == 1 or (len(t) <= 4 and tl not in MONTHS)):
            out.append(t.upper())
            i += 1
        else:
            i += 1
    return "".join(out)


UKPC = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$")
NIRE = re.compile(r"^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$")


def valid(t, text):
    dg = re.sub(r"\D", "", normalise(text, letters=False))
    if t == "CARD_NUMBER":
        return 13 <= len(dg) <= 19 and luhn_ok(dg)
    if t == "CVV":
        return len(dg) in (3, 4)
    if t == "SSN":
        return len(dg) == 9
    if t == "SORT_CODE":
        return len(dg) == 6
    if t == "BANK_ACCOUNT":
        return 8 <= len(dg) <= 12
    if t == "PHONE":
        return 10 <= len(dg) <= 13
    if t == "NI_NUMBER":
        return bool(NIRE.match(normalise(text)))
    if t == "IBAN":
        s = normalise(text)
        return len(s) >= 15 and re.match(r"^[A-Z]{2}\d{2}[A-Z0-9]+$", s) is not None and iban_mod(s) == 1
    if t == "POSTCODE":
        s = normalise(text)
        return bool(UKPC.match(s)) or bool(re.match(r"^\d{5}(\d{4})?$", s))
    if t == "EXPIRY":
        low = text.lower()
        if any(m in low for m in MONTHS):
            return len(dg) in (2, 4)
        return len(dg) in (4, 6) and 1 <= int(dg[:2]) <= 12
    if t == "DOB":
        low = text.lower()
        if any(m in low for m in MONTHS) or any(m.title()[:3] in text for m in MONTHS):
            return 3 <= len(dg) <= 8
        return len(dg) in (6, 7, 8)
    if t == "EMAIL":
        low = text.lower()
        return bool(re.match(r"^[\w.+-]+@[\w-]+(\.[\w-]+)+$", text)) or (" at " in low and " dot " in low)
    if t == "ADDRESS":
        words = text.lower().split()
        return bool(re.match(r"^\d", normalise(text, False))) and words[-1] in SUFFIX
    return False


def check(content, lines):
    problems = []
    ids = set()
    counts = {t: 0 for t in TYPES}
    npos = nneg = 0
    turn_lens = []
    for ln in lines:
        cid = ln["id"]
        if cid in ids:
            problems.append("duplicate id " + cid)
        ids.add(cid)
        turn_lens.append(len(ln["turns"]))
        if ln["kind"] == "negative":
            nneg += 1
            if ln["spans"]:
                problems.append(cid + ": negative with spans")
            continue
        npos += 1
        if not ln["spans"]:
            problems.append(cid + ": positive without spans")
        bufs = {}
        prev = None
        for sp in sorted(ln["spans"], key=lambda s: (s["turn"], s["start"])):
            if sp["type"] not in TYPES:
                problems.append(cid + ": bad type")
                continue
            txt = ln["turns"][sp["turn"]]["text"]
            s, e = sp["start"], sp["end"]
            if not (0 <= s < e <= len(txt)):
                problems.append(cid + ": offsets out of range")
                continue
            if (s > 0 and txt[s - 1].isalnum()) or (e < len(txt) and txt[e].isalnum()):
                problems.append(cid + ": span not on word boundary %r" % txt[s:e])
            if txt[s].isspace() or txt[e - 1].isspace():
                problems.append(cid + ": span has edge whitespace")
            if prev and prev["turn"] == sp["turn"] and prev["end"] > s:
                problems.append(cid + ": overlapping spans")
            prev = sp
            counts[sp["type"]] += 1
            t = sp["type"]
            bufs[t] = (bufs.get(t, "") + " " + txt[s:e]).strip()
            if valid(t, bufs[t]):
                bufs[t] = ""
        for t, b in bufs.items():
            if b:
                problems.append("%s: %s value does not validate: %r" % (cid, t, b))
    for t in TYPES:
        need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
        if counts[t] < need:
            problems.append("type %s has only %d spans (need %d)" % (t, counts[t], need))
    if npos < 170 or nneg < 100:
        problems.append("not enough cases: %d pos %d neg" % (npos, nneg))
    return problems, counts, npos, nneg, turn_lens


def readme(counts, npos, nneg, turn_lens):
    rows = "\n".join("| %s | %d |" % (t, counts[t]) for t in TYPES)
    return """# PII hold-out set h158

**Never use this set for tuning.** It exists only to measure the redactor on data
it was not developed against.

## Who wrote it and how

Written by an AI helper acting as an independent author. The author did not see the
redaction code, its tests, its docs or other fixture sets; only a 3-line format example.
Every case is generated by `scripts/make_pii_holdout158.py` from template functions
(seeded `random.Random(%d)`), so offsets are computed, never typed by hand.
`python scripts/make_pii_holdout158.py --check` regenerates the file, verifies it is
byte-identical and validates every span (Luhn, mod-97, NI shape, digit counts, postcode shape).

Emphasis: longer whole calls and chats (%d-%d turns, mean %.1f) across banking, telecom,
utilities, retail, insurance, travel, healthcare billing and government services (UK, US,
Ireland, EU), where PII appears amid ordinary talk containing amounts, dates, times,
references, counts, flight and room numbers.
Calls are written like ASR output (lower case, numbers as words, "oh"/"o"/"zero",
"double"/"triple", pairs such as "forty one", letters as "b for bravo"/"q as in quebec",
values split over turns with agent back-channels, agent read-backs, corrections where both
readings are labelled). Chats are typed with varied separators and casing.

## Annotation conventions

- A span covers only the value itself: the digits/words of the number, including spoken
  "double"/"triple", "plus" of an international phone number, and spelling aids inside a
  value ("j for juliet"). Lead-ins ("it's", "um") and trailing chit-chat are outside.
- A hesitation filler in the middle of an uninterrupted reading ("um", "uh", "erm") and ASR
  homophones of digits ("for" = 4, "to"/"too" = 2, "ate" = 8) are inside the span.
- When a value is interrupted by other words ("sorry my kids are shouting", "uh dash") or is
  spread over several customer turns with agent back-channels, each piece is its own span of
  the same type and the interrupting words stay outside.
- A customer's wrong first attempt that is then replaced (old card, wrong card) is still PII and
  is labelled as well as the corrected value.
- Amex cards come with a 4-digit CVV span.
- ADDRESS = house number + street name; the postcode/ZIP is a separate POSTCODE span; the town is
  not labelled.
- EXPIRY/DOB cover the whole date expression ("the fourteenth of march nineteen eighty six").
- EMAIL covers the full address, spoken ("j dot doe at gmail dot com") or typed.
- Agent read-backs of PII are labelled too.
- Negatives contain no PII at all: amounts, balances, dates of payments/appointments/contracts,
  times, durations, counts, references with their reference word, flight/room/model numbers,
  meter readings, speeds, percentages, ages, temperatures.

## Counts

Positive cases: %d. Negative cases: %d.

| type | spans |
|---|---|
%s
""" % (SEED, min(turn_lens), max(turn_lens), sum(turn_lens) / len(turn_lens), npos, nneg, rows)


def main():
    content, lines = generate()
    problems, counts, npos, nneg, tl = check(content, lines)
    rd = readme(counts, npos, nneg, tl)
    if "--check" in sys.argv:
        try:
            with open(CASES, encoding="utf-8") as f:
                disk = f.read()
        except OSError:
            disk = None
        if disk != content:
            problems.append("cases.jsonl differs from regenerated output")
        else:
            lines2 = [json.loads(x) for x in disk.splitlines()]
            if lines2 != lines:
                problems.append("re-parse mismatch")
        try:
            with open(README, encoding="utf-8") as f:
                if f.read() != rd:
                    problems.append("README.md differs from regenerated output")
        except OSError:
            problems.append("README.md missing")
    else:
        os.makedirs(OUT_DIR, exist_ok=True)
        with open(CASES, "w", encoding="utf-8") as f:
            f.write(content)
        with open(README, "w", encoding="utf-8") as f:
            f.write(rd)
    print("positives=%d negatives=%d turns min/max=%d/%d" % (npos, nneg, min(tl), max(tl)))
    for t in TYPES:
        print("  %-13s %d" % (t, counts[t]))
    for p in problems[:50]:
        print("PROBLEM:", p)
    if problems:
        print("FAILED with %d problems" % len(problems))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()

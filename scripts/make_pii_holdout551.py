#!/usr/bin/env python3
"""Generate the pii_holdout551 held-out PII redaction evaluation set.

Standard library only; one RNG: random.Random(551241125).
Usage:
    python3 scripts/make_pii_holdout551.py          # write cases.jsonl
    python3 scripts/make_pii_holdout551.py --check  # regenerate + validate
"""
import json
import os
import random
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "fixtures", "pii_holdout551", "cases.jsonl")

R = random.Random(551241125)

ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
FILLERS = ["um", "uh", "er", "erm"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "f": "foxtrot",
        "g": "golf", "h": "hotel", "i": "india", "j": "juliet", "k": "kilo", "l": "lima",
        "m": "mike", "n": "november", "o": "oscar", "p": "papa", "q": "quebec", "r": "romeo",
        "s": "sierra", "t": "tango", "u": "uniform", "v": "victor", "w": "whiskey", "x": "x-ray",
        "y": "yankee", "z": "zulu"}
FOLK = {"a": "apple", "b": "bertie", "c": "charlie", "d": "david", "e": "edward", "f": "freddie",
        "g": "george", "h": "harry", "j": "john", "k": "king", "l": "london", "m": "mary",
        "n": "nellie", "p": "peter", "r": "robert", "s": "sugar", "t": "tommy", "w": "william",
        "x": "xylophone", "y": "yellow", "z": "zebra"}

FIRST = ["james", "sarah", "mohammed", "aoife", "liam", "priya", "tomasz", "chloe", "david",
         "fatima", "sean", "emily", "oluwaseun", "grace", "marco", "hannah", "wei", "niamh",
         "carlos", "jessica", "dylan", "anika", "patrick", "lucy"]
LAST = ["smith", "okafor", "murphy", "patel", "kowalski", "jones", "oconnor", "garcia",
        "nguyen", "brennan", "williams", "hughes", "rossi", "schmidt", "ali", "walsh",
        "taylor", "dubois", "kelly", "mensah"]
DOMAINS = ["gmail.com", "yahoo.co.uk", "hotmail.com", "outlook.com", "icloud.com",
           "btinternet.com", "eircom.net", "gmx.de", "aol.com", "proton.me"]
STREETS = ["Elm Road", "Harbour Street", "Station Road", "Maple Avenue", "Church Lane",
           "Victoria Terrace", "Oak Drive", "Mill Close", "Kings Way", "Park Crescent",
           "Orchard Grove", "Main Street", "Sycamore Court", "Willow Gardens", "High Street",
           "Cedar Lane", "Pine Street", "Riverside Drive", "Chapel Row", "Abbey Mews"]
TOWNS = ["Leeds", "Bristol", "Cork", "Galway", "Manchester", "Glasgow", "Cardiff", "Boston",
         "Austin", "Denver", "Swansea", "Limerick", "Norwich", "Phoenix"]
ORGS = {
    "banking": ["Northgate Bank", "Harbour Building Society", "Celtic Credit Union"],
    "telecom": ["Skyline Mobile", "FibreLink", "Vantage Telecom"],
    "utilities": ["BrightGas", "Evergreen Energy", "Aqua Water Services"],
    "retail": ["ShopRight", "Hollister & Page", "MegaMart Online"],
    "insurance": ["Shieldwell Insurance", "Allsure", "Keystone Mutual"],
    "travel": ["Emerald Air", "SunSeeker Holidays", "RailEuro"],
    "healthcare billing": ["St Brendan's Billing", "MedPay Services", "CarePoint Clinics"],
    "government": ["the Benefits Office", "the Motor Tax Office", "the Student Finance service"],
}

_ids = {"positive": 0, "negative": 0}


# ---------------------------------------------------------------- values
def luhn_ok(ds):
    tot = 0
    for i, ch in enumerate(reversed(ds)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def make_card(kind=None):
    kind = kind or R.choice(["visa", "visa", "mc", "mc", "amex", "disc", "visa13", "maestro19"])
    pre, ln = {"visa": ("4", 16), "mc": (R.choice(["51", "52", "53", "54", "55", "2221"]), 16),
               "amex": (R.choice(["34", "37"]), 15), "disc": ("6011", 16),
               "visa13": ("4", 13), "maestro19": ("6759", 19)}[kind]
    body = pre + "".join(str(R.randint(0, 9)) for _ in range(ln - len(pre) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def group_card(c):
    if len(c) == 15:
        return [c[:4], c[4:10], c[10:]]
    if len(c) == 13:
        return [c[:4], c[4:8], c[8:12], c[12:]]
    return [c[i:i + 4] for i in range(0, len(c), 4)]


def iban_check(cc, bban):
    s = bban + cc + "00"
    num = "".join(str(int(ch, 36)) for ch in s)
    return "%02d" % (98 - int(num) % 97)


def iban_ok(s):
    s = s[4:] + s[:4]
    num = "".join(str(int(ch, 36)) for ch in s)
    return int(num) % 97 == 1


def rdig(n, first_nonzero=False):
    s = "".join(str(R.randint(0, 9)) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = str(R.randint(1, 9)) + s[1:]
    return s


def make_iban():
    cc = R.choice(["GB", "GB", "IE", "IE", "DE", "NL", "FR", "ES"])
    L = lambda n: "".join(R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(n))
    bban = {"GB": lambda: R.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + rdig(14),
            "IE": lambda: R.choice(["AIBK", "BOFI", "IPBS"]) + rdig(14),
            "DE": lambda: rdig(18),
            "NL": lambda: R.choice(["ABNA", "INGB", "RABO"]) + rdig(10),
            "FR": lambda: rdig(10) + L(1) + rdig(10) + rdig(2),
            "ES": lambda: rdig(20)}[cc]()
    return cc + iban_check(cc, bban) + bban


def make_ni():
    bad1, bad2 = set("DFIQUV"), set("DFIOQUV")
    while True:
        a = R.choice([c for c in "ABCEGHJKLMNOPRSTWXYZ"])
        b = R.choice([c for c in "ABCEGHJKLMNPRSTWXYZ"])
        if a + b not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ") and a not in bad1 and b not in bad2:
            break
    return a + b + rdig(6) + R.choice("ABCD")


def make_ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


def make_uk_postcode():
    pat = R.choice(["A9 9AA", "A99 9AA", "AA9 9AA", "AA99 9AA", "A9A 9AA", "AA9A 9AA"])
    out = ""
    for ch in pat:
        if ch == "A":
            out += R.choice("ABDEGHJLNPRSTUWXY")
        elif ch == "9":
            out += str(R.randint(1, 9))
        else:
            out += ch
    return out


def make_zip():
    z = "%05d" % R.randint(10001, 99950)
    if R.random() < 0.25:
        z += "-%04d" % R.randint(1, 9999)
    return z


def make_phone():
    k = R.choice(["uk_mob", "uk_land", "us", "ie_mob", "intl_uk", "intl_us", "intl_ie", "intl_de", "intl_fr"])
    if k == "uk_mob":
        return k, "07700 900" + rdig(3)
    if k == "uk_land":
        return k, R.choice(["0113 496 0", "0161 496 0", "020 7946 0", "0117 496 0"]) + rdig(3)
    if k == "us":
        return k, "%d-555-01%s" % (R.randint(201, 989), rdig(2))
    if k == "ie_mob":
        return k, R.choice(["087", "086", "085", "083"]) + " " + rdig(3, True) + " " + rdig(4)
    if k == "intl_uk":
        return k, "+44 7700 900" + rdig(3)
    if k == "intl_us":
        return k, "+1 %d 555 01%s" % (R.randint(201, 989), rdig(2))
    if k == "intl_ie":
        return k, "+353 " + R.choice(["87", "86", "85"]) + " " + rdig(3, True) + " " + rdig(4)
    if k == "intl_de":
        return k, "+49 30 " + rdig(8, True)
    return k, "+33 6 " + " ".join(rdig(2) for _ in range(4))


def make_email():
    f, l = R.choice(FIRST), R.choice(LAST)
    user = R.choice([f + "." + l, f[0] + l, f + l + str(R.randint(1, 99)), f + "_" + l,
                     l + "." + f[0], f + str(R.randint(70, 99))])
    return user, R.choice(DOMAINS)


# ---------------------------------------------------------------- speech
def say_digit(d, zero):
    return zero if d == "0" else ONES[int(d)]


def two_digit_words(bc, zero):
    b, c = bc
    if b == "0":
        return [zero, ONES[int(c)]] if c != "0" else [zero, zero]
    if b == "1":
        return [TEENS[int(c)]]
    if c == "0":
        return [ONES[int(b)], zero]
    return [TENS[int(b)], ONES[int(c)]]


def speak(ds, style=None, zero=None, numeric=True):
    """Speak a digit string as ASR-style words (returns list of tokens)."""
    zero = zero or R.choice(["oh", "oh", "zero", "nought"] + (["o"] if numeric else []))
    style = style or R.choice(["single", "single", "doubles", "pairs", "hundreds"])
    out = []
    if style == "single":
        return [say_digit(d, zero) for d in ds]
    if style == "doubles":
        i = 0
        while i < len(ds):
            j = i
            while j < len(ds) and ds[j] == ds[i]:
                j += 1
            run = j - i
            w = say_digit(ds[i], zero)
            if run == 2:
                out += ["double", w]
            elif run == 3:
                out += ["triple", w]
            elif run == 4:
                out += ["double", w, "double", w]
            else:
                out += [w] * run
            i = j
        return out
    if style == "pairs":
        i = 0
        while i < len(ds):
            ch = ds[i:i + 2]
            out += two_digit_words(ch, zero) if len(ch) == 2 else [say_digit(ch, zero)]
            i += 2
        return out
    # hundreds
    i = 0
    while i < len(ds):
        ch = ds[i:i + 3]
        if len(ch) == 3 and ch[0] != "0" and ch[1:] != "00" and not (ch[2] == "0" and ch[1] not in "01"):
            w = two_digit_words(ch[1:], zero)
            if ch[1] == "0":
                w = [ONES[int(ch[2])]]
            out += [ONES[int(ch[0])], "hundred", "and"] + w
        elif len(ch) >= 2:
            out += two_digit_words(ch[:2], zero) + ([say_digit(ch[2], zero)] if len(ch) == 3 else [])
        else:
            out += [say_digit(ch, zero)]
        i += 3
    return out


def speak_groups(groups, style=None, zero=None, sep=None, fill=0.0, numeric=True):
    zero = zero or R.choice(["oh", "zero", "nought"] + (["o"] if numeric else []))
    parts = []
    for k, g in enumerate(groups):
        parts.append(" ".join(speak(g, style, zero, numeric)))
        if k < len(groups) - 1 and R.random() < fill:
            parts[-1] += R.choice([", ", " ", " ... "]) + R.choice(FILLERS)
    s = sep if sep is not None else R.choice([" ", ", ", " ... ", ". "])
    return s.join(parts)


def spell_letters(s, nato=0.0):
    out = []
    for ch in s.lower():
        if ch.isdigit():
            out.append(say_digit(ch, R.choice(["oh", "zero"])))
        elif ch == " ":
            continue
        elif R.random() < nato:
            word = NATO[ch] if (R.random() < 0.7 or ch not in FOLK) else FOLK[ch]
            out.append("%s %s %s" % (ch, R.choice(["for", "for", "as in", "like"]), word))
        else:
            out.append(ch)
    return out


def speak_email(user, dom):
    toks = []
    for piece in re.split(r"([._])", user):
        if piece == ".":
            toks.append("dot")
        elif piece == "_":
            toks.append("underscore")
        elif piece.isdigit():
            toks.append(" ".join(speak(piece, "pairs", "oh")))
        elif len(piece) <= 2:
            toks.append(" ".join(piece))
        else:
            m = re.match(r"([a-z]+)(\d*)$", piece)
            toks.append(m.group(1) if R.random() < 0.7 else " ".join(m.group(1)))
            if m.group(2):
                toks.append(" ".join(speak(m.group(2), "pairs", "oh")))
    toks.append("at")
    d = dom.split(".")
    toks.append(" dot ".join(d))
    return " ".join(toks)


def ordinal(n):
    o = {1: "first", 2: "second", 3: "third", 5: "fifth", 8: "eighth", 9: "ninth", 12: "twelfth",
         20: "twentieth", 30: "thirtieth"}
    if n in o:
        return o[n]
    if n < 20:
        return TEENS[n - 10] + "th" if n >= 10 else ONES[n] + "th"
    t, u = divmod(n, 10)
    return TENS[t] + " " + (o.get(u) or ONES[u] + "th")


def yy_words(n):
    """two-digit number as a year/day would be said: 5 -> oh five, 30 -> thirty"""
    s = "%02d" % n
    if s[0] == "0":
        return "oh " + ONES[int(s[1])]
    if s[0] == "1":
        return TEENS[int(s[1])]
    return TENS[int(s[0])] + ("" if s[1] == "0" else " " + ONES[int(s[1])])


def say_year(y):
    if y >= 2000:
        r = y - 2000
        if r == 0:
            return "two thousand"
        return "two thousand and " + ONES[r] if r < 10 and R.random() < 0.5 else "twenty " + yy_words(r)
    return "nineteen " + yy_words(y - 1900)


def make_dob_text(spoken):
    y, m, d = R.randint(1940, 2004), R.randint(1, 12), R.randint(1, 28)
    if spoken:
        return R.choice([
            "%s of %s %s" % (ordinal(d), MONTHS[m - 1], say_year(y)),
            "the %s of %s %s" % (ordinal(d), MONTHS[m - 1], say_year(y)),
            "%s %s %s" % (MONTHS[m - 1], ordinal(d), say_year(y)),
            "%s %s %s" % (yy_words(d), yy_words(m), say_year(y)),
        ])
    return R.choice([
        "%02d/%02d/%d" % (d, m, y), "%02d-%02d-%d" % (m, d, y), "%d %s %d" % (d, MONTHS[m - 1].title(), y),
        "%s %d, %d" % (MONTHS[m - 1].title(), d, y), "%d.%d.%d" % (d, m, y), "%d-%02d-%02d" % (y, m, d),
        "%d%s %s %d" % (d, {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}.get(d, "th"),
                        MONTHS[m - 1][:3].title(), y)])


def make_expiry_text(spoken):
    m, y = R.randint(1, 12), R.randint(25, 32)
    if spoken:
        return R.choice([
            "%s %s" % (yy_words(m), yy_words(y)),
            "%s twenty %s" % (MONTHS[m - 1], yy_words(y)),
            "%s %s" % (yy_words(m).replace("oh", R.choice(["oh", "zero"])), say_year(2000 + y)),
            "%s slash %s" % (yy_words(m), yy_words(y)),
        ])
    return R.choice(["%02d/%02d" % (m, y), "%02d/20%02d" % (m, y), "%02d-%02d" % (m, y), "%02d / %02d" % (m, y),
                     "%s 20%02d" % (MONTHS[m - 1][:3].title(), y)])


# ---------------------------------------------------------------- case builder
class Case:
    def __init__(self, kind, note):
        self.kind, self.note = kind, note
        self.turns, self.spans, self.groups = [], [], {}
        self._g = 0

    def group(self, typ, check="full", expect=None):
        self._g += 1
        self.groups[self._g] = {"type": typ, "check": check, "expect": expect, "parts": []}
        return self._g

    def t(self, speaker, *segs):
        text = ""
        for s in segs:
            if isinstance(s, tuple):
                val, g = s
                typ = self.groups[g]["type"]
                self.spans.append({"turn": len(self.turns), "start": len(text),
                                   "end": len(text) + len(val), "type": typ})
                self.groups[g]["parts"].append((len(self.turns), len(text), len(text) + len(val)))
                text += val
            else:
                text += s
        self.turns.append({"speaker": speaker, "text": text})
        return self

    def v(self, typ, val, check="full", expect=None):
        """single-part value convenience"""
        g = self.group(typ, check, expect)
        return (val, g)

    def record(self):
        _ids[self.kind] += 1
        cid = "h551-%s-%03d" % ("pos" if self.kind == "positive" else "neg", _ids[self.kind])
        if self.kind == "negative":
            assert not self.spans
        else:
            assert self.spans
        return {"id": cid, "kind": self.kind, "turns": self.turns,
                "spans": sorted(self.spans, key=lambda s: (s["turn"], s["start"])),
                "note": self.note}, self.groups


def org(ind=None):
    ind = ind or R.choice(list(ORGS))
    return ind, R.choice(ORGS[ind])


def greet(c, ind=None):
    ind, o = org(ind)
    c.t("agent", R.choice(["thank you for calling %s my name's %s how can i help",
                           "good morning you're through to %s, this is %s speaking",
                           "hi there %s customer services you're speaking to %s"]) % (o.lower(), R.choice(FIRST)))
    return ind, o


BACK = ["mhm", "go on", "yep", "okay", "uh huh", "yeah", "right", "got that", "and the next bit?", "mm"]


# ---------------------------------------------------------------- positive templates
def pos_card_chat():
    c = Case("positive", "typed chat: card number with separators, plus expiry and CVV")
    card = make_card()
    gs = group_card(card)
    shown = R.choice([" ".join(gs), "-".join(gs), card, " ".join(gs[:2]) + "-" + "-".join(gs[2:]),
                      "  ".join(gs), card[:5] + " " + card[5:10] + " " + card[10:]])
    ind, o = org(R.choice(["retail", "travel", "telecom", "utilities"]))
    c.t("agent", "Hi, you're chatting with %s at %s. How can I help today?" % (R.choice(FIRST).title(), o))
    c.t("customer", R.choice(["want to pay my bill, card no: ", "pls take payment on this card ", "Card num is ",
                              "ok here it is - ", "its "]), c.v("CARD_NUMBER", shown),
        R.choice([" exp ", ", expiry ", " Exp date ", " valid thru "]), c.v("EXPIRY", make_expiry_text(False)),
        R.choice([" cvv ", " and the 3 digits on back r ", " security code "]),
        c.v("CVV", rdig(4 if len(card) == 15 else 3)))
    c.t("agent", "Thanks, processing a payment of £%d.%02d now." % (R.randint(10, 400), R.randint(0, 99)))
    return c


def pos_card_call_single():
    c = Case("positive", "ASR call: full card read in one turn, agent read-back")
    greet(c, R.choice(["banking", "retail", "insurance", "travel"]))
    card = make_card()
    gs = group_card(card)
    c.t("customer", R.choice(["i'd like to make a payment please", "yeah i need to pay the outstanding bit",
                              "i want to renew my policy over the phone"]))
    c.t("agent", "no problem can i take the long number on the card please")
    spoken = speak_groups(gs, fill=0.3)
    c.t("customer", R.choice(["yeah it's ", "okay so it's ", "right ", "", "em hang on, yeah it's "]),
        c.v("CARD_NUMBER", spoken), R.choice(["", " that's it", " and that's a visa"]))
    g = c.group("CARD_NUMBER")
    c.t("agent", R.choice(["so that's ", "just to confirm ", "let me read that back "]),
        (speak_groups(gs, style="single", zero="zero", sep=", "), g), R.choice([" yeah?", " is that right", ""]))
    c.t("customer", R.choice(["yes", "yep that's right", "correct"]))
    return c


def pos_card_split():
    c = Case("positive", "ASR call: card number split over several customer turns with back-channels")
    greet(c)
    card = make_card()
    gs = group_card(card)
    g = c.group("CARD_NUMBER")
    c.t("agent", "okay and the card number when you're ready")
    style = R.choice(["single", "pairs", "doubles", None])
    zero = R.choice(["oh", "zero", "nought", "o"])
    for i, grp in enumerate(gs):
        lead = R.choice(["", "", "um ", "okay ", "then "]) if i else R.choice(["it's ", "right it's ", ""])
        tail = R.choice(["", "", "...", ","])
        c.t("customer", lead, (" ".join(speak(grp, style, zero)), g), tail)
        if i < len(gs) - 1:
            c.t("agent", R.choice(BACK))
    if R.random() < 0.5:
        c.t("agent", "and the expiry")
        c.t("customer", R.choice(["", "it's ", "expires "]), c.v("EXPIRY", make_expiry_text(True)))
    return c


def pos_card_restart():
    c = Case("positive", "ASR call: card reading abandoned and restarted; only the complete reading is labelled")
    greet(c, "retail")
    card = make_card()
    gs = group_card(card)
    wrong = rdig(3)
    c.t("agent", "can i take the card number please")
    c.t("customer", "yeah it's %s %s, oh no sorry that's the old card, hang on... right it's " % (
        " ".join(speak(wrong[:1])), " ".join(speak(wrong[1:2]))),
        c.v("CARD_NUMBER", speak_groups(gs, fill=0.4)))
    c.t("agent", R.choice(["lovely thank you", "thanks for that", "perfect"]))
    return c


def pos_card_aside():
    c = Case("positive", "ASR call: aside in the middle of a card reading (two spans, one value)")
    greet(c, R.choice(["banking", "telecom"]))
    card = make_card("visa")
    gs = group_card(card)
    g = c.group("CARD_NUMBER")
    c.t("agent", "go ahead with the card number")
    aside = R.choice([" sorry the dog's barking give me a second ", " hold on i can't read it the light's bad ",
                      " wait, kids, be quiet! sorry, ", " hang on i need my glasses, right, "])
    c.t("customer", (speak_groups(gs[:2]), g), aside, (speak_groups(gs[2:]), g))
    c.t("agent", "thank you, and the three digit security code on the back")
    c.t("customer", R.choice(["", "it's "]), c.v("CVV", " ".join(speak(rdig(3)))))
    return c


def pos_card_email():
    c = Case("positive", "e-mail: card details typed in message body, with last four referred to later")
    card = make_card()
    gs = group_card(card)
    name = R.choice(FIRST).title()
    c.t("customer", "Hello,\nPlease use my card for the outstanding invoice INV-%s. Card: " % rdig(6),
        c.v("CARD_NUMBER", " ".join(gs)), " Exp: ", c.v("EXPIRY", make_expiry_text(False)),
        "\nThanks,\n%s" % name)
    g = c.group("CARD_NUMBER", "last4", card[-4:])
    c.t("agent", "Dear %s, thank you. The payment of £%d.00 was taken from the card ending " % (name, R.randint(20, 900)),
        (card[-4:], g), ". Please do not send card details by e-mail in future.")
    return c


def pos_card_readback_typed_asr():
    c = Case("positive", "ASR call: digits partly transcribed as numerals, partly as words")
    greet(c, R.choice(["utilities", "government", "healthcare billing"]))
    card = make_card()
    gs = group_card(card)
    parts = [g if R.random() < 0.5 else " ".join(speak(g)) for g in gs]
    c.t("customer", "i'll pay by card, the number is ", c.v("CARD_NUMBER", " ".join(parts)))
    c.t("agent", "thanks and the expiry date and the security number")
    c.t("customer", c.v("EXPIRY", make_expiry_text(True)), " and ", c.v("CVV", " ".join(speak(rdig(3), "single"))))
    return c


def pos_ssn():
    c = Case("positive", "")
    ssn = make_ssn()
    mode = R.choice(["chat", "call", "split", "readback", "correction"])
    ind, o = org(R.choice(["banking", "insurance", "healthcare billing", "government", "telecom"]))
    if mode == "chat":
        c.note = "typed chat: US SSN with separators/labels"
        shown = R.choice([ssn[:3] + "-" + ssn[3:5] + "-" + ssn[5:], ssn[:3] + " " + ssn[3:5] + " " + ssn[5:], ssn,
                          ssn[:3] + "." + ssn[3:5] + "." + ssn[5:]])
        c.t("agent", "To verify your identity at %s, please provide your SSN." % o)
        c.t("customer", R.choice(["SSN: ", "ssn is ", "social # ", "Its ", "my social security no. is "]),
            c.v("SSN", shown), R.choice(["", " thx", ".", " - is this secure?"]))
    elif mode == "call":
        c.note = "ASR call: SSN read aloud in one turn"
        c.t("agent", "and can i get your social security number please")
        c.t("customer", R.choice(["sure it's ", "yeah ", "okay ", "um it's "]),
            c.v("SSN", speak_groups([ssn[:3], ssn[3:5], ssn[5:]], fill=0.3)))
        c.t("agent", "thank you mr %s" % R.choice(LAST))
    elif mode == "split":
        c.note = "ASR call: SSN split over three customer turns"
        g = c.group("SSN")
        c.t("agent", "can you give me your social")
        for i, p in enumerate([ssn[:3], ssn[3:5], ssn[5:]]):
            c.t("customer", (" ".join(speak(p)), g))
            if i < 2:
                c.t("agent", R.choice(BACK))
    elif mode == "readback":
        c.note = "ASR call: SSN read by customer and read back by agent"
        c.t("customer", "my social is ", c.v("SSN", speak_groups([ssn[:3], ssn[3:5], ssn[5:]], style="single")))
        g = c.group("SSN")
        c.t("agent", "okay i have ", (speak_groups([ssn[:3], ssn[3:5], ssn[5:]], style="pairs", sep=" "), g),
            " is that correct")
        c.t("customer", "yes ma'am")
    else:
        c.note = "ASR call: SSN with a correction mid-reading; corrected full reading labelled"
        bad = str((int(ssn[3]) + 1) % 10)
        c.t("agent", "social security number please")
        c.t("customer", "%s, %s no wait. let me start over. " % (" ".join(speak(ssn[:3], "single")), ONES[int(bad)]),
            c.v("SSN", speak_groups([ssn[:3], ssn[3:5], ssn[5:]], style="single")))
    if R.random() < 0.3:
        c.t("agent", "and your date of birth")
        c.t("customer", c.v("DOB", make_dob_text(c.note.startswith("ASR"))))
    return c


def pos_ni():
    c = Case("positive", "")
    ni = make_ni()
    mode = R.choice(["chat", "call", "nato", "split", "readback"])
    if mode == "chat":
        c.note = "typed chat: UK National Insurance number, case/spacing variation"
        shown = R.choice([ni, ni.lower(), "%s %s %s %s %s" % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8]),
                          ni[:2] + " " + ni[2:8] + " " + ni[8], ni[:2].lower() + ni[2:8] + ni[8].lower(),
                          ni[:2] + "-" + ni[2:8] + "-" + ni[8]])
        c.t("agent", "Can you confirm your NI number so I can find your claim?")
        c.t("customer", R.choice(["NI no: ", "ni number ", "its ", "National Insurance: ", "sure, "]), c.v("NI_NUMBER", shown),
            R.choice(["", " cheers", ". my claim ref is CL-%s" % rdig(6)]))
    elif mode == "call":
        c.note = "ASR call: NI number read as letters and digits"
        c.t("agent", "can i take your national insurance number")
        sp = " ".join(spell_letters(ni[:2])) + " " + speak_groups([ni[2:4], ni[4:6], ni[6:8]], numeric=False) + " " + \
            ni[8].lower()
        c.t("customer", R.choice(["yeah it's ", "", "okay it's "]), c.v("NI_NUMBER", sp))
    elif mode == "nato":
        c.note = "ASR call: NI letters spelled with phonetic alphabet"
        c.t("agent", "and your national insurance number please")
        sp = ", ".join(spell_letters(ni[:2], 1.0)) + ", " + " ".join(speak(ni[2:8], numeric=False)) + ", " + \
            spell_letters(ni[8], 1.0)[0]
        c.t("customer", "right so that's ", c.v("NI_NUMBER", sp))
    elif mode == "split":
        c.note = "ASR call: NI number split over turns with back-channels"
        g = c.group("NI_NUMBER")
        c.t("agent", "what's your ni number")
        parts = [" ".join(spell_letters(ni[:2])), " ".join(speak(ni[2:5], numeric=False)),
                 " ".join(speak(ni[5:8], numeric=False)), ni[8].lower()]
        for i, p in enumerate(parts):
            c.t("customer", R.choice(["", "", "then "]) if i else "", (p, g))
            if i < 3:
                c.t("agent", R.choice(BACK))
    else:
        c.note = "ASR call: NI number with agent read-back"
        c.t("customer", "national insurance is ", c.v("NI_NUMBER", " ".join(spell_letters(ni[:2])) + " " +
                                                       " ".join(speak(ni[2:8], "pairs", "oh")) + " " + ni[8].lower()))
        g = c.group("NI_NUMBER")
        c.t("agent", "thank you so ", (" ".join(spell_letters(ni[:2], 1.0)) + " " + " ".join(speak(ni[2:8], "single", "zero"))
                                       + " " + ni[8].lower(), g), " yeah")
        c.t("customer", "that's it")
    if R.random() < 0.3:
        c.t("agent", "and the postcode")
        pc = make_uk_postcode()
        c.t("customer", c.v("POSTCODE", pc if mode == "chat" else " ".join(spell_letters(pc))))
    return c


def pos_bank(mode):
    c = Case("positive", "")
    sc, acct = rdig(6), rdig(8)
    if mode == "uk_chat":
        c.note = "typed chat: UK sort code and account number"
        c.t("agent", "Please provide the bank details for the refund.")
        c.t("customer", R.choice(["sort code ", "s/c: ", "Sort Code - "]),
            c.v("SORT_CODE", R.choice([sc[:2] + "-" + sc[2:4] + "-" + sc[4:], sc, sc[:2] + " " + sc[2:4] + " " + sc[4:]])),
            R.choice([" acct no: ", ", account ", " a/c "]), c.v("BANK_ACCOUNT", acct))
    elif mode == "uk_call":
        c.note = "ASR call: sort code spoken in pairs, account number with doubles"
        greet(c, "banking")
        c.t("agent", "what's the sort code")
        c.t("customer", R.choice(["", "it's "]), c.v("SORT_CODE", speak_groups([sc[:2], sc[2:4], sc[4:]], style="pairs")))
        c.t("agent", "and the account number")
        c.t("customer", c.v("BANK_ACCOUNT", speak_groups([acct[:4], acct[4:]], style="doubles", fill=0.5)))
    elif mode == "uk_split":
        c.note = "ASR call: account number split over turns, sort code read back"
        c.t("agent", "sort code first please")
        c.t("customer", c.v("SORT_CODE", speak_groups([sc[:2], sc[2:4], sc[4:]], style="pairs")))
        g = c.group("SORT_CODE")
        c.t("agent", "that's ", (speak_groups([sc[:2], sc[2:4], sc[4:]], style="single", sep=" dash "), g),
            " and the account number")
        g = c.group("BANK_ACCOUNT")
        c.t("customer", (" ".join(speak(acct[:4])), g))
        c.t("agent", R.choice(BACK))
        c.t("customer", R.choice(["", "um "]), (" ".join(speak(acct[4:])), g))
    elif mode == "us_call":
        c.note = "ASR call: US routing and account number (account labelled; routing number is a bank identifier, not labelled)"
        acct = rdig(R.choice([9, 10, 11, 12]), True)
        c.t("agent", "okay for the direct deposit i'll need the routing number and the account number")
        c.t("customer", "routing is %s and my account number is " % " ".join(speak("021000021", "single")),
            c.v("BANK_ACCOUNT", speak_groups([acct[:3], acct[3:6], acct[6:]], fill=0.2)))
    elif mode == "iban_chat":
        c.note = "typed: IBAN with spacing/case variation"
        ib = make_iban()
        shown = R.choice([" ".join(ib[i:i + 4] for i in range(0, len(ib), 4)), ib, ib.lower(),
                          " ".join(ib[i:i + 4] for i in range(0, len(ib), 4)).lower()])
        c.t("customer", R.choice(["pls send refund to IBAN ", "IBAN: ", "my iban is ", "Bank details -- IBAN "]),
            c.v("IBAN", shown), R.choice(["", " (%s)" % R.choice(["AIB", "Deutsche Bank", "ING", "Barclays"])]))
        c.t("agent", "Thank you, refunds take 3-5 working days.")
    else:
        c.note = "ASR call: IBAN spelled out, letters and digits"
        ib = make_iban()
        c.t("agent", "can you read me the iban please")
        body = " ".join(speak(ib[2:4], "single", "zero", False))
        rest = ib[4:]
        letters = re.match(r"[A-Z]*", rest).group(0)
        digits = rest[len(letters):]
        sp = " ".join(spell_letters(ib[:2], 0.5)) + " " + body
        if letters:
            sp += " " + " ".join(spell_letters(letters))
        chunks = []
        for m in re.finditer(r"\d+|[A-Z]+", digits):
            chunks.append(" ".join(speak(m.group(0), R.choice(["single", "pairs"]), "zero", False))
                          if m.group(0).isdigit() else " ".join(spell_letters(m.group(0), 1.0)))
        sp += " " + " ".join(chunks)
        c.t("customer", c.v("IBAN", sp))
    return c


def pos_phone():
    c = Case("positive", "")
    k, ph = make_phone()
    digits = re.sub(r"\D", "", ph)
    mode = R.choice(["chat", "call", "call", "split"])
    if mode == "chat":
        c.note = "typed chat: phone number (%s)" % k
        shown = R.choice([ph, ph.replace(" ", ""), ph.replace(" ", "-"), ph.replace("+", "00").replace(" ", " ")])
        c.t("agent", "What's the best number to reach you on?")
        c.t("customer", R.choice(["mob: ", "call me on ", "tel ", "its ", "Phone number - "]), c.v("PHONE", shown),
            R.choice(["", " after 5pm", " thanks"]))
    elif mode == "call":
        c.note = "ASR call: phone number spoken (%s)" % k
        greet(c, R.choice(["telecom", "utilities", "travel", "healthcare billing"]))
        c.t("agent", "and a contact number in case we get cut off")
        groups = ph.split(" ") if " " in ph else ph.split("-")
        words = []
        for gp in groups:
            if gp.startswith("+"):
                words.append("plus " + " ".join(speak(gp[1:], "single")))
            else:
                words.append(" ".join(speak(gp)))
        c.t("customer", R.choice(["yeah it's ", "", "my mobile is ", "best one's "]),
            c.v("PHONE", R.choice([" ", ", ", " ... "]).join(words)))
    else:
        c.note = "ASR call: phone number split over turns, agent read-back (%s)" % k
        g = c.group("PHONE")
        groups = ph.split(" ") if " " in ph else ph.split("-")
        for i, gp in enumerate(groups):
            w = ("plus " + " ".join(speak(gp[1:], "single"))) if gp.startswith("+") else " ".join(speak(gp))
            c.t("customer", (w, g))
            c.t("agent", R.choice(BACK) if i < len(groups) - 1 else "okay so that's ")
        c.turns[-1]["text"] = ""
        c.turns.pop()
        g2 = c.group("PHONE")
        c.t("agent", "okay so that's ", (" ".join(speak(digits, "single", "zero")), g2))
    return c


def pos_email():
    c = Case("positive", "")
    user, dom = make_email()
    mode = R.choice(["chat", "call", "call"])
    if mode == "chat":
        c.note = "typed chat: e-mail address"
        shown = R.choice([user + "@" + dom, (user + "@" + dom).upper() if R.random() < 0.2 else user.title() + "@" + dom])
        c.t("agent", "Which email should we send the confirmation to?")
        c.t("customer", R.choice(["email: ", "send it to ", "", "my email is "]), c.v("EMAIL", shown),
            R.choice(["", " pls", " (not the work one)"]))
    else:
        c.note = "ASR call: e-mail spoken with 'dot' and 'at'"
        greet(c)
        c.t("agent", "what email address would you like the receipt sent to")
        c.t("customer", R.choice(["it's ", "yeah it's ", "", "so it's "]), c.v("EMAIL", speak_email(user, dom)))
        if R.random() < 0.5:
            g = c.group("EMAIL")
            c.t("agent", "so ", (speak_email(user, dom), g), " is that right")
            c.t("customer", "yes")
    return c


def address_text(spoken):
    n = R.randint(1, 240)
    st = R.choice(STREETS)
    flat = R.random() < 0.25
    if spoken:
        if n < 10:
            num = ONES[n]
        elif n < 100:
            num = yy_words(n)
        else:
            num = R.choice([" ".join(speak(str(n), "hundreds")), ONES[n // 100] + " " + yy_words(n % 100)])
        s = ("flat %s, " % ONES[R.randint(1, 9)] if flat else "") + num + " " + st.lower()
    else:
        s = ("Flat %d, " % R.randint(1, 30) if flat else "") + "%d %s" % (n, st)
        if R.random() < 0.3:
            s = s.replace("Street", "St").replace("Road", "Rd").replace("Avenue", "Ave")
    return s


def pos_address():
    c = Case("positive", "")
    uk = R.random() < 0.6
    mode = R.choice(["chat", "call"])
    if mode == "chat":
        c.note = "typed: address with town and postcode/ZIP (town not labelled)"
        c.t("agent", "Could you confirm your address please?")
        pc = make_uk_postcode() if uk else make_zip()
        if uk and R.random() < 0.3:
            pc = pc.lower()
        c.t("customer", c.v("ADDRESS", address_text(False)), ", %s, " % R.choice(TOWNS),
            c.v("POSTCODE", pc))
    else:
        c.note = "ASR call: address and postcode spoken"
        greet(c, R.choice(["utilities", "insurance", "telecom", "government"]))
        c.t("agent", "can you confirm the first line of the address")
        c.t("customer", R.choice(["it's ", "yeah ", ""]), c.v("ADDRESS", address_text(True)),
            R.choice(["", " in %s" % R.choice(TOWNS).lower()]))
        c.t("agent", "and the postcode" if uk else "and the zip code")
        if uk:
            pc = make_uk_postcode()
            c.t("customer", c.v("POSTCODE", " ".join(spell_letters(pc, R.choice([0.0, 0.0, 0.5]))).replace("  ", " ")))
        else:
            c.t("customer", c.v("POSTCODE", " ".join(speak(make_zip().replace("-", ""), "single", "zero", False))))
    return c


def pos_dob():
    c = Case("positive", "")
    spoken = R.random() < 0.6
    c.note = "ASR call: date of birth for ID&V" if spoken else "typed: date of birth"
    if spoken:
        greet(c, R.choice(["healthcare billing", "banking", "insurance", "government"]))
        c.t("agent", "for security can you confirm your date of birth")
        c.t("customer", R.choice(["yeah it's ", "", "um ", "it's "]), c.v("DOB", make_dob_text(True)))
        c.t("agent", "thank you, and your appointment was on the %s of %s yeah" % (ordinal(R.randint(1, 28)),
                                                                               R.choice(MONTHS)))
        c.t("customer", "yes at %s thirty" % ONES[R.randint(1, 9)])
    else:
        c.t("agent", "Please enter your date of birth (DD/MM/YYYY).")
        c.t("customer", R.choice(["DOB ", "d.o.b: ", "", "born "]), c.v("DOB", make_dob_text(False)))
    return c


def pos_full_idv():
    c = Case("positive", "ASR call: full ID&V - name, DOB, address, postcode, phone; amount not labelled")
    greet(c, R.choice(["banking", "utilities", "insurance"]))
    c.t("agent", "before i go any further i need to run through security. date of birth please")
    c.t("customer", c.v("DOB", make_dob_text(True)))
    c.t("agent", "and the first line of your address")
    c.t("customer", c.v("ADDRESS", address_text(True)), ", ", R.choice(TOWNS).lower())
    c.t("agent", "postcode")
    pc = make_uk_postcode()
    c.t("customer", c.v("POSTCODE", " ".join(spell_letters(pc))))
    k, ph = make_phone()
    c.t("agent", "and the phone number on the account")
    c.t("customer", c.v("PHONE", " ".join(speak(re.sub(r"\D", "", ph), "single")) if not ph.startswith("+")
                        else "plus " + " ".join(speak(re.sub(r"\D", "", ph), "single"))))
    c.t("agent", "thanks that's all verified, your balance is %s pounds %s" % (
        " ".join(speak(str(R.randint(100, 999)), "hundreds")), TENS[R.randint(2, 9)]))
    return c


def pos_cvv_expiry():
    c = Case("positive", "ASR call: expiry and CVV read for an already-captured card")
    greet(c, R.choice(["retail", "travel"]))
    c.t("agent", "and the expiry date on the card")
    c.t("customer", R.choice(["", "it's ", "um "]), c.v("EXPIRY", make_expiry_text(True)))
    c.t("agent", "and the last three digits on the signature strip")
    cv = rdig(3)
    c.t("customer", R.choice(["", "it's ", "that's "]), c.v("CVV", " ".join(speak(cv, R.choice(["single", "hundreds"])))))
    return c


POS_PLAN = ([pos_card_chat] * 14 + [pos_card_call_single] * 12 + [pos_card_split] * 10 + [pos_card_restart] * 6 +
            [pos_card_aside] * 6 + [pos_card_email] * 6 + [pos_card_readback_typed_asr] * 6 +
            [pos_ssn] * 30 + [pos_ni] * 30 + [lambda: pos_bank("uk_chat")] * 5 + [lambda: pos_bank("uk_call")] * 5 + [lambda: pos_bank("uk_split")] * 4 +
            [lambda: pos_bank("us_call")] * 4 + [lambda: pos_bank("iban_chat")] * 6 + [lambda: pos_bank("iban_call")] * 6 + [pos_phone] * 16 + [pos_email] * 14 +
            [pos_address] * 14 + [pos_dob] * 10 + [pos_full_idv] * 6 + [pos_cvv_expiry] * 6)


# ---------------------------------------------------------------- negative templates
def neg_cases():
    out = []

    def N(note, *turns):
        c = Case("negative", note)
        for spk, txt in turns:
            c.t(spk, txt)
        out.append(c)

    for _ in range(110):
        k = R.randint(0, 27)
        ind, o = org()
        if k == 0:
            N("balance and payment amount", ("agent", "your current balance is £%s.%02d and the minimum payment is £%d.00" % (
                "{:,}".format(R.randint(1000, 25000)), R.randint(0, 99), R.randint(25, 150))),
              ("customer", "okay can i pay %d quid today" % R.randint(20, 300)))
        elif k == 1:
            num = make_card()
            N("order number spoken like a card reading (Luhn-valid, but labelled order number)",
              ("agent", "can i take the order number please"),
              ("customer", "yeah the order number is " + speak_groups(group_card(num))))
        elif k == 2:
            N("card last four only (no full card in case)",
              ("agent", "i can see a card ending %s on the account, is that the one you want to use" % rdig(4)),
              ("customer", "yeah the one ending in %s" % " ".join(speak(rdig(4), "pairs"))))
        elif k == 3:
            N("ticket reference, long digit string",
              ("customer", "I already raised ticket #%s last week and nobody replied" % rdig(R.choice([9, 12, 16]))),
              ("agent", "Sorry about that, I've escalated ticket INC%s." % rdig(10)))
        elif k == 4:
            N("tracking number",
              ("customer", "where's my parcel? tracking no. 1Z%s%s" % ("".join(R.choice("ABCDEFGHJKLMNPRSTUVWXY") for _ in range(6)), rdig(10))),
              ("agent", "It's out for delivery, expected between %d:00 and %d:00." % (R.randint(8, 11), R.randint(12, 18))))
        elif k == 5:
            N("appointment date and time",
              ("agent", "i've booked your engineer for %s the %s of %s between eight and one" % (
                  R.choice(["monday", "tuesday", "friday"]), ordinal(R.randint(1, 28)), R.choice(MONTHS))),
              ("customer", "great and that's the %d/%02d/%d yeah" % (R.randint(1, 28), R.randint(1, 12), R.randint(2025, 2027))))
        elif k == 6:
            N("opening hours and durations",
              ("customer", "what time do you open"),
              ("agent", "we're open 8am till 8pm monday to friday and nine till five on saturdays, "
                        "you've been waiting about %d minutes sorry" % R.randint(5, 50)))
        elif k == 7:
            mr = rdig(5)
            N("meter reading (5 digits, could look like a ZIP)",
              ("customer", "i want to give a meter reading, it's %s" % R.choice([mr, " ".join(speak(mr))])),
              ("agent", "thanks, reading of %s logged against meter serial %s" % (mr, "E" + rdig(2) + "Z" + rdig(6))))
        elif k == 8:
            N("flight, seat, gate numbers",
              ("agent", "you're on flight %s%d departing %d:%02d from gate %d, seat %d%s" % (
                  R.choice(["EI", "BA", "FR", "LH"]), R.randint(100, 9999), R.randint(5, 22), R.choice([0, 15, 30, 45]),
                  R.randint(1, 120), R.randint(1, 40), R.choice("ABCDEF"))),
              ("customer", "and is that terminal two"))
        elif k == 9:
            pol = rdig(9)
            N("claim number spoken with 9 digits (SSN-shaped but labelled claim number)",
              ("agent", "do you have your claim number"),
              ("customer", "claim number is " + speak_groups([pol[:3], pol[3:5], pol[5:]])))
        elif k == 10:
            N("policy number with label",
              ("customer", "Policy number: POL-%s-%s-%s, renewal due %s" % (rdig(4), rdig(4), rdig(4), R.choice(MONTHS).title())),
              ("agent", "Thanks, your renewal premium is £%d.%02d" % (R.randint(200, 1400), R.randint(0, 99))))
        elif k == 11:
            N("invoice number and amount",
              ("customer", "invoice %d-%s for $%d.%02d looks wrong" % (R.randint(2022, 2026), rdig(6), R.randint(50, 3000), R.randint(0, 99))),
              ("agent", "I'll raise a dispute, reference DSP%s" % rdig(8)))
        elif k == 12:
            N("router serial and model numbers",
              ("agent", "can you read me the serial number on the bottom of the router"),
              ("customer", "serial number %s %s %s, model %s" % (rdig(4), rdig(4), rdig(4), R.choice(["HG-659", "FX 2200", "VR9-AC"]))))
        elif k == 13:
            N("contract dates and years",
              ("agent", "your contract started on the 1st of April %d and ends 31/03/%d" % (R.randint(2018, 2023), R.randint(2024, 2027))),
              ("customer", "i've been with you since %d" % R.randint(1995, 2015)))
        elif k == 14:
            N("age, temperature, percentage",
              ("customer", "my mum's %s years old and the house is only %d degrees, the heating's off" % (
                  " ".join(speak(str(R.randint(70, 95)), "pairs")), R.randint(8, 14))),
              ("agent", "i understand, you're on the priority register and there's %d%% off this month" % R.randint(5, 30)))
        elif k == 15:
            N("road names",
              ("customer", "I broke down on the %s near junction %d, just past the turn for %s" % (
                  R.choice(["M25", "A406", "N7", "M50", "I-95", "Route 66"]), R.randint(1, 30), R.choice(STREETS))),
              ("agent", "Recovery will be with you in about %d minutes." % R.randint(30, 90)))
        elif k == 16:
            N("room number and booking reference",
              ("agent", "you're in room %d, booking reference %s" % (R.randint(100, 1450), "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6)))),
              ("customer", "and check out is eleven"))
        elif k == 17:
            ref = rdig(6)
            N("reference shaped like a sort code, with label",
              ("customer", "the payment reference on my statement is %s-%s-%s" % (ref[:2], ref[2:4], ref[4:])),
              ("agent", "that's our internal transaction reference, nothing to worry about"))
        elif k == 18:
            N("direct debit schedule and amount",
              ("agent", "the direct debit of £%d.%02d will come out on the %s of each month" % (
                  R.randint(20, 200), R.randint(0, 99), ordinal(R.randint(1, 28)))),
              ("customer", "can we move it to the %s" % ordinal(R.randint(1, 28))))
        elif k == 19:
            t = "07" + rdig(9)
            N("ticket number shaped like a UK mobile, with label",
              ("customer", "my fault ticket number is %s" % t),
              ("agent", "thanks, fault ticket %s shows an engineer visit on %s" % (t, R.choice(MONTHS).title())))
        elif k == 20:
            N("transaction ids and counts",
              ("customer", "there are %d transactions I don't recognise, IDs TXN%s and TXN%s" % (R.randint(2, 6), rdig(12), rdig(12))),
              ("agent", "I've flagged both, each for $%d.%02d" % (R.randint(5, 90), R.randint(0, 99))))
        elif k == 21:
            amt = R.randint(100, 999)
            N("price spoken with hundreds",
              ("customer", "the quote was %s pounds and %s pence" % (" ".join(speak(str(amt), "hundreds")), TENS[R.randint(2, 9)])),
              ("agent", "that includes vat at twenty percent"))
        elif k == 22:
            N("card last four in chat, with expiry-looking delivery date",
              ("customer", "The charge on card ending %s on %02d/%02d is not mine" % (rdig(4), R.randint(1, 28), R.randint(1, 12))),
              ("agent", "I've blocked the card ending in those digits and a new one will arrive in 5-7 days."))
        elif k == 23:
            N("speed, data and counts on a telecom call",
              ("agent", "you're getting about %d megabits and you've used %d gig of your %d gig allowance" % (
                  R.randint(20, 900), R.randint(1, 99), R.choice([100, 150, 200]))),
              ("customer", "it says %d devices connected" % R.randint(2, 14)))
        elif k == 24:
            N("patient/billing reference with label and amount",
              ("agent", "your billing reference is %s and the outstanding amount is $%d.%02d" % (
                  "MRN" + rdig(8), R.randint(40, 2000), R.randint(0, 99))),
              ("customer", "my insurance should have covered %d percent of that" % R.choice([70, 80, 90])))
        elif k == 25:
            num = rdig(16)
            N("16-digit gift card serial with label (not a payment card)",
              ("customer", "gift card serial %s %s %s %s, balance says zero" % (num[:4], num[4:8], num[8:12], num[12:])),
              ("agent", "that gift card had a balance of £%d which was used on the %s" % (R.randint(10, 100), ordinal(R.randint(1, 28)))))
        elif k == 26:
            N("vehicle registration and tax period",
              ("customer", "i want to tax my car for %d months" % R.choice([6, 12])),
              ("agent", "the motor tax for %d is €%d for twelve months" % (R.randint(2025, 2026), R.randint(120, 750))))
        else:
            N("pin-like hold music and queue position numbers",
              ("agent", "you are number %s in the queue, estimated wait %d minutes" % (ONES[R.randint(2, 9)], R.randint(3, 40))),
              ("customer", "i've been on hold for %s minutes already" % " ".join(speak(str(R.randint(21, 59)), "pairs"))))
    return out


# ---------------------------------------------------------------- normalisation / validation
NUM_WORDS = {w: str(i) for i, w in enumerate(ONES)}
for z in ("oh", "nought", "zero"):
    NUM_WORDS[z] = "0"
SKIP = set(FILLERS) | {"and", "plus", "dash", "then", "slash"}
NATO_REV = {v: k for k, v in NATO.items()}


def words_to_chars(text, mode):
    """mode: 'num' | 'alnum' | 'email'. Returns normalised string or raises ValueError."""
    toks = re.findall(r"[a-z]+(?:-[a-z]+)?|\d+|[@._+-]", text.lower())
    out, i = [], 0
    nums = dict(NUM_WORDS)
    if mode == "num":
        nums["o"] = "0"

    def unit_at(j):
        return j < len(toks) and toks[j] in ONES[1:]

    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if t.isdigit():
            out.append(t)
        elif mode == "email" and t in (".", "@", "_", "-"):
            out.append(t)
        elif t in "@._+-":
            pass
        elif mode == "email" and t in ("dot", "at", "underscore", "hyphen"):
            out.append({"dot": ".", "at": "@", "underscore": "_", "hyphen": "-"}[t])
        elif t in nums and nxt == "hundred":
            out.append(nums[t])
            i += 2
            if i < len(toks) and toks[i] == "and":
                i += 1
                t2 = toks[i]
                if t2 in TEENS:
                    out.append(str(10 + TEENS.index(t2)))
                elif t2 in TENS[2:]:
                    if unit_at(i + 1):
                        out.append(str(TENS.index(t2)) + NUM_WORDS[toks[i + 1]])
                        i += 1
                    else:
                        out.append(str(TENS.index(t2)) + "0")
                else:
                    out.append("0" + NUM_WORDS[t2])
            else:
                out.append("00")
                continue
        elif t in nums:
            out.append(nums[t])
        elif t in ("double", "triple"):
            i += 1
            w = toks[i]
            ch = nums.get(w, w if len(w) == 1 else None)
            if ch is None:
                raise ValueError("bad double " + w)
            out.append(ch * (2 if t == "double" else 3))
        elif t in TEENS:
            out.append(str(10 + TEENS.index(t)))
        elif t in TENS[2:]:
            if unit_at(i + 1):
                out.append(str(TENS.index(t)) + NUM_WORDS[toks[i + 1]])
                i += 1
            else:
                out.append(str(TENS.index(t)) + "0")
        elif t in SKIP and mode != "email":
            pass
        elif t in FILLERS:
            pass
        elif len(t) == 1 and mode != "num":
            out.append(t)
            if nxt in ("for", "like"):
                i += 2
            elif nxt == "as" and i + 2 < len(toks) and toks[i + 2] == "in":
                i += 3
        elif mode == "alnum" and t in NATO_REV:
            out.append(NATO_REV[t])
        elif mode == "alnum" and t.isalpha():
            out.append(t)  # typed letter run, e.g. "rs" in "rs568975d"
        elif mode == "email":
            out.append(t)
        else:
            raise ValueError("unknown token %r in %r" % (t, text))
        i += 1
    return "".join(out)


UK_PC = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$")
STREET_SUFFIX = r"(road|rd|street|st|avenue|ave|lane|drive|close|way|crescent|place|court|gardens|terrace|grove|row|mews)"


def validate_date(text, typ):
    t = text.lower()
    if re.fullmatch(r"\d{1,2}[/.\- ]+\d{1,2}[/.\- ]+(\d{2}|\d{4})|\d{4}-\d{2}-\d{2}", t):
        return True
    if typ == "EXPIRY" and re.fullmatch(r"\d{2}\s*[/-]\s*(\d{2}|\d{4})", t):
        return True
    has_month = any(m in t or m[:3] in t.split() for m in MONTHS)
    if has_month and re.search(r"\d{2,4}|nineteen|twenty|two thousand", t):
        return True
    digs = words_to_chars(t, "num") if not has_month else ""
    return typ == "EXPIRY" and len(digs) in (4, 6) or typ == "DOB" and len(digs) in (6, 8)


def validate(typ, text, check, expect):
    if check == "last4":
        return re.sub(r"\D", "", text) == expect
    if typ in ("DOB", "EXPIRY"):
        return validate_date(text, typ)
    if typ == "ADDRESS":
        return bool(re.match(r"^(flat \w+, )?([0-9]+|[a-z ]+) ", text.lower())) and \
            bool(re.search(STREET_SUFFIX + r"$", text.lower()))
    if typ == "EMAIL":
        e = words_to_chars(text, "email") if " " in text else text
        return bool(re.fullmatch(r"[a-z0-9._+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+", e.lower()))
    mode = "alnum" if typ in ("NI_NUMBER", "IBAN", "POSTCODE") else "num"
    s = words_to_chars(text, mode).upper()
    if typ == "CARD_NUMBER":
        return s.isdigit() and 13 <= len(s) <= 19 and luhn_ok(s)
    if typ == "CVV":
        return s.isdigit() and len(s) in (3, 4)
    if typ == "SSN":
        return s.isdigit() and len(s) == 9 and s[:3] not in ("000", "666") and s[3:5] != "00" and s[5:] != "0000"
    if typ == "NI_NUMBER":
        return bool(re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", s))
    if typ == "SORT_CODE":
        return s.isdigit() and len(s) == 6
    if typ == "BANK_ACCOUNT":
        return s.isdigit() and 6 <= len(s) <= 17
    if typ == "IBAN":
        return bool(re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s)) and iban_ok(s)
    if typ == "PHONE":
        return s.isdigit() and 10 <= len(s) <= 14
    if typ == "POSTCODE":
        return bool(UK_PC.match(s)) or bool(re.fullmatch(r"\d{5}(\d{4})?", s))
    raise ValueError(typ)


# ---------------------------------------------------------------- build
def build():
    records = []
    plan = list(POS_PLAN)
    R.shuffle(plan)
    for fn in plan:
        records.append(fn().record())
    for c in neg_cases():
        records.append(c.record())
    text = "".join(json.dumps(r, ensure_ascii=False, sort_keys=False) + "\n" for r, _ in records)
    return text, records


def counts(records):
    by = {}
    for r, _ in records:
        for s in r["spans"]:
            by[s["type"]] = by.get(s["type"], 0) + 1
    return by


def check(text, records):
    errs = []
    with open(OUT, encoding="utf-8") as fh:
        if fh.read() != text:
            errs.append("cases.jsonl is not byte-identical to a fresh regeneration")
    ids = [r["id"] for r, _ in records]
    if len(ids) != len(set(ids)):
        errs.append("duplicate ids")
    for r, groups in records:
        occupied = {}
        for s in r["spans"]:
            txt = r["turns"][s["turn"]]["text"]
            a, b = s["start"], s["end"]
            if not (0 <= a < b <= len(txt)):
                errs.append("%s: span out of range" % r["id"])
                continue
            val = txt[a:b]
            first_ok = val[0].isalnum() or (s["type"] == "PHONE" and val[0] == "+")
            if not first_ok or not val[-1].isalnum():
                errs.append("%s: span %r not trimmed to letters/digits" % (r["id"], val))
            if (a > 0 and txt[a - 1].isalnum()) or (b < len(txt) and txt[b].isalnum()):
                errs.append("%s: span %r not on word boundary" % (r["id"], val))
            for (x, y) in occupied.get(s["turn"], []):
                if a < y and x < b:
                    errs.append("%s: overlapping spans" % r["id"])
            occupied.setdefault(s["turn"], []).append((a, b))
        for g in groups.values():
            joined = " ".join(r["turns"][t]["text"][a:b] for t, a, b in g["parts"])
            try:
                ok = validate(g["type"], joined, g["check"], g["expect"])
            except (ValueError, IndexError, KeyError) as e:
                ok = False
                joined += " [%s]" % e
            if not ok:
                errs.append("%s: %s value fails validation: %r" % (r["id"], g["type"], joined))
    by = counts(records)
    npos = sum(1 for r, _ in records if r["kind"] == "positive")
    nneg = len(records) - npos
    need = {"CARD_NUMBER": 70, "SSN": 30, "NI_NUMBER": 30}
    for t in ("CVV", "EXPIRY", "BANK_ACCOUNT", "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"):
        need[t] = 10
    for t, n in need.items():
        if by.get(t, 0) < n:
            errs.append("only %d %s spans (need %d)" % (by.get(t, 0), t, n))
    if npos < 200 or nneg < 100:
        errs.append("too few cases: %d pos %d neg" % (npos, nneg))
    return errs, by, npos, nneg


def main():
    text, records = build()
    if "--check" in sys.argv:
        errs, by, npos, nneg = check(text, records)
        for e in errs[:60]:
            print("ERROR", e)
        print("positive=%d negative=%d spans=%s" % (npos, nneg, json.dumps(by, sort_keys=True)))
        if errs:
            print("CHECK FAILED (%d errors)" % len(errs))
            sys.exit(1)
        print("CHECK OK")
        return
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as fh:
        fh.write(text)
    by = counts(records)
    print("wrote %s: %d cases, spans %s" % (OUT, len(records), json.dumps(by, sort_keys=True)))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Generate the pii_holdout518 held-out PII evaluation set.

Usage:
    python scripts/make_pii_holdout518.py          # (re)write cases.jsonl
    python scripts/make_pii_holdout518.py --check  # regenerate, compare, validate

Standard library only.  Every turn is assembled from plain-text segments and
labelled value segments; offsets are computed, never typed by hand.
"""
import json
import os
import re
import sys
import random

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "fixtures", "pii_holdout518", "cases.jsonl")

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

# ---------------------------------------------------------------- vocab
UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
ORD_UNITS = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"]
ORD_TEENS = ["tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
             "sixteenth", "seventeenth", "eighteenth", "nineteenth"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "f": "foxtrot",
        "g": "golf", "h": "hotel", "i": "india", "j": "juliet", "k": "kilo", "l": "lima",
        "m": "mike", "n": "november", "o": "oscar", "p": "papa", "q": "quebec", "r": "romeo",
        "s": "sierra", "t": "tango", "u": "uniform", "v": "victor", "w": "whiskey",
        "x": "xray", "y": "yankee", "z": "zulu"}
FOLK = {"a": "apple", "b": "bertie", "c": "charlie", "d": "dog", "e": "edward", "h": "harry",
        "j": "jam", "k": "king", "l": "london", "m": "mother", "n": "nellie", "p": "peter",
        "r": "robert", "s": "sugar", "t": "tommy", "w": "william", "x": "xmas", "y": "yellow",
        "z": "zebra", "g": "george"}
FILLERS = ["um", "uh", "er", "erm", "ehm"]

FIRST = ["siobhan", "aoife", "ciaran", "padraig", "niamh", "gareth", "rhys", "morag", "hamish",
         "kirsty", "dean", "shauna", "callum", "bethany", "declan", "mairead", "tom", "priya",
         "yusuf", "agnieszka", "marcus", "denise", "jolene", "bernard", "fiona", "owen"]
LAST = ["o'brien", "mcgrath", "kavanagh", "davies", "pritchard", "macleod", "fitzgerald",
        "okafor", "patel", "kowalski", "hughes", "brennan", "doyle", "sutherland", "walsh",
        "nolan", "campbell", "jones", "reilly", "begum"]
STREETS_UK = ["Elm Road", "Station Road", "Kingsway", "Mill Lane", "Victoria Street", "Church Close",
              "Hawthorn Crescent", "Albert Terrace", "Moorside Drive", "Queens Avenue",
              "Baker Street", "Forge Way", "Ash Grove", "Castle Gardens", "Bridge Street",
              "Tannery Court", "Heol y Nant", "Brae Place"]
STREETS_IE = ["Main Street", "Griffith Avenue", "Ballymun Road", "Oliver Plunkett Street",
              "Sea Road", "Parnell Place", "Castle Park", "Bishop Street"]
STREETS_US = ["Maple Avenue", "Oak Street", "Sunset Boulevard", "Lakeview Drive", "Pine Court",
              "Elm Street", "Washington Avenue", "Cedar Lane"]
TOWNS_UK = ["Leeds", "Cardiff", "Glasgow", "Belfast", "Bristol", "Swansea", "Dundee", "Wigan",
            "Sunderland", "Norwich", "Derry", "Aberdeen"]
TOWNS_IE = ["Cork", "Galway", "Limerick", "Dublin 9", "Sligo", "Athlone", "Waterford"]
TOWNS_US = ["Boston, MA", "Tucson, AZ", "Columbus, OH", "Albany, NY", "Portland, OR", "Tampa, FL"]
DOMAINS = ["gmail.com", "hotmail.co.uk", "yahoo.ie", "outlook.com", "btinternet.com",
           "eircom.net", "icloud.com", "sky.com", "live.ie", "virginmedia.com"]
INDUSTRY = {
    "banking": ("Harbour Bank", "the fraud team"),
    "telecom": ("Northwave Mobile", "customer services"),
    "utilities": ("Brightgrid Energy", "billing"),
    "retail": ("Carraig Home Stores", "online orders"),
    "insurance": ("Shieldline Insurance", "claims"),
    "travel": ("Emerald Skies", "reservations"),
    "healthcare": ("St Brendan's Billing", "patient accounts"),
    "government": ("the Revenue helpline", "PAYE services"),
}


class Gen:
    def __init__(self):
        self.rng = random.Random(518241125)

    # ---------------------------------------------------- basic helpers
    def ch(self, seq):
        return self.rng.choice(seq)

    def p(self, x):
        return self.rng.random() < x

    def digits(self, n):
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    # ---------------------------------------------------- value makers
    def luhn_complete(self, body):
        total = 0
        for i, c in enumerate(reversed(body)):
            d = int(c)
            if i % 2 == 0:
                d *= 2
                if d > 9:
                    d -= 9
            total += d
        return body + str((10 - total % 10) % 10)

    def card(self):
        kind = self.ch(["visa", "visa", "visa", "mc", "mc", "amex", "disc", "maestro", "visa13"])
        if kind == "visa":
            pre, n = "4" + self.digits(1), 16
        elif kind == "mc":
            pre, n = "5" + str(self.rng.randint(1, 5)), 16
        elif kind == "amex":
            pre, n = self.ch(["34", "37"]), 15
        elif kind == "disc":
            pre, n = "6011", 16
        elif kind == "maestro":
            pre, n = self.ch(["6759", "6761", "5018"]), self.ch([18, 19])
        else:
            pre, n = "4", 13
        return self.luhn_complete(pre + self.digits(n - len(pre) - 1))

    def ssn(self):
        area = self.rng.randint(1, 899)
        while area == 666:
            area = self.rng.randint(1, 899)
        return "%03d%02d%04d" % (area, self.rng.randint(1, 99), self.rng.randint(1, 9999))

    def ni(self):
        first = "ABCEGHJKLMNPRSTWXYZ"
        second = "ABCEGHJKLMNPRSTWXYZ"
        while True:
            pre = self.ch(first) + self.ch(second)
            if pre not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
                break
        return pre + self.digits(6) + self.ch("ABCD")

    def iban(self):
        cc = self.ch(["GB", "GB", "IE", "IE", "DE", "FR", "NL"])
        if cc == "GB":
            bban = self.ch(["NWBK", "BARC", "LOYD", "MIDL", "HLFX"]) + self.digits(14)
        elif cc == "IE":
            bban = self.ch(["AIBK", "BOFI", "IPBS", "ULSB"]) + self.digits(14)
        elif cc == "DE":
            bban = self.digits(18)
        elif cc == "FR":
            bban = self.digits(23)
        else:
            bban = self.ch(["ABNA", "RABN", "INGB"]) + self.digits(10)
        rearr = bban + cc + "00"
        num = int("".join(str(int(c, 36)) for c in rearr))
        check = 98 - num % 97
        return cc + "%02d" % check + bban

    def uk_postcode(self):
        area = self.ch(["SW", "M", "B", "LS", "G", "EH", "BT", "CF", "NE", "L", "E", "N", "CR",
                        "BS", "SA", "DD", "AB", "WN", "SR", "NR"])
        district = str(self.rng.randint(1, 29)) if len(area) == 2 else str(self.rng.randint(1, 9))
        unit = self.ch("ABDEFGHJLNPQRSTUWXYZ") + self.ch("ABDEFGHJLNPQRSTUWXYZ")
        return area + district, str(self.rng.randint(0, 9)) + unit

    def eircode(self):
        rk = self.ch(["D02", "D15", "T12", "H91", "V94", "A65", "F91", "R35", "X91", "D6W", "N37"])
        u = "".join(self.ch("0123456789ACDEFHKNPRTVWXY") for _ in range(4))
        return rk, u

    # ---------------------------------------------------- spoken rendering
    def zero_word(self, style):
        return style

    def pair_words(self, two):
        a, b = int(two[0]), int(two[1])
        if a == 1:
            return [TEENS[b]]
        if b == 0:
            return [TENS[a]]
        return [TENS[a], UNITS[b]]

    def say_digits(self, ds, pairs=0.15, hundreds=0.06, fill=0.06, doubles=0.7, zero=None):
        zero = zero or self.ch(["oh", "oh", "nought", "zero", "o"])
        words = []
        i = 0
        n = len(ds)

        def w(d):
            return zero if d == "0" else UNITS[int(d)]
        while i < n:
            d = ds[i]
            run = 1
            while i + run < n and ds[i + run] == d and run < 3:
                run += 1
            if run == 3 and self.p(doubles * 0.8):
                words += [self.ch(["triple", "treble"]), w(d)]
                i += 3
            elif run >= 2 and self.p(doubles):
                words += ["double", w(d)]
                i += 2
            elif i + 2 < n and d != "0" and ds[i + 1:i + 3] != "00" and (ds[i + 1] in "01" or ds[i + 2] != "0") and self.p(hundreds):
                rest = ds[i + 1:i + 3]
                tail = [UNITS[int(rest[1])]] if rest[0] == "0" else self.pair_words(rest)
                words += [UNITS[int(d)], "hundred", "and"] + tail
                i += 3
            elif i + 1 < n and d != "0" and (d == "1" or ds[i + 1] != "0") and self.p(pairs):
                words += self.pair_words(ds[i:i + 2])
                i += 2
            else:
                words.append(w(d))
                i += 1
            if i < n and self.p(fill):
                words.append(self.ch(FILLERS))
        return " ".join(words)

    def say_pairs(self, ds, zero=None):
        """Read a string of even length as two-digit pairs (sort codes, years)."""
        zero = zero or self.ch(["oh", "nought", "zero"])
        out = []
        for k in range(0, len(ds), 2):
            pr = ds[k:k + 2]
            if pr == "00":
                out += ["double", zero]
            elif pr[0] == "0":
                out += [zero, UNITS[int(pr[1])]]
            elif pr[1] == "0":
                out += [TENS[int(pr[0])]] if pr[0] != "1" else ["ten"]
            else:
                out += self.pair_words(pr)
        return " ".join(out)

    def say_letter(self, c, mode=None):
        c = c.lower()
        mode = mode or self.ch(["plain", "plain", "nato", "folk"])
        if c == "o" and mode == "plain":
            mode = "nato"
        if mode == "folk" and c in FOLK:
            return "%s for %s" % (c, FOLK[c])
        if mode in ("nato", "folk"):
            return "%s %s %s" % (c, self.ch(["for", "for", "as in"]), NATO[c])
        return c

    def say_alnum(self, s, **kw):
        out = []
        buf = ""
        mode = self.ch(["plain", "nato", "folk", None])
        for c in s:
            if c.isdigit():
                buf += c
            else:
                if buf:
                    out.append(self.say_digits(buf, **kw))
                    buf = ""
                out.append(self.say_letter(c, mode))
        if buf:
            out.append(self.say_digits(buf, **kw))
        return " ".join(out)

    def group(self, ds, sizes, sep):
        out, i = [], 0
        for s in sizes:
            if i >= len(ds):
                break
            out.append(ds[i:i + s])
            i += s
        if i < len(ds):
            out.append(ds[i:])
        return sep.join(out)

    def chunks(self, ds, k):
        """Split ds into k roughly-equal chunks with random cut points."""
        cuts = sorted(self.rng.sample(range(2, len(ds) - 1), k - 1))
        parts, prev = [], 0
        for c in cuts + [len(ds)]:
            parts.append(ds[prev:c])
            prev = c
        return [x for x in parts if x]

    def ordinal(self, n):
        if n < 10:
            return ORD_UNITS[n]
        if n < 20:
            return ORD_TEENS[n - 10]
        if n % 10 == 0:
            return {20: "twentieth", 30: "thirtieth"}[n]
        return TENS[n // 10] + " " + ORD_UNITS[n % 10]

    def say_year(self, y):
        if y >= 2000:
            r = y - 2000
            if r == 0:
                return "two thousand"
            if self.p(0.5):
                return "two thousand and " + (" ".join(self.pair_words("%02d" % r)) if r >= 10 else UNITS[r])
            return "twenty " + self.say_pairs("%02d" % r)
        return "nineteen " + self.say_pairs("%02d" % (y - 1900))


# ------------------------------------------------------------------ case build

class Case:
    def __init__(self, cid, kind, note):
        self.cid, self.kind, self.note = cid, kind, note
        self.turns = []  # list of (speaker, parts)
        self.groups = {}

    def add(self, speaker, *parts):
        self.turns.append((speaker, parts))
        return self

    def build(self):
        turns, spans, meta = [], [], []
        for ti, (sp, parts) in enumerate(self.turns):
            text = ""
            for part in parts:
                if isinstance(part, str):
                    text += part
                else:
                    typ, val = part[0], part[1]
                    grp = part[2] if len(part) > 2 else None
                    s = len(text)
                    text += val
                    spans.append({"turn": ti, "start": s, "end": len(text), "type": typ})
                    meta.append(grp)
            turns.append({"speaker": sp, "text": text})
        rec = {"id": self.cid, "kind": self.kind, "turns": turns, "spans": spans, "note": self.note}
        return rec, meta


def V(typ, text, grp=None):
    return (typ, text, grp)


BACKCH = ["mhm", "go on", "yep", "okay", "right", "yeah go on", "uh huh", "grand, go on",
          "lovely", "sorry, and then?", "got that, next bit", "mm hm"]


def main_cases(g):
    cases = []
    counter = {"pos": 0, "neg": 0}

    def new(kind, note):
        counter[kind[:3]] += 1
        c = Case("h518-%s-%03d" % (kind[:3], counter[kind[:3]]), kind, note)
        cases.append(c)
        return c

    ind = lambda: g.ch(list(INDUSTRY))

    # ---------------------------------------------------------- CARD cases
    for k in range(62):
        card = g.card()
        style = k % 6
        company, dept = INDUSTRY[ind()]
        if style == 0:
            sep = g.ch([" ", "-", "", " ", "."])
            sizes = g.ch([[4, 4, 4, 4, 3], [4, 6, 5], [5, 5, 5, 4], [3, 3, 3, 3, 3, 4], [4, 4, 4, 4]])
            txt = g.group(card, sizes, sep)
            lab = g.ch(["card no: ", "Card number - ", "CC#", "my card is ", "card: ", "long number "])
            c = new("positive", "typed chat card number, odd grouping")
            c.add("agent", "Thanks for contacting %s. How can I help?" % company)
            c.add("customer", "hi want to pay my bill, %s" % lab, V("CARD_NUMBER", txt), g.ch(["", " thanks", " x", "."]))
            if g.p(0.8):
                cvv = g.digits(4 if card[:2] in ("34", "37") else 3)
                mm, yy = g.rng.randint(1, 12), g.rng.randint(27, 31)
                exp = g.ch(["%02d/%d" % (mm, yy), "%02d/20%d" % (mm, yy), "%d/%d" % (mm, yy), "%02d-%d" % (mm, yy)])
                c.add("customer", g.ch(["exp ", "expiry ", "Exp date: ", "valid thru "]), V("EXPIRY", exp),
                      g.ch([" cvv ", " and sec code ", ", CVC: ", " security no "]), V("CVV", cvv))
        elif style in (1, 2):
            zero = g.ch(["oh", "nought", "zero", "o"])
            parts = g.chunks(card, g.ch([2, 3, 4]))
            c = new("positive", "ASR card reading split over turns with back-channels")
            c.add("agent", g.ch(["okay and the long number across the front of the card when you're ready",
                                 "can i take the card number please", "right go ahead with the long number, all the digits"]))
            for j, pt in enumerate(parts):
                lead = g.ch(["", "it's ", "um ", "okay "]) if j == 0 else g.ch(["", "then ", "and ", "uh "])
                c.add("customer", lead, V("CARD_NUMBER", g.say_digits(pt, zero=zero, fill=0.1), "card"),
                      g.ch(["", "", " yeah", " that's it" if j == len(parts) - 1 else ""]))
                if j < len(parts) - 1:
                    c.add("agent", g.ch(BACKCH))
            if style == 2:
                c.add("agent", "let me just read that back, ", V("CARD_NUMBER", g.say_digits(card, pairs=0, hundreds=0, fill=0, zero=zero), "rb"), ", is that right")
                c.add("customer", g.ch(["yes", "yeah that's it", "correct", "spot on"]))
        elif style == 3:
            zero = g.ch(["oh", "nought"])
            bad = g.say_digits(card[:g.rng.randint(2, 4)], pairs=0, hundreds=0, fill=0, zero=zero)
            c = new("positive", "ASR card with false start and restart (false start of <=4 digits unlabelled)")
            c.add("agent", "what's the card number on the %s account" % g.ch(["gas", "broadband", "mobile", "home insurance"]))
            c.add("customer", "%s... %s " % (bad, g.ch(["no sorry hang on, i'll start again,", "sorry wrong card, it's", "wait let me get my glasses on, right"])),
                  V("CARD_NUMBER", g.say_digits(card, zero=zero, fill=0.12, pairs=0.25, hundreds=0.1)))
            if g.p(0.85):
                mm, yy = g.rng.randint(1, 12), g.rng.randint(26, 32)
                exps = g.ch([g.say_pairs("%02d" % mm, zero=zero) + " " + g.say_pairs("%02d" % yy),
                             MONTHS[mm - 1] + " " + g.say_pairs("%02d" % yy),
                             MONTHS[mm - 1] + " twenty " + g.say_pairs("%02d" % yy)])
                c.add("agent", "and the expiry")
                c.add("customer", g.ch(["", "it's ", "expires "]), V("EXPIRY", exps))
                c.add("agent", "and the three digits on the back")
                c.add("customer", V("CVV", g.say_digits(g.digits(3), pairs=0, hundreds=0.2, fill=0)))
        elif style == 4:
            c = new("positive", "ASR card with aside in the middle of the reading; agent confirms last four")
            parts = g.chunks(card, 2)
            aside = g.ch(["hold on the dog's barking", "sorry my son's shouting", "hang on the bus is going past",
                          "can you hear me? the signal's bad here in the kitchen"])
            c.add("agent", "whenever you're ready with the card number")
            c.add("customer", V("CARD_NUMBER", g.say_digits(parts[0]), "c"), ", %s, " % aside, V("CARD_NUMBER", g.say_digits(parts[1]), "c"))
            c.add("agent", "thank you, and card ending ", V("CARD_NUMBER", g.say_digits(card[-4:], pairs=0, hundreds=0, fill=0), "last4"), " yeah")
            c.add("customer", "yep")
        else:
            c = new("positive", "email-style card + card-ending mention after full card")
            txt = g.group(card, g.ch([[4, 4, 4, 4, 3], [4, 6, 5, 4]]), g.ch([" ", "  ", "-"]))
            c.add("customer", "Dear %s,\nPlease charge the renewal to my card %s" % (company, g.ch(["", "(visa) "])),
                  V("CARD_NUMBER", txt), *[x if isinstance(x, str) else V("CARD_NUMBER", card[-4:], "last4") for x in
                    g.ch([(" (the one ending ", 0, ") not the old one."), (" - yes the card ending ", 0, ", not the debit card.")])])
            c.add("agent", "Thank you, the renewal of £%d.%02d will be taken on %d %s."
                  % (g.rng.randint(80, 900), g.rng.randint(0, 99), g.rng.randint(1, 28), g.ch(["May", "June", "July"])))

    # ---------------------------------------------------------- SSN (US)
    for k in range(32):
        s = g.ssn()
        c = new("positive", "US SSN")
        st = k % 4
        if st == 0:
            sep = g.ch(["-", " ", "", "."])
            txt = s[:3] + sep + s[3:5] + sep + s[5:] if sep != "" or g.p(0.5) else s
            c.add("agent", "To verify, please provide your Social Security number.")
            c.add("customer", g.ch(["ssn ", "SSN: ", "social is ", "its "]), V("SSN", txt), g.ch(["", " thx", "."]))
        elif st == 1:
            c.add("agent", "can i get the last four, actually no, i need the full social for this one")
            c.add("customer", "okay it's ", V("SSN", g.say_digits(s, fill=0.1, pairs=0.2), "s"))
            c.add("agent", "so that's ", V("SSN", g.say_digits(s[:3], pairs=0, hundreds=0, fill=0) + ", " + g.say_digits(s[3:5], pairs=0, fill=0) + ", " + g.say_digits(s[5:], pairs=0, fill=0), "rb"))
            c.add("customer", "yes ma'am")
        elif st == 2:
            a, b, cc = s[:3], s[3:5], s[5:]
            c.add("agent", "social security number for the %s claim please" % g.ch(["medicare billing", "auto", "payroll", "tax"]))
            c.add("customer", V("SSN", g.say_digits(a, hundreds=0.4), "s"))
            c.add("agent", g.ch(BACKCH))
            c.add("customer", V("SSN", g.say_digits(b, pairs=0.5), "s"))
            c.add("agent", g.ch(BACKCH))
            c.add("customer", V("SSN", g.say_digits(cc, pairs=0.4, hundreds=0.2), "s"), g.ch(["", " and that's it"]))
        else:
            c.add("customer", "My SSN is ", V("SSN", "%s-%s-%s" % (s[:3], s[3:5], s[5:])), " and my date of birth is ",
                  V("DOB", "%02d/%02d/%d" % (g.rng.randint(1, 12), g.rng.randint(1, 28), g.rng.randint(1940, 2004))),
                  ", please update the W-2 mailing.")

    # ---------------------------------------------------------- NI numbers
    for k in range(36):
        ni = g.ni()
        st = k % 5
        c = new("positive", "UK National Insurance number")
        if st == 0:
            txt = g.ch([ni, ni.lower(), "%s %s %s %s %s" % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8]),
                        "%s%s %s" % (ni[:2], ni[2:8], ni[8]), "%s-%s-%s" % (ni[:2], ni[2:8], ni[8])])
            c.add("agent", "Hi, you're through to %s. Could you confirm your NI number?" % g.ch(["the DWP webchat", "HMRC PAYE", "the payroll team"]))
            c.add("customer", g.ch(["NI no: ", "nino ", "ni number is ", "NINO - ", "national insurance "]), V("NI_NUMBER", txt))
        elif st == 1:
            c.add("agent", "and your national insurance number")
            c.add("customer", g.ch(["it's ", "aye it's ", "right so it's "]), V("NI_NUMBER", g.say_alnum(ni, fill=0.08)))
        elif st == 2:
            c.add("agent", "can i take your national insurance please")
            c.add("customer", V("NI_NUMBER", g.say_letter(ni[0], "nato") + " " + g.say_letter(ni[1], "nato"), "n"))
            c.add("agent", g.ch(BACKCH))
            c.add("customer", V("NI_NUMBER", g.say_digits(ni[2:8], pairs=0.35, zero=g.ch(["nought", "oh"])), "n"))
            c.add("agent", "and the letter at the end")
            c.add("customer", V("NI_NUMBER", g.say_letter(ni[8], g.ch(["plain", "nato"])), "n"))
            c.add("agent", "lovely so ", V("NI_NUMBER", g.say_alnum(ni, pairs=0, hundreds=0, fill=0), "rb"))
        elif st == 3:
            c.add("customer", "%s %s, ni " % (g.ch(FIRST), g.ch(LAST)), V("NI_NUMBER", g.say_letter(ni[0], "plain") + " " + g.say_letter(ni[1], "plain") + " " + g.say_pairs(ni[2:8]) + " " + g.say_letter(ni[8], "plain")),
                  ", postcode ", V("POSTCODE", " ".join(g.uk_postcode())))
        else:
            c.add("customer", "i'm ringing about my pension credit, my national insurance is ",
                  V("NI_NUMBER", g.say_letter(ni[0]) + " " + g.say_letter(ni[1]) + " " + g.say_digits(ni[2:5], fill=0.1) + ", um, " + g.say_digits(ni[5:8]) + " " + g.say_letter(ni[8])))
            c.add("agent", "thank you, and your date of birth")
            d, m, y = g.rng.randint(1, 28), g.rng.randint(1, 12), g.rng.randint(1938, 1962)
            c.add("customer", V("DOB", g.ch(["the %s of %s %s" % (g.ordinal(d), MONTHS[m - 1], g.say_year(y)),
                                              "%s %s %s" % (g.ordinal(d), MONTHS[m - 1], g.say_year(y))]).replace("the ", "", 1)))

    # ---------------------------------------------------------- sort code + account
    for k in range(24):
        sc, acct = g.digits(6), g.digits(8)
        st = k % 4
        c = new("positive", "UK/NI sort code and account number")
        if st == 0:
            sct = g.ch(["%s-%s-%s" % (sc[:2], sc[2:4], sc[4:]), sc, "%s %s %s" % (sc[:2], sc[2:4], sc[4:]), "%s.%s.%s" % (sc[:2], sc[2:4], sc[4:])])
            c.add("customer", g.ch(["s/c ", "sort code: ", "Sort ", "SC "]), V("SORT_CODE", sct),
                  g.ch([" acct no: ", ", a/c ", " account number ", " acc# "]), V("BANK_ACCOUNT", g.ch([acct, acct[:4] + " " + acct[4:]])))
            c.add("agent", "Thanks, I've set up the direct debit for your %s account." % g.ch(["water", "electricity", "broadband"]))
        elif st == 1:
            c.add("agent", "what's the sort code")
            c.add("customer", V("SORT_CODE", g.say_pairs(sc)))
            c.add("agent", "and the account number")
            c.add("customer", V("BANK_ACCOUNT", g.say_digits(acct[:4], pairs=0.3), "a"))
            c.add("agent", g.ch(BACKCH))
            c.add("customer", V("BANK_ACCOUNT", g.say_digits(acct[4:], pairs=0.3), "a"))
            c.add("agent", "so account ", V("BANK_ACCOUNT", g.say_digits(acct, pairs=0, hundreds=0, fill=0), "rb"), ", sort code ", V("SORT_CODE", g.say_pairs(sc)))
        elif st == 2:
            c.add("customer", "sort code's ", V("SORT_CODE", g.say_digits(sc, pairs=0, zero="nought", doubles=0.9)),
                  " and the account is ", V("BANK_ACCOUNT", g.say_digits(acct[:3], pairs=0) + ", " + g.say_digits(acct[3:6], pairs=0) + ", " + g.say_digits(acct[6:], pairs=0)))
        else:
            acct_us = g.digits(g.ch([9, 10, 12]))
            c.add("customer", "routing is fine it's the checking acct no: ", V("BANK_ACCOUNT", acct_us), " that changed")
            c.add("agent", "Got it, account ending %s is now on file." % acct_us[-4:])

    # ---------------------------------------------------------- IBAN
    for k in range(14):
        ib = g.iban()
        c = new("positive", "IBAN (%s)" % ib[:2])
        if k % 2 == 0:
            txt = g.ch([" ".join(ib[i:i + 4] for i in range(0, len(ib), 4)), ib, ib.lower()])
            c.add("customer", g.ch(["IBAN: ", "iban ", "please refund to IBAN "]), V("IBAN", txt), g.ch(["", " BIC to follow", "."]))
        else:
            half = len(ib) // 2
            c.add("agent", "go ahead with the iban")
            c.add("customer", V("IBAN", g.say_alnum(ib[:half], fill=0.05), "i"))
            c.add("agent", g.ch(BACKCH))
            c.add("customer", V("IBAN", g.say_alnum(ib[half:], fill=0.05), "i"))

    # ---------------------------------------------------------- phones
    for k in range(26):
        st = k % 6
        c = new("positive", "phone number")
        if st == 0:
            mob = "07" + g.digits(9)
            c.add("customer", "best number is ", V("PHONE", g.say_digits(mob, zero=g.ch(["oh", "nought", "o"]), pairs=0.1)))
            c.add("agent", "so ", V("PHONE", g.say_digits(mob[:5], pairs=0, fill=0) + ", " + g.say_digits(mob[5:], pairs=0, fill=0)), " yeah")
        elif st == 1:
            mob = "7" + g.digits(9)
            txt = g.ch(["+44 %s %s" % (mob[:4], mob[4:]), "+44 (0)%s %s" % (mob[:4], mob[4:]), "0044%s" % mob, "+44-%s-%s" % (mob[:4], mob[4:])])
            c.add("customer", g.ch(["mob: ", "Tel ", "ring me on ", "contact no. "]), V("PHONE", txt))
        elif st == 2:
            land = g.ch(["020", "0161", "0113", "029", "0141", "028"])
            rest = g.digits(11 - len(land))
            c.add("agent", "and a landline in case we can't get you on the mobile")
            c.add("customer", V("PHONE", g.say_digits(land, pairs=0) , "p"), ", ", g.ch(["then", "and then"]), " ", V("PHONE", g.say_digits(rest, pairs=0.2), "p"))
        elif st == 3:
            m = "8" + g.ch(["3", "5", "6", "7", "9"]) + g.digits(7)
            c.add("customer", "you can get me on ", V("PHONE", g.ch(["plus three five three ", "double oh three five three "]) + g.say_digits(m, zero="oh")))
            c.add("agent", "is that an irish mobile")
            c.add("customer", "it is yeah, or the local one ", V("PHONE", g.say_digits("0" + m, zero=g.ch(["oh", "zero"]))))
        elif st == 4:
            us = str(g.rng.randint(201, 989)) + str(g.rng.randint(200, 999)) + g.digits(4)
            txt = g.ch(["(%s) %s-%s" % (us[:3], us[3:6], us[6:]), "%s.%s.%s" % (us[:3], us[3:6], us[6:]), "+1 %s %s %s" % (us[:3], us[3:6], us[6:])])
            c.add("customer", "cell is ", V("PHONE", txt), ", text is fine")
        else:
            mob = "07" + g.digits(9)
            c.add("agent", "what number are you calling from")
            c.add("customer", V("PHONE", g.say_digits(mob[:5], zero="oh"), "p"))
            c.add("agent", g.ch(BACKCH))
            c.add("customer", V("PHONE", g.say_digits(mob[5:], zero="oh", fill=0.15), "p"))

    # ---------------------------------------------------------- emails
    for k in range(16):
        fn, ln = g.ch(FIRST).replace("'", ""), g.ch(LAST).replace("'", "")
        dom = g.ch(DOMAINS)
        num = str(g.rng.randint(1, 99)) if g.p(0.4) else ""
        local = g.ch(["%s.%s" % (fn, ln), "%s%s" % (fn[0], ln), "%s_%s%s" % (fn, ln, num), "%s%s" % (ln, num)])
        c = new("positive", "email address")
        if k % 2 == 0:
            em = local + "@" + dom
            em = g.ch([em, em.capitalize(), em.upper() if g.p(0.2) else em])
            c.add("customer", g.ch(["email: ", "my email is ", "e-mail ", "send it to "]), V("EMAIL", em), g.ch(["", " pls", ", ta"]))
        else:
            def say_local(s):
                out = []
                for part in re.split(r"([._])", s):
                    if part == ".":
                        out.append("dot")
                    elif part == "_":
                        out.append("underscore")
                    elif part.isdigit():
                        out.append(g.say_digits(part, pairs=0.5, fill=0))
                    elif part:
                        out.append(part if g.p(0.7) else " ".join(g.say_letter(x, "plain") for x in part if x != "o") if "o" not in part else part)
                return " ".join(out)
            spoken = say_local(local) + " at " + " dot ".join(dom.split("."))
            c.add("agent", "and an email for the confirmation")
            c.add("customer", g.ch(["it's ", "yeah it's ", ""]), V("EMAIL", spoken))

    # ---------------------------------------------------------- DOB
    for k in range(14):
        d, m, y = g.rng.randint(1, 28), g.rng.randint(1, 12), g.rng.randint(1935, 2006)
        c = new("positive", "date of birth")
        forms = ["%02d/%02d/%d" % (d, m, y), "%d %s %d" % (d, MONTHS[m - 1].capitalize(), y),
                 "%s %d, %d" % (MONTHS[m - 1].capitalize(), d, y), "%02d.%02d.%02d" % (d, m, y % 100),
                 "%d-%02d-%02d" % (y, m, d),
                 "the %s of %s %s" % (g.ordinal(d), MONTHS[m - 1], g.say_year(y)),
                 "%s %s" % (g.say_digits("%02d%02d" % (d, m), pairs=0, zero="oh"), g.say_pairs("%02d" % (y % 100)))]
        f = g.ch(forms)
        if f.startswith("the "):
            f = f[4:]
            lead = "it's the "
        else:
            lead = g.ch(["DOB ", "dob: ", "born ", "date of birth is "])
        c.add("agent", "can you confirm your date of birth")
        c.add("customer", lead, V("DOB", f))

    # ---------------------------------------------------------- addresses + postcodes
    for k in range(22):
        st = k % 4
        c = new("positive", "address and postcode")
        if st == 0:
            n = g.rng.randint(1, 240)
            street = g.ch(STREETS_UK)
            a, b = g.uk_postcode()
            town = g.ch(TOWNS_UK)
            c.add("customer", "moving house, new address is ", V("ADDRESS", g.ch(["%d %s" % (n, street), "Flat %d, %d %s" % (g.rng.randint(1, 30), n, street), "%d%s %s" % (n, g.ch(["a", "b"]), street)])),
                  ", %s, " % town, V("POSTCODE", g.ch(["%s %s" % (a, b), a + b, ("%s %s" % (a, b)).lower()])))
        elif st == 1:
            n = g.rng.randint(1, 99)
            street = g.ch(STREETS_IE)
            rk, u = g.eircode()
            c.add("agent", "and the address for the meter")
            c.add("customer", V("ADDRESS", g.ch(["%s %s" % (" ".join(g.pair_words("%02d" % n)) if n >= 10 else UNITS[n], street.lower()),
                                                  "apartment %s, %s" % (UNITS[g.rng.randint(1, 9)], street.lower())]).replace("zero ", "")),
                  ", %s" % g.ch(TOWNS_IE).lower())
            c.add("agent", "and the eircode")
            c.add("customer", V("POSTCODE", g.say_alnum(rk + u, zero="oh", pairs=0, hundreds=0)))
        elif st == 2:
            n = g.rng.randint(100, 9999)
            zipc = g.digits(5) if g.p(0.6) else g.digits(5) + "-" + g.digits(4)
            c.add("customer", "ship to ", V("ADDRESS", "%d %s" % (n, g.ch(STREETS_US))), ", Apt %d, %s " % (g.rng.randint(1, 20), g.ch(TOWNS_US)), V("POSTCODE", zipc))
        else:
            a, b = g.uk_postcode()
            c.add("agent", "what's the postcode there")
            c.add("customer", V("POSTCODE", g.say_alnum(a, pairs=0, hundreds=0), "pc"))
            c.add("agent", g.ch(BACKCH))
            c.add("customer", V("POSTCODE", g.say_alnum(b, pairs=0, hundreds=0), "pc"))
            c.add("agent", "and the first line of the address")
            n = g.rng.randint(1, 199)
            c.add("customer", V("ADDRESS", "%s %s" % (g.say_digits(str(n), pairs=0.5, hundreds=0.5, fill=0, doubles=0), g.ch(STREETS_UK).lower())))

    # ---------------------------------------------------------- UK/IE mixed calls
    for k in range(14):
        c = new("positive", "UK/IE mixed call: correction in sort code, unusual groupings")
        sc, acct = g.digits(6), g.digits(8)
        if k % 2 == 0:
            sc = g.ch(["90", "93", "98", "99"]) + sc[2:]
            mob = "08" + g.ch("35679") + g.digits(7)
            rk, u = g.eircode()
            c.add("agent", "grand, and the sort code for the bank of ireland account")
            wrong = g.say_pairs(g.digits(2))
            c.add("customer", "%s, no sorry, " % wrong, V("SORT_CODE", (g.say_pairs(sc[:2]) if sc[1] != "0" else g.say_digits(sc[:2], pairs=0, zero="oh")) + ", " + g.say_digits(sc[2:], pairs=0, doubles=0.9, zero="oh")))
            c.add("agent", "and account")
            c.add("customer", V("BANK_ACCOUNT", g.say_digits(acct[:2], pairs=0) + " " + g.say_digits(acct[2:5], hundreds=0.6) + " " + g.say_digits(acct[5:], pairs=0.5)))
            c.add("customer", g.ch(["and the mobile is ", "text me on "]), V("PHONE", g.ch(["%s %s %s" % (mob[:3], mob[3:6], mob[6:]), "%s-%s" % (mob[:3], mob[3:])])),
                  ", eircode ", V("POSTCODE", g.ch(["%s %s" % (rk, u), rk + u, (rk + " " + u).lower()])))
        else:
            land = g.ch(["0113", "0114", "0121", "0131", "0141", "0151", "0161", "0191"]) + g.digits(7)
            c.add("agent", "right, and the account number for the refund")
            c.add("customer", V("BANK_ACCOUNT", g.say_digits(acct[:4], zero="nought", doubles=1.0), "a"),
                  g.ch([" - hang on, reading it off the statement - ", ", er, ", ", wait, "]), V("BANK_ACCOUNT", g.say_digits(acct[4:], zero="nought", doubles=1.0, pairs=0.4), "a"))
            c.add("agent", "and the sort code please")
            c.add("customer", V("SORT_CODE", "%s-%s%s-%s" % (sc[:1], sc[1:3], sc[3], sc[4:]) if g.p(0.3) else g.say_digits(sc[:3], pairs=0) + ", " + g.say_digits(sc[3:], pairs=0, zero="nought")))
            c.add("agent", "and is ", V("PHONE", g.say_digits(land, pairs=0, fill=0, zero="oh")), " still the best number")
            c.add("customer", g.ch(["aye", "yes love", "it is, aye"]))

    # ---------------------------------------------------------- negatives
    negs = [
        lambda: ("order number long digits", [("agent", "your order number is %s, keep that for the returns form" % g.group(g.card(), [4, 4, 4, 4], " "))]),
        lambda: ("reference read like a card", [("agent", "okay the reference for today's call is %s" % g.say_digits(g.digits(16), pairs=0, hundreds=0, fill=0)), ("customer", "hang on let me write that down")]),
        lambda: ("card ending mention only", [("customer", "it's the visa ending %s" % g.ch([g.digits(4), g.say_digits(g.digits(4), pairs=0.3, fill=0)])), ("agent", "perfect, that card ending's been charged £%d.%02d" % (g.rng.randint(5, 300), g.rng.randint(0, 99)))]),
        lambda: ("balance and amounts", [("customer", "why is my balance %s" % g.ch(["£1,204.67", "four hundred and twelve pounds", "€2,118.09", "two thousand and forty euro"])), ("agent", "there's an overdue charge of £%d.%02d plus %d%% interest" % (g.rng.randint(10, 99), g.rng.randint(0, 99), g.rng.randint(2, 30)))]),
        lambda: ("meter reading spoken", [("agent", "can i have the meter reading"), ("customer", "%s" % g.say_digits(g.digits(6), zero="nought")), ("agent", "and the night rate reading"), ("customer", g.say_digits("0" + g.digits(5), zero="oh"))]),
        lambda: ("opening hours and times", [("agent", "we're open %s, and the engineer will come between %s" % (g.ch(["eight till eight monday to friday", "9am to 5.30pm", "nine to half five"]), g.ch(["ten and two", "08:00 and 12:00", "half twelve and four"])))]),
        lambda: ("flight seat gate numbers", [("agent", "you're on %s%d, seat %d%s, boarding from gate %d at %02d:%02d" % (g.ch(["EI", "FR", "BA", "AA"]), g.rng.randint(100, 9999), g.rng.randint(1, 40), g.ch("ABCDEF"), g.rng.randint(1, 120), g.rng.randint(5, 22), g.ch([0, 15, 30, 45])))]),
        lambda: ("policy number with label", [("customer", "policy number %s" % g.ch(["POL-%s" % g.digits(9), "hp%s" % g.digits(8), g.say_digits(g.digits(10), zero="nought")])), ("agent", "thanks, that policy renews on %d %s" % (g.rng.randint(1, 28), g.ch(["march", "august", "november"])))]),
        lambda: ("claim ticket invoice numbers", [("agent", "the claim reference is CLM%s and your ticket is #%s" % (g.digits(8), g.digits(7))), ("customer", "and the invoice was %s" % g.ch(["INV-" + g.digits(6), g.say_digits(g.digits(9), pairs=0.3)]))]),
        lambda: ("tracking and serial numbers", [("agent", "tracking number 1Z%s%s, and the router serial is %s" % (g.digits(3), g.digits(13), "SN" + g.digits(12)))]),
        lambda: ("model numbers", [("customer", "it's the %s model, %s" % (g.ch(["KD-55X85J", "WM-1470", "HX%s" % g.digits(4)]), g.ch(["bought in 2019", "about six years old"])))]),
        lambda: ("ages temperatures durations counts", [("customer", "my mam's %s and the heating's been off %s, it's %s degrees in here" % (g.ch(["eighty two", "91", "seventy six"]), g.ch(["three days", "forty eight hours", "since tuesday"]), g.ch(["twelve", "nine", "14"]))), ("agent", "i'm sorry, that's been %d minutes on hold too" % g.rng.randint(10, 59))]),
        lambda: ("appointment and payment dates", [("agent", "your appointment is on %s and the direct debit comes out on the %s" % (g.ch(["%02d/%02d/2026" % (g.rng.randint(1, 28), g.rng.randint(1, 12)), "the fourteenth of march", "tuesday the 3rd"]), g.ordinal(g.rng.randint(1, 28))))]),
        lambda: ("contract date and years", [("customer", "i've been with you since %s and the contract ends %s" % (g.ch(["2011", "twenty fourteen", "nineteen ninety nine"]), g.ch(["in june 2027", "on 31/01/2027", "next april"])))]),
        lambda: ("road names and junctions", [("customer", "the van's stuck on the %s near junction %d, then it's %s" % (g.ch(["M50", "A40", "N7", "I-95", "M62"]), g.rng.randint(1, 30), g.ch(["station road", "the high street", "down by the quays"])))]),
        lambda: ("room numbers and counts", [("agent", "you're in room %d for %d nights, %d adults" % (g.rng.randint(100, 999), g.rng.randint(1, 14), g.rng.randint(1, 4)))]),
        lambda: ("account reference said like sort code", [("agent", "the booking reference is %s" % g.say_pairs(g.digits(6))), ("customer", "right, %s" % g.ch(["got it", "ta", "cheers"]))]),
        lambda: ("long account reference on bill", [("customer", "it says customer reference %s on the top of the bill" % g.digits(g.ch([11, 12, 14]))), ("agent", "and the amount due is £%d.%02d" % (g.rng.randint(20, 400), g.rng.randint(0, 99)))]),
        lambda: ("percentages data usage", [("agent", "you've used %d%% of your %dGB, that's %s" % (g.rng.randint(1, 99), g.ch([10, 50, 100]), g.ch(["eighty two gig", "4.7 gigabytes"])))]),
        lambda: ("prices spoken", [("customer", "it was %s in the shop and %s online" % (g.ch(["ninety nine ninety nine", "four nine nine", "€349"]), g.ch(["three hundred and twelve", "$219.00"])))]),
        lambda: ("extension and queue numbers", [("agent", "if you get cut off ask for extension %d, you were number %d in the queue" % (g.rng.randint(2000, 4999), g.rng.randint(2, 40)))]),
        lambda: ("MPRN/MPAN meter point reference with label", [("customer", "the MPRN is %s" % g.ch(["10" + g.digits(9), g.say_digits("10" + g.digits(9), pairs=0.2)])), ("agent", "thank you, the MPRN matches")]),
    ]
    k = 0
    while counter["neg"] < 110:
        fn = negs[k % len(negs)]
        note, turns = fn()
        c = new("negative", note)
        if g.p(0.4):
            c.add("agent", g.ch(["good afternoon, %s, you're speaking with %s" % (INDUSTRY[ind()][0].lower(), g.ch(FIRST)),
                                 "Hi, thanks for getting in touch."]))
        for sp, t in turns:
            c.add(sp, t)
        k += 1
    return cases


# ------------------------------------------------------------------ validation
FILLER_SET = set(FILLERS) | {"and"}
ORD_MAP = {w: i for i, w in enumerate(ORD_UNITS) if w}
ORD_MAP.update({w: 10 + i for i, w in enumerate(ORD_TEENS)})
ORD_MAP.update({"twentieth": 20, "thirtieth": 30})


def spoken_norm(text, months=False):
    t = text.lower()
    if months:
        for i, m in enumerate(MONTHS):
            t = re.sub(r"\b%s\b" % m, " %02d " % (i + 1), t)
            t = re.sub(r"\b%s\b" % m[:3], " %02d " % (i + 1), t)
    toks = re.findall(r"[a-z]+(?:-[a-z]+)?|\d+|\+", t)
    out = []
    i = 0
    unit = {w: str(n) for n, w in enumerate(UNITS)}
    unit.update({"oh": "0", "o": "0", "nought": "0"})
    while i < len(toks):
        w = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if w.isdigit() or w == "+":
            out.append(w)
        elif len(w) == 1 and nxt == "for":
            out.append(w.upper()); i += 2
        elif len(w) == 1 and nxt == "as" and i + 2 < len(toks) and toks[i + 2] == "in":
            out.append(w.upper()); i += 3
        elif w in unit:
            out.append(unit[w])
        elif w in ("double", "triple", "treble"):
            if nxt in unit:
                out.append(unit[nxt] * (2 if w == "double" else 3)); i += 1
            else:
                return None
        elif w in TEENS:
            out.append(str(10 + TEENS.index(w)))
        elif w in TENS and w:
            if nxt in unit and unit[nxt] != "0" and nxt not in ("oh", "o", "nought", "zero"):
                out.append(str(TENS.index(w)) + unit[nxt]); i += 1
            elif nxt in ORD_MAP and ORD_MAP[nxt] < 10:
                out.append(str(TENS.index(w)) + str(ORD_MAP[nxt])); i += 1
            else:
                out.append(str(TENS.index(w)) + "0")
        elif w in ORD_MAP:
            out.append("%02d" % ORD_MAP[w])
        elif w in ("hundred", "thousand"):
            if w == "thousand":
                out.append("0")
            if nxt == "and":
                j = i + 2
                a = toks[j] if j < len(toks) else None
                b = toks[j + 1] if j + 1 < len(toks) else None
                if a in TEENS:
                    out.append(str(10 + TEENS.index(a))); i = j
                elif a in TENS and a:
                    if b in unit:
                        out.append(str(TENS.index(a)) + unit[b]); i = j + 1
                    else:
                        out.append(str(TENS.index(a)) + "0"); i = j
                elif a in unit:
                    out.append("0" + unit[a]); i = j
                else:
                    return None
            else:
                out.append("00")
        elif w == "plus":
            out.append("+")
        elif w in FILLER_SET or w in ("th", "st", "nd", "rd", "of", "the", "apt"):
            pass
        elif len(w) == 1:
            out.append(w.upper())
        else:
            return None
        i += 1
    return "".join(out)


def luhn_ok(s):
    total = 0
    for i, c in enumerate(reversed(s)):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def iban_ok(s):
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


NI_RE = re.compile(r"(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]")
UKPC_RE = re.compile(r"[A-Z]{1,2}\d[A-Z\d]?\d[ABD-HJLNP-UW-Z]{2}")
EIR_RE = re.compile(r"([AC-FHKNPRTV-Y]\d{2}|D6W)[0-9AC-FHKNPRTV-Y]{4}")
STREET_WORDS = ("road", "street", "lane", "avenue", "drive", "close", "crescent", "way", "terrace",
                "place", "gardens", "court", "grove", "boulevard", "kingsway", "park", "heol", "brae")


def validate_value(typ, text):
    """Return None if ok else an error string.  text may be a concatenation of parts."""
    low = text.lower()
    if typ == "EMAIL":
        e = low
        e = re.sub(r"\s+dot\s+", ".", e)
        e = re.sub(r"\s+at\s+", "@", e)
        e = re.sub(r"\s*underscore\s*", "_", e)
        e = re.sub(r"\s+", "", e)
        return None if re.fullmatch(r"[a-z0-9._]+@[a-z0-9-]+(\.[a-z0-9-]+)+", e) else "bad email %r" % e
    if typ == "ADDRESS":
        has_num = bool(re.search(r"\d", low)) or any(re.search(r"\b%s\b" % w, low) for w in UNITS + TEENS + [t for t in TENS if t])
        ok = has_num and any(re.search(r"\b%s\b" % w, low) for w in STREET_WORDS)
        return None if ok else "bad address"
    if typ in ("DOB", "EXPIRY"):
        n = spoken_norm(low.replace("/", " ").replace("-", " ").replace(".", " ").replace(",", " "), months=True)
        if n is None or not n.isdigit():
            return "unparsable date %r" % n
        if typ == "EXPIRY":
            return None if len(n) in (3, 4, 6) and 1 <= int(n[:len(n) - 2 if len(n) < 6 else 2][:2]) <= 12 else "bad expiry %r" % n
        return None if 5 <= len(n) <= 8 and re.search(r"(19|20)\d\d|\d\d$", n) else "bad dob %r" % n
    typed = re.sub(r"[^A-Za-z0-9+]", "", text).upper()
    spoken = spoken_norm(re.sub(r"[-./(),:]", " ", low))
    errs = []
    for n in (typed, spoken):
        if n is None:
            errs.append("unparsable %r" % text)
            continue
        e = _check_norm(typ, n)
        if e is None:
            return None
        errs.append(e)
    return errs[-1]


def _check_norm(typ, n):
    if typ == "CARD_NUMBER":
        return None if n.isdigit() and 13 <= len(n) <= 19 and luhn_ok(n) else "bad card %r" % n
    if typ == "CVV":
        return None if n.isdigit() and len(n) in (3, 4) else "bad cvv"
    if typ == "SSN":
        return None if n.isdigit() and len(n) == 9 and n[:3] not in ("000", "666") and n[0] != "9" else "bad ssn %r" % n
    if typ == "NI_NUMBER":
        return None if NI_RE.fullmatch(n) else "bad ni %r" % n
    if typ == "SORT_CODE":
        return None if n.isdigit() and len(n) == 6 else "bad sort %r" % n
    if typ == "BANK_ACCOUNT":
        return None if n.isdigit() and 6 <= len(n) <= 12 else "bad acct %r" % n
    if typ == "IBAN":
        return None if iban_ok(n) else "bad iban %r" % n
    if typ == "PHONE":
        d = n.lstrip("+")
        if not d.isdigit():
            return "bad phone %r" % n
        if d.startswith("440"):
            d = "44" + d[3:]
        if d.startswith("00"):
            d = d[2:]
        ok = (d.startswith("0") and len(d) in (10, 11)) or (d.startswith("44") and len(d) == 12) or \
             (d.startswith("353") and len(d) == 12) or (d.startswith("1") and len(d) == 11) or \
             (len(d) == 10 and d[0] in "23456789")
        return None if ok else "bad phone %r" % d
    if typ == "POSTCODE":
        return None if UKPC_RE.fullmatch(n) or EIR_RE.fullmatch(n) or re.fullmatch(r"\d{5}(\d{4})?", n) else "bad postcode %r" % n
    return "unknown type"


def generate():
    g = Gen()
    cases = main_cases(g)
    lines, metas = [], []
    for c in cases:
        rec, meta = c.build()
        lines.append(json.dumps(rec, ensure_ascii=False))
        metas.append(meta)
    return "\n".join(lines) + "\n", metas


def check(data, metas):
    errs = []
    recs = [json.loads(l) for l in data.splitlines()]
    ids = [r["id"] for r in recs]
    if len(set(ids)) != len(ids):
        errs.append("duplicate ids")
    counts = {t: 0 for t in TYPES}
    npos = nneg = 0
    for r, meta in zip(recs, metas):
        if r["kind"] == "negative":
            nneg += 1
            if r["spans"]:
                errs.append("%s: negative with spans" % r["id"])
        else:
            npos += 1
            if not r["spans"]:
                errs.append("%s: positive without spans" % r["id"])
        for t in r["turns"]:
            if t["speaker"] not in ("customer", "agent"):
                errs.append("%s: bad speaker" % r["id"])
        bygrp = {}
        seen = []
        for sp, grp in zip(r["spans"], meta):
            counts[sp["type"]] += 1
            text = r["turns"][sp["turn"]]["text"]
            s, e = sp["start"], sp["end"]
            if not (0 <= s < e <= len(text)):
                errs.append("%s: offsets out of range" % r["id"]); continue
            v = text[s:e]
            if not (v[0].isalnum() or v[0] in "+(") or not v[-1].isalnum():
                errs.append("%s: span not trimmed %r" % (r["id"], v))
            if (s > 0 and text[s - 1].isalnum()) or (e < len(text) and text[e].isalnum()):
                errs.append("%s: span not on word boundary %r" % (r["id"], v))
            for (t2, s2, e2) in seen:
                if t2 == sp["turn"] and s < e2 and s2 < e:
                    errs.append("%s: overlapping spans" % r["id"])
            seen.append((sp["turn"], s, e))
            if grp is None:
                err = validate_value(sp["type"], v)
                if err:
                    errs.append("%s: %s" % (r["id"], err))
            else:
                bygrp.setdefault((sp["type"], grp), []).append(v)
        for (typ, grp), vals in bygrp.items():
            if grp == "last4":
                # last four of a card fully read in the same case
                full = [spoken_norm(re.sub(r"[-./]", " ", x.lower())) for x in
                        [r["turns"][sp["turn"]]["text"][sp["start"]:sp["end"]] for sp, gg in zip(r["spans"], meta) if sp["type"] == "CARD_NUMBER" and gg != "last4"]]
                joined = "".join(x or "" for x in full)
                l4 = spoken_norm(vals[0].lower())
                if not (l4 and len(l4) == 4 and joined.endswith(l4) and len(joined) >= 13):
                    errs.append("%s: last4 does not match full card (%r, %r)" % (r["id"], l4, joined))
                continue
            err = validate_value(typ, " ".join(vals))
            if err:
                errs.append("%s: group %s: %s" % (r["id"], grp, err))
    return errs, counts, npos, nneg


def main():
    data, metas = generate()
    if "--check" in sys.argv[1:]:
        with open(OUT, encoding="utf-8") as f:
            on_disk = f.read()
        errs = []
        if on_disk != data:
            errs.append("cases.jsonl is not byte-identical to a fresh regeneration")
        e2, counts, npos, nneg = check(on_disk, metas)
        errs += e2
        if npos < 200 or nneg < 100:
            errs.append("too few cases: %d pos %d neg" % (npos, nneg))
        mins = {t: 10 for t in TYPES}
        mins.update({"CARD_NUMBER": 70, "SSN": 30, "NI_NUMBER": 30})
        for t, m in mins.items():
            if counts[t] < m:
                errs.append("too few %s spans: %d < %d" % (t, counts[t], m))
        print("positive=%d negative=%d" % (npos, nneg))
        for t in TYPES:
            print("  %-13s %d" % (t, counts[t]))
        if errs:
            for e in errs[:50]:
                print("ERROR:", e)
            print("%d errors" % len(errs))
            sys.exit(1)
        print("check OK")
        return
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write(data)
    print("wrote %s (%d cases)" % (OUT, data.count("\n")))


if __name__ == "__main__":
    main()

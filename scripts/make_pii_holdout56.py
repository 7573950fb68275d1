#!/usr/bin/env python3
"""Generate the held-out PII redaction set h56 (independent author). Standard library only."""
import json, os, random, re, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "fixtures", "pii_holdout56")
SEED = 56241123
W = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
TENS = {"twenty": 2, "thirty": 3, "forty": 4, "fifty": 5, "sixty": 6, "seventy": 7, "eighty": 8, "ninety": 9}
TENW = {v: k for k, v in TENS.items()}
NATO = {c: w for c, w in zip("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "alpha bravo charlie delta echo foxtrot golf hotel india juliet kilo lima mike november oscar papa quebec romeo sierra tango uniform victor whiskey xray yankee zulu".split())}
MONTHS = "january february march april may june july august september october november december".split()
FILL = ["um", "uh", "er", "erm"]


def luhn_ok(d):
    s = 0
    for i, c in enumerate(reversed(d)):
        n = int(c)
        if i % 2:
            n *= 2
            if n > 9:
                n -= 9
        s += n
    return s % 10 == 0


def luhn_complete(p):
    for c in "0123456789":
        if luhn_ok(p + c):
            return p + c


def iban_ok(s):
    s = s.replace(" ", "").upper()
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def make_iban(rng, cc, bban):
    r = bban + cc + "00"
    n = int("".join(str(int(c, 36)) for c in r))
    return cc + "%02d" % (98 - n % 97) + bban


def spoken_norm(text):
    """Normalise a spoken/typed value into a compact string of digits/letters."""
    t = text.lower().replace("-", " ").replace(",", " ").replace(".", " . ")
    toks = t.split()
    out = []
    i = 0
    while i < len(toks):
        w = toks[i]
        if w in FILL or w in ("sorry", "no", "that's", "thats", "and"):
            i += 1; continue
        if w == "for" and i + 1 < len(toks) and toks[i + 1] in NATO.values():
            i += 2; continue
        if w in ("double", "triple") and i + 1 < len(toks):
            n = 2 if w == "double" else 3
            nxt = toks[i + 1]
            d = dig(nxt)
            if d is not None:
                out.append(d * n); i += 2; continue
        if w in TEENS:
            out.append(str(10 + TEENS.index(w))); i += 1; continue
        if w in TENS:
            if i + 1 < len(toks) and toks[i + 1] in W[1:]:
                out.append(str(TENS[w]) + str(W.index(toks[i + 1]))); i += 2; continue
            out.append(str(TENS[w]) + "0"); i += 1; continue
        if w == "hundred":
            out.append("00"); i += 1; continue
        d = dig(w)
        if d is not None:
            out.append(d); i += 1; continue
        out.append(re.sub(r"[^0-9a-z@.]", "", w))
        i += 1
    return "".join(out)


def dig(w):
    if w in W:
        return str(W.index(w))
    if w in ("oh", "o", "nought", "nil"):
        return "0"
    if w in ("won",):
        return "1"
    if w in ("to", "too"):
        return "2"
    if w == "ate":
        return "8"
    if len(w) == 1 and w.isdigit():
        return w
    if w.isdigit():
        return w
    return None


class Gen:
    def __init__(self):
        self.r = random.Random(SEED)

    def c(self, seq):
        return self.r.choice(seq)

    def digits(self, n, first_nonzero=False):
        s = "".join(self.c("0123456789") for _ in range(n))
        if first_nonzero and s[0] == "0":
            s = self.c("123456789") + s[1:]
        return s

    # spoken renderings ------------------------------------------------
    def say_digits(self, s, style=None):
        r = self.r
        style = style or r.choice(["plain", "oh", "double", "pairs", "nought"])
        out = []
        i = 0
        while i < len(s):
            ch = s[i]
            if style == "pairs" and i + 1 < len(s) and ch in "23456789" and s[i + 1] != "0" and r.random() < 0.5:
                out.append(TENW[int(ch)] + " " + W[int(s[i + 1])]); i += 2; continue
            if style == "pairs" and i + 1 < len(s) and ch == "1" and r.random() < 0.4:
                out.append(TEENS[int(s[i + 1])]); i += 2; continue
            if style in ("double", "pairs", "oh") and i + 2 < len(s) and s[i + 1] == ch and s[i + 2] == ch and r.random() < 0.7:
                out.append("triple " + self.zero(ch, style)); i += 3; continue
            if style in ("double", "pairs", "oh", "nought") and i + 1 < len(s) and s[i + 1] == ch and r.random() < 0.8:
                out.append("double " + self.zero(ch, style)); i += 2; continue
            out.append(self.zero(ch, style)); i += 1
        return " ".join(out)

    def zero(self, ch, style):
        if ch != "0":
            return W[int(ch)]
        if style == "nought":
            return "nought"
        if style == "plain":
            return "zero"
        return self.c(["oh", "o", "zero"])

    def say_groups(self, groups, filler=True):
        parts = []
        for g in groups:
            parts.append(self.say_digits(g))
            if filler and self.r.random() < 0.2:
                parts.append(self.c(FILL))
        return " ".join(parts)

    def year_words(self, y):
        a, b = divmod(y, 100)
        first = TEENS[a - 10] if a < 20 else "twenty"
        if a == 20:
            return self.c(["two thousand " + (W[b] if b < 10 else self.two(b)), "twenty " + self.two(b)]) if b >= 10 else "two thousand and " + W[b] if b else "two thousand"
        return first + " " + (self.two(b) if b >= 10 else "oh " + W[b])

    def two(self, n):
        if n < 10:
            return W[n]
        if n < 20:
            return TEENS[n - 10]
        t, u = divmod(n, 10)
        return TENW[t] + ("" if u == 0 else " " + W[u])

    def ordinal(self, d):
        o = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh", 8: "eighth", 9: "ninth", 10: "tenth", 11: "eleventh", 12: "twelfth", 13: "thirteenth", 14: "fourteenth", 15: "fifteenth", 16: "sixteenth", 17: "seventeenth", 18: "eighteenth", 19: "nineteenth", 20: "twentieth", 30: "thirtieth"}
        if d in o:
            return o[d]
        t, u = divmod(d, 10)
        return TENW[t] + " " + o[u]

    # value factories --------------------------------------------------
    def card(self):
        kind = self.c(["visa16", "mc", "amex", "visa13", "disc", "visa19"])
        if kind == "visa16":
            d = luhn_complete("4" + self.digits(14)); g = [4, 4, 4, 4]
        elif kind == "mc":
            d = luhn_complete(self.c(["51", "52", "53", "54", "55", "22"]) + self.digits(13)); g = [4, 4, 4, 4]
        elif kind == "amex":
            d = luhn_complete(self.c(["34", "37"]) + self.digits(12)); g = [4, 6, 5]
        elif kind == "visa13":
            d = luhn_complete("4" + self.digits(11)); g = [4, 3, 3, 3]
        elif kind == "disc":
            d = luhn_complete("6011" + self.digits(11)); g = [4, 4, 4, 4]
        else:
            d = luhn_complete("4" + self.digits(17)); g = [4, 4, 4, 4, 3]
        groups, i = [], 0
        for n in g:
            groups.append(d[i:i + n]); i += n
        return d, groups

    def ssn(self):
        a = self.r.randint(101, 665); b = self.r.randint(10, 99); c = self.r.randint(1000, 9999)
        s = "%03d%02d%04d" % (a, b, c)
        return s, [s[:3], s[3:5], s[5:]]

    def ni(self):
        p = self.c(["AB", "CE", "JG", "KL", "MT", "PR", "SW", "TN", "WE", "ZH", "HR", "NY", "EJ"])
        return p, self.digits(6), self.c("ABCD")

    def phone(self):
        k = self.c(["uk_mob", "uk_land", "us", "ie", "uk_intl", "us_intl", "de_intl"])
        if k == "uk_mob":
            d = "07" + self.digits(9); g = [d[:5], d[5:8], d[8:]]
        elif k == "uk_land":
            d = "020" + self.digits(8, True); g = [d[:3], d[3:7], d[7:]]
        elif k == "us":
            d = str(self.r.randint(201, 989)) + str(self.r.randint(200, 989)) + self.digits(4); g = [d[:3], d[3:6], d[6:]]
        elif k == "ie":
            d = "08" + self.c("3567") + self.digits(7); g = [d[:3], d[3:6], d[6:]]
        elif k == "uk_intl":
            d = "+447" + self.digits(9); g = ["+44", d[3:7], d[7:10], d[10:]]
        elif k == "us_intl":
            d = "+1" + str(self.r.randint(201, 989)) + self.digits(7); g = ["+1", d[2:5], d[5:8], d[8:]]
        else:
            d = "+4915" + self.digits(9); g = ["+49", d[3:6], d[6:10], d[10:]]
        return d, g

    def uk_post(self):
        a = self.c(["SW", "M", "B", "LS", "EH", "G", "CF", "BT", "NE", "L", "OX", "BS", "E", "N", "KT", "RG"])
        out = a + str(self.r.randint(1, 19) if len(a) == 2 and a != "SW" else self.r.randint(1, 9))
        if a in ("SW", "E") and self.r.random() < 0.3:
            out += self.c("ABW")
        inward = str(self.r.randint(0, 9)) + self.c("ABDEFGHJLNPQRSTUWXYZ") + self.c("ABDEFGHJLNPQRSTUWXYZ")
        return out, inward

    def zip(self):
        return "%05d" % self.r.randint(1001, 99950)

    def iban(self):
        k = self.c(["GB", "IE", "DE", "FR", "NL", "ES"])
        if k == "GB":
            b = self.c(["NWBK", "BARC", "HBUK", "LOYD"]) + self.digits(14)
        elif k == "IE":
            b = self.c(["AIBK", "BOFI"]) + self.digits(14)
        elif k == "DE":
            b = self.digits(18)
        elif k == "FR":
            b = self.digits(23)
        elif k == "NL":
            b = self.c(["ABNA", "INGB", "RABO"]) + self.digits(10)
        else:
            b = self.digits(20)
        return make_iban(self.r, k, b)

    def name(self):
        return self.c(["Sarah", "Tom", "Priya", "Liam", "Aoife", "Marcus", "Chloe", "Dave", "Fatima", "Sean", "Grace", "Omar"])

    def surname(self):
        return self.c(["Walsh", "Patel", "OBrien", "Nguyen", "Kowalski", "Hughes", "Murphy", "Garcia", "Thompson", "Byrne", "Clarke", "Okafor"])


# ---------------------------------------------------------------------------
def build(turns_spec):
    turns, spans = [], []
    for ti, (spk, segs) in enumerate(turns_spec):
        text = ""
        for s in segs:
            if isinstance(s, tuple):
                v, t = s
                spans.append({"turn": ti, "start": len(text), "end": len(text) + len(v), "type": t})
                text += v
            else:
                text += s
        turns.append({"speaker": spk, "text": text})
    return turns, spans


A, C = "agent", "customer"


def generate():
    g = Gen()
    r = g.r
    pos, neg = [], []

    def add(kind, spec, note):
        turns, spans = build(spec)
        lst = pos if kind == "positive" else neg
        lst.append({"kind": kind, "turns": turns, "spans": spans, "note": note})

    ack = ["mhm", "okay go on", "yep", "okay", "right", "uh huh", "got it", "go ahead"]

    # ---------------- CARD_NUMBER ----------------
    for i in range(34):
        d, groups = g.card()
        mode = i % 3
        if mode == 0:  # chat
            sep = g.c([" ", "-", "", " ", "."])
            v = sep.join(groups)
            if r.random() < 0.3:
                v = " ".join(groups[:2]) + "  " + "".join(groups[2:])
            add("positive", [(A, ["Hi, welcome to checkout support. Can I take the long card number please?"]),
                             (C, [g.c(["sure its ", "card: ", "ok here: ", "it's "]), (v, "CARD_NUMBER"), g.c(["", " thanks", ". order total was £42.99", " x"])])],
                "chat/retail: card number typed with separators")
        elif mode == 1:  # asr split across turns
            half = max(1, len(groups) // 2)
            s1 = g.say_groups(groups[:half]); s2 = g.say_groups(groups[half:])
            add("positive", [(A, ["okay and the long number across the front of the card please"]),
                             (C, [g.c(["yeah its ", "um okay so ", "right its "]), (s1, "CARD_NUMBER")]),
                             (A, [g.c(ack)]),
                             (C, [(s2, "CARD_NUMBER"), g.c(["", " and that's it", " that's the lot"])])],
                "phone/" + g.c(["telecom", "utilities", "insurance", "travel"]) + ": card number split across turns with back-channel")
        else:  # asr self correction / agent read back
            s = g.say_groups(groups)
            wrong = g.say_digits(groups[0][:2])
            bank = g.c(["banking", "retail", "healthcare billing"])
            add("positive", [(A, ["can i take the card number for the payment of " + g.c(["sixty four pounds", "one hundred and twelve dollars", "twenty nine ninety nine"])]),
                             (C, ["it's " + wrong + " sorry no let me start again ", (s, "CARD_NUMBER")]),
                             (A, ["let me just read that back ", (g.say_groups(groups, False), "CARD_NUMBER"), " is that right"]),
                             (C, ["yes that's correct"])],
                "phone/" + bank + ": restart then full card, agent reads it back")
    # fix: the restart fragment is only 2 digits, not a card -> unlabelled ok.

    # ---------------- CVV / EXPIRY ----------------
    for i in range(16):
        d, groups = g.card()
        cvv = g.digits(4 if groups[0][:2] in ("34", "37") else 3)
        mm = r.randint(1, 12); yy = r.randint(26, 33)
        if i % 3 == 0:
            exp = g.c(["%02d/%02d" % (mm, yy), "%02d-%02d" % (mm, yy), "%02d/20%02d" % (mm, yy), "%d/%02d" % (mm, yy)])
            add("positive", [(A, ["Thanks. Expiry date and the 3 or 4 digit security code on the back?"]),
                             (C, ["exp ", (exp, "EXPIRY"), " cvv ", (cvv, "CVV")])],
                "chat/retail: expiry and CVV in one message")
        elif i % 3 == 1:
            exp = g.say_digits("%02d" % mm, "oh") + " " + g.two(yy) if r.random() < 0.5 else MONTHS[mm - 1] + " twenty " + g.two(yy)
            add("positive", [(A, ["and the expiry date on the card"]),
                             (C, ["uh it expires ", (exp, "EXPIRY")]),
                             (A, ["lovely and the three digits on the back the security code"]),
                             (C, ["it's ", (g.say_digits(cvv), "CVV"), " i think hang on yeah ", (g.say_digits(cvv), "CVV")])],
                "phone/telecom: spoken expiry, CVV repeated after hesitation")
        else:
            exp = g.say_digits("%02d" % mm, "oh") + " " + g.say_digits("%02d" % yy, "plain")
            add("positive", [(A, ["what's the expiry"]),
                             (C, [(exp, "EXPIRY"), " and the security code is ", (g.say_digits(cvv), "CVV"), " if you need that as well"])],
                "phone/travel: expiry and CVV in one turn")

    # ---------------- SSN ----------------
    for i in range(34):
        s, parts = g.ssn()
        if i % 3 == 0:
            v = g.c(["%s-%s-%s", "%s %s %s", "%s%s%s"]) % tuple(parts)
            add("positive", [(A, ["To verify, I need your Social Security number."]),
                             (C, [g.c(["ssn is ", "my social is ", "", "Sure - "]), (v, "SSN")])],
                "chat/US banking: SSN typed")
        elif i % 3 == 1:
            add("positive", [(A, ["can i get your social security number please"]),
                             (C, ["yeah it's ", (g.say_digits(parts[0]), "SSN")]),
                             (A, [g.c(ack)]),
                             (C, [(g.say_digits(parts[1]) + " " + g.c(FILL) + " " + g.say_digits(parts[2]), "SSN")])],
                "phone/US " + g.c(["insurance", "government services", "healthcare billing"]) + ": SSN across turns with filler")
        else:
            add("positive", [(A, ["and for security the last four of your social or the full number"]),
                             (C, ["full one is ", (g.say_digits(parts[0]) + " " + g.say_digits(parts[1]) + " " + g.say_digits(parts[2]), "SSN"), " and my zip is ", (g.say_digits(g.zip()), "POSTCODE")]),
                             (A, ["thank you i've got ", (g.say_digits(s, "plain"), "SSN")])],
                "phone/US banking: SSN plus ZIP in same turn, agent reads back")

    # ---------------- NI_NUMBER ----------------
    for i in range(34):
        p, dd, s = g.ni()
        if i % 3 == 0:
            v = g.c(["%s %s %s %s %s", "%s%s%s%s%s", "%s-%s-%s-%s-%s"]) % (p, dd[:2], dd[2:4], dd[4:], s)
            if r.random() < 0.3:
                v = v.lower()
            add("positive", [(A, ["Could you confirm your National Insurance number?"]),
                             (C, [g.c(["NI no: ", "its ", "", "ok "]), (v, "NI_NUMBER")])],
                "chat/UK government services: NI number typed")
        elif i % 3 == 1:
            letters = " ".join(c.lower() + " for " + NATO[c] if r.random() < 0.6 else c.lower() for c in p)
            add("positive", [(A, ["and your national insurance number please"]),
                             (C, ["right it's ", (letters + " " + g.say_digits(dd[:2]), "NI_NUMBER")]),
                             (A, ["okay"]),
                             (C, [(g.say_digits(dd[2:]) + " " + s.lower(), "NI_NUMBER")])],
                "phone/UK benefits: NI number with NATO letters split across turns")
        else:
            pairs = " ".join(g.two(int(dd[k:k + 2])) if dd[k] != "0" else g.say_digits(dd[k:k + 2], "oh") for k in (0, 2, 4))
            add("positive", [(A, ["can i take your ni number"]),
                             (C, [(p[0].lower() + " " + p[1].lower() + " " + pairs + " " + s.lower(), "NI_NUMBER"), " um and i've been paying in since twenty nineteen"])],
                "phone/UK payroll: NI number with digit pairs, year nearby unlabelled")

    # ---------------- BANK_ACCOUNT / SORT_CODE ----------------
    for i in range(16):
        acc = g.digits(8); sc = g.digits(6)
        if i % 3 == 0:
            add("positive", [(A, ["Please provide the sort code and account number for the direct debit."]),
                             (C, ["sort code ", (g.c(["%s-%s-%s", "%s %s %s", "%s%s%s"]) % (sc[:2], sc[2:4], sc[4:]), "SORT_CODE"), " acc ", (acc, "BANK_ACCOUNT")])],
                "chat/UK utilities: sort code and account typed")
        else:
            scs = " ".join(g.say_digits(sc[k:k + 2]) for k in (0, 2, 4))
            add("positive", [(A, ["okay what's the sort code"]),
                             (C, [(scs, "SORT_CODE")]),
                             (A, ["and the account number"]),
                             (C, [(g.say_digits(acc[:4]), "BANK_ACCOUNT")]),
                             (A, [g.c(ack)]),
                             (C, [(g.say_digits(acc[4:]), "BANK_ACCOUNT"), " that's for the monthly payment of forty two pounds"])],
                "phone/UK " + g.c(["banking", "utilities", "telecom"]) + ": sort code and split account number")

    # ---------------- IBAN ----------------
    for i in range(14):
        ib = g.iban()
        if i % 2 == 0:
            v = " ".join(ib[k:k + 4] for k in range(0, len(ib), 4)) if r.random() < 0.6 else ib
            add("positive", [(A, ["Which IBAN should the refund go to?"]),
                             (C, ["IBAN ", (v, "IBAN"), " pls"])],
                "chat/EU travel: IBAN typed")
        else:
            sp = " ".join(c.lower() if c.isalpha() else W[int(c)] for c in ib[:8])
            rest = g.say_digits(ib[8:], "plain") if ib[8:].isdigit() else " ".join(c.lower() if c.isalpha() else W[int(c)] for c in ib[8:])
            add("positive", [(A, ["can you read me the iban"]),
                             (C, [(sp, "IBAN")]),
                             (A, ["mhm"]),
                             (C, [(rest, "IBAN")])],
                "phone/Ireland banking: IBAN spoken across two turns")

    # ---------------- PHONE ----------------
    for i in range(16):
        d, gr = g.phone()
        if i % 3 == 0:
            v = g.c([" ", "-", ""]).join(gr)
            add("positive", [(A, ["What's the best number to reach you on?"]),
                             (C, [(v, "PHONE"), " after 5pm"])],
                "chat/telecom: phone typed, time nearby unlabelled")
        else:
            sp = " ".join(("plus " + g.say_digits(x[1:], "plain")) if x.startswith("+") else g.say_digits(x) for x in gr)
            add("positive", [(A, ["and a contact number"]),
                             (C, ["yeah it's ", (sp, "PHONE")]),
                             (A, ["sorry you cut out there after the first bit"]),
                             (C, ["oh sorry ", (" ".join(g.say_digits(x.lstrip("+")) if not x.startswith("+") else "plus " + g.say_digits(x[1:], "plain") for x in gr), "PHONE")])],
                "phone/" + g.c(["insurance", "utilities", "retail"]) + ": phone number repeated after dropout")

    # ---------------- EMAIL ----------------
    for i in range(14):
        fn, sn = g.name().lower(), g.surname().lower()
        dom = g.c(["gmail.com", "yahoo.co.uk", "outlook.com", "hotmail.com", "eircom.net", "icloud.com"])
        if i % 2 == 0:
            v = g.c(["%s.%s@%s", "%s_%s%d@%s"])
            v = v % (fn, sn, dom) if v.count("%") == 3 else v % (fn, sn, r.randint(1, 99), dom)
            add("positive", [(A, ["Can I confirm the email on file?"]),
                             (C, ["its ", (v, "EMAIL")])],
                "chat/retail: email typed")
        else:
            spd = dom.replace(".", " dot ")
            v = fn[0] + " dot " + sn + " at " + spd
            add("positive", [(A, ["what email address should we send the confirmation to"]),
                             (C, [(v, "EMAIL"), " that's ", " ".join(sn.upper()), " for the surname"])],
                "phone/travel: email spoken with dot/at, surname spelled")

    # ---------------- DOB ----------------
    for i in range(14):
        y = r.randint(1945, 2004); m = r.randint(1, 12); dd = r.randint(1, 28)
        if i % 3 == 0:
            v = g.c(["%02d/%02d/%d", "%d-%02d-%02d"])
            v = v % (dd, m, y) if v.startswith("%02d") else v % (y, m, dd)
            add("positive", [(A, ["Please confirm your date of birth."]),
                             (C, ["dob ", (v, "DOB")])],
                "chat/healthcare billing: DOB typed")
        else:
            v = "the " + g.ordinal(dd) + " of " + MONTHS[m - 1] + " " + g.year_words(y)
            add("positive", [(A, ["and can you confirm your date of birth for me"]),
                             (C, ["yeah it's ", (v, "DOB")]),
                             (A, ["thank you and your appointment is on the third of june at ten thirty"])],
                "phone/healthcare: spoken DOB, appointment date nearby unlabelled")

    # ---------------- POSTCODE / ADDRESS ----------------
    streets = ["Mill Lane", "Church Road", "Victoria Street", "Oak Avenue", "Main Street", "Elm Drive", "Park Road", "High Street"]
    for i in range(14):
        out, inw = g.uk_post()
        num = r.randint(2, 180); st = g.c(streets)
        if i % 2 == 0:
            add("positive", [(A, ["What's the address for the engineer visit?"]),
                             (C, [(str(num) + " " + st, "ADDRESS"), ", ", (out + " " + inw if r.random() < 0.7 else (out + inw).lower(), "POSTCODE")])],
                "chat/UK utilities: address and postcode typed")
        else:
            pc = " ".join(c.lower() if c.isalpha() else W[int(c)] for c in out) + " " + " ".join(c.lower() if c.isalpha() else W[int(c)] for c in inw)
            add("positive", [(A, ["and the first line of the address and postcode"]),
                             (C, [(g.two(num) if num < 100 else str(num), "ADDRESS") if False else (str(num) + " " + st.lower(), "ADDRESS")]),
                             (A, ["and the postcode"]),
                             (C, [(pc, "POSTCODE")])],
                "phone/UK telecom: address then spelled postcode")
    for i in range(4):
        z = g.zip(); num = r.randint(100, 9999)
        add("positive", [(A, ["Mailing address?"]),
                         (C, [(str(num) + " " + g.c(streets), "ADDRESS"), ", Springfield ", (z, "POSTCODE")])],
            "chat/US insurance: address with ZIP")

    # ---------------- NEGATIVES ----------------
    negt = [
        lambda: [(A, ["your bill this month is " + g.two(r.randint(20, 99)) + " pounds " + g.two(r.randint(10, 99))]), (C, ["okay that's fine"])],
        lambda: [(A, ["your order number is " + g.say_digits(g.digits(8, True), "plain")]), (C, ["thanks"])],
        lambda: [(C, ["Order #" + g.digits(9, True) + " hasn't arrived"]), (A, ["Sorry about that, I'll check."])],
        lambda: [(A, ["the engineer can come on the " + g.ordinal(r.randint(1, 28)) + " of " + g.c(MONTHS) + " between eight and twelve"]), (C, ["yeah that works"])],
        lambda: [(C, ["my flight is " + g.c(["ba", "ei", "fr"]) + " " + g.say_digits(g.digits(3, True)) + " leaving at " + g.two(r.randint(1, 12)) + " " + g.two(r.randint(10, 59))]), (A, ["okay let me look"])],
        lambda: [(C, ["meter reading is " + g.digits(5, True) + " as of today"]), (A, ["Thanks, logged."])],
        lambda: [(A, ["your balance is " + g.two(r.randint(1, 9)) + " thousand " + g.two(r.randint(1, 9)) + " hundred and " + g.two(r.randint(10, 99)) + " dollars"]), (C, ["wow okay"])],
        lambda: [(C, ["the claim reference is " + g.say_digits(g.digits(10, True), "plain")]), (A, ["perfect i've found it"])],
        lambda: [(C, ["I'm " + str(r.randint(18, 90)) + " and have been a customer since " + str(r.randint(1990, 2022))]), (A, ["Thank you for your loyalty!"])],
        lambda: [(A, ["we can offer " + g.two(r.randint(5, 30)) + " percent off for " + g.two(r.randint(2, 24)) + " months"]), (C, ["what's the speed on that"]), (A, [g.two(r.randint(30, 90)) + " megabits"])],
        lambda: [(C, ["Model number " + g.c(["XR", "TV-", "HB"]) + g.digits(4, True) + ", bought it on " + str(r.randint(1, 28)) + "/" + str(r.randint(1, 12)) + "/2025"]), (A, ["Warranty covers that."])],
        lambda: [(C, ["i've been on hold for " + g.two(r.randint(20, 59)) + " minutes"]), (A, ["i do apologise"])],
        lambda: [(A, ["room " + g.say_digits(g.digits(3, True)) + " is booked for " + g.two(r.randint(2, 9)) + " nights"]), (C, ["great"])],
        lambda: [(C, ["ticket " + g.digits(7, True) + " still open, invoice INV-" + g.digits(6, True)]), (A, ["I'll escalate both."])],
        lambda: [(C, ["the heating's set to " + g.two(r.randint(18, 25)) + " degrees and it's still cold"]), (A, ["okay"])],
        lambda: [(A, ["your contract started on the " + g.ordinal(r.randint(1, 28)) + " of " + g.c(MONTHS) + " twenty twenty " + g.two(r.randint(1, 5))]), (C, ["right"])],
        lambda: [(C, ["i paid " + g.two(r.randint(10, 99)) + " ninety nine on the " + g.ordinal(r.randint(1, 28))]), (A, ["i can see that payment"])],
        lambda: [(C, ["we ordered " + g.two(r.randint(2, 40)) + " boxes"]), (A, ["and how many arrived"]), (C, [g.two(r.randint(2, 12))])],
    ]
    for i in range(108):
        f = negt[i % len(negt)]
        add("negative", f(), "negative: non-PII numbers (amounts, refs, dates, times, quantities)")

    out = []
    for k, c in enumerate(pos, 1):
        out.append({"id": "h56-pos-%03d" % k, **c})
    for k, c in enumerate(neg, 1):
        out.append({"id": "h56-neg-%03d" % k, **c})
    return out


def validate_value(t, v):
    n = spoken_norm(v)
    d = re.sub(r"[^0-9]", "", n)
    if t == "CARD_NUMBER":
        return 13 <= len(d) <= 19 and luhn_ok(d) and len(d) == len(re.sub(r"[^0-9a-z]", "", n)) or (13 <= len(d) <= 19 and luhn_ok(d))
    if t == "CVV":
        return len(d) in (3, 4)
    if t == "EXPIRY":
        return len(d) >= 3 or any(m in v.lower() for m in MONTHS)
    if t == "SSN":
        return len(d) == 9
    if t == "NI_NUMBER":
        return re.fullmatch(r"[a-z]{2}\d{6}[a-d]", re.sub(r"[^0-9a-z]", "", n.lower())) is not None
    if t == "BANK_ACCOUNT":
        return 4 <= len(d) <= 12
    if t == "SORT_CODE":
        return len(d) == 6
    if t == "IBAN":
        s = re.sub(r"[^0-9a-z]", "", n).upper()
        return len(s) >= 15 and iban_ok(s)
    if t == "PHONE":
        return 9 <= len(d) <= 13
    if t == "EMAIL":
        return re.fullmatch(r"[a-z0-9._]+@[a-z0-9.]+\.[a-z]+", n.replace(" ", "").replace("dot", ".").replace("at", "@", 0) if "@" in n else re.sub(r"\s+", "", v.lower().replace(" dot ", ".").replace(" at ", "@"))) is not None
    if t == "DOB":
        return len(d) >= 4 or any(m in v.lower() for m in MONTHS)
    if t == "POSTCODE":
        s = re.sub(r"[^0-9a-z]", "", n).upper()
        return re.fullmatch(r"\d{5}", s) is not None or re.fullmatch(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}", s) is not None
    if t == "ADDRESS":
        return re.match(r"\d+ \w", v) is not None
    return False


def render(cases):
    return "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in cases)


def counts(cases):
    ct = {}
    for c in cases:
        for s in c["spans"]:
            ct[s["type"]] = ct.get(s["type"], 0) + 1
    return ct


def readme(cases):
    ct = counts(cases)
    npos = sum(c["kind"] == "positive" for c in cases)
    lines = ["# PII hold-out set h56", "", "**Never use this set for tuning.**", "",
             "Written by an AI helper acting as an independent author who did not see the redaction code, its tests, docs or other fixtures. "
             "Generated by `scripts/make_pii_holdout56.py` (seeded random.Random(%d), byte-for-byte reproducible; `--check` verifies)." % SEED, "",
             "About two thirds of positive cases are phone calls written as an ASR transcript (lower case, digits as words, oh/o/nought, double/triple, digit pairs, fillers, restarts, values split across turns with back-channels, agent read-backs); the rest are typed chat.", "",
             "## Annotation conventions", "",
             "- A span covers the value only, not the lead-in words (\"it's\", \"sort code\").",
             "- When a value is split across turns, each turn's fragment is its own span with the same type.",
             "- Filler words spoken inside a reading (um, uh) are inside the span.",
             "- Abandoned false starts of 2 digits are not labelled; agent read-backs are labelled.",
             "- NI numbers spoken with NATO words (\"b for bravo\") include the NATO words in the span.",
             "- DOB spans include \"the ... of\" ordinal wording; EXPIRY spans cover month and year.",
             "- EMAIL spans cover the whole spoken address (\"j dot doe at gmail dot com\").",
             "- ADDRESS spans cover house number and street; POSTCODE is a separate span.",
             "- Non-PII numbers (amounts, times, years, appointment dates, references) are never labelled.", "",
             "## Counts", "", "- positive cases: %d" % npos, "- negative cases: %d" % (len(cases) - npos), ""]
    for k in sorted(ct):
        lines.append("- %s: %d" % (k, ct[k]))
    return "\n".join(lines) + "\n"


def check(cases, text_on_disk, readme_on_disk):
    errs = []
    if render(cases) != text_on_disk:
        errs.append("cases.jsonl differs from regenerated output")
    if readme(cases) != readme_on_disk:
        errs.append("README.md differs from regenerated output")
    ids = [c["id"] for c in cases]
    if len(set(ids)) != len(ids):
        errs.append("duplicate ids")
    for c in cases:
        if c["kind"] == "negative" and c["spans"]:
            errs.append(c["id"] + ": negative with spans")
        if c["kind"] == "positive" and not c["spans"]:
            errs.append(c["id"] + ": positive without spans")
        by_turn = {}
        pending = {}
        for s in c["spans"]:
            if not (0 <= s["turn"] < len(c["turns"])):
                errs.append(c["id"] + ": bad turn"); continue
            t = c["turns"][s["turn"]]["text"]
            if not (0 <= s["start"] < s["end"] <= len(t)):
                errs.append(c["id"] + ": offsets out of range"); continue
            if s["start"] > 0 and t[s["start"] - 1].isalnum() or s["end"] < len(t) and t[s["end"]].isalnum():
                errs.append(c["id"] + ": span not on word boundary")
            v = t[s["start"]:s["end"]]
            if v != v.strip():
                errs.append(c["id"] + ": span has surrounding whitespace")
            buf = pending.get(s["type"], "")
            buf = (buf + " " + v).strip()
            if validate_value(s["type"], buf):
                pending.pop(s["type"], None)
            else:
                pending[s["type"]] = buf
            by_turn.setdefault(s["turn"], []).append((s["start"], s["end"]))
        for tp, buf in pending.items():
            errs.append("%s: invalid %s value (fragments joined) %r" % (c["id"], tp, buf))
        for tr, lst in by_turn.items():
            lst.sort()
            for a, b in zip(lst, lst[1:]):
                if b[0] < a[1]:
                    errs.append(c["id"] + ": overlapping spans")
    ct = counts(cases)
    npos = sum(c["kind"] == "positive" for c in cases)
    if npos < 170 or len(cases) - npos < 100:
        errs.append("too few cases")
    for t in ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]:
        need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
        if ct.get(t, 0) < need:
            errs.append("too few %s spans: %d" % (t, ct.get(t, 0)))
    return errs


def main():
    cases = generate()
    p = os.path.join(OUT, "cases.jsonl"); rp = os.path.join(OUT, "README.md")
    if "--check" in sys.argv:
        try:
            txt = open(p, encoding="utf-8").read(); rd = open(rp, encoding="utf-8").read()
        except OSError as e:
            print("missing file:", e); sys.exit(1)
        errs = check(cases, txt, rd)
        npos = sum(c["kind"] == "positive" for c in cases)
        print("positives %d negatives %d" % (npos, len(cases) - npos))
        for k, v in sorted(counts(cases).items()):
            print("  %-13s %d" % (k, v))
        for e in errs[:50]:
            print("ERROR", e)
        print("FAIL (%d problems)" % len(errs) if errs else "OK")
        sys.exit(1 if errs else 0)
    os.makedirs(OUT, exist_ok=True)
    with open(p, "w", encoding="utf-8", newline="\n") as f:
        f.write(render(cases))
    with open(rp, "w", encoding="utf-8", newline="\n") as f:
        f.write(readme(cases))
    print("wrote %d cases" % len(cases))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Held-out PII redaction eval set h253 (UK/IE emphasis). Standard library only.

python scripts/make_pii_holdout253.py          # write fixture + README
python scripts/make_pii_holdout253.py --check  # regenerate, compare, validate
"""
import json, random, re, sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUTDIR = ROOT / "tests" / "fixtures" / "pii_holdout253"
CASES = OUTDIR / "cases.jsonl"
README = OUTDIR / "README.md"
R = random.Random(253241126)

DW = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy", 8: "eighty", 9: "ninety"}
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "g": "golf", "h": "hotel",
        "j": "juliet", "k": "kilo", "l": "lima", "m": "mike", "n": "november", "p": "papa", "r": "romeo",
        "s": "sierra", "t": "tango", "w": "whiskey", "x": "x-ray", "y": "yankee", "z": "zulu", "f": "foxtrot",
        "v": "victor", "q": "quebec", "u": "uniform", "i": "india", "o": "oscar"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december"]
ORD = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
       "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
       "eighteenth", "nineteenth", "twentieth", "twenty first", "twenty second", "twenty third",
       "twenty fourth", "twenty fifth", "twenty sixth", "twenty seventh", "twenty eighth"]


def digits(n, first_nonzero=False):
    s = "".join(str(R.randint(0, 9)) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = str(R.randint(1, 9)) + s[1:]
    return s


def zero_word():
    return R.choice(["oh", "oh", "zero", "o", "nought"])


def say_digit(d):
    return zero_word() if d == "0" else DW[int(d)]


def say_digits(s, style=None):
    """Speak a digit string the way callers do; groups of digits joined by spaces."""
    style = style or R.choice(["single", "single", "double", "pairs"])
    out, i = [], 0
    while i < len(s):
        d = s[i]
        if style in ("double", "pairs") and i + 2 < len(s) + 0 and s[i:i + 3] == d * 3 and R.random() < .7:
            out.append("triple " + say_digit(d)); i += 3; continue
        if style in ("double", "pairs") and i + 1 < len(s) and s[i + 1] == d:
            out.append("double " + say_digit(d)); i += 2; continue
        if style == "pairs" and i + 1 < len(s) and d != "0" and s[i + 1] != "0" and R.random() < .6:
            t, u = int(d), int(s[i + 1])
            if t == 1:
                out.append(TEENS[u])
            else:
                out.append(TENS[t] + ("" if u == 0 else " " + DW[u]))
            i += 2; continue
        out.append(say_digit(d)); i += 1
    return " ".join(out)


def say_letter(c):
    c = c.lower()
    if c == "o":
        return R.choice(["o for oscar", "o as in oscar"])
    return R.choice([c, c, c + " for " + NATO[c], c + " as in " + NATO[c]])


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


def make_card():
    kind = R.choice(["visa", "visa", "mc", "mc", "amex", "visa19"])
    if kind == "visa":
        body = "4" + digits(14)
    elif kind == "visa19":
        body = "4" + digits(17)
    elif kind == "mc":
        body = R.choice(["51", "52", "53", "54", "55", "2221"]) ; body = body + digits(15 - len(body))
    else:
        body = R.choice(["34", "37"]) + digits(12)
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def group_card(s, sep=" "):
    if len(s) == 15:
        return sep.join([s[:4], s[4:10], s[10:]])
    return sep.join(s[i:i + 4] for i in range(0, len(s), 4))


def make_ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


NI1 = "ABCEGHJKLMNPRSTWXYZ"
NI2 = "ABCEGHJKLMNPRSTWXYZ"


def make_ni():
    while True:
        p = R.choice(NI1) + R.choice(NI2)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            return p + digits(6) + R.choice("ABCD")


def iban_check(country, bban):
    s = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in s)
    return "%02d" % (98 - int(num) % 97)


def make_iban(country=None):
    country = country or R.choice(["GB", "IE", "IE", "GB", "DE", "FR", "NL"])
    if country in ("GB", "IE"):
        bank = R.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"] if country == "GB" else ["AIBK", "BOFI", "IPBS", "ULSB"])
        bban = bank + digits(6) + digits(8)
    elif country == "DE":
        bban = digits(18)
    elif country == "FR":
        bban = digits(23)
    else:
        bban = R.choice(["ABNA", "RABO", "INGB"]) + digits(10)
    return country + iban_check(country, bban) + bban


def iban_ok(s):
    s = s.replace(" ", "").upper()
    r = s[4:] + s[:4]
    return re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s) is not None and int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def group4(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


UK_AREAS = ["SW1A", "M14", "LS6", "B15", "CF10", "EH3", "G12", "BS8", "NE1", "L17", "OX4", "CB2", "N7", "E17",
            "SE22", "BT9", "RG1", "NG7", "PL4", "S10", "DN15", "WV3", "YO31", "TR18", "W1T", "EC1V", "KT2"]
IN_L = "ABDEFGHJLNPQRSTUWXYZ"
EIR_R = ["D02", "D04", "D6W", "T12", "H91", "V94", "A94", "K78", "R95", "F93", "X91", "P31", "D15", "W23"]
EIR_L = "ACDEFHKNPRTVWXY"


def make_uk_pc():
    return R.choice(UK_AREAS) + " " + str(R.randint(0, 9)) + R.choice(IN_L) + R.choice(IN_L)


def make_eircode():
    return R.choice(EIR_R) + " " + "".join(R.choice(EIR_L + "0123456789") for _ in range(4))


STREETS = ["Rowan Close", "Acacia Avenue", "Station Road", "Church Lane", "Mill Street", "Victoria Terrace",
           "Kingsley Gardens", "Hawthorn Drive", "Brookfield Crescent", "Park View", "Orchard Way", "Grange Road",
           "Castle Street", "Ashgrove Park", "Main Street", "Clontarf Road", "Meadow Rise", "Willow Walk",
           "Beechwood Avenue", "Queens Parade", "Elm Grove", "Abbey Court", "Larkfield Mews", "Harbour Row"]
TOWNS = ["Leeds", "Salford", "Cardiff", "Glasgow", "Bristol", "Dublin", "Cork", "Galway", "Belfast", "Nottingham",
         "Sheffield", "Limerick", "Swindon", "Reading", "Norwich"]


def say_number_words(n):
    """Speak house numbers 1..199 naturally."""
    if n < 10:
        return DW[n]
    if n < 20:
        return TEENS[n - 10]
    if n < 100:
        return TENS[n // 10] + ("" if n % 10 == 0 else " " + DW[n % 10])
    rest = n % 100
    return "one hundred" + ("" if rest == 0 else " and " + say_number_words(rest))


# ---------------------------------------------------------------- normalisation for --check
WORDNUM = {w: str(i) for i, w in enumerate(DW)}
WORDNUM.update({"oh": "0", "o": "0", "nought": "0", "naught": "0", "zero": "0"})
TEENMAP = {w: str(10 + i) for i, w in enumerate(TEENS)}
TENMAP = {v: k for k, v in TENS.items()}


def normalise(text):
    t = text.lower().replace("-", " ").replace("/", " ").replace(".", " ").replace(",", " ").replace("+", " plus ")
    t = re.sub(r"\b([a-z]) (?:for|as in) [a-z\-]+", r"#\1", t)
    toks = t.split()
    out, i, mult = [], 0, 1
    while i < len(toks):
        w = toks[i]
        if w in ("double", "triple"):
            mult = 2 if w == "double" else 3; i += 1; continue
        if w in WORDNUM:
            out.append(WORDNUM[w] * mult)
        elif w in TEENMAP:
            out.append(TEENMAP[w] * mult)
        elif w in TENMAP:
            if i + 1 < len(toks) and toks[i + 1] in DW[1:]:
                out.append(str(TENMAP[w]) + WORDNUM[toks[i + 1]]); i += 1
            else:
                out.append(str(TENMAP[w]) + "0")
        elif w == "hundred":
            out.append("00")
        elif re.fullmatch(r"#[a-z]", w):
            out.append(w[1] * mult)
        elif re.fullmatch(r"[a-z0-9]+", w) and (len(w) == 1 or any(c.isdigit() for c in w)):
            out.append(w * mult)
        mult = 1
        i += 1
    return "".join(out).upper()


# ---------------------------------------------------------------- case assembly
def build(cid, kind, turns_spec, note):
    turns, spans = [], []
    for ti, (speaker, segs) in enumerate(turns_spec):
        text = ""
        for seg in segs:
            if isinstance(seg, tuple):
                val, typ = seg
                spans.append({"turn": ti, "start": len(text), "end": len(text) + len(val), "type": typ})
                text += val
            else:
                text += seg
        turns.append({"speaker": speaker, "text": text})
    return {"id": cid, "kind": kind, "turns": turns, "spans": spans if kind == "positive" else [], "note": note}


A, C = "agent", "customer"


def P(*segs):
    return list(segs)


def exp_pair():
    return R.randint(1, 12), R.randint(26, 32)


def say_expiry(m, y):
    return R.choice([say_digits("%02d" % m, "single") + " " + TENS[y // 10] + " " + DW[y % 10] if y % 10 else "",
                     MONTHS[m - 1] + " twenty " + say_digits(str(y)[1:], "single") if y // 10 == 2 else
                     MONTHS[m - 1] + " thirty " + DW[y % 10] if y % 10 else MONTHS[m - 1] + " thirty"]) or (
        MONTHS[m - 1] + " thirty")


# -------- positive templates (each returns (turns_spec, note))
def p_card_chat():
    c = make_card(); cv = digits(4 if len(c) == 15 else 3); m, y = exp_pair()
    sep = R.choice([" ", "-", "", " "])
    cs = group_card(c, sep) if sep else c
    ex = R.choice(["%02d/%02d" % (m, y), "%02d/20%02d" % (m, y), "%d/%d" % (m, y), "%02d-%02d" % (m, y)])
    ind = R.choice(["retail", "telecom", "utilities", "travel"])
    return [(A, P("Please enter the card details in the secure field or type them here.")),
            (C, P(R.choice(["card no ", "Card number: ", "its ", "long number is "]), (cs, "CARD_NUMBER"),
                  R.choice([" exp ", ", expiry ", " expires "]), (ex, "EXPIRY"), R.choice([" cvv ", " sec code ", ", CVC "]),
                  (cv, "CVV"), R.choice(["", " thanks", ". Order 48213 please"])))], "chat/%s: typed card, expiry and security code in one message" % ind


def p_card_split_call():
    c = make_card(); g = [c[i:i + 4] for i in range(0, len(c), 4)]
    turns = [(A, P("okay and when you're ready the long number across the front of the card"))]
    bc = ["mhm", "yep", "okay go on", "yeah", "got that"]
    for k, grp in enumerate(g):
        pre = R.choice(["", "", "right ", "um ", "so "]) if k == 0 else R.choice(["", "", "then "])
        turns.append((C, P(pre, (say_digits(grp), "CARD_NUMBER"))))
        if k < len(g) - 1:
            turns.append((A, P(R.choice(bc))))
    cv = digits(4 if len(c) == 15 else 3)
    turns.append((A, P("and the security code on the back")))
    turns.append((C, P("it's ", (say_digits(cv, "single"), "CVV"))))
    return turns, "call/%s: card read in groups over several turns with back-channels, then CVV" % R.choice(["insurance", "utilities", "telecom", "retail"])


def p_card_one_turn_call():
    c = make_card(); m, y = exp_pair()
    sp = say_digits(c)
    exw = "%s %s" % (say_digits("%02d" % m, "single"), say_digits("%02d" % y, "pairs"))
    return [(A, P("can i take the card number please")),
            (C, P("yeah it's ", (sp, "CARD_NUMBER"), " and it expires ", (exw, "EXPIRY"))),
            (A, P("lovely and the amount today is forty two pounds fifty is that right")),
            (C, P("yes"))], "call/utilities: card digit by digit in one turn, expiry, nearby money amount unlabelled"


def p_card_correction():
    c = make_card(); g = [c[i:i + 4] for i in range(0, len(c), 4)]
    wrong = str((int(g[1][0]) + 3) % 10) + g[1][1:]
    return [(A, P("go ahead with the card number")),
            (C, P((say_digits(g[0]), "CARD_NUMBER"), " ", (say_digits(wrong, "single"), "CARD_NUMBER"),
                  " no sorry ", (say_digits(g[1], "single"), "CARD_NUMBER"))),
            (A, P("okay")),
            (C, P((say_digits("".join(g[2:])), "CARD_NUMBER"))),
            (A, P("so that's ", (" ".join(say_digits(x, "single") for x in g), "CARD_NUMBER"), " yeah")),
            (C, P("that's it"))], "call/banking: card with self-correction mid-group, agent reads back whole number"


def p_ni_typed():
    n = make_ni()
    form = R.choice([n, n.lower(), "%s %s %s %s %s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8]), n[:2] + " " + n[2:8] + " " + n[8],
                     "%s-%s-%s-%s-%s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8]), "%s %s %s" % (n[:2], n[2:8], n[8].lower())])
    lead = R.choice(["My NI number is ", "ni no: ", "National Insurance: ", "NINO ", "here you go "])
    return [(A, P("To find your record I need your National Insurance number.")),
            (C, P(lead, (form, "NI_NUMBER"), R.choice(["", " thanks", ". My claim ref is 40218873", " (from my payslip)"])))], \
        "chat/government services: NI number typed, format variant"


def p_ni_spoken():
    n = make_ni()
    lets = " ".join(say_letter(c) for c in n[:2])
    dg = say_digits(n[2:8], R.choice(["single", "pairs", "double"]))
    suf = say_letter(n[8])
    if R.random() < .5:
        turns = [(A, P("and your national insurance number please")),
                 (C, P("yeah it's ", (lets + " " + dg + " " + suf, "NI_NUMBER")))]
        note = "call/%s: NI number spoken in one turn, letters with phonetic alphabet"
    else:
        turns = [(A, P("can i take your national insurance number")),
                 (C, P("um hang on ", (lets, "NI_NUMBER"))), (A, P("mhm")),
                 (C, P((dg, "NI_NUMBER"))), (A, P("and the last letter")),
                 (C, P((suf, "NI_NUMBER"), " i think yeah"))]
        note = "call/%s: NI number split over turns with back-channels"
    return turns, note % R.choice(["government services", "payroll", "benefits", "pensions"])


def p_ni_readback():
    n = make_ni()
    sp = " ".join(say_letter(c) for c in n[:2]) + " " + say_digits(n[2:8], "pairs") + " " + n[8].lower()
    rb = " ".join(c.lower() for c in n[:2]) + " " + say_digits(n[2:8], "single") + " " + n[8].lower()
    return [(C, P("i've got my n i number here it's ", (sp, "NI_NUMBER"))),
            (A, P("let me read that back ", (rb, "NI_NUMBER"), " is that correct")),
            (C, P("yep that's right"))], "call/HMRC-style tax line: NI spoken with pairs then agent reads back"


def p_ssn():
    s = make_ssn()
    if R.random() < .45:
        form = R.choice(["%s-%s-%s" % (s[:3], s[3:5], s[5:]), s, "%s %s %s" % (s[:3], s[3:5], s[5:])])
        return [(A, P("For verification please provide your Social Security number.")),
                (C, P(R.choice(["ssn ", "SSN: ", "it's ", "social is "]), (form, "SSN")))], "chat/US healthcare billing: SSN typed"
    if R.random() < .5:
        return [(A, P("can i get your social security number")),
                (C, P("sure ", (say_digits(s[:3]), "SSN"))), (A, P("okay")),
                (C, P((say_digits(s[3:5]), "SSN"))), (A, P("mhm")), (C, P((say_digits(s[5:]), "SSN")))], \
            "call/US insurance: SSN in three chunks across turns"
    return [(A, P("and the last four of your social")),
            (C, P("um the full one is ", (say_digits(s, "double"), "SSN"), " the last four are ", (say_digits(s[5:], "single"), "SSN")))], \
        "call/US banking: full SSN spoken then last four repeated"


def p_bank():
    sc = digits(6); ac = digits(8)
    if R.random() < .4:
        scf = R.choice(["%s-%s-%s" % (sc[:2], sc[2:4], sc[4:]), sc, "%s %s %s" % (sc[:2], sc[2:4], sc[4:])])
        return [(A, P("Which account would you like the refund paid into?")),
                (C, P("Sort code ", (scf, "SORT_CODE"), R.choice([", acc no ", " account ", " a/c "]), (ac, "BANK_ACCOUNT"),
                      R.choice(["", " ta", ". Refund was £62.40"])))], "chat/retail UK: sort code and account number typed"
    if R.random() < .5:
        return [(A, P("what's the sort code")),
                (C, P((say_digits(sc, "pairs"), "SORT_CODE"))),
                (A, P("and the account number")),
                (C, P("it's ", (say_digits(ac[:4]), "BANK_ACCOUNT"), " um ", (say_digits(ac[4:]), "BANK_ACCOUNT")))], \
            "call/banking UK: sort code in pairs, account number with filler inside"
    return [(A, P("so for the direct debit i need the sort code and account number")),
            (C, P("sort code ", (say_digits(sc, "single"), "SORT_CODE"), " account number ", (say_digits(ac, "double"), "BANK_ACCOUNT"))),
            (A, P("and that's a current account yeah the payment on the first of the month")),
            (C, P("yeah"))], "call/utilities UK: both values in one turn, direct debit date unlabelled"


def p_iban():
    ib = make_iban()
    if R.random() < .6:
        f = R.choice([ib, group4(ib), group4(ib).lower()])
        return [(A, P("Can you send your IBAN for the transfer?")),
                (C, P(R.choice(["IBAN: ", "iban ", "it's "]), (f, "IBAN")))], "chat/%s: IBAN typed" % R.choice(["travel refund EU", "insurance IE", "banking"])
    sp = " ".join(say_letter(c) for c in ib[:2]) + " " + say_digits(ib[2:4], "single") + " " + \
        " ".join(say_letter(c) if c.isalpha() else say_digit(c) for c in ib[4:])
    return [(A, P("go ahead with the iban")), (C, P((sp, "IBAN")))], "call/banking IE: IBAN spelled out with letters and digits"


def uk_phone():
    k = R.choice(["mob", "mob", "ldn", "geo", "ie_mob", "ie_land", "us"])
    if k == "mob":
        d = "07" + digits(9)
        return d, R.choice([d, d[:5] + " " + d[5:], "+44 " + d[1:5] + " " + d[5:], "+44" + d[1:], "(0)" + d[1:5] + " " + d[5:]])
    if k == "ldn":
        d = "020" + digits(8, True)
        return d, R.choice([d[:3] + " " + d[3:7] + " " + d[7:], "(020) " + d[3:7] + " " + d[7:]])
    if k == "geo":
        d = "01" + digits(9)
        return d, d[:5] + " " + d[5:]
    if k == "ie_mob":
        d = "08" + R.choice("35679") + digits(7)
        return d, R.choice([d[:3] + " " + d[3:6] + " " + d[6:], "+353 " + d[1:3] + " " + d[3:6] + " " + d[6:]])
    if k == "ie_land":
        d = "01" + digits(7, True)
        return d, R.choice(["(01) " + d[2:5] + " " + d[5:], "+353 1 " + d[2:5] + " " + d[5:]])
    d = str(R.randint(2, 9)) + digits(2) + str(R.randint(2, 9)) + digits(6)
    return d, R.choice(["(%s) %s-%s" % (d[:3], d[3:6], d[6:]), "%s-%s-%s" % (d[:3], d[3:6], d[6:]), "+1 " + d])


def p_phone():
    d, typed = uk_phone()
    r = R.random()
    if r < .35:
        return [(A, P("What's the best number to reach you on?")),
                (C, P(R.choice(["", "mob ", "call me on ", "Tel: "]), (typed, "PHONE"), R.choice(["", " after 5pm", " any time before 6"])))], \
            "chat/telecom: phone number typed, time mentioned"
    if r < .7:
        sp = say_digits(d, R.choice(["single", "double", "pairs"]))
        return [(A, P("and a contact number")), (C, P("yeah it's ", (sp, "PHONE")))], "call/%s: phone number spoken" % R.choice(["telecom", "energy", "travel"])
    sp1 = say_digits(d[:5], "single"); sp2 = say_digits(d[5:], "double")
    return [(A, P("can i take a phone number in case we get cut off")),
            (C, P((sp1, "PHONE"))), (A, P("yep")), (C, P((sp2, "PHONE"))),
            (A, P("thanks it'll be about twenty minutes"))], "call/breakdown insurance: phone split over two turns, duration unlabelled"


USERS = ["j.doyle", "sarah_kelly88", "mick.obrien", "t.patel", "aoife.murphy", "dave.h", "kpriestley", "r.singh", "niamh.b92", "gwen.evans"]
DOMS = [("gmail", "com"), ("hotmail", "co.uk"), ("yahoo", "ie"), ("outlook", "com"), ("btinternet", "com"), ("eircom", "net")]


def p_email():
    u = R.choice(USERS); d, tld = R.choice(DOMS)
    if R.random() < .4:
        e = u + "@" + d + "." + tld
        e = R.choice([e, e.upper() if R.random() < .2 else e])
        return [(A, P("What's the email on the account?")), (C, P(R.choice(["", "its ", "email: "]), (e, "EMAIL"), R.choice(["", " pls", " x"])))], \
            "chat/retail: email address typed"
    sp_u = u.replace(".", " dot ").replace("_", " underscore ")
    sp_u = re.sub(r"(\d)", lambda m: " " + DW[int(m.group(1))] + " ", sp_u)
    sp_u = re.sub(r" +", " ", sp_u).strip()
    sp = sp_u + " at " + d + " dot " + tld.replace(".", " dot ")
    return [(A, P("and can i confirm an email address")), (C, P("yeah it's ", (sp, "EMAIL")))], "call/%s: email spoken with dot and at" % R.choice(["telecom", "utilities", "travel"])


def p_dob():
    dd, mm, yy = R.randint(1, 28), R.randint(1, 12), R.randint(1940, 2003)
    r = R.random()
    if r < .35:
        f = R.choice(["%02d/%02d/%d" % (dd, mm, yy), "%d.%d.%d" % (dd, mm, yy), "%d %s %d" % (dd, MONTHS[mm - 1].title(), yy),
                      "%d-%02d-%02d" % (yy, mm, dd)])
        return [(A, P("Can you confirm your date of birth?")), (C, P(R.choice(["", "dob ", "born "]), (f, "DOB")))], "chat/healthcare billing: DOB typed"
    ys = TEENS[9] + " " + say_digits(str(yy)[2:], "pairs") if yy < 2000 else ("two thousand" if yy == 2000 else "two thousand and " + DW[yy % 10])
    sp = R.choice(["the " + ORD[dd - 1] + " of " + MONTHS[mm - 1] + " " + ys, MONTHS[mm - 1] + " " + ORD[dd - 1] + " " + ys,
                   say_digits("%02d" % dd, "single") + " " + say_digits("%02d" % mm, "single") + " " + ys])
    return [(A, P("and your date of birth please")), (C, P("yeah it's ", (sp, "DOB"))),
            (A, P("thank you and your appointment is on the fourth of december at ten thirty"))], \
        "call/healthcare: DOB spoken, appointment date after it unlabelled"


def p_address():
    n = R.randint(1, 160); st = R.choice(STREETS); town = R.choice(TOWNS)
    pc = make_eircode() if town in ("Dublin", "Cork", "Galway", "Limerick") else make_uk_pc()
    if R.random() < .45:
        adr = R.choice(["%d %s" % (n, st), "Flat %d, %d %s" % (R.randint(1, 9), n, st), "%d%s %s" % (n, R.choice("ab"), st)])
        return [(A, P("What's the delivery address?")),
                (C, P((adr, "ADDRESS"), ", " + town + " ", (pc, "POSTCODE")))], "chat/retail UK/IE: street address and postcode typed"
    pcs = " ".join(say_letter(c) if c.isalpha() else say_digit(c) for c in pc.replace(" ", ""))
    adr = say_number_words(n) + " " + st.lower()
    return [(A, P("can you confirm the first line of the address and the postcode")),
            (C, P("yeah it's ", (adr, "ADDRESS"), " " + town.lower() + " and the postcode's ", (pcs, "POSTCODE")))], \
        "call/energy UK/IE: address with spoken house number, postcode spelt out"


def p_postcode_only():
    if R.random() < .5:
        z = digits(5, True)
        return [(A, P("And the billing ZIP?")), (C, P(R.choice(["zip ", "", "it's "]), (z if R.random() < .6 else z + "-" + digits(4), "POSTCODE")))], \
            "chat/US retail: ZIP code typed"
    pc = make_uk_pc()
    f = R.choice([pc, pc.lower(), pc.replace(" ", "")])
    return [(A, P("Could I take your postcode?")), (C, P((f, "POSTCODE"), R.choice(["", " thanks", " - customer no 7712093"])))], \
        "chat/utilities UK: postcode typed, format variant"


def p_mixed_verify():
    n = make_ni(); d, _ = uk_phone(); pc = make_uk_pc()
    return [(A, P("for security can i have your postcode and date of birth")),
            (C, P("postcode is ", (" ".join(say_letter(c) if c.isalpha() else say_digit(c) for c in pc.replace(" ", "")), "POSTCODE"),
                  " and i was born on the ", ("%s of %s nineteen %s" % (R.choice(ORD), R.choice(MONTHS), say_number_words(R.randint(41, 99))), "DOB"))),
            (A, P("thanks and your national insurance number")),
            (C, P((" ".join(c.lower() for c in n[:2]) + " " + say_digits(n[2:8], "single") + " " + n[8].lower(), "NI_NUMBER"))),
            (A, P("and a number to call you back")), (C, P((say_digits(d, "double"), "PHONE")))], \
        "call/pensions UK: several verification values in one call"


def p_phone_intl():
    d = "7" + digits(9)
    sp = "plus four four " + say_digits(d, R.choice(["single", "double"]))
    return [(A, P("is there a mobile we can text the booking confirmation to")),
            (C, P("yeah it's ", (sp, "PHONE"), " i'm on a uk sim")),
            (A, P("lovely your booking reference is four four seven two nine one"))], \
        "call/travel: UK mobile with plus four four spoken, booking reference unlabelled"


def n_uk_refs():
    w = R.choice(["policy number", "customer number", "booking reference", "membership number", "meter serial"])
    ref = R.choice(["", "AB", "PX", "HL"]) + digits(R.choice([6, 7, 8]), True)
    return [(C, P("hiya my %s is %s and I was charged £%d.%02d on the %d%s, is that right?" %
                  (w, ref, R.randint(20, 300), R.randint(0, 99), R.randint(1, 28), R.choice(["th", "st"]))))], \
        "chat/UK insurance/utilities: %s with money and date, not PII" % w


POS_T = [(p_phone_intl, 8), (p_card_chat, 14), (p_card_split_call, 14), (p_card_one_turn_call, 10), (p_card_correction, 8), (p_ni_typed, 16),
         (p_ni_spoken, 18), (p_ni_readback, 6), (p_ssn, 22), (p_bank, 20), (p_iban, 14), (p_phone, 20), (p_email, 14),
         (p_dob, 14), (p_address, 16), (p_postcode_only, 10), (p_mixed_verify, 8)]


# -------- negative templates
def n_money():
    a = R.randint(12, 900); p = R.randint(0, 99)
    return [(A, P("your balance is %s pounds %s" % (say_number_words(a % 200), say_number_words(p) if p else "exactly"))),
            (C, P("okay and can i pay %s pounds on the %s of the month" % (say_number_words(R.randint(10, 99)), R.choice(ORD))))], \
        "call/utilities: money amounts and payment date, no PII"


def n_policy():
    ref = digits(R.choice([8, 9, 10]), True)
    w = R.choice(["policy number", "customer number", "booking reference", "claim number", "order number", "invoice number", "account reference"])
    return [(A, P("Thanks, can I take your %s?" % w)), (C, P("%s %s" % (w.capitalize(), ref)))], "chat/insurance UK: %s, not PII" % w


def n_policy_spoken():
    ref = digits(R.choice([7, 8, 9, 10]), True)
    w = R.choice(["policy number", "customer reference", "booking reference", "claim reference", "ticket number", "membership number"])
    return [(A, P("and have you got your %s handy" % w)), (C, P("yeah the %s is %s" % (w, say_digits(ref))))], "call/insurance: %s spoken, not PII" % w


def n_meter():
    r = digits(5, True)
    return [(A, P("can you read me the meter")), (C, P("yeah the meter reading is %s" % say_digits(r, "pairs"))),
            (A, P("thanks that's been logged for the %s of %s" % (R.choice(ORD), R.choice(MONTHS))))], "call/energy UK: meter reading, not PII"


def n_meter_chat():
    r = digits(R.choice([5, 6]), True)
    return [(C, P("Meter reading today %s, previous was %s. Tariff is %d.%dp per kWh" % (r, str(int(r) - R.randint(100, 900)), R.randint(20, 35), R.randint(0, 9))))], \
        "chat/energy: meter readings and tariff, not PII"


def n_flight():
    return [(C, P("my flight %s%d from Dublin at %d:%02d was delayed %d hours, seat %d%s" %
                  (R.choice(["EI", "FR", "BA", "LH"]), R.randint(100, 9999), R.randint(5, 22), R.choice([0, 15, 30, 45]), R.randint(2, 9), R.randint(1, 40), R.choice("ABCDEF"))))], \
        "chat/travel: flight number, time, duration, seat, not PII"


def n_time_call():
    return [(A, P("the engineer will be with you between %s and %s on the %s of %s" % (say_number_words(R.randint(7, 12)), say_number_words(R.randint(1, 5)), R.choice(ORD), R.choice(MONTHS)))),
            (C, P("okay and how long will it take")), (A, P("about %s minutes" % say_number_words(R.randint(20, 90))))], "call/telecom: appointment times and duration, not PII"


def n_year_contract():
    y = R.randint(2015, 2026)
    return [(C, P("i've been with you since %s and my contract started in %s twenty %s" %
                  ("twenty " + say_number_words(y - 2000), R.choice(MONTHS), say_number_words(R.randint(20, 26))))),
            (A, P("yes so you're out of contract and we can offer %s percent off" % say_number_words(R.randint(10, 40))))], "call/telecom: years, contract start, percentage, not DOB"


def n_age():
    return [(A, P("and how old is the driver")), (C, P("he's %s and i'm %s" % (say_number_words(R.randint(17, 25)), say_number_words(R.randint(40, 70))))),
            (A, P("and the car's a %s with %s thousand miles on it" % (R.choice(["twenty nineteen", "two thousand and eighteen", "twenty twenty one"]), say_number_words(R.randint(20, 99)))))], \
        "call/motor insurance: ages, year, mileage, not PII"


def n_model():
    return [(C, P("Router model %s-%d, serial on the box says firmware v%d.%d.%d. Speed test %d Mbps down" %
                  (R.choice(["TG", "HH", "DSL"]), R.randint(100, 9999), R.randint(1, 9), R.randint(0, 20), R.randint(0, 99), R.randint(5, 900))))], \
        "chat/telecom: model number, firmware version, speed, not PII"


def n_room():
    return [(C, P("we're in room %d on the %s floor, checked in on %d/%d and leaving %s" % (R.randint(100, 999), R.choice(["second", "third", "fifth"]), R.randint(1, 28), R.randint(1, 12), R.choice(["Friday", "Sunday"])))),
            (A, P("Thanks, the late checkout is £%d extra until %dpm" % (R.randint(15, 60), R.randint(1, 4))))], "chat/travel hotel: room number, dates, price, not PII"


def n_temp_qty():
    return [(C, P("the boiler's showing %s degrees and pressure is %s point %s bar" % (say_number_words(R.randint(40, 80)), DW[R.randint(0, 2)], DW[R.randint(1, 9)]))),
            (A, P("okay and how many radiators have you got")), (C, P("%s" % say_number_words(R.randint(4, 14))))], "call/home insurance: temperature, pressure, quantity, not PII"


def n_last_payment():
    return [(C, P("I paid £%d.%02d on %d %s %d, ref INV-%d" % (R.randint(10, 999), R.randint(0, 99), R.randint(1, 28), R.choice(MONTHS).title(), R.randint(2023, 2026), R.randint(10000, 999999)))),
            (A, P("I can see that payment, thank you."))], "chat/retail: payment amount, payment date, invoice ref, not PII"


def n_case_ref_spoken():
    ref = digits(6, True)
    return [(A, P("i'll give you a reference for today's call it's %s" % say_digits(ref, "double"))),
            (C, P("sorry say that again")), (A, P("%s" % say_digits(ref, "single")))], "call/government services: call reference read by agent, not PII"


def n_office():
    return [(C, P("how many days does it take")), (A, P("usually %s to %s working days and we'll text when it's dispatched" % (say_number_words(R.randint(2, 4)), say_number_words(R.randint(5, 10)))))], \
        "call/retail: counts of days, not PII"


NEG_T = [(n_uk_refs, 10), (n_money, 10), (n_policy, 14), (n_policy_spoken, 12), (n_meter, 8), (n_meter_chat, 6), (n_flight, 6), (n_time_call, 7),
         (n_year_contract, 7), (n_age, 6), (n_model, 6), (n_room, 5), (n_temp_qty, 5), (n_last_payment, 7), (n_case_ref_spoken, 6), (n_office, 4)]


def generate():
    cases = []
    plan = [f for f, k in POS_T for _ in range(k)]
    R.shuffle(plan)
    for i, f in enumerate(plan, 1):
        turns, note = f()
        cases.append(build("h253-pos-%03d" % i, "positive", turns, note))
    plan = [f for f, k in NEG_T for _ in range(k)]
    R.shuffle(plan)
    for i, f in enumerate(plan, 1):
        turns, note = f()
        cases.append(build("h253-neg-%03d" % i, "negative", turns, note))
    return cases


# ---------------------------------------------------------------- validation
def compact(raw):
    return re.sub(r"[^A-Za-z0-9]", "", raw).upper()


def validate_value(typ, raw):
    n = normalise(raw)
    dg = re.sub(r"\D", "", n)
    if typ == "CARD_NUMBER":
        return True  # fragments; whole-number Luhn checked per case below
    if typ == "CVV":
        return len(dg) in (3, 4) and dg == n
    if typ == "EXPIRY":
        return any(m in raw.lower() for m in MONTHS) or 3 <= len(dg) <= 6
    if typ == "SSN":
        return len(dg) in (3, 2, 4, 9) and dg == n
    if typ == "NI_NUMBER":
        return True  # may be fragments; whole checked per case
    if typ == "BANK_ACCOUNT":
        return len(dg) in (4, 8) and dg == n
    if typ == "SORT_CODE":
        return len(dg) == 6 and dg == n
    if typ == "IBAN":
        return iban_ok(n) or iban_ok(compact(raw))
    if typ == "PHONE":
        return 4 <= len(dg) <= 13
    if typ == "EMAIL":
        return "@" in raw or (" at " in raw and " dot " in raw)
    if typ == "DOB":
        return bool(re.search(r"(19|20)\d\d|nineteen|two thousand", raw.lower()))
    if typ == "POSTCODE":
        pat = r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}|\d{5}(\d{4})?|[A-Z]\d[\dW][A-Z\d]{4}"
        return bool(re.fullmatch(pat, n) or re.fullmatch(pat, compact(raw)))
    if typ == "ADDRESS":
        return bool(re.search(r"\d", n)) and any(w in raw.lower() for w in ("street", "road", "close", "avenue", "lane", "terrace", "gardens", "drive",
                                                                          "crescent", "view", "way", "park", "rise", "walk", "parade", "grove", "court", "mews", "row"))
    return False


TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]
MIN = {t: 12 for t in TYPES}
MIN.update({"CARD_NUMBER": 30, "NI_NUMBER": 30, "SSN": 30})
NI_RE = re.compile(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]")


def check(cases, text):
    probs = []
    ids = [c["id"] for c in cases]
    if len(ids) != len(set(ids)):
        probs.append("duplicate ids")
    cnt = Counter()
    for c in cases:
        if c["kind"] == "negative" and c["spans"]:
            probs.append(c["id"] + ": negative with spans")
        last = {}
        card_parts, ni_parts = [], []
        for s in sorted(c["spans"], key=lambda s: (s["turn"], s["start"])):
            t = c["turns"][s["turn"]]["text"]
            if not (0 <= s["start"] < s["end"] <= len(t)):
                probs.append("%s: offsets out of range" % c["id"]); continue
            if s["start"] > 0 and t[s["start"] - 1].isalnum() or s["end"] < len(t) and t[s["end"]].isalnum():
                probs.append("%s: span not on word boundary" % c["id"])
            if s["start"] < last.get(s["turn"], 0):
                probs.append("%s: overlapping spans" % c["id"])
            last[s["turn"]] = s["end"]
            v = t[s["start"]:s["end"]]
            if v != v.strip():
                probs.append("%s: span has outer whitespace" % c["id"])
            if s["type"] not in TYPES or not validate_value(s["type"], v):
                probs.append("%s: bad %s value %r -> %r" % (c["id"], s["type"], v, normalise(v)))
            if s["type"] == "CARD_NUMBER":
                card_parts.append(normalise(v))
            if s["type"] == "NI_NUMBER":
                ni_parts.append(compact(v) if NI_RE.fullmatch(compact(v)) else normalise(v))
            cnt[s["type"]] += 1
        # assemble card(s): concatenate and accept if the full string (or the read-back halves) is Luhn valid
        if card_parts:
            joined = "".join(card_parts)
            ok = False
            for L in (15, 16, 19):
                if len(joined) % L == 0 or len(joined) > L:
                    pass
            # case with correction: drop the wrong group (second) when needed
            cands = [joined, "".join(card_parts[:1] + card_parts[2:])]
            ok = False
            for cand in cands:
                n = len(cand)
                for L in (15, 16, 19):
                    if n % L == 0 and all(luhn_ok(cand[i:i + L]) for i in range(0, n, L)):
                        ok = True
                # correction case: first, corrected pieces, then readback
                if not ok and n > 16:
                    half = cand[-16:]
                    if luhn_ok(half) and luhn_ok(cand[:-16]) and len(cand[:-16]) == 16:
                        ok = True
            if not ok or not joined.isdigit():
                probs.append("%s: card not Luhn valid %r" % (c["id"], card_parts))
        if ni_parts:
            joined = "".join(ni_parts)
            if not (len(joined) % 9 == 0 and all(NI_RE.fullmatch(joined[i:i + 9]) for i in range(0, len(joined), 9))):
                probs.append("%s: bad NI %r" % (c["id"], ni_parts))
    pos = sum(c["kind"] == "positive" for c in cases)
    neg = len(cases) - pos
    if pos < 170 or neg < 100:
        probs.append("too few cases pos=%d neg=%d" % (pos, neg))
    for t in TYPES:
        if cnt[t] < MIN[t]:
            probs.append("type %s has %d spans < %d" % (t, cnt[t], MIN[t]))
    return probs, cnt, pos, neg


def readme(cnt, pos, neg):
    lines = ["# PII hold-out set h253 (UK/IE emphasis)", "",
             "**Never use this set for tuning.** It is a held-out evaluation set only.", "",
             "Written by an AI helper acting as an independent author who did not see the redaction code, its tests, its docs "
             "or any other PII fixtures (only a three-line format example). Cases are produced by template functions in "
             "`scripts/make_pii_holdout253.py`; each turn is assembled from plain text and (value, TYPE) segments so offsets are "
             "computed, never typed. All values come from one `random.Random(253241126)`; output is byte-for-byte reproducible. "
             "`--check` regenerates, compares, and validates offsets, word boundaries, overlaps, and values (Luhn, mod-97, NI format, "
             "digit counts, postcode shapes) after normalising spoken forms.", "",
             "## Annotation conventions", "",
             "- A span covers only the value itself: digits/letters as typed or the spoken words that make up the value, including "
             "`double`/`triple`, `oh`/`nought`, pairs such as `forty one`, and phonetic spellings (`b for bravo`, `q as in quebec`). "
             "Lead-in words (`it's`, `sort code`, `yeah`) are outside the span.",
             "- A value split across turns is labelled as one span per turn fragment; back-channels (`mhm`, `yep`) are unlabelled. "
             "Fillers between fragments in the same turn (`um`) are outside the spans (two spans).",
             "- Self-corrections: the wrong fragment is labelled too (it is still card data the caller said); agent read-backs are labelled.",
             "- ADDRESS covers house/flat number and street name, not the town; the postcode/Eircode is a separate POSTCODE span. "
             "Irish Eircodes are labelled POSTCODE.",
             "- Spoken e-mails include the `at` and `dot` words. DOB includes the whole date phrase (`the third of may nineteen eighty`).",
             "- EXPIRY covers month and year; CVV only the digits.",
             "- Negatives contain money, times, durations, years, percentages, non-birth dates, policy/customer/booking/claim/invoice "
             "references (with their name), meter readings, flight/room/model numbers, ages, temperatures - nothing should be redacted.", "",
             "## Counts", "", "positives: %d, negatives: %d" % (pos, neg), "", "| type | spans |", "|---|---|"]
    lines += ["| %s | %d |" % (t, cnt[t]) for t in TYPES]
    return "\n".join(lines) + "\n"


def main():
    cases = generate()
    text = "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in cases)
    probs, cnt, pos, neg = check(cases, text)
    rd = readme(cnt, pos, neg)
    if "--check" in sys.argv:
        if not CASES.exists() or CASES.read_text(encoding="utf-8") != text:
            probs.append("cases.jsonl differs from regenerated output")
        if not README.exists() or README.read_text(encoding="utf-8") != rd:
            probs.append("README.md differs from regenerated output")
    else:
        OUTDIR.mkdir(parents=True, exist_ok=True)
        CASES.write_text(text, encoding="utf-8")
        README.write_text(rd, encoding="utf-8")
    print("cases: %d positive, %d negative" % (pos, neg))
    for t in TYPES:
        print("  %-13s %d" % (t, cnt[t]))
    for p in probs:
        print("PROBLEM:", p)
    print("OK" if not probs else "FAILED (%d problems)" % len(probs))
    return 1 if probs else 0


if __name__ == "__main__":
    sys.exit(main())

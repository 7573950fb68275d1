#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set pii_holdout200.

Written by an AI helper acting as an independent author (did not see the
redaction code).  Standard library only; byte-for-byte reproducible.

    python scripts/make_pii_holdout200.py          # write fixture + README
    python scripts/make_pii_holdout200.py --check  # regenerate and verify
"""
import json
import random
import re
import sys
from pathlib import Path

SEED = 200241125
ROOT = Path(__file__).resolve().parent.parent
OUTDIR = ROOT / "tests" / "fixtures" / "pii_holdout200"
CASES = OUTDIR / "cases.jsonl"
README = OUTDIR / "README.md"
TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE",
         "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

R = random.Random(SEED)
DW = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
         "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "f": "foxtrot",
        "g": "golf", "h": "hotel", "j": "juliet", "k": "kilo", "l": "lima", "m": "mike",
        "n": "november", "p": "papa", "r": "romeo", "s": "sierra", "t": "tango", "w": "whiskey",
        "x": "x-ray", "y": "yankee", "z": "zulu", "o": "oscar", "u": "uniform", "v": "victor",
        "i": "india", "q": "quebec"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORD = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
       "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
       "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty first", "twenty second",
       "twenty third", "twenty fourth", "twenty fifth", "twenty sixth", "twenty seventh",
       "twenty eighth"]


def digits(n, first=None):
    s = "".join(str(R.randint(0, 9)) for _ in range(n))
    if first is not None:
        s = first + s[len(first):]
    return s


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


def card(n=16):
    pre = R.choice(["4", "51", "53", "55", "4", "6011"]) if n != 15 else "37"
    body = pre + digits(n - 1 - len(pre))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def iban_ok(s):
    s = s.replace(" ", "").upper()
    t = s[4:] + s[:4]
    num = "".join(str(int(ch, 36)) for ch in t)
    return int(num) % 97 == 1


def iban(country=None):
    country = country or R.choice(["GB", "IE", "DE", "NL", "FR"])
    if country in ("GB", "IE"):
        bban = "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(4)) + digits(14)
    elif country == "DE":
        bban = digits(18)
    elif country == "NL":
        bban = "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(4)) + digits(10)
    else:
        bban = digits(23)
    for ck in range(2, 99):
        cand = country + "%02d" % ck + bban
        if iban_ok(cand):
            return cand


def group(s, n=4, sep=" "):
    return sep.join(s[i:i + n] for i in range(0, len(s), n))


def ssn():
    a = R.randint(1, 665)
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


NI_PRE = ["AB", "JE", "PX", "NH", "SK", "WP", "TR", "CE", "HL", "MA", "ZR", "YT", "KL", "RE"]


def ni():
    return R.choice(NI_PRE) + digits(6) + R.choice("ABCD")


# ---------------- spoken renderings ----------------
def say_digits(s, style=None):
    """Spell digits as an ASR would: zero/oh/o/nought, double/triple, some pairs."""
    out = []
    i = 0
    zero = R.choice(["zero", "oh", "o", "nought", "oh"]) if style is None else style
    while i < len(s):
        ch = s[i]
        r = R.random()
        if i + 2 < len(s) and s[i + 1] == ch and s[i + 2] == ch and r < 0.7:
            out.append("triple " + (zero if ch == "0" else DW[int(ch)]))
            i += 3
            continue
        if i + 1 < len(s) and s[i + 1] == ch and r < 0.6:
            out.append("double " + (zero if ch == "0" else DW[int(ch)]))
            i += 2
            continue
        if i + 1 < len(s) and ch != "0" and s[i + 1] != "0" and r > 0.88:
            pair = int(s[i:i + 2])
            if 10 <= pair <= 19:
                out.append(TEENS[pair - 10])
            else:
                out.append(TENS[pair // 10] + " " + DW[pair % 10])
            i += 2
            continue
        out.append(zero if ch == "0" else DW[int(ch)])
        i += 1
    return " ".join(out)


def say_letter(c, nato=None):
    c = c.lower()
    if nato is None:
        nato = R.random() < 0.4
    return "%s for %s" % (c, NATO[c]) if nato else c


def say_alnum(s):
    parts = []
    buf = ""
    for ch in s:
        if ch.isdigit():
            buf += ch
        else:
            if buf:
                parts.append(say_digits(buf))
                buf = ""
            if ch != " ":
                parts.append(say_letter(ch))
    if buf:
        parts.append(say_digits(buf))
    return " ".join(parts)


def say_year(y):
    a, b = divmod(y, 100)
    hi = TEENS[a - 10] if a < 20 else "twenty"
    if a == 20:
        return "two thousand" + ("" if b == 0 else (" and " if b < 10 else " ") + two(b))
    return hi + " " + (("oh " + DW[b]) if b < 10 else two(b))


def two(n):
    if n < 10:
        return DW[n]
    if n < 20:
        return TEENS[n - 10]
    return TENS[n // 10] + ("" if n % 10 == 0 else " " + DW[n % 10])


# ---------------- normalising spoken forms (for --check) ----------------
WORDNUM = {w: str(i) for i, w in enumerate(DW)}
WORDNUM.update({"oh": "0", "o": "0", "nought": "0", "zero": "0"})


def norm_spoken(text):
    """Return a string of digits/letters from a written or spoken value."""
    t = text.lower().replace("x-ray", "xray").replace("-", " ").replace("/", " ").replace(".", " ").replace(",", " ")
    t = t.replace("(", " ").replace(")", " ").replace("+", " ")
    toks = t.split()
    out = []
    i = 0
    fillers = {"um", "uh", "er", "erm", "sorry", "and", "then", "it's", "its", "yeah", "like"}
    while i < len(toks):
        w = toks[i]
        if w in ("double", "triple") and i + 1 < len(toks):
            n = 2 if w == "double" else 3
            nxt = toks[i + 1]
            val = WORDNUM.get(nxt, nxt if len(nxt) == 1 else None)
            if val is None:
                return None
            out.append(val * n)
            i += 2
            continue
        if w in WORDNUM and not (w == "o" and i + 1 < len(toks) and toks[i + 1] == "for"):
            out.append(WORDNUM[w])
            i += 1
            continue
        if w in TEENS:
            out.append(str(10 + TEENS.index(w)))
            i += 1
            continue
        if w in TENS and w:
            tv = TENS.index(w)
            if i + 1 < len(toks) and toks[i + 1] in DW[1:]:
                out.append(str(tv) + WORDNUM[toks[i + 1]])
                i += 2
            else:
                out.append(str(tv) + "0")
                i += 1
            continue
        if len(w) == 1 and w.isalpha():
            out.append(w)
            if i + 2 < len(toks) and toks[i + 1] == "for":
                i += 3
            else:
                i += 1
            continue
        if w in fillers:
            i += 1
            continue
        if w.isalnum():
            out.append(w)
            i += 1
            continue
        if w in fillers:
            i += 1
            continue
        return None
    return "".join(out).upper()


# ---------------- case building ----------------
def turn(speaker, *segs):
    return (speaker, list(segs))


A = lambda *s: turn("agent", *s)
C = lambda *s: turn("customer", *s)


def build(cid, kind, turns, note):
    out_turns, spans = [], []
    for ti, (spk, segs) in enumerate(turns):
        text = ""
        for seg in segs:
            if isinstance(seg, tuple):
                val, typ = seg
                spans.append({"turn": ti, "start": len(text), "end": len(text) + len(val), "type": typ})
                text += val
            else:
                text += seg
        out_turns.append({"speaker": spk, "text": text})
    return {"id": cid, "kind": kind, "turns": out_turns, "spans": spans, "note": note}


def pick(*xs):
    return R.choice(xs)


# ---------------- positive templates ----------------
def p_card_chat():
    c = card(R.choice([16, 16, 16, 15]))
    form = R.randint(0, 3)
    if form == 0:
        v = group(c) if len(c) == 16 else c[:4] + " " + c[4:10] + " " + c[10:]
    elif form == 1:
        v = group(c, 4, "-")
    elif form == 2:
        v = c
    else:
        v = group(c, 4, ".")
    amt = "£%d.%02d" % (R.randint(20, 400), R.randint(0, 99))
    ind = pick("retail", "telecom", "utilities", "travel")
    return [C("hi can i pay the ", amt, " balance now? card is ", (v, "CARD_NUMBER"),
              pick(" thanks", "", " cheers", " ty")),
            A("Thanks, that payment of ", amt, " will show within 2 working days.")], \
        "chat/%s: card typed (form %d) next to an amount" % (ind, form)


def p_card_call():
    c = card()
    sp = say_digits(c)
    ind = pick("insurance", "banking", "telecom", "healthcare billing")
    return [A("okay and the long number across the front of the card please"),
            C(pick("yeah it's ", "right so ", "um ", "okay "), (sp, "CARD_NUMBER"))], \
        "call/%s: card read digit by digit with ASR number words" % ind


def p_card_split():
    c = card()
    g = [c[i:i + 4] for i in range(0, 16, 4)]
    bc = ["mhm", "okay go on", "yep", "got that", "uh huh"]
    turns = [A("go ahead with the card number when you're ready")]
    for k, x in enumerate(g):
        pre = pick("", "so ", "um ", "") if k else pick("right ", "okay it's ", "")
        turns.append(C(pre, (say_digits(x), "CARD_NUMBER")))
        if k < 3:
            turns.append(A(R.choice(bc)))
    turns.append(A("thank you and that's for the payment of ", two(R.randint(20, 99)), " pounds today yeah"))
    return turns, "call/%s: card split over four customer turns with back-channels" % pick("utilities", "retail", "travel")


def p_card_correction():
    c = card()
    wrong = c[:8]
    return [A("can i take the card number"),
            C((say_digits(c[:4]), "CARD_NUMBER"), " ", (say_digits(c[4:8]), "CARD_NUMBER"),
              " no sorry wait ", (say_digits(c[:4]), "CARD_NUMBER"), " ", (say_digits(c[4:8]), "CARD_NUMBER"),
              " ", (say_digits(c[8:12]), "CARD_NUMBER"), " ", (say_digits(c[12:]), "CARD_NUMBER")),
            A("lovely and i'll read that back ", (say_digits(c), "CARD_NUMBER"))], \
        "call/banking: card with self-correction restart and agent read-back"


def p_card_cvv_exp_chat():
    c = card()
    cv = digits(3)
    mm, yy = R.randint(1, 12), R.randint(26, 31)
    exp = pick("%02d/%02d" % (mm, yy), "%02d/20%02d" % (mm, yy), "%02d-%02d" % (mm, yy))
    return [A("Please provide the card number, expiry and security code."),
            C((group(c), "CARD_NUMBER"), " exp ", (exp, "EXPIRY"), " cvv ", (cv, "CVV"),
              ", order 4471203 btw")], \
        "chat/retail: card, expiry and cvv in one message beside an order number"


def p_cvv_call():
    cv = digits(R.choice([3, 3, 4]))
    return [A("and the three digit security code on the back"),
            C(pick("it's ", "um ", "", "yeah "), (say_digits(cv), "CVV")),
            A("thank you and the payment is ", two(R.randint(21, 99)), " pounds ", two(R.randint(1, 99)))], \
        "call/%s: cvv read out as words followed by an amount" % pick("telecom", "utilities", "insurance")


def p_exp_call():
    mm, yy = R.randint(1, 12), R.randint(26, 31)
    form = R.randint(0, 2)
    if form == 0:
        v = say_digits("%02d" % mm) + " " + two(yy)
    elif form == 1:
        v = MONTHS[mm - 1] + " twenty " + two(yy - 20 if yy >= 30 else yy - 20)
        v = MONTHS[mm - 1] + " " + say_year(2000 + yy)
    else:
        v = say_digits("%02d" % mm) + " slash " + say_digits("%02d" % yy)
    cv = digits(3)
    return [A("what's the expiry date on the card"),
            C((v, "EXPIRY")),
            A("and the security code"),
            C((say_digits(cv), "CVV"))], "call/travel: expiry (form %d) then cvv" % form


def p_ssn_chat():
    s = ssn()
    form = R.randint(0, 2)
    v = [s[:3] + "-" + s[3:5] + "-" + s[5:], s[:3] + " " + s[3:5] + " " + s[5:], s][form]
    ind = pick("healthcare billing", "banking", "insurance", "government services")
    return [A("To verify, please type your Social Security number."),
            C(pick("sure its ", "", "ok ", "SSN: "), (v, "SSN"), pick("", " and my claim # is 55102931", " thx"))], \
        "chat/%s: US SSN typed (form %d)" % (ind, form)


def p_ssn_call():
    s = ssn()
    return [A("can i get your social security number please"),
            C(pick("sure ", "yeah ", "uh "), (say_digits(s[:3]), "SSN"), " ", (say_digits(s[3:5]), "SSN"),
              " ", (say_digits(s[5:]), "SSN"))], \
        "call/%s: SSN spoken in 3-2-4 groups" % pick("banking", "healthcare billing", "government services")


def p_ssn_split():
    s = ssn()
    return [A("and your social please"),
            C((say_digits(s[:3]), "SSN")), A("mhm"),
            C((say_digits(s[3:5]), "SSN")), A("okay"),
            C(pick("", "and "), (say_digits(s[5:]), "SSN")),
            A("thanks your appointment is at ten thirty on the fourteenth")], \
        "call/healthcare billing: SSN split over turns beside an appointment time"


def p_ssn_last4_full():
    s = ssn()
    return [A("i have the last four as ", s[5:], " can you give me the full number to confirm"),
            C((s[:3] + "-" + s[3:5] + "-" + s[5:], "SSN"))], \
        "chat/banking: agent mentions last four (unlabelled) and customer types full SSN"


def ni_spoken(v):
    return say_letter(v[0]) + " " + say_letter(v[1]) + " " + say_digits(v[2:8]) + " " + say_letter(v[8])


def p_ni_chat():
    v = ni()
    form = R.randint(0, 3)
    t = [v, v[:2] + " " + v[2:4] + " " + v[4:6] + " " + v[6:8] + " " + v[8], v.lower(),
         v[:2] + v[2:8] + " " + v[8]][form]
    return [A("Can you confirm your National Insurance number?"),
            C(pick("yes ", "", "it's ", "NI no "), (t, "NI_NUMBER"), pick("", " thanks", ", ref 20230981 for my claim"))], \
        "chat/government services: NI number typed (form %d)" % form


def p_ni_call():
    v = ni()
    return [A("and your national insurance number"),
            C(pick("it's ", "yeah ", "um ", ""), (ni_spoken(v), "NI_NUMBER"))], \
        "call/%s: NI number spoken with letters, possibly NATO" % pick("government services", "banking", "insurance")


def p_ni_split():
    v = ni()
    return [A("go on with the national insurance number"),
            C((say_letter(v[0]) + " " + say_letter(v[1]), "NI_NUMBER")), A("yep"),
            C((say_digits(v[2:5]), "NI_NUMBER")), A("mhm"),
            C((say_digits(v[5:8]), "NI_NUMBER"), " and then ", (say_letter(v[8]), "NI_NUMBER"))], \
        "call/government services: NI split over turns"


def p_ni_readback():
    v = ni()
    return [C("my ni number is ", (ni_spoken(v), "NI_NUMBER")),
            A("just reading that back ", (ni_spoken(v), "NI_NUMBER"), " and you're claiming for ", two(R.randint(2, 9)), " weeks")], \
        "call/government services: NI number plus agent read-back and a count"


def p_bank_chat():
    acc, sc = digits(8), digits(6)
    scv = pick(sc[:2] + "-" + sc[2:4] + "-" + sc[4:], sc, sc[:2] + " " + sc[2:4] + " " + sc[4:])
    return [A("Please send the account number and sort code for the refund of £%d.00" % R.randint(10, 900)),
            C("acc ", (acc, "BANK_ACCOUNT"), pick(" sort ", " sc ", ", sort code "), (scv, "SORT_CODE"))], \
        "chat/%s: UK account and sort code typed" % pick("retail", "utilities", "insurance")


def p_bank_call():
    acc, sc = digits(8), digits(6)
    return [A("what's the sort code"),
            C((say_digits(sc[:2]), "SORT_CODE"), " ", (say_digits(sc[2:4]), "SORT_CODE"), " ",
              (say_digits(sc[4:]), "SORT_CODE")),
            A("and the account number"),
            C(pick("", "it's ", "um "), (say_digits(acc), "BANK_ACCOUNT"))], \
        "call/banking: sort code in pairs and account number spoken"


def p_us_account():
    acc = digits(R.choice([10, 11, 12]))
    rt = "021000021"
    return [A("What's the checking account number for the autopay?"),
            C("account ", (acc, "BANK_ACCOUNT"), ", it's the one ending in ", acc[-4:], pick("", " lol")),
            A("Thanks, autopay will start on March 3 for $%d.%02d" % (R.randint(40, 300), R.randint(0, 99)))], \
        "chat/utilities: US account number typed then last four repeated (last-four not labelled)"


def p_iban_chat():
    v = iban()
    t = pick(v, group(v), group(v).lower())
    return [A("Could you send the IBAN for the transfer?"),
            C((t, "IBAN"), pick("", " thanks", " - invoice 88213074"))], "chat/banking: IBAN typed (EU/IE/UK)"


def p_iban_call():
    v = iban(pick("GB", "IE"))
    return [A("can you read me the iban"),
            C(pick("yeah ", "okay ", ""), (say_alnum(v), "IBAN"))], "call/travel: IBAN spoken letter and digit"


def p_phone_chat():
    form = R.randint(0, 4)
    if form == 0:
        v = "07" + digits(9)
        v = v[:5] + " " + v[5:]
    elif form == 1:
        v = "+44 7" + digits(3) + " " + digits(6)
    elif form == 2:
        v = "(%s) %s-%s" % (str(R.randint(201, 989)), digits(3, "5"), digits(4))
    elif form == 3:
        v = "+353 8%d %s %s" % (R.randint(3, 9), digits(3), digits(4))
    else:
        v = "+1-%d-%s-%s" % (R.randint(201, 989), digits(3, "4"), digits(4))
    return [A("What's the best number to reach you on?"),
            C(pick("", "it's ", "mobile: "), (v, "PHONE"), pick("", " after 5pm", " anytime before 6"))], \
        "chat/%s: phone typed (form %d) beside times" % (pick("telecom", "retail", "insurance"), form)


def p_phone_call():
    v = "07" + digits(9)
    return [A("and a contact number"),
            C(pick("yeah it's ", "um ", ""), (say_digits(v[:5]), "PHONE"), " ", (say_digits(v[5:]), "PHONE")),
            A("lovely we'll call between nine and five")], "call/telecom: UK mobile spoken in two groups"


def p_phone_split():
    v = str(R.randint(201, 989)) + digits(7, "5")
    return [A("what's a good callback number"),
            C((say_digits(v[:3]), "PHONE")), A("okay"),
            C((say_digits(v[3:6]), "PHONE")), A("uh huh"),
            C((say_digits(v[6:]), "PHONE"))], "call/insurance: US phone split over three turns"


def p_email_chat():
    user = pick("j.doe", "sarah_k84", "mike.obrien", "aoife.ni.bhriain", "t.nguyen22", "pkowalski")
    dom = pick("gmail.com", "outlook.ie", "yahoo.co.uk", "btinternet.com", "proton.me")
    v = user + "@" + dom
    return [C("pls send the receipt to ", (v, "EMAIL"), pick("", " thanks", ", order 100293847"))], "chat/retail: email typed"


def p_email_call():
    u = pick(["j", "dot", "doe"], ["sarah", "underscore", "kay", "eighty", "four"], ["mike", "dot", "o", "brien"],
             ["t", "nguyen", "twenty", "two"], ["p", "kowalski"])
    dom = pick("gmail dot com", "outlook dot ie", "yahoo dot co dot uk", "hotmail dot com")
    v = " ".join(u) + " at " + dom
    return [A("and what email should we use"),
            C(pick("it's ", "yeah ", ""), (v, "EMAIL"))], "call/%s: email spoken with 'at' and 'dot'" % pick("telecom", "utilities")


def p_dob_chat():
    d, m, y = R.randint(1, 28), R.randint(1, 12), R.randint(1945, 2004)
    form = R.randint(0, 2)
    v = ["%02d/%02d/%d" % (d, m, y), "%d %s %d" % (d, MONTHS[m - 1].capitalize(), y), "%d-%02d-%02d" % (y, m, d)][form]
    return [A("Please confirm your date of birth."),
            C(pick("", "dob ", "its "), (v, "DOB"), pick("", " - appt is on 12/12 at 3pm", " thanks"))], \
        "chat/healthcare billing: DOB typed (form %d)" % form


def p_dob_call():
    d, m, y = R.randint(1, 28), R.randint(1, 12), R.randint(1945, 2004)
    v = pick("the %s of %s %s" % (ORD[d - 1], MONTHS[m - 1], say_year(y)),
             "%s %s %s" % (say_digits("%02d" % d), say_digits("%02d" % m), say_year(y)),
             "%s %s %s" % (MONTHS[m - 1], ORD[d - 1], say_year(y)))
    return [A("can you confirm your date of birth for me"),
            C(pick("yeah it's ", "", "um "), (v, "DOB")),
            A("thank you and i can see you've been with us since twenty nineteen")], \
        "call/insurance: DOB spoken next to a non-PII year"


def uk_postcode():
    return pick("SW1A 2AA", "M4 6LT", "B33 8TH", "CR2 6XH", "LS11 5DN", "EH3 9QG", "BS8 1TH",
                "NW3 4QP", "G12 8QQ", "CF10 3NB", "E14 5AB", "L3 9PP", "N7 6RS")


def p_postcode_chat():
    us = R.random() < 0.35
    v = digits(5, str(R.randint(1, 9))) if us else pick(uk_postcode(), uk_postcode().lower(), uk_postcode().replace(" ", ""))
    return [A("What's the postcode on the account?" if not us else "What's your ZIP code?"),
            C(pick("", "it's ", "its "), (v, "POSTCODE"))], "chat/utilities: %s typed" % ("ZIP" if us else "UK postcode")


def p_postcode_call():
    v = uk_postcode()
    return [A("and the postcode"),
            C(pick("", "it's ", "yeah "), (say_alnum(v), "POSTCODE"))], "call/utilities: UK postcode spoken"


STREETS = ["Holloway Road", "Elm Street", "Maple Avenue", "Station Road", "Church Lane", "Kingsway",
           "Grafton Street", "Oak Drive", "Victoria Terrace", "Park View", "Mill Lane", "Main Street"]


def p_address_chat():
    n = R.randint(2, 240)
    st = R.choice(STREETS)
    pc = uk_postcode()
    flat = pick("", "Flat %d, " % R.randint(1, 30), "")
    return [A("What's the delivery address?"),
            C((flat + "%d %s" % (n, st), "ADDRESS"), ", ", pick("London", "Leeds", "Bristol", "Manchester"), " ",
              (pc, "POSTCODE"))], "chat/retail: street address with postcode"


def p_address_call():
    n = R.randint(2, 199)
    st = R.choice(STREETS).lower()
    sn = pick(two(n) if n < 100 else say_digits(str(n)), say_digits(str(n)))
    return [A("and the first line of the address"),
            C(pick("yeah it's ", "", "um "), (sn + " " + st, "ADDRESS")),
            A("and how many people live at the property"),
            C(pick("three of us", "just two", "four"))], "call/insurance: address spoken then a count"


def p_us_address():
    n = R.randint(100, 9999)
    st = R.choice(["Elm Street", "Maple Avenue", "Oak Drive", "Main Street"])
    z = digits(5, str(R.randint(1, 9)))
    return [A("Confirm the service address?"),
            C((str(n) + " " + st + pick("", " Apt %d" % R.randint(2, 40)), "ADDRESS"), ", Springfield IL ", (z, "POSTCODE"))], \
        "chat/telecom: US address with ZIP"


def p_combo_call():
    v = ni()
    d, m, y = R.randint(1, 28), R.randint(1, 12), R.randint(1950, 2000)
    return [A("can i take your date of birth and national insurance number"),
            C((ORD[d - 1] + " of " + MONTHS[m - 1] + " " + say_year(y), "DOB"), " and it's ", (ni_spoken(v), "NI_NUMBER")),
            A("thanks your claim reference is four four one two nine")], \
        "call/government services: DOB and NI in one turn, reference read by agent"


def p_card_near_ref():
    c = card()
    ref = digits(8, "9")
    return [C("order number ", ref, " and card ", (group(c), "CARD_NUMBER")),
            A("Thanks, refund of $%d.%02d on order %s" % (R.randint(10, 500), R.randint(0, 99), ref))], \
        "chat/retail: card beside an 8-digit order number (order number not PII)"


def p_ssn_filler():
    s = ssn()
    sp = say_digits(s[:3]) + " um " + say_digits(s[3:5]) + " uh " + say_digits(s[5:])
    return [A("social security number please"),
            C(pick("okay ", ""), (sp, "SSN"))], "call/banking: SSN with fillers inside the reading"


def p_ni_near_amount():
    v = ni()
    return [C("I was told to pay £", str(R.randint(100, 999)), " back, my NI is ", (v, "NI_NUMBER"), " and ref 77310294"),
            A("Thanks. The payment plan starts 01/02 for 12 months.")], "chat/government services: NI beside amounts and a reference"


def p_dob_beside_appt():
    d, m, y = R.randint(1, 28), R.randint(1, 12), R.randint(1950, 2003)
    return [A("Date of birth please, and which appointment is this about?"),
            C((("%02d.%02d.%d" % (d, m, y)), "DOB"), " - the one on 03/12 at 9:40, invoice 40021387")], \
        "chat/healthcare billing: DOB typed beside an appointment date and invoice number"


POS = [p_dob_beside_appt, p_card_chat, p_card_call, p_card_split, p_card_correction, p_card_cvv_exp_chat, p_cvv_call, p_exp_call,
       p_ssn_chat, p_ssn_call, p_ssn_split, p_ssn_last4_full, p_ni_chat, p_ni_call, p_ni_split, p_ni_readback,
       p_bank_chat, p_bank_call, p_us_account, p_iban_chat, p_iban_call, p_phone_chat, p_phone_call,
       p_phone_split, p_email_chat, p_email_call, p_dob_chat, p_dob_call, p_postcode_chat, p_postcode_call,
       p_address_chat, p_address_call, p_us_address, p_combo_call, p_card_near_ref, p_ssn_filler, p_ni_near_amount]


# ---------------- negative templates ----------------
def n_order_ref():
    ref = digits(R.choice([8, 9, 10]), str(R.randint(1, 9)))
    return [A("Can I take your order number?"), C(pick("order ", "order no. ", "it's order #"), ref)], \
        "chat/retail: long order number with its reference word"


def n_ref_spoken():
    ref = digits(R.choice([8, 9, 10]))
    return [A("have you got the reference number there"),
            C("yeah the reference is ", say_digits(ref)),
            A("thank you that's the claim from last tuesday")], "call/insurance: claim reference read digit by digit"


def n_amount_digits():
    a = R.randint(1000, 9999)
    return [A("your outstanding balance is ", say_digits(str(a)), " pounds and ", two(R.randint(1, 99)), " pence"),
            C("right okay and when's that due")], "call/utilities: balance read digit by digit"


def n_hours():
    return [C("what time are you open"),
            A("we're open eight till eight monday to friday and nine till five on saturdays that's oh eight hundred to twenty hundred")], \
        "call/telecom: opening hours that sound like digits"


def n_tracking():
    t = pick("JD" + digits(16), "1Z" + digits(16), digits(12))
    return [C("tracking says ", t, " but nothing arrived"),
            A("I can see tracking number %s was delivered on 14/11 at 10:42." % t)], \
        "chat/retail: long courier tracking number with its name"


def n_model_serial():
    return [A("Could you give me the model and serial number?"),
            C("model WM%d%d, serial number %s" % (R.randint(10, 99), R.randint(100, 999), digits(10)))], \
        "chat/utilities: appliance model and 10-digit serial number"


def n_meter():
    r = digits(R.randint(5, 6))
    return [A("can you read me the meter"),
            C("yeah it's ", say_digits(r), " on the day rate"), A("thanks so the reading is " + r)], \
        "call/utilities: meter reading spoken and read back"


def n_appt():
    d, m = R.randint(1, 28), R.randint(1, 12)
    return [A("i can book you in on the %s of %s at %s thirty" % (ORD[d - 1], MONTHS[m - 1], two(R.randint(9, 12)))),
            C("yeah the %s is fine" % ORD[d - 1])], "call/healthcare billing: appointment date, not a birth date"


def n_payment_date():
    return [C("when does my direct debit come out"),
            A("It's taken on the %d%s of each month, next one %02d/%02d/2026 for £%d.%02d"
              % (R.choice([1, 15, 28]), "th", R.randint(1, 28), R.randint(1, 12), R.randint(20, 99), R.randint(0, 99)))], \
        "chat/utilities: payment date and amount"


def n_last4():
    l4 = digits(4)
    return [A("i can see a card ending ", say_digits(l4), " on the account is that the one you want to use"),
            C("yeah the one ending in ", say_digits(l4), " that's right")], "call/telecom: card last-four mention only"


def n_last4_chat():
    l4 = digits(4)
    return [C("charge the visa ending %s pls" % l4), A("Done, £%d.00 charged to card ending %s." % (R.randint(5, 99), l4))], \
        "chat/retail: card last four typed"


def n_flight():
    return [C("my flight is %s%d on the %d%s, booking ref %s" % (pick("EI", "BA", "FR", "LH"), R.randint(100, 9999),
                                                               R.randint(1, 28), "th", "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(6)))),
            A("Thanks, gate opens 45 minutes before departure.")], "chat/travel: flight number, booking code, date"


def n_room():
    return [A("and that's room %s on the %s floor" % (two(R.randint(1, 9)) + " " + two(R.randint(10, 99)), ORD[R.randint(1, 5)])),
            C("great and check out is at eleven")], "call/travel: hotel room number and time"


def n_speed():
    return [C("im only getting %d mbps but paying for %d" % (R.randint(2, 40), R.choice([100, 500, 900]))),
            A("Sorry about that. Your router model is HG%d, firmware %d.%d.%d." % (R.randint(600, 699), R.randint(1, 9), R.randint(0, 9), R.randint(10, 99)))], \
        "chat/telecom: speeds, model and firmware version"


def n_age_temp():
    return [C("my son is %s and he had a temperature of thirty eight point five" % two(R.randint(3, 15))),
            A("okay and how many days has that been"), C(two(R.randint(2, 5)) + " days")], \
        "call/healthcare billing: age, temperature and a count"


def n_invoice():
    inv = digits(R.choice([7, 9, 10]))
    return [A("Invoice %s for €%d.%02d was issued on 03/10/2025, due in 30 days." % (inv, R.randint(100, 2000), R.randint(0, 99))),
            C("can you resend invoice %s" % inv)], "chat/insurance: invoice number, amount, issue date"


def n_ticket_spoken():
    t = digits(R.choice([9, 10]))
    return [A("your ticket number is ", say_digits(t), " if you need to call back"),
            C("sorry can you repeat that"), A("yeah ticket ", say_digits(t))], "call/telecom: ticket number read twice"


def n_percent():
    return [A("your rate is going from %s point %s percent to %s point %s percent" %
              (two(R.randint(2, 9)), two(R.randint(1, 9)), two(R.randint(2, 9)), two(R.randint(1, 9)))),
            C("so what's that per month"), A("about ", two(R.randint(20, 99)), " pounds more a month")], \
        "call/banking: interest rates and monthly change"


def n_years():
    return [C("I've been a customer since 2009 and the contract started 01/04/2021"),
            A("Thanks, contract 2 runs 24 months until 31/03/2027.")], "chat/telecom: years and contract dates"


def n_policy():
    p = "POL-" + digits(8)
    return [A("Policy %s renews on 12/01/2027, premium £%d.%02d per month." % (p, R.randint(10, 99), R.randint(0, 99))),
            C("ok and the excess is still £250?")], "chat/insurance: policy number, renewal date, premium"


def n_quantity():
    return [C("i need %s boxes of the %s millimetre screws and %s metres of cable" % (two(R.randint(2, 30)), two(R.randint(3, 12)), two(R.randint(10, 99)))),
            A("okay that's item number ", say_digits(digits(6)), " and it comes to ", two(R.randint(20, 99)), " pounds")], \
        "call/retail: quantities, item number and price"


def n_balance_typed():
    return [C("whats my balance"),
            A("Your balance is £%d,%03d.%02d and your available credit is £%d,%03d.00." %
              (R.randint(1, 9), R.randint(0, 999), R.randint(0, 99), R.randint(1, 9), R.randint(0, 999)))], \
        "chat/banking: balances with thousands separators"


def n_duration():
    return [A("you've been on hold for %s minutes i'm sorry and the call has been %s minutes in total" % (two(R.randint(5, 40)), two(R.randint(20, 59)))),
            C("yeah it's been ages")], "call/telecom: durations"


def n_case_number():
    c = digits(R.choice([8, 10]))
    return [C("case number is %s-%s" % (c[:4], c[4:])), A("Thanks, case %s-%s is with the billing team." % (c[:4], c[4:]))], \
        "chat/government services: hyphenated case number"


def n_price_digits():
    return [A("the new tariff is ", say_digits(digits(2, str(R.randint(1, 9)))), " point ", say_digits(digits(2)), " pence per kilowatt hour"),
            C("and the standing charge"), A(two(R.randint(30, 60)), " pence a day")], "call/utilities: unit prices read digit by digit"


def n_company_phone_hours():
    return [C("can I call back later?"),
            A("Sure, we're open 8am-8pm Mon-Fri, 9-5 Sat. Average wait is 4 mins.")], "chat/telecom: hours written like ranges"


def n_serial_spoken():
    sn = digits(10)
    return [A("and the serial number on the back of the boiler"),
            C("uh it says s n ", say_digits(sn), " and the model is the combi thirty"),
            A("thanks and it was installed in twenty eighteen")], "call/utilities: boiler serial read digit by digit"


def n_appt_typed():
    return [C("can I move my appointment from 09/04 at 14:30 to the 16th?"),
            A("Yes, 16/04/2026 at 11:15 with Dr Patel, room 12, cost $%d.00" % R.randint(40, 250))], \
        "chat/healthcare billing: appointment dates, times, room and fee"


def n_refund_ref():
    r = digits(10, str(R.randint(1, 9)))
    return [A("your refund reference is %s and it's for %s pounds %s" % (say_digits(r), two(R.randint(20, 99)), two(R.randint(1, 99)))),
            C("okay and it'll be back on the card ending ", say_digits(digits(4)), " yeah"),
            A("yes within three to five working days")], "call/retail: refund reference, amount and card last four"


NEG = [n_serial_spoken, n_appt_typed, n_refund_ref, n_order_ref, n_ref_spoken, n_amount_digits, n_hours, n_tracking, n_model_serial, n_meter, n_appt,
       n_payment_date, n_last4, n_last4_chat, n_flight, n_room, n_speed, n_age_temp, n_invoice, n_ticket_spoken,
       n_percent, n_years, n_policy, n_quantity, n_balance_typed, n_duration, n_case_number, n_price_digits,
       n_company_phone_hours]

N_POS, N_NEG = 180, 110


def generate():
    R.seed(SEED)
    cases = []
    for i in range(N_POS):
        fn = POS[i % len(POS)] if i < len(POS) * 3 else R.choice(
            [p_card_call, p_card_split, p_card_chat, p_ssn_chat, p_ssn_call, p_ssn_split, p_ni_chat, p_ni_call,
             p_ni_split, p_phone_chat, p_iban_chat, p_bank_call, p_dob_call, p_address_call, p_email_call,
             p_card_cvv_exp_chat, p_exp_call, p_cvv_call, p_exp_call, p_address_chat, p_us_address,
             p_iban_chat, p_iban_call, p_email_chat, p_email_call, p_dob_chat, p_dob_call, p_combo_call])
        turns, note = fn()
        cases.append(build("h200-pos-%03d" % (i + 1), "positive", turns, note))
    for i in range(N_NEG):
        fn = NEG[i % len(NEG)]
        turns, note = fn()
        cases.append(build("h200-neg-%03d" % (i + 1), "negative", turns, note))
    return cases


# ---------------- validation ----------------
UKPC = re.compile(r"^[A-Z]{1,2}[0-9][A-Z0-9]?[0-9][A-Z]{2}$")


def validate_value(typ, text, full_spans_text):
    n = norm_spoken(text)
    if typ == "EMAIL":
        return ("@" in text) or (" at " in text and " dot " in text)
    if typ == "ADDRESS":
        return bool(re.search(r"(?i)\b(road|street|avenue|lane|kingsway|drive|terrace|view)\b", text))
    if typ in ("DOB", "EXPIRY"):
        return n is not None or any(m in text.lower() for m in MONTHS)
    if n is None:
        return False
    return True


def validate_joined(typ, joined):
    """Validate the concatenation of all spans of one type in one case (split readings)."""
    if typ == "CARD_NUMBER":
        return joined.isdigit() and 13 <= len(joined) <= 19 and luhn_ok(joined)
    if typ == "SSN":
        return joined.isdigit() and len(joined) == 9
    if typ == "SORT_CODE":
        return joined.isdigit() and len(joined) == 6
    if typ == "CVV":
        return joined.isdigit() and len(joined) in (3, 4)
    if typ == "BANK_ACCOUNT":
        return joined.isdigit() and 8 <= len(joined) <= 12
    if typ == "PHONE":
        return joined.isdigit() and 10 <= len(joined) <= 13
    if typ == "IBAN":
        return iban_ok(joined)
    if typ == "NI_NUMBER":
        return bool(re.fullmatch(r"[A-Z]{2}[0-9]{6}[A-D]", joined))
    if typ == "POSTCODE":
        return bool(UKPC.match(joined)) or bool(re.fullmatch(r"[0-9]{5}", joined))
    return True


def check(cases, text_out):
    problems = []
    ids = set()
    counts = {t: 0 for t in TYPES}
    for c in cases:
        if c["id"] in ids:
            problems.append("duplicate id " + c["id"])
        ids.add(c["id"])
        if c["kind"] == "negative" and c["spans"]:
            problems.append(c["id"] + ": negative with spans")
        if c["kind"] == "positive" and not c["spans"]:
            problems.append(c["id"] + ": positive without spans")
        by_turn = {}
        groups = {}
        for s in c["spans"]:
            if s["type"] not in TYPES:
                problems.append("%s: bad type %s" % (c["id"], s["type"]))
                continue
            counts[s["type"]] += 1
            t = c["turns"][s["turn"]]["text"]
            if not (0 <= s["start"] < s["end"] <= len(t)):
                problems.append("%s: offsets out of range" % c["id"])
                continue
            if s["start"] > 0 and t[s["start"] - 1].isalnum():
                problems.append("%s: span start not on word boundary" % c["id"])
            if s["end"] < len(t) and t[s["end"]].isalnum():
                problems.append("%s: span end not on word boundary" % c["id"])
            val = t[s["start"]:s["end"]]
            if val != val.strip():
                problems.append("%s: span has surrounding whitespace" % c["id"])
            if not validate_value(s["type"], val, None):
                problems.append("%s: %s value fails: %r" % (c["id"], s["type"], val))
            by_turn.setdefault(s["turn"], []).append((s["start"], s["end"]))
            groups.setdefault(s["type"], []).append(norm_spoken(val) or "")
        for tn, lst in by_turn.items():
            lst.sort()
            for a, b in zip(lst, lst[1:]):
                if b[0] < a[1]:
                    problems.append("%s: overlapping spans in turn %d" % (c["id"], tn))
        for typ, vals in groups.items():
            # a case may hold the value twice (self-correction / read-back): accept if the join
            # is valid, or if it splits into valid repeated values
            joined = "".join(vals)
            ok = validate_joined(typ, joined)
            if not ok:
                for k in range(1, len(vals)):
                    for parts in ([vals[:k], vals[k:]],):
                        pass
                # try splitting into consecutive chunks that each validate
                ok = any(_split_ok(typ, vals[k:]) and "".join(vals[k:]).startswith("".join(vals[:k]))
                         for k in range(len(vals)))
            if not ok:
                problems.append("%s: %s joined value fails validation: %r" % (c["id"], typ, vals))
    for t in TYPES:
        need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
        if counts[t] < need:
            problems.append("type %s has only %d spans (need %d)" % (t, counts[t], need))
    npos = sum(c["kind"] == "positive" for c in cases)
    nneg = sum(c["kind"] == "negative" for c in cases)
    if npos < 170 or nneg < 100:
        problems.append("too few cases: %d pos %d neg" % (npos, nneg))
    return problems, counts, npos, nneg


def _split_ok(typ, vals):
    n = len(vals)
    memo = {}

    def rec(i):
        if i == n:
            return True
        if i in memo:
            return memo[i]
        res = False
        for j in range(i + 1, n + 1):
            if validate_joined(typ, "".join(vals[i:j])) and rec(j):
                res = True
                break
        memo[i] = res
        return res
    return rec(0)


def render(cases):
    return "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in cases)


def readme(counts, npos, nneg, nspans_pos):
    rows = "\n".join("| %s | %d |" % (t, counts[t]) for t in TYPES)
    return f"""# pii_holdout200 — held-out PII redaction evaluation set

**Never use this set for tuning.** It exists only to measure the redactor on data it was not built against.

## Who wrote it and how

Written by an AI helper acting as an independent author. The author did not see the redaction code, its
tests, its documentation or any other PII fixture; the only existing data consulted was a three-line
example of the JSONL format. Cases are generated by `scripts/make_pii_holdout200.py` from template
functions in which each turn is assembled from plain-text segments and (value, TYPE) segments, so all
offsets are computed, never typed by hand. All values come from one `random.Random({SEED})`; the output
is byte-for-byte reproducible. `python scripts/make_pii_holdout200.py --check` regenerates the set and
verifies it (identical file, unique ids, offsets in range and on word boundaries, no overlaps, and each
value validated after normalising spoken forms: Luhn for cards, mod-97 for IBANs, NI format, 9 digits
for SSN, 6 for sort codes, digit counts for CVV/phone/account, postcode shapes).

Values are synthetic (random digits, Luhn-completed card numbers, checksum-completed IBANs).

## Contents

{npos} positive cases, {nneg} negative cases ({nspans_pos} labelled spans). Chat cases are typed text
(varied separators, case); call cases imitate ASR transcripts (lower case, numbers as words, "oh"/"o"/
"nought" for zero, "double"/"triple", occasional pairs such as "forty one", NATO spellings "b for bravo",
e-mails with "at"/"dot", values split over several customer turns with agent back-channels,
self-corrections, agent read-backs, fillers inside readings).

| type | spans |
|---|---|
{rows}

## Annotation conventions

- A span covers the value only: lead-ins ("it's", "my NI is", "card", "exp", "cvv") are outside.
- Typed values include their internal separators (spaces, hyphens, dots, slashes, "+", brackets).
- Spoken values span from the first to the last number/letter word of the value, including words such as
  "double", "triple", "for bravo", "slash", "dot", "at", "underscore" and fillers ("um", "uh") that sit
  inside the reading.
- A value split across turns is labelled as one span per turn; a value said in groups within a turn
  may be one span per group (separated by a space) — each labelled group must be redacted.
- Agent read-backs of a value are labelled like the customer's reading. In self-corrections the
  abandoned partial reading is labelled too (it is still the customer's card digits).
- NI numbers include both prefix letters and the suffix letter; ADDRESS is the street line (house/flat
  number + street name), town excluded; POSTCODE is labelled separately; DOB covers the whole date.
- Not labelled (and used as negatives): card last-four mentions, order/ticket/claim/invoice/case/policy/
  tracking/serial numbers, amounts and balances (even read digit by digit), meter readings, prices,
  times and opening hours, durations, counts, ages, temperatures, rates, years, appointment/payment/
  contract dates, flight and room numbers, model/firmware numbers, speeds.

Scoring (for information): a labelled span is found when every letter/digit inside it is covered by a
redaction; a negative case fails if anything in it is redacted.
"""


def main():
    cases = generate()
    text = render(cases)
    problems, counts, npos, nneg = check(cases, text)
    nspans = sum(counts.values())
    rd = readme(counts, npos, nneg, nspans)
    if "--check" in sys.argv:
        if not CASES.exists() or CASES.read_text(encoding="utf-8") != text:
            problems.append("cases.jsonl differs from regenerated output")
        if not README.exists() or README.read_text(encoding="utf-8") != rd:
            problems.append("README.md differs from regenerated output")
    else:
        OUTDIR.mkdir(parents=True, exist_ok=True)
        CASES.write_text(text, encoding="utf-8")
        README.write_text(rd, encoding="utf-8")
    print("positives: %d  negatives: %d  spans: %d" % (npos, nneg, nspans))
    for t in TYPES:
        print("  %-13s %d" % (t, counts[t]))
    if problems:
        print("PROBLEMS (%d):" % len(problems))
        for p in problems[:50]:
            print("  " + p)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()

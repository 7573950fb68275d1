#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set h216.

Written by an AI helper acting as an independent author (did not see the
redaction code).  Standard library only.  Deterministic (seed 216241125).

    python scripts/make_pii_holdout216.py          # write fixture + README
    python scripts/make_pii_holdout216.py --check  # regenerate and verify
"""
import json
import os
import random
import re
import sys

SEED = 216241125
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_DIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout216")
CASES = os.path.join(OUT_DIR, "cases.jsonl")
README = os.path.join(OUT_DIR, "README.md")
TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE",
         "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

R = random.Random(SEED)

# ---------------------------------------------------------------- values
def luhn_ok(d):
    s = 0
    for i, ch in enumerate(reversed(d)):
        n = int(ch)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        s += n
    return s % 10 == 0


def rdig(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def card():
    kind = R.choice(["visa", "visa", "mc", "mc", "amex", "disc"])
    if kind == "visa":
        pre, ln = "4", 16
    elif kind == "mc":
        pre, ln = R.choice(["51", "52", "53", "54", "55"]), 16
    elif kind == "amex":
        pre, ln = R.choice(["34", "37"]), 15
    else:
        pre, ln = "6011", 16
    body = pre + rdig(ln - len(pre) - 1)
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def iban():
    cc = R.choice(["GB", "IE", "DE", "NL", "FR", "ES"])
    if cc == "GB":
        bban = R.choice(["NWBK", "BARC", "LOYD", "HBUK"]) + rdig(14)
    elif cc == "IE":
        bban = R.choice(["AIBK", "BOFI"]) + rdig(14)
    elif cc == "DE":
        bban = rdig(18)
    elif cc == "NL":
        bban = R.choice(["ABNA", "RABN", "INGB"]) + rdig(10)
    elif cc == "FR":
        bban = rdig(23)
    else:
        bban = rdig(20)
    num = "".join(str(int(c, 36)) for c in bban + cc + "00")
    chk = 98 - int(num) % 97
    return cc + "%02d" % chk + bban


def iban_ok(s):
    s = s.upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def ssn():
    a = R.randint(1, 665)
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


NI_FIRST = "ABCEGHJKLMNPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"


def ni():
    while True:
        p = R.choice(NI_FIRST) + R.choice(NI_SECOND)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p + rdig(6) + R.choice("ABCD")


def uk_mobile():
    return "07" + R.choice("3456789") + rdig(8)


def us_phone():
    return str(R.randint(2, 9)) + rdig(2) + str(R.randint(2, 9)) + rdig(6)


def ie_mobile():
    return "08" + R.choice("35679") + rdig(7)


PC_LETTERS = "ABDEFGHJLNPRSTUWXYZ"


def uk_postcode():
    area = R.choice(["SW", "M", "B", "LS", "EH", "G", "CF", "BS", "NE", "L", "E", "N", "RG", "BT", "PL", "CB"])
    d = str(R.randint(1, 20)) if len(area) == 1 else str(R.randint(1, 19))
    return area + d + " " + str(R.randint(1, 9)) + R.choice(PC_LETTERS) + R.choice(PC_LETTERS)


def us_zip():
    return "%05d" % R.randint(10000, 99950)


STREETS = ["Mill Lane", "Station Road", "Church Street", "Oak Avenue", "Victoria Road", "Maple Drive",
           "Park Crescent", "High Street", "Elm Street", "Kings Road", "Willow Close", "Main Street",
           "Cedar Court", "Abbey Road", "Riverside Way", "Hawthorn Grove", "Pine Street", "Lincoln Avenue"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december"]
UNIT = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
         "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
       "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
       "eighteenth", "nineteenth", "twentieth", "twenty first", "twenty second", "twenty third",
       "twenty fourth", "twenty fifth", "twenty sixth", "twenty seventh", "twenty eighth"]
NATO = {"A": "alpha", "B": "bravo", "C": "charlie", "D": "delta", "E": "echo", "F": "foxtrot", "G": "golf",
        "H": "hotel", "J": "juliet", "K": "kilo", "L": "lima", "M": "mike", "N": "november", "P": "papa",
        "R": "romeo", "S": "sierra", "T": "tango", "U": "uniform", "W": "whiskey", "X": "xray",
        "Y": "yankee", "Z": "zulu", "I": "india", "O": "oscar", "Q": "quebec", "V": "victor"}
FRIENDLY = {"A": "apple", "B": "bob", "C": "charlie", "D": "david", "E": "edward", "G": "george", "H": "harry",
            "J": "john", "K": "king", "L": "london", "M": "mother", "N": "nancy", "P": "peter", "R": "robert",
            "S": "sugar", "T": "tommy", "U": "uncle", "W": "william", "X": "xray", "Y": "yellow", "Z": "zebra"}


# ---------------------------------------------------------------- spoken renderers
def zero_word():
    return R.choice(["zero", "oh", "o", "nought", "oh", "zero"])


def say_digits(s, runs=True):
    z = zero_word()
    out = []
    i = 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        n = j - i
        w = z if s[i] == "0" else UNIT[int(s[i])]
        if runs and n == 3 and R.random() < 0.6:
            out.append("triple " + w)
            i = j
            continue
        if runs and n >= 2 and R.random() < 0.6:
            out.append("double " + w)
            i += 2
            continue
        out.append(w)
        i += 1
    return " ".join(out)


def say_pair(p):
    a, b = int(p[0]), int(p[1])
    if a == 0:
        return ("double oh" if b == 0 else "oh " + UNIT[b])
    if a == 1:
        return TEENS[b]
    return TENS[a] + ("" if b == 0 else " " + UNIT[b])


def say_pairs(s):
    out = []
    i = 0
    if len(s) % 2 == 1:
        out.append(UNIT[int(s[0])] if s[0] != "0" else "oh")
        i = 1
    while i + 1 < len(s):
        out.append(say_pair(s[i:i + 2]))
        i += 2
    return " ".join(out)


def say_mixed(s):
    return say_pairs(s) if R.random() < 0.35 else say_digits(s)


def say_letter(c, style=None):
    style = style or R.choice(["bare", "nato", "friendly"])
    lc = c.lower()
    if c in "WO" and style == "bare":
        style = "nato"
    if style == "nato":
        return lc + " for " + NATO[c]
    if style == "friendly" and c in FRIENDLY:
        return lc + " for " + FRIENDLY[c]
    return lc


def say_year(y):
    y = str(y)
    if y.startswith("20") and y[2] == "0":
        return "two thousand and " + UNIT[int(y[3])] if R.random() < 0.5 else "two thousand " + UNIT[int(y[3])]
    return say_pair(y[:2]) + " " + say_pair(y[2:])


def groups(s, sizes):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    return out


def card_chat(c):
    sep = R.choice([" ", "-", "", " ", "  ", "."])
    if len(c) == 15:
        return sep.join(groups(c, [4, 6, 5])) if sep else c
    return sep.join(groups(c, [4, 4, 4, 4])) if sep else c


def card_groups(c):
    return groups(c, [4, 6, 5]) if len(c) == 15 else groups(c, [4, 4, 4, 4])


# ---------------------------------------------------------------- case assembly
CASE_LIST = []


def build(kind, note, turns):
    out_turns, spans = [], []
    for ti, (spk, segs) in enumerate(turns):
        if isinstance(segs, str):
            segs = [segs]
        text = ""
        for seg in segs:
            if isinstance(seg, tuple):
                val, typ = seg
                s = len(text)
                text += val
                spans.append({"turn": ti, "start": s, "end": len(text), "type": typ})
            else:
                text += seg
        out_turns.append({"speaker": spk, "text": text})
    prefix = "pos" if kind == "positive" else "neg"
    n = sum(1 for c in CASE_LIST if c["kind"] == kind) + 1
    CASE_LIST.append({"id": "h216-%s-%03d" % (prefix, n), "kind": kind, "turns": out_turns,
                      "spans": spans, "note": note})


def A(*segs):
    return ("agent", list(segs))


def C(*segs):
    return ("customer", list(segs))


def ch(*opts):
    return R.choice(opts)


def ref_digits(n):
    return str(R.randint(1, 9)) + rdig(n - 1)


def money_spoken():
    p = R.randint(12, 980)
    return "%s pounds %s" % (say_hundreds(p), say_pair("%02d" % R.randint(10, 99)))


def say_hundreds(n):
    if n < 10:
        return UNIT[n]
    if n < 100:
        return say_pair("%02d" % n)
    h, r = divmod(n, 100)
    return UNIT[h] + " hundred" + ("" if r == 0 else " and " + (say_pair("%02d" % r) if r >= 10 else UNIT[r]))


# ---------------------------------------------------------------- positive templates
def p_card_call_one_turn():
    c = card()
    ind = ch("telecom", "utilities", "retail", "insurance")
    build("positive", "call/%s: card read in one turn right after an order number" % ind, [
        A("okay i've got order number ", say_digits(ref_digits(8), runs=False), " on screen, and the long card number please"),
        C(ch("yeah it's ", "right so ", "okay ", ""), (say_mixed(c), "CARD_NUMBER"), ch("", " that is the debit card", " i think that's right")),
    ])


def p_card_split():
    c = card()
    g = card_groups(c)
    turns = [A(ch("go ahead with the card number when you're ready", "okay and the sixteen digits on the front"))]
    bc = ["mhm", "okay go on", "yep", "got that", "uh huh", "right"]
    for k, grp in enumerate(g):
        lead = ch("", "", "um ", "right ", "then ")
        turns.append(C(lead, (say_mixed(grp), "CARD_NUMBER")))
        if k < len(g) - 1:
            turns.append(A(ch(*bc)))
    turns.append(A("thank you and the amount today is ", money_spoken()))
    build("positive", "call/%s: card split over customer turns with back-channels, amount after" % ch("banking", "travel", "retail"), turns)


def p_card_chat():
    c = card()
    build("positive", "chat/%s: card typed with separators next to invoice number and amount" % ch("retail", "telecom", "utilities"), [
        A("Please send the card you'd like to use for invoice INV-", rdig(6), "."),
        C(ch("card is ", "Here: ", "ok its ", "cc no. "), (card_chat(c), "CARD_NUMBER"),
          ch(" for the £", " - paying $"), str(R.randint(20, 999)), ".", rdig(2), ch(" thx", "", " please")),
    ])


def p_card_cvv_exp_call():
    c = card()
    mm, yy = R.randint(1, 12), R.randint(26, 32)
    cvv = rdig(4 if len(c) == 15 else 3)
    exp_forms = [say_pair("%02d" % mm) + " " + say_pair("%02d" % yy),
                 MONTHS[mm - 1] + " twenty " + UNIT[yy - 20] if yy < 30 else MONTHS[mm - 1] + " twenty thirty" + ("" if yy == 30 else " " + UNIT[yy - 30]),
                 say_digits("%02d" % mm, runs=False) + " slash " + say_pair("%02d" % yy)]
    build("positive", "call/%s: card, expiry and security code over several turns" % ch("insurance", "telecom", "travel"), [
        A("can i take the card number"),
        C((say_mixed(c), "CARD_NUMBER")),
        A("and the expiry date"),
        C(ch("it's ", "uh ", "expires "), (R.choice(exp_forms), "EXPIRY")),
        A("lovely and the three digits on the back" if len(cvv) == 3 else "and the four digit code on the front"),
        C((say_digits(cvv, runs=False), "CVV")),
    ])


def p_card_chat_full():
    c = card()
    mm, yy = R.randint(1, 12), R.randint(26, 31)
    cvv = rdig(3 if len(c) == 16 else 4)
    build("positive", "chat/retail: card, expiry and cvv in one message plus order qty", [
        A("To complete order #", rdig(7), " I need card number, expiry and security code."),
        C(ch("", "sure ", "ok "), (card_chat(c), "CARD_NUMBER"), ch(" exp ", ", expiry ", " ", " exp: "),
          (ch("%02d/%02d" % (mm, yy), "%02d/20%02d" % (mm, yy), "%02d-%02d" % (mm, yy)), "EXPIRY"),
          ch(" cvv ", ", cvc ", " sec code "), (cvv, "CVV"), " (2 items)"),
    ])


def p_card_correction():
    c1, c2 = card(), card()
    build("positive", "call/banking: customer reads old card, corrects to new card; card-ending mention unlabelled", [
        A("is that the card ending ", say_digits(rdig(4), runs=False), " we have on file"),
        C("no that one expired hang on it was ", (say_digits(c1), "CARD_NUMBER"), " but use the new one"),
        A("okay go ahead"),
        C((say_mixed(c2), "CARD_NUMBER")),
    ])


def p_ssn_call():
    s = ssn()
    form = ch("digits", "groups", "pairs")
    if form == "digits":
        v = say_digits(s)
    elif form == "groups":
        v = say_digits(s[:3], False) + " " + say_digits(s[3:5], False) + " " + say_digits(s[5:], False)
    else:
        v = say_digits(s[:3], False) + " " + say_pair(s[3:5]) + " " + say_pairs(s[5:])
    build("positive", "call/%s-US: SSN read %s, claim number nearby" % (ch("healthcare billing", "insurance", "banking"), form), [
        A("i have your claim number ", say_digits(ref_digits(8), runs=False), " and i'll need your social to verify"),
        C(ch("sure it's ", "okay ", "um yeah ", ""), (v, "SSN")),
    ])


def p_ssn_split():
    s = ssn()
    build("positive", "call/government services-US: SSN split across turns with back-channels", [
        A("can you give me your social security number"),
        C((say_digits(s[:3]), "SSN")),
        A(ch("mhm", "okay")),
        C((say_digits(s[3:5]), "SSN")),
        A(ch("yep", "go on")),
        C((say_digits(s[5:]), "SSN"), ch("", " and i was born in ohio")),
    ])


def p_ssn_chat():
    s = ssn()
    v = ch("%s-%s-%s" % (s[:3], s[3:5], s[5:]), s, "%s %s %s" % (s[:3], s[3:5], s[5:]), "%s.%s.%s" % (s[:3], s[3:5], s[5:]))
    build("positive", "chat/banking-US: SSN typed, next to amount and a reference number", [
        A("For ticket ", ref_digits(6), " please confirm your SSN."),
        C(ch("ssn ", "It's ", "my social is ", "SSN: "), (v, "SSN"), ch(". The charge was $", " - disputing $"),
          str(R.randint(10, 900)), ".", rdig(2)),
    ])


def p_ssn_last_and_full():
    s = ssn()
    build("positive", "call/insurance-US: agent asks only for the last four, customer volunteers full SSN and zip in one turn", [
        A("just the last four of your social is fine"),
        C("oh i'll give you the whole thing ", (say_digits(s), "SSN"), " and my zip is ",
          (say_digits(z := us_zip(), runs=False), "POSTCODE")),
    ])


def ni_spoken(n, style=None):
    st = style or R.choice(["bare", "nato", "friendly"])
    nums = ch("digits", "pairs")
    mid = say_digits(n[2:8]) if nums == "digits" else say_pairs(n[2:8])
    return say_letter(n[0], st) + " " + say_letter(n[1], st) + " " + mid + " " + say_letter(n[8], st)


def p_ni_call():
    n = ni()
    build("positive", "call/government services-UK: NI number spoken with letters spelled", [
        A("and your national insurance number please"),
        C(ch("yeah it's ", "it's ", "erm ", ""), (ni_spoken(n), "NI_NUMBER")),
    ])


def p_ni_split():
    n = ni()
    build("positive", "call/government services-UK: NI number split over turns, agent back-channels", [
        A("what's your national insurance number"),
        C((say_letter(n[0], "nato") + " " + say_letter(n[1], "nato"), "NI_NUMBER")),
        A("yep"),
        C((say_pairs(n[2:8]), "NI_NUMBER")),
        A("and the last letter"),
        C((say_letter(n[8]), "NI_NUMBER"), ch("", " i think", " yeah")),
    ])


def p_ni_chat():
    n = ni()
    v = ch(n, "%s %s %s %s %s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8]), n.lower(), "%s%s %s" % (n[:2], n[2:8], n[8]),
           "%s-%s-%s-%s-%s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8]))
    build("positive", "chat/%s-UK: NI number typed, case or spacing varies, with tax year" % ch("government services", "banking", "utilities"), [
        A("Could you confirm your National Insurance number for the 2024/25 tax year?"),
        C(ch("NI is ", "ni no ", "Sure - ", "its "), (v, "NI_NUMBER"), ch("", " thanks", ". Payment ref 7741")),
    ])


def p_ni_readback():
    n = ni()
    sp = ni_spoken(n)
    build("positive", "call/banking-UK: NI number given then read back by agent", [
        A("national insurance number"),
        C((sp, "NI_NUMBER")),
        A("let me read that back ", (ni_spoken(n, "bare"), "NI_NUMBER"), " is that right"),
        C("that's it yeah"),
    ])


def p_sort_acct_call():
    sc, ac = rdig(6), rdig(8)
    scv = ch(say_pairs(sc), say_digits(sc), say_pair(sc[:2]) + " " + say_pair(sc[2:4]) + " " + say_pair(sc[4:]))
    build("positive", "call/utilities-UK: sort code and account number for direct debit, payment date nearby", [
        A("for the direct debit on the first of each month i need your sort code"),
        C((scv, "SORT_CODE")),
        A("and the account number"),
        C(ch("", "it's ", "right "), (say_mixed(ac), "BANK_ACCOUNT")),
    ])


def p_sort_acct_chat():
    sc, ac = rdig(6), rdig(8)
    scv = ch("%s-%s-%s" % (sc[:2], sc[2:4], sc[4:]), sc, "%s %s %s" % (sc[:2], sc[2:4], sc[4:]))
    build("positive", "chat/banking-UK: sort code and account typed in one message with balance", [
        A("Which account should the refund of £", str(R.randint(10, 400)), ".00 go to?"),
        C(ch("sort code ", "sc "), (scv, "SORT_CODE"), ch(" acc ", ", account no ", " a/c "), (ac, "BANK_ACCOUNT")),
    ])


def p_us_account():
    ac = rdig(R.choice([9, 10, 12]))
    build("positive", "call/banking-US: checking account number split in two turns", [
        A("what's the checking account number"),
        C((say_digits(ac[:len(ac) // 2]), "BANK_ACCOUNT")),
        A("okay go on"),
        C((say_digits(ac[len(ac) // 2:]), "BANK_ACCOUNT")),
    ])


def p_iban_chat():
    ib = iban()
    v = ch(ib, " ".join(ib[i:i + 4] for i in range(0, len(ib), 4)), ib.lower())
    build("positive", "chat/%s-EU: IBAN typed for refund, amount in euro" % ch("travel", "retail", "insurance"), [
        A("Please provide the IBAN for the €", str(R.randint(20, 800)), " refund (booking ref ", "BK", rdig(6), ")."),
        C(ch("IBAN: ", "", "here you go "), (v, "IBAN")),
    ])


def p_iban_call():
    ib = iban()
    parts = [say_letter(ib[0], "nato"), say_letter(ib[1], "nato"), say_digits(ib[2:4], runs=False)]
    for c in ib[4:]:
        parts.append(say_letter(c, "bare") if c.isalpha() else (UNIT[int(c)] if c != "0" else "zero"))
    build("positive", "call/banking-IE: IBAN spelled out letter and digit by digit", [
        A("can you read me the iban"),
        C(ch("okay it's ", ""), (" ".join(parts), "IBAN")),
    ])


def p_phone_uk_call():
    p = uk_mobile()
    v = ch(say_digits(p), say_digits(p[:5]) + " " + say_digits(p[5:]), "oh seven " + say_pairs(p[2:]))
    if v.startswith("oh seven ") and False:
        pass
    build("positive", "call/telecom-UK: mobile number spoken, contract starting date nearby", [
        A("your new contract starts on the %s of %s, and the best number to reach you on" % (ORD[R.randint(1, 28)], MONTHS[R.randint(0, 11)])),
        C(ch("it's ", "yeah ", "my mobile is "), (v, "PHONE"), ch("", " after five is best")),
    ])


def p_phone_us_call():
    p = us_phone()
    v = say_digits(p[:3], False) + " " + say_digits(p[3:6]) + " " + ch(say_digits(p[6:]), say_pairs(p[6:]))
    build("positive", "call/healthcare billing-US: callback number with area code, appointment time nearby", [
        A("your appointment is at two fifteen on the ninth, what's a good callback number"),
        C((ch("", "one ") + v, "PHONE")),
    ])


def p_phone_chat():
    kind = ch("uk", "us", "ie", "intl")
    if kind == "uk":
        p = uk_mobile()
        v = ch(p, p[:5] + " " + p[5:], "+44 " + p[1:5] + " " + p[5:], "(0)" + p[1:])
    elif kind == "us":
        p = us_phone()
        v = ch("(%s) %s-%s" % (p[:3], p[3:6], p[6:]), "%s-%s-%s" % (p[:3], p[3:6], p[6:]), "+1 %s %s %s" % (p[:3], p[3:6], p[6:]), "%s.%s.%s" % (p[:3], p[3:6], p[6:]))
    elif kind == "ie":
        p = ie_mobile()
        v = ch(p, "%s %s %s" % (p[:3], p[3:6], p[6:]), "+353 %s %s %s" % (p[1:3], p[3:6], p[6:]))
    else:
        v = ch("+49 151 " + rdig(8), "+33 6 " + " ".join(rdig(2) for _ in range(4)), "+31 6 " + rdig(8))
    build("positive", "chat/%s: phone number typed in %s format, next to an order number" % (ch("retail", "travel", "telecom"), kind), [
        A("Thanks, order ", ref_digits(9), " is updated. Any contact number for the courier?"),
        C(ch("yes ", "", "call me on ", "mob: "), (v, "PHONE"), ch("", " ta", " after 6pm")),
    ])


def p_phone_ie_split():
    p = ie_mobile()
    build("positive", "call/telecom-IE: irish mobile split across turns with agent back-channel", [
        A("what number are you ringing about"),
        C("it's ", (say_digits(p[:3], False), "PHONE")),
        A("grand"),
        C((say_digits(p[3:]), "PHONE")),
    ])


def email_parts():
    first = ch("john", "sarah", "j", "m", "priya", "liam", "aoife", "tom", "k", "niamh", "dave", "emma")
    last = ch("doe", "smith", "obrien", "patel", "murphy", "jones", "nguyen", "walsh", "garcia", "kowalski")
    dom = ch("gmail", "yahoo", "outlook", "hotmail", "icloud", "btinternet", "eircom")
    tld = ch("com", "co dot uk", "ie", "net")
    return first, last, dom, tld


def p_email_call():
    f, l, d, t = email_parts()
    num = ch("", " " + say_pair(rdig(1) + str(R.randint(1, 9))))
    v = ch("%s dot %s%s at %s dot %s" % (f, l, num, d, t), "%s underscore %s at %s dot %s" % (f, l, d, t),
           "%s %s%s at %s dot %s" % (f, l, num, d, t))
    build("positive", "call/%s: e-mail spoken by ASR with dot/at words" % ch("retail", "insurance", "utilities"), [
        A("and what email should we send the confirmation to"),
        C(ch("it's ", "yeah ", ""), (v, "EMAIL")),
    ])


def p_email_chat():
    f, l, d, t = email_parts()
    t2 = t.replace(" dot ", ".")
    v = ch("%s.%s@%s.%s" % (f, l, d, t2), "%s%s%s@%s.%s" % (f[0], l, rdig(2), d, t2), "%s_%s@%s.%s" % (f.upper(), l, d, t2))
    build("positive", "chat/%s: e-mail typed, ticket number nearby" % ch("telecom", "travel", "retail"), [
        A("Ticket ", ref_digits(7), " - what email is on the account?"),
        C(ch("", "its ", "email: "), (v, "EMAIL"), ch("", " thanks", ".")),
    ])


def dob_values():
    d, m, y = R.randint(1, 28), R.randint(1, 12), R.randint(1941, 2005)
    return d, m, y


def p_dob_call():
    d, m, y = dob_values()
    v = ch("the %s of %s %s" % (ORD[d], MONTHS[m - 1], say_year(y)), "%s %s %s" % (MONTHS[m - 1], ORD[d], say_year(y)),
           "%s %s %s" % (say_pair("%02d" % d), say_pair("%02d" % m), say_pair(str(y)[2:])),
           "%s of the %s %s" % (ORD[d], ORD[m], say_year(y)))
    build("positive", "call/%s: date of birth spoken, appointment date also mentioned (unlabelled)" % ch("healthcare billing", "insurance", "banking"), [
        A("before i book you in for the %s of %s can i take your date of birth" % (ORD[R.randint(1, 28)], MONTHS[R.randint(0, 11)])),
        C(ch("yeah it's ", "", "um "), (v, "DOB")),
    ])


def p_dob_chat():
    d, m, y = dob_values()
    v = ch("%02d/%02d/%d" % (d, m, y), "%d-%02d-%02d" % (y, m, d), "%d %s %d" % (d, MONTHS[m - 1].capitalize(), y), "%02d.%02d.%d" % (d, m, y), "%d/%d/%s" % (m, d, str(y)[2:]))
    build("positive", "chat/%s: DOB typed with payment date in same message" % ch("insurance", "banking", "government services"), [
        A("To verify, please send your date of birth."),
        C(ch("dob ", "DOB: ", "born ", ""), (v, "DOB"), ch(". Last payment was on ", ", my payment went out "), "%02d/%02d/2025" % (R.randint(1, 28), R.randint(1, 12))),
    ])


def p_postcode_uk_call():
    pc = uk_postcode()
    out, inn = pc.split()
    sp = []
    for c in out:
        sp.append(say_letter(c) if c.isalpha() else UNIT[int(c)])
    sp2 = [UNIT[int(inn[0])], say_letter(inn[1]), say_letter(inn[2])]
    build("positive", "call/utilities-UK: postcode spelled, meter reading mentioned (unlabelled)", [
        A("i've got the meter reading as %s, can i take the postcode" % say_digits(rdig(5), runs=False)),
        C(ch("it's ", "", "yeah "), (" ".join(sp) + " " + " ".join(sp2), "POSTCODE")),
    ])


def p_address_postcode_chat():
    pc = uk_postcode()
    num = R.randint(1, 240)
    st = R.choice(STREETS)
    build("positive", "chat/retail-UK: street address and postcode typed, order qty nearby", [
        A("Where should we deliver the 2 parcels?"),
        C((ch("%d %s" % (num, st), "Flat %d, %d %s" % (R.randint(1, 30), num, st), "%d %s" % (num, st.lower())), "ADDRESS"),
          ch(", ", " ", ", Leeds "), (ch(pc, pc.replace(" ", ""), pc.lower()), "POSTCODE")),
    ])


def p_address_call():
    num = R.randint(1, 199)
    st = R.choice(STREETS).lower()
    build("positive", "call/%s: house number spoken as words with street, move date unlabelled" % ch("utilities", "telecom", "insurance"), [
        A("and what's the new address you're moving to on the %s" % ORD[R.randint(1, 28)]),
        C(ch("it's ", "um ", ""), (say_hundreds(num) + " " + st, "ADDRESS"), ch("", " in bristol", " near the park")),
    ])


def p_us_address_zip():
    num = R.randint(100, 9999)
    st = R.choice(["Oak Street", "Maple Avenue", "Lincoln Avenue", "Elm Street", "Main Street", "Sunset Boulevard", "Lakeview Drive"])
    z = us_zip()
    zv = ch(z, z + "-" + rdig(4))
    build("positive", "chat/insurance-US: street address and ZIP typed, policy number nearby", [
        A("Policy POL-", rdig(8), ": what's the garaging address?"),
        C((("%d %s" % (num, st)), "ADDRESS"), ", ", ch("Springfield, IL ", "Austin TX ", "Denver, CO "), (zv, "POSTCODE")),
    ])


def p_zip_call():
    z = us_zip()
    build("positive", "call/telecom-US: zip spoken digit by digit after a price", [
        A("that plan is forty nine ninety nine a month, what's your zip code"),
        C(ch("", "it's ", "uh "), (say_digits(z), "POSTCODE")),
    ])


def p_combo_verify():
    n = ni()
    d, m, y = dob_values()
    pc = uk_postcode()
    build("positive", "chat/banking-UK: NI, DOB and postcode in one verification message", [
        A("Please confirm NI number, DOB and postcode."),
        C((n, "NI_NUMBER"), ch(", ", " / ", " "), ("%02d/%02d/%d" % (d, m, y), "DOB"), ch(", ", " / ", " "), (pc, "POSTCODE")),
    ])


def p_ssn_dob_call():
    s = ssn()
    d, m, y = dob_values()
    build("positive", "call/healthcare billing-US: SSN and DOB in the same turn with filler", [
        A("i need your social and date of birth"),
        C("okay so the social is ", (say_digits(s[:5]) + " um " + say_digits(s[5:]), "SSN"),
          " and birthday is ", ("%s %s %s" % (MONTHS[m - 1], ORD[d], say_year(y)), "DOB")),
    ])


def p_phone_readback():
    p = uk_mobile()
    build("positive", "call/insurance-UK: phone corrected then read back by agent", [
        A("contact number"),
        C((say_digits(p), "PHONE")),
        A("so that's ", (say_digits(p, runs=False), "PHONE"), " yeah"),
        C("yes that's right"),
    ])


def p_card_ni_mix():
    c = card()
    n = ni()
    build("positive", "call/government services-UK: NI number and card in the same call, fee amount between", [
        A("national insurance number first"),
        C((ni_spoken(n), "NI_NUMBER")),
        A("thanks the fee is seventy five pounds, card number please"),
        C((say_mixed(c), "CARD_NUMBER")),
    ])


def p_ni_typo_chat():
    n = ni()
    v = ch("%s %s%s %s%s %s" % (n[:2], n[2:4], n[4:6], n[6], n[7], n[8]), n[:2].lower() + n[2:8] + n[8].lower(), "%s%s%s" % (n[:2], " ".join(n[2:8]), n[8]))
    build("positive", "chat/banking-UK: NI number with odd spacing / lowercase", [
        A("Thanks. Your NI number please?"),
        C(ch("", "oh yes ", "ok "), (v, "NI_NUMBER")),
    ])


def p_card_homophone():
    c = card()
    words = []
    for ch_ in c:
        w = UNIT[int(ch_)] if ch_ != "0" else "oh"
        if w == "four" and R.random() < 0.5:
            w = "for"
        if w == "two" and R.random() < 0.4:
            w = "to"
        if w == "eight" and R.random() < 0.3:
            w = "ate"
        words.append(w)
    build("positive", "call/retail: card read with ASR homophones (for/to/ate)", [
        A("ready for the card number"),
        C("yeah ", (" ".join(words), "CARD_NUMBER")),
    ])


def p_ssn_homophone():
    s = ssn()
    words = [("for" if c == "4" and R.random() < 0.6 else "to" if c == "2" and R.random() < 0.5 else (UNIT[int(c)] if c != "0" else "oh")) for c in s]
    build("positive", "call/banking-US: SSN with ASR homophones, amount after", [
        A("social security number please"),
        C((" ".join(words), "SSN"), " and i want to dispute the charge for ", money_spoken().replace("pounds", "dollars")),
    ])


# ---------------------------------------------------------------- negative templates
def neg(note, turns):
    build("negative", note, turns)


def n_order_digits():
    neg("call/retail: order number read digit by digit with its name (8-10 digits)", [
        A("can i take the order number"),
        C(ch("yeah the order number is ", "order number ", "it's order "), say_digits(ref_digits(R.choice([8, 9, 10])))),
    ])


def n_order_split():
    r = ref_digits(10)
    neg("call/telecom: 10-digit reference split over turns with back-channels", [
        A("what's the reference number on the letter"),
        C("the reference is ", say_digits(r[:4])),
        A("mhm"),
        C(say_digits(r[4:7])),
        A("go on"),
        C(say_digits(r[7:]), " that's the reference"),
    ])


def n_tracking():
    t = ch("", "") + ch("AB", "JD", "RN", "LX") + rdig(9) + "GB"
    neg("chat/retail: Royal Mail style tracking number and parcel count", [
        A("Your tracking number is ", t, " and 2 of 3 parcels are out for delivery."),
        C("great thanks, delivery between 7am and 9pm?"),
    ])


def n_amount_digits():
    neg("call/banking: amount read digit by digit, balance and percentage", [
        A("your balance is ", money_spoken(), " and the interest rate is ", say_pair(str(R.randint(10, 29))), " point nine percent"),
        C("so i owe ", say_digits(str(R.randint(1000, 9999))), " pounds ", say_pair(str(R.randint(10, 99))), " in total"),
    ])


def n_amount_chat():
    neg("chat/utilities: large amounts with separators, kWh and account balance", [
        A("Your annual usage is ", "{:,}".format(R.randint(1500, 9000)), " kWh and the balance is £", "{:,}".format(R.randint(1000, 4000)), ".", rdig(2), "."),
        C("That seems high, last year it was £", "{:,}".format(R.randint(1000, 3000)), ".", rdig(2), " for ", str(R.randint(2, 4)), " bedrooms"),
    ])


def n_hours():
    neg("call/telecom: opening hours that sound like a phone number", [
        A(ch("we're open eight till eight monday to friday and nine till five on saturday",
             "lines are open oh eight hundred to twenty hundred weekdays",
             "the team's available from seven thirty to nine thirty seven days a week")),
        C("okay so i'll ring back at ", ch("ten forty five", "quarter past two", "half eight"), " tomorrow"),
    ])


def n_hours_chat():
    neg("chat/retail: opening hours typed compactly (0800-2000) and times", [
        A("Our phone team works 0800-2000 Mon-Fri, 0900-1700 Sat. Chat is 24/7."),
        C("ok I'll call at ", ch("10:45", "14:30", "09:15"), " then"),
    ])


def n_model_serial():
    neg("chat/retail: model number and serial number (10 digits) with their names", [
        A("Please send the model and serial number from the sticker."),
        C("model ", ch("KDL-55X8500", "WM14T2", "HX-4410B", "UE65CU7100"), " serial no ", ref_digits(10)),
    ])


def n_serial_call():
    neg("call/utilities: boiler serial number read digit by digit with its name", [
        A("can you read the serial number off the boiler"),
        C("serial number ", say_digits(ref_digits(10)), " and the model's a ", ch("combi thirty", "four forty", "twenty four i")),
    ])


def n_meter():
    neg("call/utilities: meter readings (5-7 digits) and meter serial", [
        A("what's the reading on the electric meter"),
        C("it says ", say_digits(rdig(5)), " and the night one is ", say_digits(rdig(5))),
        A("and gas"),
        C(say_digits(rdig(R.choice([5, 6, 7])))),
    ])


def n_meter_chat():
    neg("chat/utilities: meter readings typed with dates", [
        C("Meter readings as of %d/%02d: day %s, night %s, gas %s" % (R.randint(1, 28), R.randint(1, 12), rdig(5), rdig(5), rdig(6))),
        A("Thanks, your next bill will be issued on the %s." % ORD[R.randint(1, 28)]),
    ])


def n_appointment():
    neg("call/healthcare billing: appointment and payment dates, times, ages (not DOB)", [
        A("your next appointment is the %s of %s at %s" % (ORD[R.randint(1, 28)], MONTHS[R.randint(0, 11)], ch("two thirty", "ten fifteen", "nine o'clock"))),
        C("okay and my son's %s so he's coming too, can the payment go out on the %s" % (ch("seven", "twelve", "fifteen"), ORD[R.randint(1, 28)])),
    ])


def n_dates_chat():
    neg("chat/insurance: policy start/renewal dates and payment dates (not DOB)", [
        A("Your policy started %02d/%02d/%d and renews on %02d/%02d/%d. Payment of £%d.%s will be taken on %d %s." % (
            R.randint(1, 28), R.randint(1, 12), 2021, R.randint(1, 28), R.randint(1, 12), R.randint(2026, 2027),
            R.randint(20, 900), rdig(2), R.randint(1, 28), MONTHS[R.randint(0, 11)].capitalize())),
        C("ok thanks"),
    ])


def n_last_four():
    neg("call/banking: card last-four mention and amounts only", [
        A("i can see a payment of ", money_spoken(), " on the card ending ", say_digits(rdig(4), runs=False)),
        C("yeah the one ending in ", say_digits(rdig(4), runs=False), " is my old card"),
    ])


def n_last_four_chat():
    neg("chat/retail: card ending typed (last 4 only) with order number", [
        A("Order #", ref_digits(8), " was charged to the Visa ending ", rdig(4), "."),
        C("can you move it to my mastercard ending in ", rdig(4), " instead"),
    ])


def n_flight():
    neg("call/travel: flight numbers, seat, gate and times", [
        A("you're on flight %s %s departing at %s from gate %s" % (ch("b a", "e i", "a a", "ryanair"), say_hundreds(R.randint(100, 999)), ch("six forty", "fourteen twenty", "nine ten"), say_pair(str(R.randint(10, 60))))),
        C("and is seat %s %s still free" % (say_pair(str(R.randint(10, 39))), ch("a", "c", "f"))),
    ])


def n_flight_chat():
    neg("chat/travel: booking ref, flight numbers, hotel room number", [
        A("Booking ref ", "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(6)), ": flight ", ch("BA", "EI", "FR", "LH"), str(R.randint(100, 9999)),
          " on ", "%d %s" % (R.randint(1, 28), MONTHS[R.randint(0, 11)].capitalize()), ", hotel room ", str(R.randint(100, 1299)), "."),
        C("Can I add 1 bag, 23kg?"),
    ])


def n_claim():
    neg("call/insurance: claim number with letters and digits read out, excess amount", [
        A("your claim number is c l m ", say_digits(ref_digits(8)), " and the excess is ", say_hundreds(R.randint(100, 500)), " pounds"),
        C("okay claim ", say_digits(ref_digits(8), runs=False), " was the old one right"),
    ])


def n_invoice_chat():
    neg("chat/telecom: invoice, ticket and customer reference numbers", [
        C("Invoice INV-", str(R.randint(2023, 2026)), "-", rdig(5), " charged me twice, ticket #", ref_digits(7), ", customer ref ", ref_digits(9)),
        A("Sorry about that, I've raised case ", ref_digits(8), "."),
    ])


def n_speeds():
    neg("call/telecom: speeds, data allowances, prices and contract length", [
        A("that's %s megabits for %s a month over %s months with %s gig of data" % (say_hundreds(R.choice([150, 500, 900])), ch("thirty four ninety nine", "twenty five pounds", "forty nine ninety nine"), ch("twenty four", "eighteen", "twelve"), ch("one hundred", "thirty", "fifty"))),
        C("and the speed i get is only about ", say_pair(str(R.randint(11, 99))), " meg"),
    ])


def n_temps():
    neg("call/utilities: thermostat temperatures, boiler pressure and ages", [
        A("what's the thermostat set to"),
        C("about twenty %s degrees and the pressure's one point %s bar, the boiler's %s years old" % (UNIT[R.randint(0, 5)], UNIT[R.randint(1, 9)], ch("twelve", "fifteen", "eight"))),
    ])


def n_years():
    neg("call/banking: years, counts and durations", [
        A("you've been with us since %s" % say_year(R.randint(1995, 2015))),
        C("yeah about %s years, i've got %s accounts and it took %s working days last time" % (ch("twenty", "fifteen", "eleven"), ch("three", "two"), ch("three to five", "ten"))),
    ])


def n_policy_chat():
    neg("chat/insurance: policy number (10 digits) and vehicle registration-like text", [
        C("Policy number ", ref_digits(10), ", the car's mileage is ", "{:,}".format(R.randint(10000, 99000)), " and it's a ", str(R.randint(2010, 2024)), " model"),
        A("Thanks, renewal premium is £", str(R.randint(300, 990)), ".", rdig(2), "."),
    ])


def n_account_ref_chat():
    neg("chat/utilities: customer account reference (not bank account) with name, amount", [
        A("Your energy account reference is ", ref_digits(R.choice([8, 10])), " and your monthly direct debit is £", str(R.randint(40, 200)), "."),
        C("ok and when does it come out, the ", ORD[R.randint(1, 28)], "?"),
    ])


def n_quantities():
    neg("chat/retail: quantities, product codes, sizes and prices", [
        C("I ordered ", str(R.randint(2, 12)), " x SKU ", ref_digits(8), " size ", str(R.randint(6, 16)), " at £", str(R.randint(10, 90)), ".99 each"),
        A("Thanks, item ", ref_digits(6), " is back in stock on the ", ORD[R.randint(1, 28)], "."),
    ])


def n_pin_counts():
    neg("call/banking: amount read digit-by-digit as a transfer value and a time", [
        A("how much did you want to transfer"),
        C(say_digits(str(R.randint(1000, 9999))), " pounds at ", ch("nine thirty", "half ten"), " tomorrow, it's for rent"),
    ])


def n_ticket_spoken_pairs():
    r = ref_digits(10)
    neg("call/government services: 10-digit case reference in pairs, read back by the customer", [
        A("your case reference is ", say_pairs(r)),
        C("so case reference ", say_digits(r), " yeah got it"),
    ])


def n_ref_leading_zero():
    r = "0" + rdig(9)
    neg("call/telecom: ticket number with leading zero that sounds like a phone number, said with its name", [
        A("i've logged that for you, your ticket number is ", say_digits(r)),
        C("ticket number ", say_digits(r, runs=False), " okay and how long will the engineer take"),
        A("about two to three hours, between eight and one"),
    ])


def n_ups_tracking():
    t = "1Z" + "".join(R.choice("ABCDEFGHJKLMNPRSTVWXY0123456789") for _ in range(6)) + rdig(10)
    neg("chat/retail-US: UPS style tracking number, weight and delivery window", [
        A("Your package ", t, " (%d.%d lb) is due between 10:30 and 14:00 on %02d/%02d." % (R.randint(1, 30), R.randint(0, 9), R.randint(1, 12), R.randint(1, 28))),
        C("Ok, and order ", ref_digits(10), " too?"),
    ])


def n_ages_family():
    neg("call/insurance: ages, years of no-claims, mileage and premium", [
        A("how old are the named drivers"),
        C("i'm %s and my wife's %s, we've got %s years no claims and do about %s thousand miles" % (
            say_pair(str(R.randint(25, 79))), say_pair(str(R.randint(25, 79))), ch("nine", "twelve", "four"), ch("eight", "twelve", "six"))),
        A("that comes to %s pounds %s a year" % (say_hundreds(R.randint(300, 999)), say_pair(str(R.randint(10, 99))))),
    ])


def n_train_times():
    neg("chat/travel-UK: train times, platform, coach and seat numbers, fare", [
        A("Your train leaves at %02d:%02d from platform %d, coach %s seat %d. Fare £%d.%s." % (
            R.randint(5, 22), R.randint(0, 59), R.randint(1, 14), ch("A", "C", "F"), R.randint(1, 80), R.randint(10, 200), rdig(2))),
        C("great, journey ref %s" % ref_digits(8)),
    ])


def n_amount_digit_chat():
    neg("chat/banking: account balances, overdraft limit and transaction counts", [
        C("My balance shows -£%s.%s but my overdraft limit is £%s, and there are %d pending transactions" % (
            "{:,}".format(R.randint(100, 2500)), rdig(2), "{:,}".format(R.choice([500, 1000, 1500, 2500])), R.randint(2, 9))),
        A("The %d payments total £%s.%s and will clear within 2-3 working days." % (R.randint(2, 9), "{:,}".format(R.randint(100, 3000)), rdig(2))),
    ])


def n_imei_like_short():
    neg("chat/telecom: handset model, storage and a 6-digit unlock code request number", [
        C("iPhone 15 Pro 256GB, repair request ", ref_digits(6), ", bought 14/02/2024"),
        A("Thanks, repair ", ref_digits(6), " will take 5-7 days."),
    ])


def n_percent_prices():
    neg("call/retail: prices with pence read as numbers and discount percentages", [
        A("it was one hundred and %s ninety nine with %s percent off" % (say_pair(str(R.randint(20, 99))), ch("twenty", "fifteen", "ten"))),
        C("so about %s pounds and %s pence" % (say_pair(str(R.randint(40, 99))), say_pair(str(R.randint(10, 99))))),
    ])


def p_exp_cvv_chat():
    mm, yy = R.randint(1, 12), R.randint(26, 31)
    cvv = rdig(3)
    build("positive", "chat/travel: expiry and cvv sent in a follow-up message after card was taken by phone, with booking amount", [
        A("I have the card ending ", rdig(4), " for the €", str(R.randint(100, 900)), " booking. Expiry and CVV?"),
        C(ch("exp ", "expiry ", "", "Expires "), (ch("%02d/%02d" % (mm, yy), "%02d%02d" % (mm, yy), "%s 20%02d" % (MONTHS[mm - 1].capitalize()[:3], yy)), "EXPIRY"),
          ch(" and cvv ", ", security code ", " / "), (cvv, "CVV")),
    ])


def p_cvv_exp_call_split():
    mm, yy = R.randint(1, 12), R.randint(26, 31)
    cvv = rdig(3)
    build("positive", "call/telecom: expiry as month name plus year, cvv after a hesitation, price nearby", [
        A("that's twelve pounds fifty for the top up, when does the card expire"),
        C(("end of " if False else "") , (MONTHS[mm - 1] + " " + say_year(2000 + yy), "EXPIRY")),
        A("and the security code"),
        C("it's ", (say_digits(cvv[:2], False) + " uh " + UNIT[int(cvv[2])], "CVV")),
    ])


def p_sort_split_call():
    sc, ac = rdig(6), rdig(8)
    build("positive", "call/banking-UK: sort code in pairs over two turns then account with a self-correction", [
        A("sort code please"),
        C((say_pair(sc[:2]) + " " + say_pair(sc[2:4]), "SORT_CODE")),
        A("mhm"),
        C((say_pair(sc[4:]), "SORT_CODE")),
        A("and the account number"),
        C((say_digits(ac[:4]), "BANK_ACCOUNT"), " no wait ", (say_digits(ac), "BANK_ACCOUNT")),
    ])


def p_iban_email_chat():
    ib = iban()
    f, l, d, t = email_parts()
    build("positive", "chat/insurance-EU: IBAN and e-mail for claim payout, claim ref and amount nearby", [
        A("Claim CLM", rdig(8), " approved for €", "{:,}".format(R.randint(1000, 9000)), ". Send IBAN and email for the remittance."),
        C((ch(ib, " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))), "IBAN"), ch(" / ", "\n", " email "),
          ("%s.%s@%s.%s" % (f, l, d, t.replace(" dot ", ".")), "EMAIL")),
    ])


def p_email_readback():
    f, l, d, t = email_parts()
    v = "%s %s at %s dot %s" % (f, l, d, t)
    build("positive", "call/utilities: e-mail given and read back by the agent", [
        A("email address for the bills"),
        C((v, "EMAIL")),
        A("so ", ("%s %s at %s dot %s" % (f, l, d, t), "EMAIL"), " and we'll send it on the %s" % ORD[R.randint(1, 28)]),
    ])


def p_phone_after_hours():
    p = uk_mobile()
    build("positive", "call/retail-UK: mobile number right after opening hours and a callback time", [
        A("the returns team are open eight till six, shall they call you back"),
        C("yeah after half five on ", (say_digits(p[:5]) + " " + say_pairs(p[5:]), "PHONE"), " or before nine"),
    ])


def p_account_after_balance():
    ac = rdig(8)
    sc = rdig(6)
    build("positive", "call/banking-UK: account number read right after a balance read digit by digit", [
        A("the balance on that account is ", say_digits(str(R.randint(1000, 9999))), " pounds ", say_pair(str(R.randint(10, 99)))),
        C("no that's not mine, my account number is ", (say_digits(ac), "BANK_ACCOUNT"), " sort code ", (say_digits(sc), "SORT_CODE")),
    ])


def p_dob_and_appointment():
    d, m, y = dob_values()
    build("positive", "call/healthcare billing-UK: DOB and appointment date in the same customer turn", [
        A("can you confirm your date of birth and the appointment you're calling about"),
        C("i was born on ", ("the %s of %s %s" % (ORD[d], MONTHS[m - 1], say_year(y)), "DOB"),
          " and the appointment is the %s of %s at %s" % (ORD[R.randint(1, 28)], MONTHS[R.randint(0, 11)], ch("ten thirty", "two o'clock"))),
    ])


def p_postcode_meter_serial_chat():
    pc = uk_postcode()
    build("positive", "chat/utilities-UK: postcode next to meter serial number and reading", [
        C("Meter serial ", ch("E10", "S1", "K"), rdig(7), ", reading ", rdig(5), ", postcode ", (ch(pc, pc.lower(), pc.replace(" ", "")), "POSTCODE")),
        A("Thanks, that reading is now on your account."),
    ])


def p_card_beside_tracking_chat():
    c = card()
    build("positive", "chat/retail: card number beside a tracking number and order number", [
        C("Order ", ref_digits(9), " tracking ", ch("RN", "JD"), rdig(9), "GB never arrived. Refund to ", (card_chat(c), "CARD_NUMBER"), " please"),
        A("I've requested the refund; 3-5 working days."),
    ])


def p_us_address_call():
    num = R.randint(100, 9999)
    st = ch("maple avenue", "oak street", "lakeview drive", "main street", "elm street")
    z = us_zip()
    build("positive", "call/utilities-US: street number spoken in pairs with street, zip after, service date unlabelled", [
        A("service starts on the %s, what's the service address" % ORD[R.randint(1, 28)]),
        C(("%s %s" % (say_pairs(str(num)) if num >= 1000 else say_hundreds(num), st), "ADDRESS"), " and the zip is ", (say_digits(z), "POSTCODE")),
    ])


def p_ssn_next_to_claim_chat():
    s = ssn()
    build("positive", "chat/insurance-US: SSN without separators next to a 10-digit claim number", [
        C("Claim # ", ref_digits(10), ", member SSN ", (s, "SSN"), ", DOB ", ("%02d/%02d/%d" % (R.randint(1, 12), R.randint(1, 28), R.randint(1950, 2000)), "DOB")),
        A("Thank you, I've located claim."),
    ])


POS_TEMPLATES = [p_card_call_one_turn, p_card_split, p_card_chat, p_card_cvv_exp_call, p_card_chat_full, p_card_correction,
                 p_ssn_call, p_ssn_split, p_ssn_chat, p_ssn_last_and_full, p_ni_call, p_ni_split, p_ni_chat, p_ni_readback,
                 p_sort_acct_call, p_sort_acct_chat, p_us_account, p_iban_chat, p_iban_call, p_phone_uk_call, p_phone_us_call,
                 p_phone_chat, p_phone_ie_split, p_email_call, p_email_chat, p_dob_call, p_dob_chat, p_postcode_uk_call,
                 p_address_postcode_chat, p_address_call, p_us_address_zip, p_zip_call, p_combo_verify, p_ssn_dob_call,
                 p_phone_readback, p_card_ni_mix, p_ni_typo_chat, p_card_homophone, p_ssn_homophone,
                 p_exp_cvv_chat, p_cvv_exp_call_split, p_sort_split_call, p_iban_email_chat, p_email_readback,
                 p_phone_after_hours, p_account_after_balance, p_dob_and_appointment, p_postcode_meter_serial_chat,
                 p_card_beside_tracking_chat, p_us_address_call, p_ssn_next_to_claim_chat]
NEG_TEMPLATES = [n_order_digits, n_order_split, n_tracking, n_amount_digits, n_amount_chat, n_hours, n_hours_chat,
                 n_model_serial, n_serial_call, n_meter, n_meter_chat, n_appointment, n_dates_chat, n_last_four,
                 n_last_four_chat, n_flight, n_flight_chat, n_claim, n_invoice_chat, n_speeds, n_temps, n_years,
                 n_policy_chat, n_account_ref_chat, n_quantities, n_pin_counts, n_ticket_spoken_pairs, n_imei_like_short,
                 n_percent_prices, n_ref_leading_zero, n_ups_tracking, n_ages_family, n_train_times, n_amount_digit_chat]


def generate():
    global R
    R = random.Random(SEED)
    CASE_LIST.clear()
    for _ in range(5):
        for f in POS_TEMPLATES:
            f()
    for _ in range(4):
        for f in NEG_TEMPLATES:
            f()
    return CASE_LIST


# ---------------------------------------------------------------- checking
W2D = {"zero": "0", "oh": "0", "o": "0", "nought": "0", "nil": "0", "one": "1", "won": "1", "two": "2", "to": "2",
       "too": "2", "three": "3", "four": "4", "for": "4", "five": "5", "six": "6", "seven": "7", "eight": "8",
       "ate": "8", "nine": "9"}


def norm(text):
    """Normalise a span (typed or spoken) to its alphanumeric characters."""
    if re.search(r"\d", text) and not re.search(r"\b(one|two|three|four|five|six|seven|eight|nine|zero|oh)\b", text.lower()):
        return re.sub(r"[^A-Za-z0-9]", "", text).upper()
    toks = re.findall(r"[a-z]+|\d+", text.lower())
    out = []
    i = 0
    while i < len(toks):
        t = toks[i]
        if len(t) == 1 and t.isalpha() and i + 2 < len(toks) and toks[i + 1] == "for" and toks[i + 2].isalpha() \
                and toks[i + 2][0] == t:
            out.append(t.upper())
            i += 3
            continue
        if t in ("double", "triple") and i + 1 < len(toks):
            k = 2 if t == "double" else 3
            nxt = toks[i + 1]
            if nxt in W2D:
                out.append(W2D[nxt] * k)
            i += 2
            continue
        if t in TEENS:
            out.append(str(10 + TEENS.index(t)))
        elif t in TENS and t:
            v = TENS.index(t)
            if i + 1 < len(toks) and toks[i + 1] in W2D and toks[i + 1] not in ("zero", "oh", "o", "nought", "nil", "to", "too", "for"):
                out.append(str(v) + W2D[toks[i + 1]])
                i += 2
                continue
            out.append(str(v) + "0")
        elif t in W2D:
            out.append(W2D[t])
        elif t.isdigit():
            out.append(t)
        elif len(t) == 1:
            out.append(t.upper())
        i += 1
    return "".join(out)


UKPC = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$")
STREET_WORDS = ("lane", "road", "street", "avenue", "drive", "crescent", "close", "court", "way", "grove", "boulevard")


def valid(typ, v, raw):
    if typ == "CARD_NUMBER":
        return v.isdigit() and 13 <= len(v) <= 19 and luhn_ok(v)
    if typ == "CVV":
        return v.isdigit() and len(v) in (3, 4)
    if typ == "SSN":
        return v.isdigit() and len(v) == 9
    if typ == "NI_NUMBER":
        return re.fullmatch(r"[A-Z]{2}\d{6}[A-D]", v) is not None
    if typ == "BANK_ACCOUNT":
        return v.isdigit() and 6 <= len(v) <= 12
    if typ == "SORT_CODE":
        return v.isdigit() and len(v) == 6
    if typ == "IBAN":
        return iban_ok(v)
    if typ == "PHONE":
        return v.isdigit() and 10 <= len(v) <= 13
    if typ == "POSTCODE":
        return bool(UKPC.match(v)) or re.fullmatch(r"\d{5}(\d{4})?", v) is not None
    if typ == "EMAIL":
        r = raw.lower()
        return ("@" in r and "." in r.split("@")[-1]) or (" at " in r and " dot " in r.split(" at ")[-1] + " ")
    if typ == "ADDRESS":
        r = raw.lower()
        return any(w in r.split() for w in STREET_WORDS) and bool(re.search(r"\d|one|two|three|four|five|six|seven|eight|nine|ten|twenty|hundred", r))
    if typ == "DOB":
        r = raw.lower()
        return bool(re.search(r"\d{2,4}|nineteen|two thousand|" + "|".join(MONTHS) + r"|\b(oh|zero|one|two|three|four|five|six|seven|eight|nine)\b", r))
    if typ == "EXPIRY":
        r = raw.lower()
        d = v if v.isdigit() else ""
        return bool(re.search("|".join(m[:3] for m in MONTHS), r)) or (len(d) in (4, 6) and 1 <= int(d[:2]) <= 12)
    return False


CONCAT_TYPES = {"CARD_NUMBER", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE", "IBAN", "PHONE", "POSTCODE", "CVV"}


def check_case(c, errors):
    cid = c["id"]
    if c["kind"] not in ("positive", "negative"):
        errors.append("%s: bad kind" % cid)
    if c["kind"] == "negative" and c["spans"]:
        errors.append("%s: negative with spans" % cid)
    if c["kind"] == "positive" and not c["spans"]:
        errors.append("%s: positive without spans" % cid)
    for t in c["turns"]:
        if t["speaker"] not in ("agent", "customer") or not t["text"]:
            errors.append("%s: bad turn" % cid)
    seen = []
    for s in c["spans"]:
        if s["type"] not in TYPES:
            errors.append("%s: bad type %s" % (cid, s["type"]))
            continue
        if not (0 <= s["turn"] < len(c["turns"])):
            errors.append("%s: turn out of range" % cid)
            continue
        txt = c["turns"][s["turn"]]["text"]
        a, b = s["start"], s["end"]
        if not (0 <= a < b <= len(txt)):
            errors.append("%s: offsets out of range" % cid)
            continue
        if (a > 0 and txt[a - 1].isalnum()) or (b < len(txt) and txt[b].isalnum()) or txt[a].isspace() or txt[b - 1].isspace():
            errors.append("%s: span not on word boundary %r" % (cid, txt[a:b]))
        for (t2, a2, b2) in seen:
            if t2 == s["turn"] and a < b2 and a2 < b:
                errors.append("%s: overlapping spans" % cid)
        seen.append((s["turn"], a, b))
    # value validation, allowing a value split over consecutive spans of one type
    bytype = {}
    for s in c["spans"]:
        txt = c["turns"][s["turn"]]["text"][s["start"]:s["end"]]
        bytype.setdefault(s["type"], []).append(txt)
    for typ, raws in bytype.items():
        if typ not in CONCAT_TYPES:
            for r in raws:
                if not valid(typ, norm(r), r):
                    errors.append("%s: invalid %s %r" % (cid, typ, r))
            continue
        vals = [norm(r) for r in raws]
        n = len(vals)
        ok = [True] + [False] * n
        for i in range(1, n + 1):
            for j in range(i):
                if ok[j] and valid(typ, "".join(vals[j:i]), " ".join(raws[j:i])):
                    ok[i] = True
                    break
        if not ok[n]:
            errors.append("%s: invalid %s %r -> %r" % (cid, typ, raws, vals))


def serialise(cases):
    return "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in cases)


def counts(cases):
    cnt = {t: 0 for t in TYPES}
    for c in cases:
        for s in c["spans"]:
            cnt[s["type"]] += 1
    return cnt


def readme(cases):
    cnt = counts(cases)
    npos = sum(c["kind"] == "positive" for c in cases)
    nneg = len(cases) - npos
    rows = "\n".join("| %s | %d |" % (t, cnt[t]) for t in TYPES)
    return """# PII hold-out set h216

**Never use this set for tuning.** It is a held-out evaluation set; looking at
failures here and changing the redactor to fix them destroys its value.

## Who wrote it and how

Written by an AI helper acting as an independent author. The author did not
see the redaction code, its tests, its documentation or any other PII fixture
(only a three-line example of the JSONL format). Cases are produced by
`scripts/make_pii_holdout216.py` from template functions; every turn is built
from plain-text segments and (value, TYPE) segments, so offsets are computed,
never typed by hand. All values come from one `random.Random(%d)`; the output
is byte-for-byte reproducible. `--check` regenerates and compares the file,
checks ids, offsets, word boundaries, overlaps, and validates every value after
normalising spoken forms (Luhn, mod-97, NI format, digit counts, postcode shapes).

## Contents

%d cases: %d positive, %d negative.

| type | spans |
|---|---|
%s

Chat cases use typed forms (separators, case, spacing variations). Call cases
imitate ASR output: lower case, sparse punctuation, numbers as words ("oh",
"o", "nought", "zero"), "double"/"triple", pairs ("forty one eleven"),
letters as "q for queen" / NATO, homophones ("for", "to", "ate"), values split
across customer turns with agent back-channels, read-backs by the agent.

## Annotation conventions

* A span covers the value only: not the lead-in ("it's", "my number is"), not
  the label ("sort code", "cvv").
* Filler words inside a reading (e.g. "um" between two halves of an SSN) are
  inside the span.
* A value split over several turns gets one span per turn; each span covers
  that turn's part of the value.
* Values read back by the agent are labelled too.
* An old card read out before a correction is still labelled (it is a card).
* PHONE includes a spoken or typed country/trunk prefix ("+44", "one").
* DOB covers the whole date expression ("the third of march nineteen eighty").
* EXPIRY covers month and year; ADDRESS covers house number and street (town
  and postcode are not part of ADDRESS; postcodes/ZIPs are POSTCODE spans).
* Non-PII numbers (order/claim/ticket/invoice/policy references, amounts,
  times, dates that are not birth dates, card last-four mentions, meter
  readings, model/serial numbers, flight/room numbers) are never labelled;
  negative cases contain only such numbers and must produce no redaction.
""" % (SEED, len(cases), npos, nneg, rows)


def main():
    cases = generate()
    data = serialise(cases)
    rd = readme(cases)
    errors = []
    ids = [c["id"] for c in cases]
    if len(set(ids)) != len(ids):
        errors.append("duplicate ids")
    for c in cases:
        check_case(c, errors)
    cnt = counts(cases)
    npos = sum(c["kind"] == "positive" for c in cases)
    nneg = len(cases) - npos
    if "--check" in sys.argv:
        try:
            with open(CASES, encoding="utf-8") as fh:
                disk = fh.read()
        except OSError:
            disk = None
        if disk != data:
            errors.append("cases.jsonl differs from regenerated output")
        else:
            # also validate the file as parsed from disk
            for line in disk.splitlines():
                check_case(json.loads(line), errors)
        try:
            with open(README, encoding="utf-8") as fh:
                if fh.read() != rd:
                    errors.append("README.md differs from regenerated output")
        except OSError:
            errors.append("README.md missing")
    if npos < 170 or nneg < 100:
        errors.append("too few cases: %d pos %d neg" % (npos, nneg))
    for t in TYPES:
        need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
        if cnt[t] < need:
            errors.append("too few %s spans: %d < %d" % (t, cnt[t], need))
    if "--check" not in sys.argv and not errors:
        os.makedirs(OUT_DIR, exist_ok=True)
        with open(CASES, "w", encoding="utf-8") as fh:
            fh.write(data)
        with open(README, "w", encoding="utf-8") as fh:
            fh.write(rd)
    print("cases: %d (positive %d, negative %d)" % (len(cases), npos, nneg))
    for t in TYPES:
        print("  %-13s %d" % (t, cnt[t]))
    for e in errors[:60]:
        print("ERROR:", e)
    if errors:
        print("FAILED with %d problem(s)" % len(errors))
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set `pii_holdout50`.

Written by an independent AI helper that never saw the redaction code.
Standard library only.  Output is byte-for-byte reproducible (seed 50241123).

    python scripts/make_pii_holdout50.py          # write fixture + README
    python scripts/make_pii_holdout50.py --check  # regenerate, compare, validate
"""
import json
import random
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

SEED = 50241123
ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "tests" / "fixtures" / "pii_holdout50"
CASES = OUT_DIR / "cases.jsonl"
README = OUT_DIR / "README.md"
TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE",
         "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

R = random.Random(SEED)

# ---------------------------------------------------------------- spoken forms
UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
ZEROS = ["zero", "oh", "o", "oh", "nought", "zero"]
HOMO2 = {"1": ["won"], "2": ["to", "too"], "3": ["tree"], "4": ["for", "fore"], "8": ["ate"]}
NATO = {"A": "alpha", "B": "bravo", "C": "charlie", "D": "delta", "E": "echo", "F": "foxtrot",
        "G": "golf", "H": "hotel", "J": "juliet", "K": "kilo", "L": "lima", "M": "mike",
        "N": "november", "P": "papa", "R": "romeo", "S": "sierra", "T": "tango",
        "W": "whiskey", "X": "x-ray", "Y": "yankee", "Z": "zulu"}
CASUAL = {"A": "apple", "B": "bob", "C": "cat", "D": "dog", "E": "edward", "G": "george",
          "H": "harry", "J": "john", "K": "king", "L": "london", "M": "mother", "N": "nancy",
          "P": "peter", "R": "robert", "S": "sugar", "T": "tommy", "W": "william",
          "X": "xmas", "Y": "yellow", "Z": "zebra"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
       "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
       "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty first", "twenty second",
       "twenty third", "twenty fourth", "twenty fifth", "twenty sixth", "twenty seventh",
       "twenty eighth", "twenty ninth", "thirtieth", "thirty first"]


def dw(d, homo=0.0):
    if d == "0":
        return R.choice(ZEROS)
    if R.random() < homo and d in "12348":
        return R.choice(HOMO2[d])
    return UNITS[int(d)]


def pair_words(p):
    a, b = int(p[0]), int(p[1])
    if a == 0:
        return None
    if a == 1:
        return TEENS[b]
    return TENS[a] + ("" if b == 0 else " " + UNITS[b])


def spoken_digits(s, pairs=0.0, homo=0.0, doubles=0.35):
    """Digit string -> ASR-style words (doubles, triples, pairs, homophones)."""
    out, i = [], 0
    while i < len(s):
        d = s[i]
        if i + 2 < len(s) and s[i + 1] == d and s[i + 2] == d and R.random() < 0.6:
            out.append("triple " + ("oh" if d == "0" else UNITS[int(d)]))
            i += 3
            continue
        if i + 1 < len(s) and s[i + 1] == d and R.random() < doubles:
            out.append("double " + (R.choice(["oh", "o", "zero"]) if d == "0" else UNITS[int(d)]))
            i += 2
            continue
        if (i + 1 < len(s) and R.random() < pairs and pair_words(s[i:i + 2])
                and s[i + 1] != "0"):
            out.append(pair_words(s[i:i + 2]))
            i += 2
            continue
        out.append(dw(d, homo))
        i += 1
    return " ".join(out)


def spoken_letter(c, style):
    if style == "plain":
        return c.lower()
    if style == "nato":
        return c.lower() + " for " + NATO.get(c, c.lower())
    return c.lower() + " for " + CASUAL.get(c, NATO.get(c, c.lower()))


def year_words(y):
    y = str(y)
    if y.startswith("20") and y[2] == "0":
        return R.choice(["two thousand and " + UNITS[int(y[3])], "two thousand " + UNITS[int(y[3])],
                         "twenty oh " + UNITS[int(y[3])]])
    a = pair_words(y[:2])
    b = pair_words(y[2:]) if y[2] != "0" else "oh " + UNITS[int(y[3])]
    return a + " " + b


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


def card():
    kind = R.choice(["visa", "visa", "mc", "mc", "amex", "disc"])
    if kind == "visa":
        pre, n = "4" + str(R.randint(0, 9)), 16
    elif kind == "mc":
        pre, n = "5" + str(R.randint(1, 5)), 16
    elif kind == "amex":
        pre, n = R.choice(["34", "37"]), 15
    else:
        pre, n = "6011", 16
    body = pre + "".join(str(R.randint(0, 9)) for _ in range(n - len(pre) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def group_card(c):
    if len(c) == 15:
        return [c[:4], c[4:10], c[10:]]
    return [c[i:i + 4] for i in range(0, 16, 4)]


def ssn():
    a = R.randint(1, 665)
    while a == 666:
        a = R.randint(1, 665)
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


NI_BAD1 = set("DFIQUV")
NI_BAD2 = set("DFIOQUV")


def ni():
    while True:
        a = R.choice("ABCEGHJKLMNPRSTWXYZ")
        b = R.choice("ABCEGHJKLMNPRSTWXYZ")
        if a + b not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ") and a not in NI_BAD1 and b not in NI_BAD2:
            break
    return a + b + "".join(str(R.randint(0, 9)) for _ in range(6)) + R.choice("ABCD")


def digits(n, first_nonzero=False):
    s = "".join(str(R.randint(0, 9)) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = str(R.randint(1, 9)) + s[1:]
    return s


def iban_check(country, bban):
    rearr = bban + country + "00"
    num = "".join(str(int(ch, 36)) for ch in rearr)
    return "%02d" % (98 - int(num) % 97)


def iban_valid(s):
    s = s.upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in r)) % 97 == 1


def iban():
    c = R.choice(["GB", "GB", "IE", "DE", "NL", "ES", "FR"])
    if c in ("GB", "IE"):
        bank = R.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"] if c == "GB" else ["AIBK", "BOFI", "IPBS"])
        bban = bank + digits(6) + digits(8)
    elif c == "DE":
        bban = digits(18)
    elif c == "NL":
        bban = R.choice(["ABNA", "INGB", "RABO"]) + digits(10)
    elif c == "ES":
        bban = digits(20)
    else:
        bban = digits(23)
    return c + iban_check(c, bban) + bban


def group4(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def uk_mobile():
    return "07" + R.choice("3456789") + digits(8)


def uk_land():
    return R.choice(["0161", "0113", "0121", "0141", "0117", "0131", "0114"]) + digits(7, True)


def us_phone():
    return str(R.randint(2, 9)) + digits(2) + str(R.randint(2, 9)) + digits(6)


def ie_mobile():
    return "08" + R.choice("35679") + digits(7, True)


FIRST = ["sarah", "james", "priya", "tom", "aoife", "liam", "maria", "kevin", "fatima", "grace",
         "owen", "chloe", "daniel", "niamh", "marcus", "elena", "ravi", "beth", "connor", "lucy"]
LAST = ["murphy", "patel", "okafor", "smith", "walsh", "nguyen", "kowalski", "brennan", "hughes",
        "garcia", "obrien", "turner", "khan", "lopez", "fraser", "reilly", "chen", "davies"]
DOMAINS = ["gmail.com", "yahoo.co.uk", "hotmail.com", "outlook.com", "icloud.com", "btinternet.com",
           "eircom.net", "aol.com", "live.ie", "proton.me"]


def email():
    f, l = R.choice(FIRST), R.choice(LAST)
    local = R.choice([f + "." + l, f + l, f[0] + l, f + "_" + l, f + l + str(R.randint(1, 99)),
                      l + "." + f[0]])
    return local + "@" + R.choice(DOMAINS)


def spoken_email(e):
    local, dom = e.split("@")
    parts = []
    for tok in re.split(r"([._\d]+)", local):
        if not tok:
            continue
        if tok == ".":
            parts.append("dot")
        elif tok == "_":
            parts.append("underscore")
        elif tok.isdigit():
            parts.append(spoken_digits(tok, pairs=0.5))
        elif len(tok) == 1:
            parts.append(tok)
        else:
            parts.append(tok if R.random() < 0.7 else " ".join(tok))
    d = " dot ".join(dom.split("."))
    return " ".join(parts) + " at " + d


UK_OUT = ["M14", "LS6", "B15", "G12", "BS7", "EH9", "S10", "CF24", "NE6", "L17", "SW11", "N16",
          "E17", "SE22", "NW5", "BT9", "OX4", "CB1", "NG7", "LE2", "RG1", "PL4", "YO10"]
INWARD_L = "ABDEFGHJLNPQRSTUWXYZ"


def uk_pc():
    return R.choice(UK_OUT) + " " + str(R.randint(1, 9)) + R.choice(INWARD_L) + R.choice(INWARD_L)


def us_zip():
    return "%05d" % R.randint(1001, 99950)


def spoken_pc(pc):
    out = []
    for ch in pc.replace(" ", ""):
        if ch.isdigit():
            out.append(UNITS[int(ch)])
        else:
            out.append(spoken_letter(ch, R.choice(["plain", "plain", "nato", "casual"])))
    return " ".join(out)


STREETS = ["oak", "maple", "church", "station", "victoria", "mill", "park", "elm", "kings",
           "queens", "willow", "high", "castle", "bridge", "chestnut", "meadow", "harbour", "cedar"]
SUFFIX_UK = ["road", "street", "lane", "avenue", "close", "drive", "crescent", "terrace", "way", "gardens"]
SUFFIX_US = ["street", "avenue", "boulevard", "drive", "road", "lane", "court", "place"]


def address(us=False):
    n = R.randint(2, 240) if not us else R.randint(100, 9899)
    name = R.choice(STREETS)
    suf = R.choice(SUFFIX_US if us else SUFFIX_UK)
    return str(n), name, suf


def num_words(n):
    n = int(n)
    if n < 10:
        return UNITS[n]
    if n < 100:
        return pair_words("%02d" % n)
    if n < 1000:
        h, r = divmod(n, 100)
        if r == 0:
            return UNITS[h] + " hundred"
        if r < 10:
            return UNITS[h] + R.choice([" oh ", " hundred and "]) + UNITS[r]
        return UNITS[h] + R.choice([" ", " hundred and "]) + pair_words("%02d" % r)
    s = str(n)
    return spoken_digits(s[:2], pairs=1.0) + " " + (pair_words(s[2:]) if s[2] != "0" else "oh " + UNITS[int(s[3])])


def dob():
    return R.randint(1942, 2004), R.randint(1, 12), R.randint(1, 28)


# ---------------------------------------------------------------- case builder
CASE_LIST = []
GID = [0]


def V(text, typ, gid=None):
    if gid is None:
        GID[0] += 1
        gid = "g%d" % GID[0]
    return (text, typ, gid)


def newgid(prefix="g"):
    GID[0] += 1
    return "%s%d" % (prefix, GID[0])


def A(*segs):
    return ("agent", segs)


def C(*segs):
    return ("customer", segs)


def add(kind, note, *turns):
    out_turns, spans, groups = [], [], defaultdict(list)
    for ti, (spk, segs) in enumerate(turns):
        text = ""
        for seg in segs:
            if isinstance(seg, str):
                text += seg
            else:
                val, typ, gid = seg
                spans.append({"turn": ti, "start": len(text), "end": len(text) + len(val), "type": typ})
                groups[gid].append((typ, val))
                text += val
        out_turns.append({"speaker": spk, "text": text})
    CASE_LIST.append({"kind": kind, "turns": out_turns, "spans": spans, "note": note, "_groups": dict(groups)})


# ---------------------------------------------------------------- positive templates
def ch():
    return R.random() < 0.33  # chat?


IND = ["banking", "telecom", "utilities", "retail", "insurance", "travel", "healthcare billing",
       "government services"]


def fillers():
    return R.choice(["", "um ", "uh ", "erm ", "yeah ", "right ", "okay so "])


def pos_card_call():
    c = card()
    g = group_card(c)
    ind = R.choice(IND)
    style = R.randint(0, 5)
    gid = newgid()
    if style == 0:  # one turn, filler in middle
        sp = [spoken_digits(x, pairs=0.2, homo=0.1) for x in g]
        add("positive", "call/%s: card read in one turn with a filler between groups" % ind,
            A("can i take the long card number please"),
            C(fillers(), V(sp[0] + " " + sp[1] + " um " + " ".join(sp[2:]), "CARD_NUMBER")))
    elif style == 1:  # split over turns with back-channels
        bc = ["mhm", "okay", "yep go on", "uh huh", "got that", "right"]
        turns = [A("okay go ahead with the card number whenever you're ready")]
        for i, x in enumerate(g):
            turns.append(C(("it's " if i == 0 else ""), V(spoken_digits(x, pairs=0.3, homo=0.1), "CARD_NUMBER", gid)))
            if i < len(g) - 1:
                turns.append(A(R.choice(bc)))
        turns.append(A("lovely thank you"))
        add("positive", "call/%s: card split over %d customer turns with back-channels" % (ind, len(g)), *turns)
    elif style == 2:  # self-correction restart
        frag = spoken_digits(g[0] + g[1][:2])
        add("positive", "call/%s: caller misreads, restarts card number from the beginning" % ind,
            A("and the card number"),
            C(V(frag, "CARD_NUMBER", newgid("frag")), " no hang on sorry wrong card let me start again ",
              V(" ".join(spoken_digits(x, homo=0.15) for x in g), "CARD_NUMBER", gid)),
            A("no problem got it"))
    elif style == 3:  # agent interrupts and reads back
        sp = [spoken_digits(x, pairs=0.4) for x in g]
        add("positive", "call/%s: agent interrupts mid-reading and reads group back" % ind,
            A("what's the number on the front"),
            C(V(sp[0] + " " + sp[1], "CARD_NUMBER", gid), " and then"),
            A("sorry was that ", V(spoken_digits(g[1]), "CARD_NUMBER", newgid("frag")), " for the second bit"),
            C("yes that's right then ", V(" ".join(sp[2:]), "CARD_NUMBER", gid)))
    elif style == 4:  # pairs style with amount nearby
        amt = R.randint(20, 480)
        add("positive", "call/%s: card read in pairs, payment amount nearby (unlabelled)" % ind,
            A("so that's %s pounds today what card would you like to use" % num_words(amt)),
            C("visa debit ", V(" ".join(spoken_digits(x, pairs=0.9, doubles=0.1) for x in g), "CARD_NUMBER")),
            A("thank you"))
    else:  # card + expiry + cvv in flow
        cv = digits(4 if len(c) == 15 else 3)
        mm, yy = R.randint(1, 12), R.randint(26, 31)
        add("positive", "call/%s: card, expiry and security code over several turns" % ind,
            A("card number please"),
            C(V(" ".join(spoken_digits(x) for x in g), "CARD_NUMBER")),
            A("and the expiry"),
            C(V(spoken_digits("%02d" % mm) + " " + pair_words(str(yy)), "EXPIRY")),
            A("and the three or four digits on the back"),
            C("it's ", V(spoken_digits(cv), "CVV")))


def pos_card_chat():
    c = card()
    g = group_card(c)
    ind = R.choice(IND)
    sep = R.choice([" ", "-", "", " ", "  "])
    txt = sep.join(g)
    if R.random() < 0.3 and len(c) == 16:
        txt = c[:4] + " " + c[4:8] + "-" + c[8:12] + " " + c[12:]
    mm, yy = R.randint(1, 12), R.randint(26, 31)
    cv = digits(4 if len(c) == 15 else 3)
    if R.random() < 0.5:
        add("positive", "chat/%s: typed card with expiry and cvv on one line" % ind,
            A("Please enter the card details below."),
            C("card ", V(txt, "CARD_NUMBER"), " exp ", V(R.choice(["%02d/%02d", "%02d-%02d", "%02d/20%02d"]) % (mm, yy), "EXPIRY"),
              " cvv ", V(cv, "CVV")))
    else:
        add("positive", "chat/%s: typed card split into two messages" % ind,
            A("What card would you like to pay with?"),
            C("its ", V(" ".join(g[:2]), "CARD_NUMBER", "c%d" % len(CASE_LIST))),
            C(V(" ".join(g[2:]), "CARD_NUMBER", "c%d" % len(CASE_LIST)), " sorry hit enter too soon"),
            A("No problem, thanks! Total is $%d.%02d" % (R.randint(10, 300), R.randint(0, 99))))


def pos_ssn():
    s = ssn()
    ind = R.choice(["banking", "insurance", "healthcare billing", "government services", "telecom"])
    st = R.randint(0, 5)
    if st == 0:
        add("positive", "chat/%s: SSN typed with dashes" % ind,
            A("For verification please provide your social security number."),
            C("sure its ", V(s[:3] + "-" + s[3:5] + "-" + s[5:], "SSN")))
    elif st == 1:
        add("positive", "chat/%s: SSN typed with spaces, typo in lead-in" % ind,
            A("Can I get your SSN to locate the policy?"),
            C("ssn is ", V(s[:3] + " " + s[3:5] + " " + s[5:], "SSN"), " thx"))
    elif st == 2:
        gid = newgid()
        add("positive", "call/%s: SSN spread over three turns 3-2-4" % ind,
            A("and your social please"),
            C("uh ", V(spoken_digits(s[:3]), "SSN", gid)),
            A("mhm"),
            C(V(spoken_digits(s[3:5], pairs=0.5), "SSN", gid)),
            A("okay"),
            C(V(spoken_digits(s[5:], pairs=0.4), "SSN", gid)))
    elif st == 3:
        add("positive", "call/%s: SSN with self-correction of the last four" % ind,
            A("last thing i need is the social"),
            C(V(spoken_digits(s[:5]), "SSN", "q%d" % len(CASE_LIST)), " ", V(spoken_digits(s[5:7]), "SSN", newgid("frag")),
              " no wait ", V(spoken_digits(s[5:]), "SSN", "q%d" % len(CASE_LIST))),
            A("okay thank you"))
    elif st == 4:
        add("positive", "call/%s: agent reads SSN back to caller" % ind,
            A("can you give me your social security number"),
            C(V(spoken_digits(s, homo=0.2), "SSN")),
            A("let me just repeat that ", V(spoken_digits(s, pairs=0.3), "SSN"), " is that right"),
            C("yep that's it"))
    else:
        amt = R.randint(100, 4000)
        add("positive", "call/%s: full SSN in pairs with claim amount nearby (unlabelled)" % ind,
            A("the claim was for %s dollars can i verify your social" % num_words(amt)),
            C("yeah it's ", V(spoken_digits(s, pairs=0.5), "SSN"), " and i'm calling about the bill from march"))


def pos_ni():
    n = ni()
    ind = R.choice(["government services", "banking", "utilities", "insurance", "retail"])
    st = R.randint(0, 5)
    if st == 0:
        add("positive", "chat/%s: NI number typed with spaces" % ind,
            A("What's your National Insurance number?"),
            C("It's ", V(n[:2] + " " + n[2:4] + " " + n[4:6] + " " + n[6:8] + " " + n[8], "NI_NUMBER")))
    elif st == 1:
        add("positive", "chat/%s: NI number typed lower case no spaces" % ind,
            A("Please confirm your NI number for the records."),
            C("ni no: ", V(n.lower(), "NI_NUMBER"), " cheers"))
    elif st == 2:
        lst = R.choice(["nato", "casual"])
        add("positive", "call/%s: NI letters spelled with 'x for word'" % ind,
            A("and your national insurance number please"),
            C(V(spoken_letter(n[0], lst) + " " + spoken_letter(n[1], lst) + " " + spoken_digits(n[2:8], pairs=0.3)
                + " " + spoken_letter(n[8], "plain"), "NI_NUMBER")))
    elif st == 3:
        gid = newgid()
        add("positive", "call/%s: NI split over turns, agent back-channels" % ind,
            A("go ahead with the national insurance"),
            C(V(n[0].lower() + " " + n[1].lower(), "NI_NUMBER", gid)),
            A("yep"),
            C(V(spoken_digits(n[2:5]), "NI_NUMBER", gid)),
            A("mhm"),
            C(V(spoken_digits(n[5:8]), "NI_NUMBER", gid), " and then ", V(n[8].lower(), "NI_NUMBER", gid)))
    elif st == 4:
        gid = newgid()
        add("positive", "call/%s: NI with correction of a letter, agent confirms suffix" % ind,
            A("what's your n i number"),
            C(V(n[0].lower() + " " + R.choice("bcegh").lower(), "NI_NUMBER", newgid("fragL")), " no sorry ",
              V(spoken_letter(n[0], "nato") + " " + spoken_letter(n[1], "nato") + " " + spoken_digits(n[2:8], pairs=0.5), "NI_NUMBER", gid)),
            A("and the letter at the end"),
            C(V(spoken_letter(n[8], "casual"), "NI_NUMBER", gid)))
    else:
        add("positive", "call/%s: NI digits in pairs with homophone-free letters" % ind,
            A("can i take your national insurance number"),
            C("yeah it's ", V(n[0].lower() + " " + n[1].lower() + " " + " ".join(
                pair_words(n[i:i + 2]) or spoken_digits(n[i:i + 2]) for i in (2, 4, 6)) + " " + n[8].lower(), "NI_NUMBER"),
              " i think i've got it on a payslip somewhere"))


def pos_bank():
    acc, sc = digits(8), digits(6)
    ind = R.choice(["banking", "utilities", "insurance", "government services", "telecom"])
    st = R.randint(0, 4)
    if st == 0:
        add("positive", "chat/%s: sort code with dashes and account number" % ind,
            A("Which account should the direct debit come from?"),
            C("sort code ", V(sc[:2] + "-" + sc[2:4] + "-" + sc[4:], "SORT_CODE"), " acc ", V(acc, "BANK_ACCOUNT")))
    elif st == 1:
        add("positive", "call/%s: sort code in pairs, account digit by digit" % ind,
            A("the sort code first please"),
            C(V(" ".join(pair_words(sc[i:i + 2]) or spoken_digits(sc[i:i + 2]) for i in (0, 2, 4)), "SORT_CODE")),
            A("and the account number"),
            C(V(spoken_digits(acc, homo=0.1), "BANK_ACCOUNT")))
    elif st == 2:
        gid = newgid()
        add("positive", "call/%s: account number split across turns, agent interrupts" % ind,
            A("account number"),
            C(V(spoken_digits(acc[:4]), "BANK_ACCOUNT", gid)),
            A("sorry you broke up there was that ", V(spoken_digits(acc[:4]), "BANK_ACCOUNT", newgid("frag"))),
            C("yeah ", V(spoken_digits(acc[:4]), "BANK_ACCOUNT", newgid("frag")), " then ", V(spoken_digits(acc[4:]), "BANK_ACCOUNT", gid)))
    elif st == 3:
        add("positive", "call/%s: sort code and account in one turn with chit-chat" % ind,
            A("where would you like the refund paid"),
            C("same as before really the sort code's ", V(spoken_digits(sc), "SORT_CODE"), " and it's account ",
              V(spoken_digits(acc, pairs=0.3), "BANK_ACCOUNT"), " it's the joint one with my husband"))
    else:
        us = digits(R.randint(9, 12), True)
        add("positive", "chat/us %s: checking account number typed with routing context" % ind,
            A("Please provide the checking account number for autopay."),
            C("acct # ", V(us, "BANK_ACCOUNT")))


def pos_iban():
    ib = iban()
    ind = R.choice(["banking", "travel", "insurance", "retail", "utilities"])
    st = R.randint(0, 3)
    if st == 0:
        add("positive", "chat/eu %s: IBAN in groups of four" % ind,
            A("Please share the IBAN for the refund."),
            C("IBAN: ", V(group4(ib), "IBAN")))
    elif st == 1:
        add("positive", "chat/eu %s: IBAN typed compact lower case" % ind,
            A("Where should we send the money back?"),
            C("to my account pls ", V(ib.lower(), "IBAN"), " thank you"))
    elif st == 2:
        def sp(x):
            return " ".join(UNITS[int(ch)] if ch.isdigit() else ("o for oscar" if ch == "O" else ch.lower()) for ch in x)
        gid = newgid()
        add("positive", "call/eu %s: IBAN read out in chunks over turns" % ind,
            A("can you read me the iban"),
            C(V(sp(ib[:8]), "IBAN", gid)),
            A("okay"),
            C(V(sp(ib[8:16]), "IBAN", gid)),
            A("yep"),
            C(V(sp(ib[16:]), "IBAN", gid), " that's it"))
    else:
        def sp2(x):
            return " ".join((spoken_digits(x[i:i + 2], pairs=0.6) if x[i:i + 2].isdigit() else
                             " ".join(UNITS[int(ch)] if ch.isdigit() else ("o for oscar" if ch == "O" else ch.lower()) for ch in x[i:i + 2]))
                            for i in range(0, len(x), 2))
        add("positive", "call/eu %s: IBAN read in one turn with pairs" % ind,
            A("and the international account number"),
            C("right it's ", V(sp2(ib), "IBAN")))


def pos_phone():
    ind = R.choice(IND)
    st = R.randint(0, 5)
    if st == 0:
        p = uk_mobile()
        add("positive", "call/uk %s: mobile with double and triple" % ind,
            A("best number to reach you on"),
            C(V(spoken_digits(p, doubles=0.8), "PHONE")))
    elif st == 1:
        p = us_phone()
        fmt = R.choice(["(%s) %s-%s", "%s-%s-%s", "%s.%s.%s", "+1 %s %s %s"]) % (p[:3], p[3:6], p[6:])
        add("positive", "chat/us %s: phone typed with punctuation" % ind,
            A("What's a good callback number?"),
            C("call me at ", V(fmt, "PHONE"), " after 5pm"))
    elif st == 2:
        p = uk_mobile()
        gid = newgid()
        add("positive", "call/uk %s: mobile split 5-6 with agent confirming" % ind,
            A("can i take a contact number"),
            C(V(spoken_digits(p[:5]), "PHONE", gid)),
            A("uh huh"),
            C(V(spoken_digits(p[5:], pairs=0.4), "PHONE", gid)),
            A("so that's ", V(spoken_digits(p), "PHONE"), " yeah"),
            C("yes"))
    elif st == 3:
        p = ie_mobile()
        add("positive", "call/ireland %s: international form plus three five three" % ind,
            A("and a phone number"),
            C("plus ", V("three five three " + spoken_digits(p[1:]), "PHONE")))
    elif st == 4:
        p = uk_land()
        add("positive", "chat/uk %s: landline typed, time nearby" % ind,
            A("Can we call you tomorrow?"),
            C("yes on ", V(p[:4] + " " + p[4:7] + " " + p[7:], "PHONE"), " any time after 10:30"))
    else:
        p = us_phone()
        add("positive", "call/us %s: phone read with area code and self-correction" % ind,
            A("what's the number on the account"),
            C("area code ", V(spoken_digits(p[:3]), "PHONE", "p%d" % len(CASE_LIST)), " then ",
              V(spoken_digits(p[3:5]), "PHONE", newgid("frag")), " no ",
              V(spoken_digits(p[3:], pairs=0.5), "PHONE", "p%d" % len(CASE_LIST))))


def pos_email():
    e = email()
    ind = R.choice(IND)
    st = R.randint(0, 2)
    if st == 0:
        add("positive", "chat/%s: e-mail typed mid-sentence" % ind,
            A("What email should the receipt go to?"),
            C("send it to ", V(e if R.random() < 0.6 else e.upper(), "EMAIL"), " please"))
    elif st == 1:
        add("positive", "call/%s: e-mail spoken with dot and at" % ind,
            A("and an email address"),
            C("yeah it's ", V(spoken_email(e), "EMAIL")),
            A("lovely"))
    else:
        add("positive", "call/%s: e-mail spoken then domain confirmed" % ind,
            A("what email have we got for you"),
            C("um ", V(spoken_email(e), "EMAIL"), " all lower case"),
            A("is that ", V(e.split("@")[1].replace(".", " dot "), "EMAIL", newgid("dom")), " yeah"),
            C("that's the one"))


def pos_dob():
    y, m, d = dob()
    ind = R.choice(["healthcare billing", "insurance", "banking", "government services", "telecom"])
    st = R.randint(0, 4)
    if st == 0:
        add("positive", "chat/%s: DOB typed dd/mm/yyyy" % ind,
            A("Please confirm your date of birth."),
            C("dob ", V("%02d/%02d/%d" % (d, m, y), "DOB")))
    elif st == 1:
        add("positive", "call/%s: DOB as ordinal, month, year in pairs" % ind,
            A("can you confirm your date of birth"),
            C("the ", V(ORD[d] + " of " + MONTHS[m - 1] + " " + year_words(y), "DOB")))
    elif st == 2:
        add("positive", "call/us %s: DOB month first" % ind,
            A("and your birthday"),
            C("uh ", V(MONTHS[m - 1] + " " + ORD[d] + " " + year_words(y), "DOB"), " i'll be %s next year" % num_words(2027 - y)))
    elif st == 3:
        add("positive", "call/%s: DOB as digits oh three oh four" % ind,
            A("date of birth please"),
            C(V(spoken_digits("%02d" % d) + " " + spoken_digits("%02d" % m) + " " + year_words(y), "DOB")))
    else:
        gid = newgid()
        add("positive", "call/%s: DOB split, agent prompts for the year" % ind,
            A("and the date of birth"),
            C(V(ORD[d] + " " + MONTHS[m - 1], "DOB", gid)),
            A("and the year"),
            C(V(year_words(y), "DOB", gid)))


def pos_postcode():
    ind = R.choice(IND)
    st = R.randint(0, 3)
    if st == 0:
        pc = uk_pc()
        add("positive", "chat/uk %s: postcode typed" % ind,
            A("What's the postcode for the delivery?"),
            C(V(pc if R.random() < 0.5 else pc.lower().replace(" ", ""), "POSTCODE")))
    elif st == 1:
        pc = uk_pc()
        add("positive", "call/uk %s: postcode spelled with word letters" % ind,
            A("and the postcode"),
            C("it's ", V(spoken_pc(pc), "POSTCODE")))
    elif st == 2:
        z = us_zip()
        add("positive", "call/us %s: zip code spoken" % ind,
            A("and your zip code"),
            C(V(spoken_digits(z, pairs=0.3), "POSTCODE")))
    else:
        z = us_zip()
        add("positive", "chat/us %s: zip+4 typed" % ind,
            A("Billing zip?"),
            C(V(z + "-" + digits(4), "POSTCODE")))


def pos_address():
    ind = R.choice(IND)
    st = R.randint(0, 3)
    if st == 0:
        n, nm, sf = address()
        pc = uk_pc()
        add("positive", "call/uk %s: street address then postcode over two turns" % ind,
            A("what's the first line of the address"),
            C(V(num_words(n) + " " + nm + " " + sf, "ADDRESS")),
            A("and the postcode"),
            C(V(spoken_pc(pc), "POSTCODE")))
    elif st == 1:
        n, nm, sf = address(us=True)
        z = us_zip()
        add("positive", "chat/us %s: full address with zip" % ind,
            A("Shipping address please."),
            C(V(n + " " + nm.title() + " " + sf.title(), "ADDRESS"), ", Springfield, IL ", V(z, "POSTCODE")))
    elif st == 2:
        n, nm, sf = address(us=True)
        add("positive", "call/us %s: house number read as pairs" % ind,
            A("the service address"),
            C("it's ", V(num_words(n) + " " + nm + " " + sf, "ADDRESS"), " apartment %s" % UNITS[R.randint(2, 9)]))
    else:
        n, nm, sf = address()
        add("positive", "chat/uk %s: flat and street typed" % ind,
            A("Where is the boiler located?"),
            C("flat 3, ", V(n + " " + nm.title() + " " + sf.title(), "ADDRESS"), " – ground floor"))


def pos_cvv_exp():
    ind = R.choice(IND)
    cv = digits(3)
    mm, yy = R.randint(1, 12), R.randint(26, 32)
    st = R.randint(0, 2)
    if st == 0:
        add("positive", "call/%s: expiry with month name and cvv after back-channel" % ind,
            A("expiry date"),
            C(V(MONTHS[mm - 1] + " twenty " + UNITS[yy - 20] if yy < 30 else MONTHS[mm - 1] + " " + pair_words(str(yy)), "EXPIRY")),
            A("and the security code on the back"),
            C(V(spoken_digits(cv), "CVV")))
    elif st == 1:
        add("positive", "call/%s: expiry 'oh x slash y' and cvv with correction" % ind,
            A("when does the card expire"),
            C(V(spoken_digits("%02d" % mm) + " slash " + pair_words(str(yy)), "EXPIRY")),
            A("and the c v v"),
            C(V(spoken_digits(cv[:2] + str((int(cv[2]) + 1) % 10)), "CVV", newgid("frag")), " sorry no ", V(spoken_digits(cv), "CVV")))
    else:
        add("positive", "chat/%s: expiry and cvc typed on separate lines" % ind,
            A("Expiry and CVC please"),
            C("exp: ", V("%02d/%02d" % (mm, yy), "EXPIRY")),
            C("cvc ", V(cv, "CVV")))


def pos_combo():
    """identity verification mixing several types."""
    ind = R.choice(IND)
    y, m, d = dob()
    pc = uk_pc()
    p = uk_mobile()
    add("positive", "call/uk %s: verification with DOB, postcode, phone and an order number (unlabelled)" % ind,
        A("can i take the order number first"),
        C("yeah it's %s" % spoken_digits(digits(7, True))),
        A("and for security your date of birth and postcode"),
        C(V(ORD[d] + " " + MONTHS[m - 1] + " " + year_words(y), "DOB"), " and ", V(spoken_pc(pc), "POSTCODE")),
        A("and a mobile"),
        C(V(spoken_digits(p, pairs=0.3), "PHONE")))


def pos_sort_call():
    sc, acc = digits(6), digits(8)
    ind = R.choice(["banking", "utilities", "insurance", "government services", "telecom"])
    st = R.randint(0, 3)
    if st == 0:
        gid = newgid()
        add("positive", "call/uk %s: sort code split in pairs over turns, 'nought' for zero" % ind,
            A("what's the sort code"),
            C(V(spoken_digits(sc[:2]).replace("zero", "nought"), "SORT_CODE", gid)),
            A("yep"),
            C(V(spoken_digits(sc[2:4]), "SORT_CODE", gid), " ", V(spoken_digits(sc[4:]), "SORT_CODE", gid)),
            A("and the account number"),
            C("it's ", V(spoken_digits(acc, pairs=0.3), "BANK_ACCOUNT")))
    elif st == 1:
        add("positive", "call/uk %s: sort code with restart and agent read-back" % ind,
            A("sort code please"),
            C(V(spoken_digits(sc[:3]), "SORT_CODE", newgid("frag")), " oh hang on that's the old one um ",
              V(spoken_digits(sc, pairs=0.5), "SORT_CODE")),
            A("so ", V(" ".join(pair_words(sc[i:i + 2]) or spoken_digits(sc[i:i + 2]) for i in (0, 2, 4)), "SORT_CODE"), " yeah"),
            C("that's right"))
    elif st == 2:
        add("positive", "chat/uk %s: sort code with spaces and account typed, amount nearby" % ind,
            A("Where should the £%d refund go?" % R.randint(20, 400)),
            C("SC ", V(sc[:2] + " " + sc[2:4] + " " + sc[4:], "SORT_CODE"), " / acct ", V(acc[:4] + " " + acc[4:], "BANK_ACCOUNT")))
    else:
        add("positive", "call/uk %s: sort code and account in one breath, homophones" % ind,
            A("bank details for the direct debit please"),
            C(V(spoken_digits(sc, homo=0.4), "SORT_CODE"), " and then ", V(spoken_digits(acc, homo=0.3), "BANK_ACCOUNT"),
              " and can it come out on the %s" % ORD[R.randint(1, 28)]))


def pos_card_messy():
    c = card()
    g = group_card(c)
    ind = R.choice(IND)
    st = R.randint(0, 2)
    gid = newgid()
    if st == 0:
        add("positive", "call/%s: agent asks caller to slow down, caller repeats from second group" % ind,
            A("go ahead"),
            C(V(spoken_digits(g[0], homo=0.3) + " " + spoken_digits(g[1], homo=0.3), "CARD_NUMBER", newgid("frag"))),
            A("sorry could you slow down a bit for me"),
            C("yeah sorry ", V(spoken_digits(g[0]), "CARD_NUMBER", gid)),
            A("mhm"),
            C(V(spoken_digits(g[1]), "CARD_NUMBER", gid)),
            A("okay"),
            C(V(" ".join(spoken_digits(x, pairs=0.3) for x in g[2:]), "CARD_NUMBER", gid)))
    elif st == 1:
        add("positive", "call/%s: card read while caller chats about the bill" % ind,
            A("which card today"),
            C("the same one as last month it's ", V(" ".join(spoken_digits(x, homo=0.2) for x in g[:2]), "CARD_NUMBER", gid),
              " hold on my glasses ", V(" ".join(spoken_digits(x) for x in g[2:]), "CARD_NUMBER", gid), " and the bill was %s pounds" % num_words(R.randint(30, 200))),
            A("thanks"))
    else:
        cv = digits(4 if len(c) == 15 else 3)
        add("positive", "call/%s: card and cvv in one turn, agent did not prompt" % ind,
            A("card number please"),
            C(V(" ".join(spoken_digits(x, pairs=0.5) for x in g), "CARD_NUMBER"), " and the code on the back is ",
              V(spoken_digits(cv), "CVV")),
            A("and the expiry"),
            C(V(MONTHS[R.randint(0, 11)] + " " + pair_words(str(R.randint(27, 31))), "EXPIRY")))


def pos_phone_call2():
    ind = R.choice(IND)
    st = R.randint(0, 2)
    if st == 0:
        p = uk_mobile()
        add("positive", "call/uk %s: plus four four form, drops leading zero" % ind,
            A("is there a number we can text"),
            C("plus ", V("four four " + spoken_digits(p[1:], pairs=0.3), "PHONE")))
    elif st == 1:
        p = us_phone()
        gid = newgid()
        add("positive", "call/us %s: phone split 3-3-4 with agent interruption" % ind,
            A("callback number"),
            C(V(spoken_digits(p[:3]), "PHONE", gid)),
            A("sorry is that the area code"),
            C("yeah then ", V(spoken_digits(p[3:6]), "PHONE", gid)),
            A("uh huh"),
            C(V(spoken_digits(p[6:], pairs=0.6), "PHONE", gid)))
    else:
        p = uk_mobile()
        e = email()
        add("positive", "call/uk %s: phone and e-mail in one turn" % ind,
            A("contact details please"),
            C("mobile's ", V(spoken_digits(p, doubles=0.6), "PHONE"), " and email ", V(spoken_email(e), "EMAIL")))


def pos_extra_call():
    ind = R.choice(IND)
    st = R.randint(0, 5)
    if st == 0:
        y, m, d = dob()
        y2 = y + 1
        add("positive", "call/%s: DOB with year self-correction" % ind,
            A("can i just confirm your date of birth"),
            C("it's the ", V(ORD[d] + " of " + MONTHS[m - 1] + " " + year_words(y2), "DOB"), " no sorry what am i saying ",
              V(pair_words(str(y)[2:]) or spoken_digits(str(y)[2:]), "DOB", newgid("frag"))),
            A("no worries"))
    elif st == 1:
        n, nm, sf = address()
        add("positive", "call/uk %s: address, agent mishears and caller repeats and spells the street" % ind,
            A("first line of the address"),
            C("flat two ", V(num_words(n) + " " + nm + " " + sf, "ADDRESS")),
            A("sorry what was the road"),
            C(V(nm + " " + sf, "ADDRESS", newgid("st")), " %s" % " ".join(nm)),
            A("lovely"))
    elif st == 2:
        n, nm, sf = address(us=True)
        z = us_zip()
        add("positive", "call/us %s: address and zip in one turn with city" % ind,
            A("and the billing address"),
            C(V(spoken_digits(n, pairs=0.8) + " " + nm + " " + sf, "ADDRESS"), " in columbus ohio ",
              V(spoken_digits(z), "POSTCODE")))
    elif st == 3:
        ib = iban()
        add("positive", "chat/eu %s: IBAN typed with irregular grouping, payment reference nearby (unlabelled)" % ind,
            A("Please send the IBAN."),
            C("iban is ", V(ib[:4] + " " + ib[4:12] + " " + ib[12:], "IBAN"), " , reference %d" % R.randint(1000, 99999)))
    elif st == 4:
        ib = iban()
        if ib[:2] in ("GB", "IE", "NL"):
            ib = ib  # letters fine
        sp = " ".join(("o for oscar" if ch == "O" else ch.lower()) if ch.isalpha() else UNITS[int(ch)] for ch in ib[:4])
        rest = ib[4:]
        rs = " ".join(("o for oscar" if ch == "O" else ch.lower()) if ch.isalpha() else dw(ch) for ch in rest)
        gid = newgid()
        add("positive", "call/ireland %s: IBAN country code and check digits first, agent says go on" % ind,
            A("iban please"),
            C(V(sp, "IBAN", gid)),
            A("okay go on"),
            C(V(rs, "IBAN", gid)))
    else:
        y, m, d = dob()
        add("positive", "call/%s: DOB said with nineteen hundred style and filler" % ind,
            A("date of birth"),
            C(V(UNITS[d] if d < 10 else pair_words("%02d" % d), "DOB", "d%d" % len(CASE_LIST)) if False else
              V("%s %s um %s" % (ORD[d], MONTHS[m - 1], year_words(y)), "DOB")))


# ---------------------------------------------------------------- negative templates
def neg():
    ind = R.choice(IND)
    st = R.randint(0, 31)
    note, turns = None, None
    if st >= 20:
        return neg2(st - 20, ind)
    if st == 0:
        a, p = R.randint(10, 999), R.randint(0, 99)
        note = "call/%s: amount spoken in words" % ind
        turns = [A("your balance is %s pounds %s" % (num_words(a), pair_words("%02d" % p) or UNITS[p])),
                 C("okay and when is that due")]
    elif st == 1:
        note = "chat/%s: price and quantity" % ind
        turns = [C("I ordered %d units at $%d.%02d each" % (R.randint(2, 40), R.randint(3, 500), R.randint(0, 99))),
                 A("Thanks, I can see that order.")]
    elif st == 2:
        ref = digits(R.randint(6, 10), True)
        note = "call/%s: reference number read digit by digit with its reference word" % ind
        turns = [A("have you got a reference number"),
                 C("yeah the reference is %s" % spoken_digits(ref))]
    elif st == 3:
        note = "chat/travel: flight number and times"
        turns = [C("My flight %s%d leaves at %d:%02d and lands %d:%02d" % (R.choice(["BA", "EI", "FR", "UA", "LH"]), R.randint(100, 9999), R.randint(1, 12), R.randint(0, 59), R.randint(1, 12), R.randint(0, 59))),
                 A("I can see the booking, thank you.")]
    elif st == 4:
        note = "call/utilities: meter reading spoken"
        turns = [A("can you read me the meter"),
                 C("it says %s" % spoken_digits(digits(5, True), pairs=0.4)),
                 A("thank you i've logged that")]
    elif st == 5:
        d = R.randint(1, 28)
        m = R.randint(1, 12)
        note = "call/%s: appointment date and time, not a birth date" % ind
        turns = [A("i can book you in on the %s of %s at %s thirty" % (ORD[d], MONTHS[m - 1], UNITS[R.randint(1, 9)])),
                 C("that works")]
    elif st == 6:
        note = "chat/%s: payment date and contract start year" % ind
        turns = [C("Contract started %s %d and I paid on %02d/%02d/%d" % (MONTHS[R.randint(0, 11)].title(), R.randint(2015, 2025), R.randint(1, 28), R.randint(1, 12), R.randint(2023, 2026))),
                 A("Thanks, I can see the payment.")]
    elif st == 7:
        note = "call/healthcare billing: age and duration"
        turns = [C("my mum's %s and she's been waiting %s weeks" % (num_words(R.randint(60, 95)), num_words(R.randint(2, 12)))),
                 A("i'm sorry to hear that")]
    elif st == 8:
        note = "call/travel: room number and nights"
        turns = [C("we're in room %s for %s nights" % (num_words(R.randint(101, 950)), UNITS[R.randint(2, 9)])),
                 A("okay let me check the folio")]
    elif st == 9:
        note = "chat/retail: model number and price"
        turns = [C("The %s-%d%s model was £%d" % (R.choice(["KX", "WM", "HD", "TV"]), R.randint(100, 9999), R.choice(["", "B", "X"]), R.randint(99, 1999))),
                 A("That model is in stock.")]
    elif st == 10:
        note = "call/telecom: speeds and data allowance"
        turns = [C("i'm paying for %s megs and only getting %s" % (num_words(R.randint(100, 900)), num_words(R.randint(5, 90)))),
                 A("and you've used %s gigs this month" % num_words(R.randint(10, 99)))]
    elif st == 11:
        note = "call/%s: percentage and year" % ind
        turns = [A("the price goes up %s percent in %s" % (num_words(R.randint(2, 15)), year_words(R.randint(2025, 2028)))),
                 C("that's ridiculous")]
    elif st == 12:
        clm = digits(R.randint(7, 9), True)
        note = "chat/insurance: claim number typed with its keyword"
        turns = [C("Claim number %s, any update?" % clm), A("Let me look that up.")]
    elif st == 13:
        note = "call/utilities: temperature and time"
        turns = [C("the heating's set to %s but it's only %s degrees in here" % (num_words(R.randint(18, 24)), num_words(R.randint(11, 17)))),
                 A("and how long has that been going on"),
                 C("about %s hours" % num_words(R.randint(3, 48)))]
    elif st == 14:
        inv = digits(R.randint(6, 8), True)
        note = "call/%s: invoice number split over turns with keyword" % ind
        turns = [A("what's the invoice number"), C("invoice %s" % spoken_digits(inv[:3])), A("mhm"),
                 C(spoken_digits(inv[3:]))]
    elif st == 15:
        note = "chat/banking: balance and transaction amounts"
        turns = [C("balance shows £%d,%03d.%02d but I only spent £%d.%02d" % (R.randint(1, 9), R.randint(0, 999), R.randint(0, 99), R.randint(5, 500), R.randint(0, 99))),
                 A("Let me look at the pending transactions.")]
    elif st == 16:
        note = "call/%s: counts and hold time" % ind
        turns = [C("i've called %s times and been on hold %s minutes" % (num_words(R.randint(3, 12)), num_words(R.randint(20, 90)))),
                 A("i do apologise")]
    elif st == 17:
        tk = digits(R.randint(5, 8), True)
        note = "chat/telecom: ticket number with hash"
        turns = [C("ticket #%s still not fixed after %d days" % (tk, R.randint(2, 30))), A("Sorry about that!")]
    elif st == 18:
        note = "call/travel: booking party and date of travel"
        turns = [C("it's for %s adults and %s kids flying out on the %s of %s" % (UNITS[R.randint(2, 4)], UNITS[R.randint(2, 3)], ORD[R.randint(1, 28)], MONTHS[R.randint(0, 11)])),
                 A("lovely and coming back")]
    else:
        note = "call/retail: order number with keyword and price"
        turns = [A("do you have the order number"),
                 C("order number %s and it was %s ninety nine" % (spoken_digits(digits(8, True), pairs=0.3), num_words(R.randint(10, 99))))]
    add("negative", note, *turns)


def neg2(st, ind):
    if st == 0:
        ref = digits(R.randint(8, 10), True)
        note = "call/travel: booking reference split over turns with back-channel"
        turns = [A("have you got the booking reference"), C("yeah booking reference %s" % spoken_digits(ref[:4])),
                 A("mhm"), C(spoken_digits(ref[4:], pairs=0.3))]
    elif st == 1:
        note = "call/travel: double room and nights, 'double' not a digit"
        turns = [C("we booked a double room for %s nights from the %s" % (UNITS[R.randint(2, 9)], ORD[R.randint(1, 28)])),
                 A("and is that for %s people" % UNITS[R.randint(2, 4)])]
    elif st == 2:
        note = "call/retail: prices said like nineteen ninety nine"
        turns = [A("the upgrade is %s ninety nine a month or %s for the year" % (num_words(R.randint(10, 59)), num_words(R.randint(150, 600)))),
                 C("and was it %s before" % num_words(R.randint(10, 59)))]
    elif st == 3:
        note = "call/banking: interest rate with point and percent"
        turns = [A("the rate is %s point %s percent a p r fixed for %s years" % (UNITS[R.randint(2, 9)], UNITS[R.randint(1, 9)], UNITS[R.randint(2, 5)])),
                 C("okay")]
    elif st == 4:
        note = "call/%s: IVR option numbers and time" % ind
        turns = [C("i pressed %s then %s and waited till %s fifteen" % (UNITS[R.randint(1, 9)], UNITS[R.randint(1, 9)], UNITS[R.randint(1, 9)])),
                 A("sorry about that")]
    elif st == 5:
        note = "call/utilities: years of contract range"
        turns = [C("i've been with you from %s to %s" % (year_words(R.randint(2005, 2015)), year_words(R.randint(2016, 2025)))),
                 A("thank you for being a loyal customer")]
    elif st == 6:
        pol = digits(R.randint(7, 9), True)
        note = "call/insurance: policy number read digit by digit with its keyword"
        turns = [A("policy number please"), C("p o l %s" % spoken_digits(pol)) if False else
                 C("policy number's %s" % spoken_digits(pol, pairs=0.3)), A("thank you")]
    elif st == 7:
        trk = digits(R.randint(8, 10), True)
        note = "chat/retail: parcel tracking number with keyword"
        turns = [C("Tracking no. %s says delivered at %d:%02d but nothing here" % (trk, R.randint(8, 20), R.randint(0, 59))),
                 A("I'm sorry, let me raise that.")]
    elif st == 8:
        note = "call/healthcare billing: appointment date with oh numbers and amount due"
        turns = [A("your appointment on the %s of %s had a copay of %s dollars" % (ORD[R.randint(1, 28)], MONTHS[R.randint(0, 11)], num_words(R.randint(10, 80)))),
                 C("i already paid that on the %s" % ORD[R.randint(1, 28)])]
    elif st == 9:
        note = "call/telecom: minutes, texts and bill total"
        turns = [C("i used %s minutes and %s texts and the bill came to %s pounds %s" % (num_words(R.randint(100, 900)), num_words(R.randint(20, 99)), num_words(R.randint(20, 99)), num_words(R.randint(10, 99)))),
                 A("let me break that down for you")]
    elif st == 10:
        note = "chat/government services: application reference and processing time"
        turns = [C("Application ref %s submitted on %d %s, it's been %d weeks" % (digits(R.randint(6, 10), True), R.randint(1, 28), MONTHS[R.randint(0, 11)].title(), R.randint(2, 16))),
                 A("Processing is currently %d working days." % R.randint(10, 60))]
    else:
        note = "call/utilities: meter reading split with agent back-channel"
        mr = digits(5, True)
        turns = [A("go ahead with the meter reading"), C("right it's %s" % spoken_digits(mr[:3])), A("yep"),
                 C("%s and then the red numbers i ignore" % spoken_digits(mr[3:]))]
    add("negative", note, *turns)


# ---------------------------------------------------------------- validation
WORDNUM = {w: str(i) for i, w in enumerate(UNITS)}
WORDNUM.update({"oh": "0", "o": "0", "nought": "0", "won": "1", "to": "2", "too": "2", "tree": "3",
                "for": "4", "fore": "4", "ate": "8"})
TEENNUM = {w: str(10 + i) for i, w in enumerate(TEENS)}
TENNUM = {w: str(i) for i, w in enumerate(TENS) if w}
NATO_REV = {v: k for k, v in NATO.items()}


def normalise(text, letters=False):
    toks = re.findall(r"[a-z0-9@+.\-_/]+|[A-Z][A-Za-z0-9]*", text.lower())
    toks = [t for t in re.split(r"[\s]+", text.lower()) if t]
    out, i = "", 0
    while i < len(toks):
        t = toks[i].strip(",")
        nxt = toks[i + 1] if i + 1 < len(toks) else ""
        if letters and len(t) == 1 and t.isalpha() and nxt == "for" and i + 2 < len(toks):
            out += t.upper()
            i += 3
            continue
        if t in ("double", "triple") and nxt:
            d = WORDNUM.get(nxt, "")
            out += d * (2 if t == "double" else 3)
            i += 2
            continue
        if t in TENNUM:
            if nxt in WORDNUM and nxt not in ("oh", "o", "zero", "nought", "to", "too", "tree", "for", "fore", "won", "ate"):
                out += TENNUM[t] + WORDNUM[nxt]
                i += 2
                continue
            out += TENNUM[t] + "0"
            i += 1
            continue
        if t in TEENNUM:
            out += TEENNUM[t]
            i += 1
            continue
        if t in WORDNUM:
            out += WORDNUM[t]
            i += 1
            continue
        if re.fullmatch(r"[0-9a-z\-/().+]+", t):
            if letters:
                out += re.sub(r"[^0-9a-z]", "", t).upper()
            else:
                out += re.sub(r"[^0-9]", "", t)
        i += 1
    return out


def validate_group(typ, vals, gid):
    raw = " | ".join(vals)
    if gid.startswith("frag") or gid.startswith("dom"):
        if gid.startswith("dom"):
            return "." in raw or " dot " in raw
        n = normalise(raw, letters=gid.startswith("fragL"))
        return len(n) > 0
    if typ == "CARD_NUMBER":
        n = normalise(raw)
        return 13 <= len(n) <= 19 and luhn_ok(n)
    if typ == "CVV":
        return len(normalise(raw)) in (3, 4)
    if typ == "EXPIRY":
        low = raw.lower()
        for k, mth in enumerate(MONTHS):
            low = low.replace(mth, "%02d" % (k + 1) if k + 1 >= 10 else "oh " + UNITS[k + 1])
        n = normalise(low.replace("twenty", "twenty") if "/" not in raw and "-" not in raw else raw)
        if len(n) == 6 and n[2:4] == "20":
            n = n[:2] + n[4:]
        if len(n) == 4 and n[:2] == "20" and "/" not in raw:
            pass
        return len(n) == 4 and 1 <= int(n[:2]) <= 12
    if typ == "SSN":
        return len(normalise(raw)) == 9
    if typ == "NI_NUMBER":
        return re.fullmatch(r"[A-Z]{2}\d{6}[A-D]", normalise(raw, letters=True)) is not None
    if typ == "BANK_ACCOUNT":
        return 6 <= len(normalise(raw)) <= 12
    if typ == "SORT_CODE":
        return len(normalise(raw)) == 6
    if typ == "IBAN":
        return iban_valid(normalise(raw, letters=True))
    if typ == "PHONE":
        return 10 <= len(normalise(raw)) <= 13
    if typ == "EMAIL":
        e = raw.lower()
        if "@" not in e:
            e = re.sub(r"\s+at\s+", "@", e)
            e = re.sub(r"\s+dot\s+", ".", e)
            e = re.sub(r"\s+underscore\s+", "_", e)
            toks = e.split()
            e = "".join(normalise(t) if t in WORDNUM or t in TEENNUM or t in TENNUM or t in ("double",) else t for t in toks)
        return re.fullmatch(r"[a-z0-9._]+@[a-z0-9]+(\.[a-z]+)+", e) is not None
    if typ == "DOB":
        low = raw.lower()
        has_month = any(mth in low for mth in MONTHS)
        n = normalise(re.sub("|".join(MONTHS), " ", low).replace("hundred", ""))
        return (has_month and len(n) >= 2) or len(n) >= 6 or bool(re.search(r"\d{1,2}/\d{1,2}/\d{4}", raw))
    if typ == "POSTCODE":
        n = normalise(raw, letters=True)
        if re.fullmatch(r"[A-Z]{1,2}\d{1,2}[A-Z]?\d[A-Z]{2}", n):
            return True
        return re.fullmatch(r"\d{5}(\d{4})?", n) is not None
    if typ == "ADDRESS":
        low = raw.lower().replace(" | ", " ")
        if gid.startswith("st"):
            return any(low.endswith(" " + x) for x in SUFFIX_UK + SUFFIX_US)
        suf = any(low.endswith(" " + s) for s in SUFFIX_UK + SUFFIX_US)
        return suf and (any(ch.isdigit() for ch in low) or any(w in low.split() for w in UNITS + TEENS + TENS[2:]))
    return False


def build():
    CASE_LIST.clear()
    GID[0] = 0
    gens = ([pos_card_call] * 28 + [pos_card_chat] * 10 + [pos_ssn] * 32 + [pos_ni] * 32 + [pos_bank] * 16 +
            [pos_iban] * 14 + [pos_phone] * 16 + [pos_email] * 14 + [pos_dob] * 12 + [pos_postcode] * 10 +
            [pos_address] * 14 + [pos_cvv_exp] * 10 + [pos_combo] * 6 + [pos_sort_call] * 14 + [pos_card_messy] * 12 +
            [pos_phone_call2] * 10 + [pos_extra_call] * 30)
    for g in gens:
        g()
    pos = list(CASE_LIST)
    CASE_LIST.clear()
    for _ in range(120):
        neg()
    negs = list(CASE_LIST)
    out = []
    for i, c in enumerate(pos):
        c = dict(c)
        c["id"] = "h50-pos-%03d" % (i + 1)
        out.append(c)
    for i, c in enumerate(negs):
        c = dict(c)
        c["id"] = "h50-neg-%03d" % (i + 1)
        out.append(c)
    return out


def serialise(cases):
    lines = []
    for c in cases:
        o = {"id": c["id"], "kind": c["kind"], "turns": c["turns"], "spans": c["spans"], "note": c["note"]}
        lines.append(json.dumps(o, ensure_ascii=False))
    return "\n".join(lines) + "\n"


def check(cases, text):
    problems = []
    if not CASES.exists() or CASES.read_text(encoding="utf-8") != text:
        problems.append("cases.jsonl differs from regenerated output")
    ids = [c["id"] for c in cases]
    if len(ids) != len(set(ids)):
        problems.append("duplicate ids")
    cnt = Counter()
    for c in cases:
        if c["kind"] == "negative" and c["spans"]:
            problems.append("%s: negative with spans" % c["id"])
        if c["kind"] == "positive" and not c["spans"]:
            problems.append("%s: positive without spans" % c["id"])
        per_turn = defaultdict(list)
        for s in c["spans"]:
            if s["type"] not in TYPES:
                problems.append("%s: bad type %s" % (c["id"], s["type"]))
            t = c["turns"][s["turn"]]["text"]
            if not (0 <= s["start"] < s["end"] <= len(t)):
                problems.append("%s: offsets out of range" % c["id"])
                continue
            if (s["start"] > 0 and t[s["start"] - 1].isalnum()) or (s["end"] < len(t) and t[s["end"]].isalnum()):
                problems.append("%s: span not on word boundary %r" % (c["id"], t[s["start"]:s["end"]]))
            if t[s["start"]].isspace() or t[s["end"] - 1].isspace():
                problems.append("%s: span has outer whitespace" % c["id"])
            per_turn[s["turn"]].append((s["start"], s["end"]))
            cnt[s["type"]] += 1
        for spans in per_turn.values():
            spans.sort()
            for a, b in zip(spans, spans[1:]):
                if b[0] < a[1]:
                    problems.append("%s: overlapping spans" % c["id"])
        for gid, items in c["_groups"].items():
            typ = items[0][0]
            if any(x[0] != typ for x in items):
                problems.append("%s: mixed group" % c["id"])
            if not validate_group(typ, [x[1] for x in items], gid):
                problems.append("%s: %s value fails validation: %r" % (c["id"], typ, [x[1] for x in items]))
    npos = sum(c["kind"] == "positive" for c in cases)
    nneg = len(cases) - npos
    if npos < 170 or nneg < 100:
        problems.append("too few cases")
    for t in TYPES:
        need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
        if cnt[t] < need:
            problems.append("type %s has %d spans (< %d)" % (t, cnt[t], need))
    return problems, cnt, npos, nneg


def readme(cnt, npos, nneg, cases):
    calls = sum(c["note"].startswith("call") for c in cases)
    rows = "\n".join("| %s | %d |" % (t, cnt[t]) for t in TYPES)
    return """# pii_holdout50 — held-out PII redaction evaluation set

**Never use this set for tuning.** It exists only to measure the redactor on data
its developers have not looked at.

## Who wrote it and how

Written by an AI helper acting as an independent author. The author did not see
the redaction code, its tests, its documentation or other evaluation sets; it only
saw a three-line example of the JSONL format. Everything is produced by
`scripts/make_pii_holdout50.py` from template functions with a single seeded
`random.Random(%d)`; each turn is assembled from plain text and (value, TYPE)
segments so offsets are computed, never typed. `--check` regenerates the file,
verifies it is byte-identical, and validates ids, offsets, word boundaries,
overlaps and every value (Luhn, IBAN mod-97, NI format, digit counts, postcode shapes)
after normalising spoken forms.

## Contents

- %d positive cases, %d negative cases (%d of %d cases are phone calls written as
  an ASR transcript: lower case, digits as words, "oh"/"o"/"nought", "double"/"triple",
  pairs like "forty one", homophones "to"/"too"/"tree"/"for"/"fore"/"won"/"ate", letters as
  "b for bravo" / "s for sugar", values split over turns with back-channels,
  restarts and self-corrections, agent read-backs and interruptions).
- The rest are typed chat messages with varied separators and case.

| type | spans |
|---|---|
%s

## Annotation conventions

- A span covers exactly the value as said/typed: from the first character of
  the first digit/letter word to the end of the last one, including internal
  separators, filler words ("um") and "double"/"triple"/"slash"/"for <word>" inside it;
  lead-ins like "it's", "the", "plus" (for "+353") and trailing chit-chat are outside.
  Exception: for international phone readings "plus" is outside the span but the
  country-code digits are inside.
- A value split over several turns is labelled as one span per turn (same type).
- Aborted or mistaken partial readings (before a self-correction) and agent
  read-backs are labelled too, with the same type: they disclose the value.
- DOB spans cover the whole date ("the" is outside, "of" inside); EXPIRY covers
  month and year; ADDRESS covers house number + street name + suffix only (flat
  numbers, towns and states are outside); POSTCODE covers UK postcodes and US ZIP
  (+4) codes.
- An e-mail domain read back alone by the agent ("gmail dot com") is labelled EMAIL.
- Spelled letters use "x for word" inside the span (NI numbers, postcodes,
  "o for oscar" in IBANs). When a caller re-says a street name and then spells
  it letter by letter, the re-said "street suffix" phrase is labelled ADDRESS and
  the spelled letters after it are left unlabelled.
- Corrected values: both the mistaken part and the corrected reading are labelled
  with the value's type (e.g. a wrong year "eighty five" after a full DOB is DOB).
- Homophones an ASR writes for digits ("to", "too", "tree", "for", "fore", "won", "ate") are
  inside the span when they stand for a digit of the value.
- Negatives contain no PII: amounts, prices, times, durations, counts, years,
  percentages, non-birth dates, reference/claim/invoice/order/ticket numbers with
  their keyword, flight/room/model numbers, meter readings, speeds, ages,
  temperatures, balances. Positive cases may contain such numbers unlabelled.
""" % (SEED, npos, nneg, calls, len(cases), rows)


def main():
    cases = build()
    text = serialise(cases)
    if "--check" in sys.argv:
        problems, cnt, npos, nneg = check(cases, text)
        if README.exists() and README.read_text(encoding="utf-8") != readme(cnt, npos, nneg, cases):
            problems.append("README.md differs from regenerated output")
        print("cases: %d positive, %d negative" % (npos, nneg))
        for t in TYPES:
            print("  %-13s %d" % (t, cnt[t]))
        for p in problems[:60]:
            print("PROBLEM:", p)
        print("problems: %d" % len(problems))
        sys.exit(1 if problems else 0)
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    CASES.write_text(text, encoding="utf-8")
    problems, cnt, npos, nneg = check(cases, text)
    README.write_text(readme(cnt, npos, nneg, cases), encoding="utf-8")
    print("wrote %d cases (%d positive, %d negative); %d problems" % (len(cases), npos, nneg, len(problems)))


if __name__ == "__main__":
    main()

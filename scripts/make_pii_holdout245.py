#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set h245 (UK/IE emphasis).

Written by an AI helper acting as an independent author who did not see the
redaction code.  Standard library only.  Deterministic: one seeded RNG.

    python scripts/make_pii_holdout245.py          # write fixture + README
    python scripts/make_pii_holdout245.py --check  # regenerate and verify
"""
import json
import random
import re
import sys
from pathlib import Path

SEED = 245241126
ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "tests" / "fixtures" / "pii_holdout245"
CASES = OUT_DIR / "cases.jsonl"
README = OUT_DIR / "README.md"
TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE",
         "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

R = random.Random(SEED)

# ---------------------------------------------------------------- values
DW = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
NATO = {"A": "alpha", "B": "bravo", "C": "charlie", "D": "delta", "E": "echo", "F": "foxtrot",
        "G": "golf", "H": "hotel", "J": "juliet", "K": "kilo", "L": "lima", "M": "mike",
        "N": "november", "P": "papa", "Q": "quebec", "R": "romeo", "S": "sierra", "T": "tango",
        "U": "uniform", "V": "victor", "W": "whiskey", "X": "xray", "Y": "yankee", "Z": "zulu"}
FOLK = {"A": "apple", "B": "bob", "C": "charlie", "D": "david", "E": "edward", "F": "freddie",
        "G": "george", "H": "harry", "J": "john", "K": "king", "L": "london", "M": "mother",
        "N": "nellie", "P": "peter", "Q": "queen", "R": "robert", "S": "sugar", "T": "tommy",
        "W": "william", "X": "xmas", "Y": "yellow", "Z": "zebra"}
HOMO = {"B": "bee", "C": "see", "R": "are", "Y": "why", "T": "tea", "J": "jay", "K": "kay",
        "P": "pee", "Z": "zed", "H": "aitch", "S": "ess", "L": "el", "M": "em", "N": "en",
        "E": "e", "A": "a", "W": "double you", "X": "ex", "G": "gee", "D": "dee"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
       "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
       "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty first", "twenty second",
       "twenty third", "twenty fourth", "twenty fifth", "twenty sixth", "twenty seventh",
       "twenty eighth"]


def digits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def luhn_ok(s):
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def card():
    kind = R.choice(["visa", "visa", "mc", "mc", "amex", "visa13", "maestro"])
    if kind == "visa":
        body = "4" + digits(14)
    elif kind == "visa13":
        body = "4" + digits(11)
    elif kind == "mc":
        body = R.choice(["51", "52", "53", "54", "55", "22"]) + digits(13)
    elif kind == "amex":
        body = R.choice(["34", "37"]) + digits(12)
    else:
        body = R.choice(["6759", "6761"]) + digits(13)
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


NI_A = "ABCEGHJKLMNPRSTWXYZ"
NI_B = "ABCEGHJKLMNPRSTWXYZ"


def ni():
    while True:
        p = R.choice(NI_A) + R.choice(NI_B)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p + digits(6) + R.choice("ABCD")


def ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


def iban_check(cc, bban):
    s = bban + cc + "00"
    num = "".join(str(int(c, 36)) for c in s)
    return "%02d" % (98 - int(num) % 97)


def iban(cc=None):
    cc = cc or R.choice(["GB", "IE", "IE", "DE", "FR", "NL", "ES"])
    L = "ABCDEFGHJKLMNPRSTUWXYZ"
    if cc in ("GB", "IE"):
        bban = "".join(R.choice(L) for _ in range(4)) + digits(14)
    elif cc == "DE":
        bban = digits(18)
    elif cc == "FR":
        bban = digits(23)
    elif cc == "NL":
        bban = "".join(R.choice(L) for _ in range(4)) + digits(10)
    else:
        bban = digits(20)
    return cc + iban_check(cc, bban) + bban


def iban_ok(s):
    s = s.upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


PC_AREAS = ["M", "B", "LS", "G", "EH", "CF", "BS", "NE", "L", "SE", "SW", "N", "E", "NW",
            "BT", "CR", "KT", "S", "LE", "NG", "PR", "CH", "DH", "TR", "YK"]
PC_IN = "ABDEFGHJLNPQRSTUWXYZ"


def uk_pc():
    a = R.choice(PC_AREAS)
    d = str(R.randint(1, 28)) if len(a) == 1 else str(R.randint(1, 19))
    return a + d, str(R.randint(1, 9)) + R.choice(PC_IN) + R.choice(PC_IN)


EIR_KEYS = ["D02", "D04", "D6W", "D15", "T12", "T23", "H91", "V94", "A94", "K67", "W91", "R95"]


def eircode():
    chars = "ACDEFHKNPRTVWXY0123456789"
    return R.choice(EIR_KEYS), "".join(R.choice(chars) for _ in range(4))


STREETS = ["Elm", "Victoria", "Station", "Church", "Mill", "Park", "Queens", "Kings", "Highfield",
           "Beech", "Orchard", "Meadow", "Rowan", "Ashgrove", "Clonliffe", "Marlborough",
           "Thornton", "Windsor", "Castle", "Dunmore", "Ballymun", "Harcourt", "Larkfield"]
SUFF = ["Road", "Street", "Avenue", "Lane", "Close", "Drive", "Crescent", "Terrace", "Grove",
        "Way", "Park", "Gardens"]


def street():
    return R.choice(STREETS), R.choice(SUFF)


def uk_mobile():
    return "07" + R.choice("3456789") + digits(8)


def uk_land():
    return R.choice(["0161", "0113", "0121", "0141", "0131", "0117", "0191", "0151", "0114"]) + digits(7)


def ldn():
    return "020" + R.choice("378") + digits(7)


def ie_mobile():
    return "08" + R.choice("35679") + digits(7)


def ie_land():
    return R.choice(["01", "021", "091", "061"]) + digits(7)


def us_phone():
    return str(R.randint(2, 9)) + digits(2) + str(R.randint(2, 9)) + digits(6)


# ---------------------------------------------------------------- spoken forms
def zero_word():
    return R.choice(["oh", "oh", "zero", "o", "nought"])


def pair_words(p):
    a, b = int(p[0]), int(p[1])
    if a == 0:
        return zero_word() + " " + DW[b]
    if a == 1:
        return TEENS[b]
    return TENS[a] + ("" if b == 0 else " " + DW[b])


def say_digits(s, zw=None, doubles=True, pairs=False, fill=0.0):
    """Render a digit string as an ASR would write it."""
    zw = zw or zero_word()
    out = []
    i = 0
    while i < len(s):
        if pairs and i + 1 < len(s) and R.random() < 0.5 and s[i] != "0" and (s[i + 1] != "0" or i + 2 == len(s)):
            out.append(pair_words(s[i:i + 2]))
            i += 2
        elif doubles and i + 2 < len(s) and s[i] == s[i + 1] == s[i + 2] and R.random() < 0.7:
            out.append("triple " + (zw if s[i] == "0" else DW[int(s[i])]))
            i += 3
        elif doubles and i + 1 < len(s) and s[i] == s[i + 1] and R.random() < 0.7:
            out.append("double " + (zw if s[i] == "0" else DW[int(s[i])]))
            i += 2
        else:
            out.append(zw if s[i] == "0" else DW[int(s[i])])
            i += 1
        if fill and R.random() < fill and i < len(s):
            out.append(R.choice(["um", "uh", "er"]))
    return " ".join(out)


def say_letter(c, style=None):
    style = style or R.choice(["plain", "nato", "folk", "homo", "plain"])
    lc = c.lower()
    if style == "nato" and c in NATO:
        return "%s for %s" % (lc, NATO[c])
    if style == "folk" and c in FOLK:
        return "%s %s %s" % (lc, R.choice(["for", "as in"]), FOLK[c])
    if style == "homo" and c in HOMO:
        return HOMO[c]
    return lc


def chunk(s, sizes):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return [c for c in out if c]


def group_typed(s, sizes, sep=" "):
    return sep.join(chunk(s, sizes))


# ---------------------------------------------------------------- normaliser (for --check)
WORDNUM = {w: str(i) for i, w in enumerate(DW)}
WORDNUM.update({"oh": "0", "o": "0", "nought": "0", "nil": "0", "naught": "0",
                "to": "2", "too": "2", "won": "1", "ate": "8", "fore": "4"})
TEENNUM = {w: str(10 + i) for i, w in enumerate(TEENS)}
TENNUM = {w: str(i) for i, w in enumerate(TENS) if w}
HOMO_REV = {v: k for k, v in HOMO.items() if " " not in v and len(v) > 1}
FILLER = {"um", "uh", "er", "erm", "dash", "hyphen", "space", "then", "and", "slash", "ah",
          "plus", "hmm"}


def normalise(text):
    t = text.lower().replace("double you", " w_letter ")
    t = re.sub(r"[^a-z0-9_@+ ]", " ", t)
    toks = t.split()
    out = []
    i = 0
    while i < len(toks):
        w = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else ""
        if w == "w_letter":
            out.append("W")
        elif len(w) == 1 and w.isalpha() and nxt in ("for", "as") and i + 2 < len(toks):
            j = i + 2
            if nxt == "as" and toks[j] == "in":
                j += 1
            if j < len(toks) and toks[j][0] == w:
                out.append(w.upper())
                i = j + 1
                continue
            out.append(WORDNUM.get(w, w.upper()))
        elif w in ("double", "triple") and nxt:
            k = 2 if w == "double" else 3
            sub = normalise(nxt)
            out.append(sub * k)
            i += 2
            continue
        elif w in TENNUM:
            if nxt in WORDNUM and nxt not in ("oh", "o", "nought", "zero", "nil", "naught", "to",
                                              "too", "won", "ate", "fore"):
                out.append(TENNUM[w] + WORDNUM[nxt])
                i += 2
                continue
            out.append(TENNUM[w] + "0")
        elif w in TEENNUM:
            out.append(TEENNUM[w])
        elif w == "hundred":
            out.append("00")
        elif w in WORDNUM:
            out.append(WORDNUM[w])
        elif w in FILLER:
            pass
        elif w in HOMO_REV:
            out.append(HOMO_REV[w])
        elif w.isdigit():
            out.append(w)
        elif len(w) == 1:
            out.append(w.upper())
        else:
            out.append(w.upper() if re.fullmatch(r"[a-z0-9]+", w) and re.search(r"\d", w) else w)
        i += 1
    return "".join(out)


def valid(typ, text):
    n = normalise(text)
    d = re.sub(r"\D", "", n)
    low = text.lower()
    if typ == "CARD_NUMBER":
        return n.isdigit() and 13 <= len(n) <= 19 and luhn_ok(n)
    if typ == "CVV":
        return n.isdigit() and len(n) in (3, 4)
    if typ == "EXPIRY":
        return (n.isdigit() and len(n) in (3, 4, 6)) or any(m in low for m in MONTHS)
    if typ == "SSN":
        return n.isdigit() and len(n) == 9
    if typ == "NI_NUMBER":
        return bool(re.fullmatch(r"[A-CEGHJ-PR-TW-Z]{2}\d{6}[A-D]", n.upper()))
    if typ == "BANK_ACCOUNT":
        return n.isdigit() and 6 <= len(n) <= 12
    if typ == "SORT_CODE":
        return n.isdigit() and len(n) == 6
    if typ == "IBAN":
        return iban_ok(n.upper())
    if typ == "PHONE":
        return n.lstrip("+").isdigit() and 10 <= len(n.lstrip("+")) <= 13
    if typ == "EMAIL":
        return ("@" in text or " at " in low) and ("." in text or " dot " in low)
    if typ == "DOB":
        return len(d) >= 4 or (any(m in low for m in MONTHS) and len(d) >= 2) or \
            bool(re.search(r"(nineteen|two thousand)", low))
    if typ == "POSTCODE":
        u = n.upper()
        return bool(re.fullmatch(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}", u) or
                    re.fullmatch(r"\d{5}(\d{4})?", u) or
                    re.fullmatch(r"[A-Z]\d[\dW][A-Z\d]{4}", u))
    if typ == "ADDRESS":
        return bool(re.search(r"\d", n)) and bool(re.search(
            r"(road|street|avenue|lane|close|drive|crescent|terrace|grove|way|park|gardens|rd|st|ave)\b", low))
    return False


# ---------------------------------------------------------------- case assembly
CASES_OUT = []
COUNTER = {"positive": 0, "negative": 0}


def build(kind, turns, note):
    """turns: list of (speaker, [segments]); segment is str or (value, TYPE)."""
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
    if kind == "negative":
        assert not spans
    COUNTER[kind] += 1
    cid = "h245-%s-%03d" % ("pos" if kind == "positive" else "neg", COUNTER[kind])
    CASES_OUT.append({"id": cid, "kind": kind, "turns": out_turns, "spans": spans, "note": note})


def A(*segs):
    return ("agent", list(segs))


def C(*segs):
    return ("customer", list(segs))


def pos(note, *turns):
    build("positive", list(turns), note)


def neg(note, *turns):
    build("negative", list(turns), note)


BACK = ["mhm", "okay go on", "yep", "yeah", "okay", "right", "got that", "uh huh", "go ahead"]
IND = ["banking", "telecom", "utilities", "retail", "insurance", "travel", "healthcare billing",
       "government services"]


# ---------------------------------------------------------------- positive templates
def p_card_call_one_turn():
    c = card()
    s = say_digits(c, doubles=R.random() < 0.6, pairs=R.random() < 0.3, fill=0.05)
    ind = R.choice(["utilities", "telecom", "insurance", "retail"])
    pos("call/%s: card number read in one turn, ASR words" % ind,
        A("lovely and can i take the long number across the front of the card please"),
        C(R.choice(["yeah it's ", "right so it's ", "okay ", "it is "]), (s, "CARD_NUMBER"),
          R.choice(["", " and that's it", " sorry i'm reading it off the card"])))


def p_card_split():
    c = card()
    parts = chunk(c, [4, 4, 4, 4] if len(c) == 16 else [4, 6, 5] if len(c) == 15 else [4, 4, 5, 6])
    zw = zero_word()
    turns = [A("okay whenever you're ready with the card number")]
    for k, p in enumerate(parts):
        pre = R.choice(["", "", "um ", "then ", "right "]) if k else R.choice(["okay ", "so ", ""])
        turns.append(C(pre, (say_digits(p, zw=zw), "CARD_NUMBER")))
        if k < len(parts) - 1:
            turns.append(A(R.choice(BACK)))
    turns.append(A("thank you and the expiry date"))
    m, y = R.randint(1, 12), R.randint(26, 31)
    exp = R.choice(["%s %s" % (pair_words("%02d" % m) if m >= 10 else zero_word() + " " + DW[m], pair_words(str(y))),
                    "%s twenty %s" % (MONTHS[m - 1], pair_words(str(y)))])
    turns.append(C(R.choice(["it's ", "", "expires "]), (exp, "EXPIRY")))
    pos("call/%s: card split over several turns with back-channels, then expiry" % R.choice(IND), *turns)


def p_card_chat():
    c = card()
    sep = R.choice([" ", "-", "", " ", "  ", "."])
    typed = group_typed(c, [4, 4, 4, 4, 3], sep) if len(c) != 15 else group_typed(c, [4, 6, 5], sep)
    cvv = digits(4 if c[:2] in ("34", "37") else 3)
    m, y = R.randint(1, 12), R.randint(26, 31)
    exp = R.choice(["%02d/%d" % (m, y), "%02d/20%d" % (m, y), "%02d-%d" % (m, y), "%d/%d" % (m, y)])
    v = R.randint(0, 2)
    if v == 0:
        pos("chat/retail: card, expiry and CVV typed in one message",
            A("To complete the order please provide the card details below."),
            C("card ", (typed, "CARD_NUMBER"), " exp ", (exp, "EXPIRY"), " cvv ", (cvv, "CVV")))
    elif v == 1:
        pos("chat/telecom: card typed over two messages with the security code after",
            C("can i pay my bill of \u00a3%d.%02d here" % (R.randint(20, 90), R.randint(0, 99))),
            A("Yes of course, what's the card number?"),
            C((typed, "CARD_NUMBER")),
            A("Thanks. And the 3 digits on the back?" if len(cvv) == 3 else "Thanks. And the 4 digit code on the front?"),
            C((cvv, "CVV"), " and it runs out ", (exp, "EXPIRY")))
    else:
        pos("chat/travel: card number with typo-ish spacing and lower-case context",
            C("hiya my booking ref is BK%d, want to pay the balance with my card %s" % (R.randint(100000, 999999), ""),
              (typed, "CARD_NUMBER"), " thx"))


def p_card_readback():
    c = card()
    s = say_digits(c, doubles=False)
    rb = say_digits(c[-4:], doubles=False)
    pos("call/utilities: card read and agent reads back the last four",
        A("and the card number please"),
        C((s, "CARD_NUMBER")),
        A("thank you so that's a card ending ", (rb, "CARD_NUMBER"), " is that right"),
        C("yes that's the one"))


def p_card_selfcorrect():
    c = card()
    wrong = c[:4] + str((int(c[4]) + 3) % 10)
    pos("call/insurance: caller starts, corrects herself and re-reads the full card",
        A("go ahead with the card number"),
        C(say_digits(wrong, doubles=False), " no sorry let me start again"),
        A("no problem"),
        C((say_digits(c, doubles=False), "CARD_NUMBER")))


def p_cvv_exp_call():
    cvv = digits(3)
    m, y = R.randint(1, 12), R.randint(26, 30)
    pos("call/retail: expiry and security code in one turn with chit-chat",
        A("and the expiry date and the three digit security code on the back"),
        C("expiry is ", ("%s %s" % (zero_word() + " " + DW[m] if m < 10 else pair_words(str(m)), pair_words(str(y))), "EXPIRY"),
          " and the code on the back is ", (say_digits(cvv, doubles=False), "CVV"),
          " sorry the dog is barking"))


def p_ni_call():
    n = ni()
    style = R.choice(["nato", "plain", "homo", "folk"])
    L = " ".join(say_letter(ch, style) for ch in n[:2])
    D = say_digits(n[2:8], doubles=R.random() < 0.5, pairs=R.random() < 0.4)
    S = say_letter(n[8], style)
    v = R.randint(0, 2)
    if v == 0:
        pos("call/government services: NI number in one turn, letters %s" % style,
            A("can i take your national insurance number please"),
            C(R.choice(["yeah it's ", "it's ", "um "]), ("%s %s %s" % (L, D, S), "NI_NUMBER")))
    elif v == 1:
        pos("call/government services: NI number split over turns",
            A("and your national insurance number"),
            C((L, "NI_NUMBER")),
            A(R.choice(BACK)),
            C((D, "NI_NUMBER")),
            A("and the last letter"),
            C(R.choice(["", "it's ", "that's "]), (S, "NI_NUMBER")))
    else:
        pos("call/banking: NI number with pauses as three groups and agent readback",
            A("for the isa application i need your n i number"),
            C(("%s %s" % (L, say_digits(n[2:4], doubles=False)), "NI_NUMBER"), " um ",
              (say_digits(n[4:8], doubles=False) + " " + S, "NI_NUMBER")),
            A("lovely so that's ", (" ".join(n[:2].lower()) + " " + say_digits(n[2:8], doubles=False) + " " + n[8].lower(), "NI_NUMBER")),
            C("yep"))


def p_ni_chat():
    n = ni()
    f = R.randint(0, 5)
    if f == 0:
        t = "%s %s %s %s %s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8])
    elif f == 1:
        t = n.lower()
    elif f == 2:
        t = n
    elif f == 3:
        t = "%s-%s-%s-%s-%s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8])
    elif f == 4:
        t = "%s %s %s" % (n[:2], n[2:8], n[8].lower())
    else:
        t = "%s%s %s" % (n[:2].lower(), n[2:8], n[8])
    pos("chat/government services: NI number typed (%d)" % f,
        A("Please confirm your National Insurance number."),
        C(R.choice(["its ", "NI no: ", "sure, ", "", "ni number is "]), (t, "NI_NUMBER"),
          R.choice(["", " thanks", ". I'm claiming for 2 kids", " (from my payslip)"])))


def p_ssn():
    s = ssn()
    v = R.randint(0, 3)
    if v == 0:
        pos("chat/healthcare billing: US SSN typed with dashes",
            C("Hi, billing question. SSN ", ("%s-%s-%s" % (s[:3], s[3:5], s[5:]), "SSN"), " if you need it"))
    elif v == 1:
        pos("call/insurance: SSN spoken in three groups over turns",
            A("and i'll need your social security number"),
            C((say_digits(s[:3]), "SSN")),
            A(R.choice(BACK)),
            C((say_digits(s[3:5]), "SSN"), " ", (say_digits(s[5:]), "SSN")))
    elif v == 2:
        pos("call/banking: last four then full SSN",
            A("can you verify the social"),
            C(R.choice(["sure it's ", "yeah ", "okay "]), (say_digits(s, pairs=R.random() < 0.5), "SSN")))
    else:
        pos("chat/government services: SSN typed with spaces, no label",
            A("What number is on your social security card?"),
            C((R.choice(["%s %s %s", "%s%s%s", "%s.%s.%s"]) % (s[:3], s[3:5], s[5:]), "SSN")))


def p_bank():
    sc, acc = digits(6), digits(8)
    v = R.randint(0, 3)
    if v == 0:
        pos("call/banking: sort code in pairs, account digit by digit",
            A("what's the sort code"),
            C((" ".join(pair_words(sc[i:i + 2]) for i in (0, 2, 4)), "SORT_CODE")),
            A("and the account number"),
            C((say_digits(acc), "BANK_ACCOUNT")))
    elif v == 1:
        pos("chat/banking: sort code with dashes, account number typed",
            C("Please refund to sort code ", ("%s-%s-%s" % (sc[:2], sc[2:4], sc[4:]), "SORT_CODE"),
              " acc ", (acc, "BANK_ACCOUNT"), " thanks"))
    elif v == 2:
        pos("call/utilities: direct debit set-up, sort code and account in one turn",
            A("for the direct debit i'll need the sort code and account number"),
            C("sort code ", (say_digits(sc), "SORT_CODE"), " and account ",
              (say_digits(acc[:4]) + " " + R.choice(["um", "er"]) + " " + say_digits(acc[4:]), "BANK_ACCOUNT")))
    else:
        pos("call/insurance: account number split with back-channel, agent reads sort code back",
            A("account number please"),
            C((say_digits(acc[:4]), "BANK_ACCOUNT")),
            A("mhm"),
            C((say_digits(acc[4:]), "BANK_ACCOUNT")),
            A("and is the sort code still ", (say_digits(sc, doubles=False), "SORT_CODE")),
            C("yeah that's right"))


def p_iban():
    ib = iban()
    v = R.randint(0, 2)
    if v == 0:
        t = " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))
        pos("chat/travel: IBAN typed in groups of four for a refund",
            C("refund to my IBAN please: ", (t, "IBAN")))
    elif v == 1:
        pos("chat/banking: IBAN lower case no spaces",
            A("Which account should receive the transfer?"),
            C((ib.lower(), "IBAN"), R.choice(["", " - it's my AIB account", " cheers"])))
    else:
        sp = " ".join(say_letter(ch, "plain") if ch.isalpha() else DW[int(ch)] if ch != "0" else "zero" for ch in ib[:4])
        rest = ib[4:]
        body = " ".join(say_letter(ch, "plain") for ch in rest if ch.isalpha())
        dg = "".join(ch for ch in rest if ch.isdigit())
        pos("call/banking: IBAN spoken, letters then digits",
            A("can you read me the iban"),
            C((sp + (" " + body if body else "") + " " + say_digits(dg, doubles=False), "IBAN")))


def p_phone():
    kind = R.randint(0, 6)
    if kind == 0:
        p = uk_mobile()
        pos("call/telecom: UK mobile spoken with oh and doubles",
            A("best contact number"),
            C(R.choice(["it's ", "my mobile is ", ""]), (say_digits(p[:5]) + " " + say_digits(p[5:]), "PHONE")))
    elif kind == 1:
        p = uk_mobile()
        pos("chat/retail: UK mobile as +44 typed",
            C("call me back on ", ("+44 %s %s" % (p[1:5], p[5:]), "PHONE"), " after 5pm pls"))
    elif kind == 2:
        p = ldn()
        pos("call/insurance: London landline oh two oh",
            A("and a landline"),
            C((say_digits(p[:3], doubles=False) + " " + say_digits(p[3:7]) + " " + say_digits(p[7:]), "PHONE")))
    elif kind == 3:
        p = ie_mobile()
        pos("call/utilities: Irish mobile split over turns",
            A("what number can we reach you on"),
            C((say_digits(p[:3]), "PHONE")),
            A(R.choice(BACK)),
            C((say_digits(p[3:], pairs=True), "PHONE")))
    elif kind == 4:
        p = ie_mobile()
        pos("chat/telecom: Irish mobile +353 format",
            C("my number is ", ("+353 %s %s %s" % (p[1:3], p[3:6], p[6:]), "PHONE")))
    elif kind == 5:
        p = uk_land()
        pos("chat/utilities: UK landline with brackets",
            C("landline ", ("(%s) %s %s" % (p[:4], p[4:7], p[7:]), "PHONE"), " or email is fine"))
    else:
        p = us_phone()
        pos("call/healthcare billing: US number with area code",
            A("phone number on the account"),
            C((say_digits(p[:3]) + " " + say_digits(p[3:6]) + " " + say_digits(p[6:], pairs=True), "PHONE")))


FIRST = ["john", "sarah", "aoife", "ciaran", "priya", "tom", "siobhan", "mark", "emma", "niamh", "dave"]
LAST = ["murphy", "smith", "o'brien", "patel", "kelly", "jones", "walsh", "byrne", "evans"]
DOM = [("gmail", "com"), ("hotmail", "co.uk"), ("yahoo", "ie"), ("outlook", "com"), ("btinternet", "com"),
       ("eircom", "net")]


def p_email():
    f, l = R.choice(FIRST), R.choice(LAST).replace("'", "")
    d, tld = R.choice(DOM)
    n = str(R.randint(1, 99))
    v = R.randint(0, 2)
    if v == 0:
        e = "%s.%s%s@%s.%s" % (f, l, n, d, tld)
        pos("chat/retail: email typed", C("email is ", (R.choice([e, e.upper(), e.capitalize()]), "EMAIL")))
    elif v == 1:
        sp = "%s dot %s %s at %s dot %s" % (f, l, say_digits(n, doubles=False), d, tld.replace(".", " dot "))
        pos("call/telecom: email spoken with dot and at",
            A("and an email address for the bill"),
            C((sp, "EMAIL")))
    else:
        sp = "%s underscore %s at %s dot %s" % (" ".join(f[0]), l, d, tld.replace(".", " dot "))
        pos("call/insurance: email with spelled initial and underscore, agent repeats",
            A("email address"),
            C((sp, "EMAIL")),
            A("so ", (sp, "EMAIL"), " lovely"))


def p_dob():
    d, m, y = R.randint(1, 28), R.randint(1, 12), R.randint(1940, 2004)
    v = R.randint(0, 3)
    if v == 0:
        sp = "the %s of %s %s %s" % (ORD[d], MONTHS[m - 1], pair_words(str(y)[:2]), pair_words(str(y)[2:]))
        pos("call/healthcare billing: DOB spoken with ordinal",
            A("can you confirm your date of birth"),
            C((sp, "DOB")))
    elif v == 1:
        pos("chat/banking: DOB typed dd/mm/yyyy",
            C("DOB ", ("%02d/%02d/%d" % (d, m, y), "DOB")))
    elif v == 2:
        sp = "%s %s %s" % (say_digits("%02d" % d, doubles=False), say_digits("%02d" % m, doubles=False), pair_words(str(y)[:2]) + " " + pair_words(str(y)[2:]))
        pos("call/insurance: DOB as digits then year",
            A("date of birth please"),
            C((sp, "DOB")))
    else:
        pos("chat/travel: DOB written with month name",
            A("Passenger's date of birth?"),
            C(("%d %s %d" % (d, MONTHS[m - 1].capitalize(), y), "DOB")))


def say_pc(o, i, style=None):
    def piece(s):
        out = []
        for ch in s:
            out.append(say_letter(ch, style or "plain") if ch.isalpha() else (DW[int(ch)] if ch != "0" else "zero"))
        return " ".join(out)
    return piece(o) + " " + piece(i)


def p_postcode_address():
    o, i = uk_pc()
    no = R.randint(1, 240)
    s, suf = street()
    v = R.randint(0, 4)
    if v == 0:
        pos("chat/retail: UK address and postcode typed",
            C("deliver to ", ("%d %s %s" % (no, s, suf), "ADDRESS"), ", ", ("%s %s" % (o, i), "POSTCODE")))
    elif v == 1:
        pos("call/utilities: postcode spoken with NATO letters",
            A("what's the postcode at the property"),
            C((say_pc(o, i, "nato"), "POSTCODE")))
    elif v == 2:
        pos("call/insurance: address spoken, number in words, postcode plain letters",
            A("first line of the address and postcode"),
            C(("%s %s %s" % (pair_words("%02d" % no) if 10 <= no < 100 else say_digits(str(no), doubles=False), s.lower(), suf.lower()), "ADDRESS"),
              " and it's ", (say_pc(o, i), "POSTCODE")))
    elif v == 3:
        pos("chat/telecom: postcode lower case no space",
            C("is fibre available at ", ((o + i).lower(), "POSTCODE"), "?"))
    else:
        pos("call/banking: address with flat number, postcode split over turns",
            A("and your address"),
            C(("flat %d %d %s %s" % (R.randint(1, 20), no, s.lower(), suf.lower()), "ADDRESS")),
            A("postcode"),
            C((say_pc(o, "").strip(), "POSTCODE")),
            A(R.choice(BACK)),
            C((say_pc("", i).strip(), "POSTCODE")))


def p_eircode():
    k, u = eircode()
    no = R.randint(1, 120)
    s, suf = street()
    v = R.randint(0, 2)
    if v == 0:
        pos("chat/utilities: Irish address with Eircode",
            C(("%d %s %s" % (no, s, suf), "ADDRESS"), ", Dublin, ", ("%s %s" % (k, u), "POSTCODE")))
    elif v == 1:
        sp = " ".join(say_letter(ch, "plain") if ch.isalpha() else (DW[int(ch)] if ch != "0" else "zero") for ch in k + u)
        pos("call/telecom: Eircode spoken character by character",
            A("and the eircode"),
            C((sp, "POSTCODE")))
    else:
        pos("chat/retail: Eircode lowercase no space",
            C("eircode ", ((k + u).lower(), "POSTCODE")))


def p_us_zip():
    z = digits(5)
    no = R.randint(100, 9999)
    s, suf = street()
    pos("chat/healthcare billing: US address with ZIP",
        C("billing address ", ("%d %s %s" % (no, s, R.choice(["St", "Ave", "Rd", "Drive"])), "ADDRESS"),
          ", Springfield IL ", (z, "POSTCODE")))


def p_combo_payment():
    c = card()
    o, i = uk_pc()
    cvv = digits(3)
    no = R.randint(1, 99)
    pos("call/utilities: card payment with postcode and house number for AVS, amount nearby",
        A("so that's %s pounds %s today is that right" % (pair_words(str(R.randint(21, 99))), pair_words(str(R.randint(11, 99))))),
        C("yes please"),
        A("card number"),
        C((say_digits(c, fill=0.05), "CARD_NUMBER")),
        A("and the three digits on the back"),
        C((say_digits(cvv, doubles=False), "CVV")),
        A("and the house number and postcode registered to the card"),
        C(("number %s %s %s" % (pair_words("%02d" % no) if no >= 10 else DW[no], *[x.lower() for x in street()]), "ADDRESS"),
          " ", (say_pc(o, i, "homo"), "POSTCODE")))


def p_ni_with_refs():
    n = ni()
    pos("call/government services: NI number next to a claim reference (unlabelled)",
        A("i have your claim reference %s can i also take your national insurance number" % say_digits(digits(8), doubles=False)),
        C(("%s %s %s" % (" ".join(say_letter(c, "plain") for c in n[:2]), say_digits(n[2:8], pairs=True), n[8].lower()), "NI_NUMBER")))


def p_two_values():
    p = uk_mobile()
    f, l = R.choice(FIRST), R.choice(LAST).replace("'", "")
    d, tld = R.choice(DOM)
    e = "%s%s@%s.%s" % (f[0], l, d, tld)
    pos("chat/telecom: mobile and email in one message, mixed with chit-chat",
        C("hi its about the upgrade. text me on ", (p[:5] + " " + p[5:], "PHONE"), " or email ", (e, "EMAIL"),
          " - im at work till 6"))


def p_ni_double():
    while True:
        ch = R.choice("ABCEHJKLMNPRSTWXYZ")
        if ch * 2 not in ("ZZ",):
            break
    n = ch * 2 + digits(6) + R.choice("ABCD")
    pos("call/government services: NI prefix said as 'double' letter with filler",
        A("national insurance number"),
        C("it's ", ("double %s %s %s" % (ch.lower(), say_digits(n[2:8], fill=0.15), say_letter(n[8], "nato")), "NI_NUMBER"),
          " i think yeah"))


def p_uk_mobile_corrected_readback():
    p = uk_mobile()
    pos("call/insurance: mobile split, agent reads it back in pairs style",
        A("mobile number"),
        C((say_digits(p[:5]), "PHONE"), " and then ", (say_digits(p[5:]), "PHONE")),
        A("so that's ", (say_digits(p, doubles=False), "PHONE"), " yeah"),
        C("yes"))


POS_T = [(p_card_call_one_turn, 10), (p_card_split, 8), (p_card_chat, 10), (p_card_readback, 4),
         (p_card_selfcorrect, 3), (p_cvv_exp_call, 8), (p_ni_call, 18), (p_ni_chat, 14), (p_ni_with_refs, 4),
         (p_ssn, 20), (p_bank, 16), (p_iban, 14), (p_phone, 18), (p_email, 13), (p_dob, 14),
         (p_postcode_address, 14), (p_eircode, 8), (p_us_zip, 4), (p_combo_payment, 6), (p_two_values, 6), (p_ni_double, 6),
         (p_uk_mobile_corrected_readback, 5)]


# ---------------------------------------------------------------- negative templates
def money_words():
    return "%s pounds %s" % (pair_words(str(R.randint(21, 99))), pair_words(str(R.randint(11, 99))))


def n_money():
    v = R.randint(0, 2)
    if v == 0:
        neg("call/utilities: bill amount and payment date (not DOB)",
            A("your balance is %s and the next payment comes out on the %s of %s" % (money_words(), ORD[R.randint(1, 28)], R.choice(MONTHS))),
            C("okay that's fine"))
    elif v == 1:
        neg("chat/retail: prices and quantities",
            C("I ordered %d items at \u00a3%d.%02d each, total was \u00a3%d.%02d" % (R.randint(2, 9), R.randint(3, 60), R.randint(0, 99), R.randint(100, 999), R.randint(0, 99))))
    else:
        neg("call/banking: account balance spoken",
            A("the available balance is %s thousand %s hundred and %s euro" % (DW[R.randint(1, 9)], DW[R.randint(1, 9)], pair_words(str(R.randint(21, 99))))),
            C("right thanks"))


def n_ref():
    kinds = [("policy number", "insurance"), ("customer number", "utilities"), ("booking reference", "travel"),
             ("order number", "retail"), ("claim reference", "insurance"), ("ticket number", "telecom"),
             ("invoice number", "healthcare billing"), ("case reference", "government services")]
    name, ind = R.choice(kinds)
    n = digits(R.randint(6, 10))
    v = R.randint(0, 2)
    if v == 0:
        neg("call/%s: %s read out digit by digit" % (ind, name),
            A("do you have your %s" % name),
            C("yeah it's %s" % say_digits(n)))
    elif v == 1:
        neg("chat/%s: %s typed" % (ind, name),
            C("My %s is %s, any update?" % (name, n)))
    else:
        pre = R.choice(["POL", "CUS", "BK", "ORD", "INV", "CR"])
        neg("chat/%s: alphanumeric %s" % (ind, name),
            C("%s %s-%s" % (name.capitalize(), pre, n)))


def n_meter():
    r = digits(5)
    neg("call/utilities: meter reading digits",
        A("can you give me the meter reading"),
        C("it says %s and then there's a red one after" % say_digits(r)),
        A("that's %s kilowatt hours lovely" % " ".join(pair_words(r[i:i + 2]) if i + 1 < len(r) else DW[int(r[i])] for i in range(0, len(r), 2))))


def n_time():
    v = R.randint(0, 3)
    if v == 0:
        neg("call/telecom: appointment time and date",
            A("the engineer will come on %s the %s between %s and %s" % (R.choice(["monday", "tuesday", "friday"]), ORD[R.randint(1, 28)], DW[R.randint(8, 9)], "twelve")),
            C("great"))
    elif v == 1:
        neg("chat/travel: flight number and times",
            C("my flight %s%d leaves at %02d:%02d on %d %s" % (R.choice(["EI", "FR", "BA", "U2"]), R.randint(100, 9999), R.randint(5, 22), R.choice([0, 15, 30, 45]), R.randint(1, 28), R.choice(MONTHS).capitalize())))
    elif v == 2:
        neg("call/healthcare billing: duration, age and contract year",
            A("how long have you been with us"),
            C("about %s years since twenty %s i'm %s now" % (DW[R.randint(2, 9)], pair_words(str(R.randint(11, 19))), pair_words(str(R.randint(30, 79))))))
    else:
        neg("call/telecom: hold time and speed",
            A("sorry for the %s minute wait" % pair_words(str(R.randint(21, 45)))),
            C("my broadband is only getting %s megabits and i pay for five hundred" % pair_words(str(R.randint(21, 99)))))


def n_misc():
    v = R.randint(0, 4)
    if v == 0:
        neg("chat/travel: hotel room number and nights",
            C("We're in room %d for %d nights, can we get a late checkout at 1pm?" % (R.randint(100, 999), R.randint(2, 9))))
    elif v == 1:
        neg("chat/retail: model number and percentage discount",
            C("Is the %s-%d still %d%% off? I saw it for \u00a3%d" % (R.choice(["KX", "WM", "TV"]), R.randint(1000, 99999), R.randint(5, 40), R.randint(99, 999))))
    elif v == 2:
        neg("call/insurance: temperature, mileage, car year",
            A("what's the annual mileage"),
            C("about %s thousand it's a twenty %s model" % (pair_words(str(R.randint(11, 19))), pair_words(str(R.randint(11, 23))))))
    elif v == 3:
        neg("call/banking: last payment date and amount, percentage rate",
            A("the rate is %s point %s percent and your last payment was on the %s of %s" % (DW[R.randint(2, 9)], DW[R.randint(1, 9)], ORD[R.randint(1, 28)], R.choice(MONTHS))),
            C("right"))
    else:
        neg("chat/telecom: data usage and contract start",
            C("used %dGB of %dGB, contract started %02d/%02d/20%d and ends in %d months" % (R.randint(2, 99), R.choice([100, 200]), R.randint(1, 28), R.randint(1, 12), R.randint(18, 25), R.randint(1, 24))))


def n_lookalike():
    v = R.randint(0, 2)
    if v == 0:
        n = digits(8)
        neg("call/utilities: 8-digit customer number with its name, not a bank account",
            A("your customer number is %s" % say_digits(n)), C("okay i'll write that down"))
    elif v == 1:
        neg("call/telecom: two-factor code and extension counts",
            A("press option %s then extension %s" % (DW[R.randint(1, 9)], say_digits(digits(4), doubles=False))), C("thanks"))
    else:
        neg("chat/insurance: policy number with letters",
            C("Policy %s%s renewal is due on the %dth" % (R.choice(["HX", "MT", "PL"]), digits(7), R.randint(4, 28))))


def n_mention():
    v = R.randint(0, 3)
    if v == 0:
        neg("call/government services: talks about national insurance contributions, no number",
            A("you've paid %s years of national insurance contributions" % pair_words(str(R.randint(21, 35)))),
            C("and is that enough for the full pension at sixty seven"))
    elif v == 1:
        neg("chat/banking: mentions sort code and card without giving them",
            C("I don't have my sort code to hand and my card expired last month, can I pay £%d another way?" % R.randint(20, 400)))
    elif v == 2:
        neg("call/utilities: MPRN-style supply and meter serial with names",
            A("your meter serial number is %s" % " ".join(c.lower() if c.isalpha() else DW[int(c)] for c in "E" + digits(2) + "M" + digits(5))),
            C("okay"))
    else:
        neg("call/travel: seat, gate, and booking reference letters",
            A("your booking reference is %s seat %s%s gate %s" % (" ".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ").lower() for _ in range(6)), pair_words(str(R.randint(11, 39))), R.choice("abcdef"), DW[R.randint(1, 9)])),
            C("brilliant thanks"))


NEG_T = [(n_money, 18), (n_ref, 30), (n_meter, 10), (n_time, 18), (n_misc, 16), (n_lookalike, 12), (n_mention, 12)]


# ---------------------------------------------------------------- driver
def generate():
    global R
    R = random.Random(SEED)
    CASES_OUT.clear()
    COUNTER["positive"] = COUNTER["negative"] = 0
    for fn, n in POS_T:
        for _ in range(n):
            fn()
    for fn, n in NEG_T:
        for _ in range(n):
            fn()
    return "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in CASES_OUT)


def counts(cases):
    ct = {t: 0 for t in TYPES}
    for c in cases:
        for s in c["spans"]:
            ct[s["type"]] += 1
    return ct


def check(text):
    problems = []
    cases = [json.loads(l) for l in text.splitlines()]
    ids = [c["id"] for c in cases]
    if len(ids) != len(set(ids)):
        problems.append("duplicate ids")
    for c in cases:
        if c["kind"] == "negative" and c["spans"]:
            problems.append("%s: negative with spans" % c["id"])
        if c["kind"] == "positive" and not c["spans"]:
            problems.append("%s: positive without spans" % c["id"])
        prev = {}
        groups = {}
        for s in c["spans"]:
            if s["type"] not in TYPES:
                problems.append("%s: bad type" % c["id"])
                continue
            if not (0 <= s["turn"] < len(c["turns"])):
                problems.append("%s: bad turn" % c["id"])
                continue
            t = c["turns"][s["turn"]]["text"]
            a, b = s["start"], s["end"]
            if not (0 <= a < b <= len(t)):
                problems.append("%s: offsets out of range" % c["id"])
                continue
            if (a > 0 and t[a - 1].isalnum()) or (b < len(t) and t[b].isalnum()) or t[a].isspace() or t[b - 1].isspace():
                problems.append("%s: span not on word boundary %r" % (c["id"], t[a:b]))
            if s["turn"] in prev and a < prev[s["turn"]]:
                problems.append("%s: overlapping/unsorted spans" % c["id"])
            prev[s["turn"]] = b
            groups.setdefault(s["type"], []).append(t[a:b])
        # validate each value; split values are accumulated greedily until valid
        for typ, vals in groups.items():
            acc = []
            done = []
            for v in vals:
                acc.append(v)
                if valid(typ, " ".join(acc)):
                    done.append(normalise(" ".join(acc)))
                    acc = []
                elif typ == "CARD_NUMBER" and len(acc) == 1 and any(
                        d.endswith(normalise(v)) and len(normalise(v)) == 4 for d in done):
                    acc = []  # agent reads back the last four digits of a card already given
            if acc:
                problems.append("%s: %s value(s) fail validation: %r -> %r" % (c["id"], typ, acc, normalise(" ".join(acc))))
    return cases, problems


def readme(cases):
    ct = counts(cases)
    npos = sum(c["kind"] == "positive" for c in cases)
    nneg = len(cases) - npos
    rows = "\n".join("| %s | %d |" % (t, ct[t]) for t in TYPES)
    return """# PII hold-out set h245 (UK / Irish emphasis)

**Never use this set for tuning.** It is a held-out evaluation set; fixing the
redactor against individual cases here invalidates it.

## Who wrote it and how

Written by an AI helper acting as an independent author who did not see the
redaction code, its tests, its documentation or any other PII fixture (only a
3-line example of the JSONL format).  Cases are generated by
`scripts/make_pii_holdout245.py` from template functions: each turn is assembled
from plain-text segments and (value, TYPE) segments, so offsets are computed,
never typed.  All values come from one `random.Random(%d)`; the output is
byte-for-byte reproducible.  `--check` regenerates and compares, and validates
ids, offsets, word boundaries, overlaps and each value after normalising spoken
forms (Luhn, mod-97, NI format, digit counts, postcode/Eircode/ZIP shapes).

Emphasis: UK and Irish contact centres - NI numbers spoken (plain letters,
NATO / "x for word" spelling, ASR homophones such as "see", "are", "why") and
typed (spaces, dashes, lower case), sort codes and account numbers, UK/IE
phone forms (+44, +353, 07..., 08...), UK postcodes and Eircodes, UK street
addresses, card payments by phone split over turns; plus negatives with UK
reference numbers (policy, customer, booking, meter readings) with their names.

## Annotation conventions

* A span covers the value only: from its first to its last character/word,
  including internal separators, spelled words ("b for bravo"), "double"/
  "triple", and filler words ("um") that occur *inside* a reading.  Leading
  labels ("sort code", "it's", "card") and trailing chit-chat are outside.
* Values split across turns: each customer fragment is its own span of the
  same type; agent back-channels are not labelled.
* Agent read-backs of a value (full or last four digits) are labelled too.
* A caller's abandoned partial reading before a self-correction is left
  unlabelled; the complete corrected reading is labelled.
* ADDRESS = house/flat number + street (town is outside); POSTCODE covers UK
  postcodes, Irish Eircodes and US ZIP codes.
* EXPIRY/DOB spans cover the whole date expression ("the third of may nineteen
  eighty", "03/27").
* Non-PII numbers in positives (amounts, claim references) are unlabelled.

## Counts

Positives: %d, negatives: %d.

| type | spans |
|---|---|
%s
""" % (SEED, npos, nneg, rows)


def main():
    text = generate()
    cases, problems = check(text)
    rd = readme(cases)
    ct = counts(cases)
    npos = sum(c["kind"] == "positive" for c in cases)
    if "--check" in sys.argv:
        if not CASES.exists() or CASES.read_text(encoding="utf-8") != text:
            problems.append("cases.jsonl differs from regenerated output")
        if not README.exists() or README.read_text(encoding="utf-8") != rd:
            problems.append("README.md differs from regenerated output")
        if npos < 170 or len(cases) - npos < 100:
            problems.append("too few cases")
        for t in TYPES:
            need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
            if ct[t] < need:
                problems.append("%s has %d spans < %d" % (t, ct[t], need))
    else:
        OUT_DIR.mkdir(parents=True, exist_ok=True)
        CASES.write_text(text, encoding="utf-8")
        README.write_text(rd, encoding="utf-8")
    print("cases: %d positive, %d negative" % (npos, len(cases) - npos))
    for t in TYPES:
        print("  %-13s %d" % (t, ct[t]))
    for p in problems:
        print("PROBLEM:", p)
    print("OK" if not problems else "FAILED (%d problems)" % len(problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Generate the held-out PII evaluation set h243 (tests/fixtures/pii_holdout243).

Written by an AI helper acting as an independent author who did not see the
redaction code.  Standard library only.  Deterministic (seed 243241126).

    python scripts/make_pii_holdout243.py          # write cases.jsonl + README.md
    python scripts/make_pii_holdout243.py --check  # regenerate, compare, validate
"""
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

SEED = 243241126
ROOT = Path(__file__).resolve().parent.parent
OUTDIR = ROOT / "tests" / "fixtures" / "pii_holdout243"
CASES = OUTDIR / "cases.jsonl"
README = OUTDIR / "README.md"
TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE",
         "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

R = random.Random(SEED)

DW = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
NATO = {"A": "alpha", "B": "bravo", "C": "charlie", "D": "delta", "E": "echo", "F": "foxtrot",
        "G": "golf", "H": "hotel", "J": "juliet", "K": "kilo", "L": "lima", "M": "mike",
        "N": "november", "P": "papa", "R": "romeo", "S": "sierra", "T": "tango", "W": "whiskey",
        "X": "xray", "Y": "yankee", "Z": "zulu", "O": "oscar", "U": "uniform", "V": "victor",
        "Q": "quebec", "I": "india"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORD = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
       "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
       "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty first", "twenty second",
       "twenty third", "twenty fourth", "twenty fifth", "twenty sixth", "twenty seventh",
       "twenty eighth"]


# ---------------------------------------------------------------- values
def digits(n, first_nonzero=True):
    s = str(R.randint(1, 9)) if first_nonzero else str(R.randint(0, 9))
    return s + "".join(str(R.randint(0, 9)) for _ in range(n - 1))


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
    pref, n = R.choice([("4", 16), ("51", 16), ("53", 16), ("2221", 16), ("37", 15),
                        ("34", 15), ("6011", 16), ("4", 13), ("35", 16), ("4", 19)])
    body = pref + "".join(str(R.randint(0, 9)) for _ in range(n - len(pref) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def iban():
    cc, n = R.choice([("GB", None), ("IE", None), ("DE", 18), ("FR", 23), ("NL", None), ("ES", 20)])
    if cc in ("GB", "IE"):
        bban = R.choice(["NWBK", "BARC", "LOYD", "HSBC", "AIBK", "BOFI"]) + digits(14, False)
    elif cc == "NL":
        bban = R.choice(["ABNA", "INGB", "RABO"]) + digits(10, False)
    else:
        bban = digits(n, False)
    conv = "".join(str(int(c, 36)) for c in bban + cc + "00")
    chk = 98 - int(conv) % 97
    return cc + "%02d" % chk + bban


def iban_ok(s):
    s = s.upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def ni():
    a = R.choice("ABCEGHJKLMNPRSTWXYZ") + R.choice("ABCEGHJKLMNPRSTWXYZ")
    if a in ("GB", "BG", "NK", "KN", "TN", "NT", "ZZ"):
        a = "AB"
    return a + digits(6, False) + R.choice("ABCD")


def ssn():
    return "%03d%02d%04d" % (R.choice([R.randint(1, 665), R.randint(667, 899)]), R.randint(1, 99),
                             R.randint(1, 9999))


def uk_postcode():
    return R.choice(["SW1A 2", "M1 1", "B33 8", "CR2 6", "LS1 4", "EH12 5", "G2 3", "BS8 1",
                     "NE6 5", "CF10 1", "OX4 2", "L17 7", "BT9 6", "SE15 3", "N7 9", "W3 8"]) + \
        R.choice("ABDEFGHJLNPQRSTUWXYZ") + R.choice("ABDEFGHJLNPQRSTUWXYZ")


def us_zip():
    return digits(5, False) if R.random() < .8 else digits(5, False) + "-" + digits(4, False)


FIRST = ["sarah", "james", "priya", "tom", "aoife", "liam", "mei", "oluwaseun", "kate", "dan",
         "siobhan", "marco", "fatima", "gareth", "helen", "niamh", "raj", "carlos", "emma", "ben"]
LAST = ["okafor", "smith", "murphy", "patel", "jones", "obrien", "kowalski", "nguyen", "walsh",
        "evans", "garcia", "byrne", "taylor", "khan", "fischer", "hughes", "reilly", "davies"]
DOMS = ["gmail.com", "hotmail.co.uk", "yahoo.com", "outlook.com", "icloud.com", "btinternet.com",
        "eircom.net", "live.ie", "aol.com", "protonmail.com"]
STREETS = ["Maple Avenue", "High Street", "Church Lane", "Station Road", "Oak Drive",
           "Victoria Terrace", "Elm Street", "Main Street", "Park Road", "Mill Lane",
           "Kingsway Crescent", "Sycamore Close", "Washington Boulevard", "Pine Court",
           "Harbour View", "Orchard Way"]


def email():
    f, l = R.choice(FIRST), R.choice(LAST)
    user = R.choice([f + "." + l, f[0] + l, f + l + str(R.randint(1, 99)), f + "_" + l,
                     l + "." + f[0], f + str(R.randint(70, 99))])
    return user + "@" + R.choice(DOMS)


def phone(kind=None):
    kind = kind or R.choice(["ukmob", "uklan", "us", "ie", "intl_uk", "intl_ie"])
    if kind == "ukmob":
        return "07" + digits(9, False)
    if kind == "uklan":
        return "0" + R.choice(["20", "161", "113", "131", "141", "117", "121"]) + digits(7, False)
    if kind == "us":
        return str(R.randint(201, 989)) + str(R.randint(200, 999)) + digits(4, False)
    if kind == "ie":
        return "08" + R.choice("35679") + digits(7, False)
    if kind == "intl_uk":
        return "+447" + digits(9, False)
    return "+3538" + R.choice("35679") + digits(7, False)


def dob():
    return R.randint(1, 28), R.randint(1, 12), R.randint(1940, 2004)


def expiry():
    return R.randint(1, 12), R.randint(2026, 2033)


def address():
    return "%d %s" % (R.randint(1, 240), R.choice(STREETS))


# ---------------------------------------------------------------- renderers
def sp_digits(s, pairs=False, doubles=True):
    """Speak a digit string as an ASR transcript would write it."""
    out = []
    zero = R.choice(["zero", "oh", "o", "nought"]) if R.random() < .8 else "zero"
    i = 0
    while i < len(s):
        d = s[i]
        if doubles and i + 2 < len(s) and s[i] == s[i + 1] == s[i + 2] and R.random() < .7:
            out.append("triple " + (zero if d == "0" else DW[int(d)]))
            i += 3
            continue
        if doubles and i + 1 < len(s) and s[i] == s[i + 1] and R.random() < .7:
            out.append("double " + (zero if d == "0" else DW[int(d)]))
            i += 2
            continue
        if pairs and i + 1 < len(s) and d != "0" and s[i + 1] != "0" and R.random() < .5:
            n = int(s[i:i + 2])
            out.append(TEENS[n - 10] if n < 20 else TENS[n // 10] + " " + DW[n % 10])
            i += 2
            continue
        out.append(zero if d == "0" else DW[int(d)])
        i += 1
    return " ".join(out)


def sp_groups(s, sizes, pairs=False):
    parts, i = [], 0
    for n in sizes:
        parts.append(s[i:i + n])
        i += n
    if i < len(s):
        parts.append(s[i:])
    return [sp_digits(p, pairs) for p in parts if p]


def sp_letter(c, nato=None):
    if nato is None or c == "O":
        nato = True if c == "O" else R.random() < .5
    if nato:
        return "%s for %s" % (c.lower(), NATO[c])
    return c.lower()


def sp_alnum(s, nato=None):
    out, buf = [], ""
    for c in s:
        if c.isdigit():
            buf += c
        else:
            if buf:
                out.append(sp_digits(buf))
                buf = ""
            if c.isalpha():
                out.append(sp_letter(c, nato))
    if buf:
        out.append(sp_digits(buf))
    return " ".join(out)


def ty_group(s, sizes, sep=None):
    sep = sep if sep is not None else R.choice([" ", "-", " ", "", ".", "  ", " - "])
    parts, i = [], 0
    for n in sizes:
        if i < len(s):
            parts.append(s[i:i + n])
        i += n
    if i < len(s):
        parts.append(s[i:])
    return sep.join(parts)


def ty_card(c):
    if len(c) == 15:
        return ty_group(c, [4, 6, 5])
    return ty_group(c, [4, 4, 4, 4, 3]) if R.random() < .85 else c


def ty_ni(n):
    f = R.choice(["{a} {b} {c} {d} {e}", "{a}{b}{c}{d}{e}", "{a} {b}{c}{d} {e}", "{a}-{b}-{c}-{d}-{e}"])
    s = f.format(a=n[:2], b=n[2:4], c=n[4:6], d=n[6:8], e=n[8])
    return s.lower() if R.random() < .3 else s


def ty_ssn(s):
    return R.choice([s[:3] + "-" + s[3:5] + "-" + s[5:], s[:3] + " " + s[3:5] + " " + s[5:], s,
                     s[:3] + "." + s[3:5] + "." + s[5:], s[:3] + "-" + s[3:5] + "-" + s[5:]])


def ty_phone(p):
    if p.startswith("+"):
        return R.choice([p, p[:3] + " " + p[3:7] + " " + p[7:], p[:4] + " " + p[4:7] + " " + p[7:],
                         p[:3] + " (0)" + p[3:]])
    if len(p) == 10 and p[0] != "0":
        return R.choice(["(%s) %s-%s" % (p[:3], p[3:6], p[6:]), "%s-%s-%s" % (p[:3], p[3:6], p[6:]),
                         "%s.%s.%s" % (p[:3], p[3:6], p[6:]), p, "+1 %s %s %s" % (p[:3], p[3:6], p[6:])])
    return R.choice([p, p[:5] + " " + p[5:], p[:3] + " " + p[3:6] + " " + p[6:], p[:4] + "-" + p[4:]])


def plus(v):
    """Leading '+' stays outside the span (spans start and end on a letter/digit)."""
    if v[0] in "+(":
        return (v[0], (v[1:], "PHONE"))
    return ("", (v, "PHONE"))


def ty_sort(s):
    return R.choice(["-", " ", "", ".", "–"]).join([s[:2], s[2:4], s[4:]]) if R.random() < .85 else s


def ty_iban(i):
    s = " ".join(i[k:k + 4] for k in range(0, len(i), 4)) if R.random() < .6 else i
    return s.lower() if R.random() < .2 else s


def ty_dob(d, m, y):
    return R.choice(["%02d/%02d/%d" % (d, m, y), "%d/%d/%d" % (d, m, y % 100 + 100)[-2:] if False else "%d/%d/%02d" % (d, m, y % 100),
                     "%d %s %d" % (d, MONTHS[m - 1].capitalize(), y), "%02d.%02d.%d" % (d, m, y),
                     "%s %d, %d" % (MONTHS[m - 1][:3].capitalize(), d, y), "%d-%02d-%02d" % (y, m, d),
                     "%02d-%02d-%d" % (m, d, y)])


def sp_year(y):
    a, b = divmod(y, 100)
    head = TEENS[a - 10] if a < 20 else "two thousand"
    if a == 20:
        return "two thousand" + ("" if b == 0 else " and " + sp_num(b)) if R.random() < .6 else "twenty " + (sp_num(b) if b >= 10 else "oh " + DW[b])
    if b == 0:
        return head + " hundred"
    return head + " " + (sp_num(b) if b >= 10 else "oh " + DW[b])


def sp_num(n):
    if n < 10:
        return DW[n]
    if n < 20:
        return TEENS[n - 10]
    return TENS[n // 10] + ("" if n % 10 == 0 else " " + DW[n % 10])


def sp_dob(d, m, y):
    return R.choice(["the %s of %s %s" % (ORD[d - 1], MONTHS[m - 1], sp_year(y)),
                     "%s %s %s" % (MONTHS[m - 1], ORD[d - 1], sp_year(y)),
                     "%s %s %s" % (sp_digits("%02d" % d), sp_digits("%02d" % m), sp_year(y)),
                     "%s %s %s" % (ORD[d - 1], MONTHS[m - 1], sp_year(y))])


def ty_exp(m, y):
    return R.choice(["%02d/%02d" % (m, y % 100), "%02d/%d" % (m, y), "%d/%02d" % (m, y % 100),
                     "%02d-%02d" % (m, y % 100), "%02d %02d" % (m, y % 100), "%s %d" % (MONTHS[m - 1][:3], y)])


def sp_exp(m, y):
    return R.choice(["%s %s" % (sp_digits("%02d" % m), sp_digits("%02d" % (y % 100))),
                     "%s %s" % (MONTHS[m - 1], sp_year(y)),
                     "%s %s" % (sp_digits("%02d" % m), sp_year(y)),
                     "%s twenty %s" % (sp_num(m), sp_num(y % 100))])


def sp_email(e):
    user, dom = e.split("@")
    u = user.replace(".", " dot ").replace("_", " underscore ")
    u = re.sub(r"\d+", lambda mm: " " + sp_digits(mm.group()) + " ", u)
    if R.random() < .4:
        u = " ".join(u.split()[0:1]) if False else u
    d = dom.replace(".", " dot ")
    return re.sub(r"\s+", " ", "%s at %s" % (u, d)).strip()


def sp_postcode(p):
    if p[0].isdigit():
        return sp_digits(p.replace("-", ""))
    return sp_alnum(p)


def sp_address(a):
    n, st = a.split(" ", 1)
    n = int(n)
    num = sp_num(n) if n < 100 else R.choice([sp_digits(str(n)), DW[n // 100] + " " + (sp_num(n % 100) if n % 100 >= 10 else "oh " + DW[n % 100])])
    return num + " " + st.lower()


def typo(s):
    """Introduce a small typo in the surrounding text (never in a value)."""
    words = s.split(" ")
    cand = [i for i, w in enumerate(words) if len(w) > 4 and w.isalpha()]
    if not cand or R.random() < .4:
        return s
    i = R.choice(cand)
    w = words[i]
    k = R.randint(1, len(w) - 2)
    words[i] = R.choice([w[:k] + w[k + 1] + w[k] + w[k + 2:], w[:k] + w[k + 1:], w[:k] + w[k] + w[k:]])
    return " ".join(words)


EMO = ["", "", " 🙂", " 🙏", " 😅", " 👍", " :)", " !!", " x", " lol"]

# ---------------------------------------------------------------- case assembly


class Case:
    def __init__(self, kind, note):
        self.kind, self.note, self.turns, self.spans = kind, note, [], []

    def add(self, speaker, *segs):
        text = ""
        for seg in segs:
            if isinstance(seg, tuple):
                val, typ = seg
                self.spans.append({"turn": len(self.turns), "start": len(text),
                                   "end": len(text) + len(val), "type": typ})
                text += val
            else:
                text += seg
        self.turns.append({"speaker": speaker, "text": text})
        return self

    def a(self, *segs):
        return self.add("agent", *segs)

    def c(self, *segs):
        return self.add("customer", *segs)


def ch(s):
    return typo(s)


BACK = ["mhm", "okay go on", "yep", "uh huh", "right", "okay", "got that", "yeah go ahead"]
IND_CHAT = ["web chat", "sms", "email", "social dm", "app chat", "whatsapp"]


def chan():
    return R.choice(IND_CHAT)


# ---- positive templates (typed)
def p_card_chat():
    c = card()
    ind = R.choice(["retail", "telecom", "utilities", "travel", "insurance"])
    k = Case("positive", "%s/%s: card typed with separators mid-message" % (chan(), ind))
    k.a(R.choice(["Hi there! How can I help today?", "Thanks for contacting us, what can I do for you?"]))
    k.c(ch(R.choice(["hiya i want to pay my overdue bill of £%d.%02d" % (R.randint(20, 300), R.randint(0, 99)),
                     "need to settle order #%d pls" % R.randint(100000, 9999999),
                     "can u take payment for the renewal"])) + R.choice(EMO))
    k.a("Sure, please type the long card number.")
    k.c(R.choice(["card is ", "its ", "ok ", "", "Card no: ", "number - "]), (ty_card(c), "CARD_NUMBER"),
        R.choice(["", " thx", " 👍", " ..", " (debit)", " cheers"]))
    if R.random() < .6:
        m, y = expiry()
        k.a("And the expiry and 3 digit code on the back?")
        cv = digits(3, False)
        k.c(R.choice(["exp ", "expires ", "exp date "]), (ty_exp(m, y), "EXPIRY"), R.choice([" cvv ", " and sec code is ", ", cvc: ", " / code "]), (cv, "CVV"))
    return k


def p_card_split_chat():
    c = card()
    k = Case("positive", "%s/%s: card split across several messages" % (chan(), R.choice(["banking", "retail", "telecom"])))
    k.a("Please send the card number when ready")
    parts = [c[i:i + 4] for i in range(0, len(c), 4)]
    if len(parts) > 2 and R.random() < .5:
        parts = [parts[0] + R.choice([" ", "-"]) + parts[1]] + parts[2:]
    for j, p in enumerate(parts):
        pre = R.choice(["", "", "", "..", "then "]) if j else R.choice(["", "ok ", "right "])
        k.c(pre, (p, "CARD_NUMBER"), R.choice(["", "", " ...", "  "]))
    k.a(R.choice(["Thanks, got it.", "Lovely thank you", "Received thanks"]))
    return k


def p_card_typo_chat():
    old, c = card(), card()
    k = Case("positive", "%s/retail: customer sends an old card, then replaces it with a new one; both labelled" % chan())
    k.c(ch("card number "), (ty_card(old), "CARD_NUMBER"))
    k.a("Sorry, that card was declined.")
    k.c(ch("ugh that one expired, use this card instead: "), (ty_card(c), "CARD_NUMBER"), R.choice(EMO))
    k.a("No problem, updating the payment method now.")
    return k


def p_obf_email_chat():
    e = email()
    user, dom = e.split("@")
    d1, d2 = dom.split(".", 1)
    shown = R.choice(["%s [at] %s [dot] %s", "%s at %s dot %s", "%s(at)%s(dot)%s"]) % (user, d1, d2)
    k = Case("positive", "%s/telecom: email obfuscated by the customer ([at]/(dot)) to dodge spam filters" % chan())
    k.a("What's the email for the e-bill?")
    k.c(ch("dont want spam so writing it like "), (shown, "EMAIL"), R.choice(EMO))
    return k


def p_ni_chat():
    n = ni()
    k = Case("positive", "%s/government services: UK NI number typed, varied case/spacing" % chan())
    k.a(R.choice(["Can you confirm your National Insurance number please?", "What's your NI number?"]))
    k.c(ch(R.choice(["yeah its ", "NI is ", "sure - ", "my nin: ", "ni no. ", ""])), (ty_ni(n), "NI_NUMBER"),
        R.choice(EMO))
    if R.random() < .4:
        d, m, y = dob()
        k.a("Thanks. And date of birth?")
        k.c(R.choice(["dob ", "born ", "", "DOB: "]), (ty_dob(d, m, y), "DOB"))
    return k


def p_ni_split_chat():
    n = ni()
    k = Case("positive", "%s/government services: NI number split over two messages" % chan())
    k.a("Please provide your NI number")
    k.c(R.choice(["", "its "]), (n[:4] if R.random() < .5 else n[:2] + " " + n[2:4], "NI_NUMBER"))
    k.c((n[4:8] + R.choice([" ", ""]) + n[8], "NI_NUMBER"), R.choice(["", " sorry hit enter", " oops"]))
    return k


def p_ssn_chat():
    s = ssn()
    k = Case("positive", "%s/%s: US SSN typed" % (chan(), R.choice(["banking", "healthcare billing", "insurance", "government services"])))
    k.a(R.choice(["For verification, please provide your Social Security number.", "I'll need the SSN on the account."]))
    k.c(ch(R.choice(["ssn ", "its ", "social is ", "SSN# ", "sure: ", "ok "])), (ty_ssn(s), "SSN"), R.choice(EMO))
    if R.random() < .4:
        z = us_zip()
        k.a("And the ZIP code on file?")
        k.c(R.choice(["zip ", "", "its "]), (z, "POSTCODE"))
    return k


def p_ssn_last_chat():
    s = ssn()
    k = Case("positive", "%s/healthcare billing: SSN sent in two messages plus copy-paste artefact" % chan())
    k.c(ch("hi im trying to sort a bill from my visit on %s %d" % (MONTHS[R.randint(0, 11)].capitalize(), R.randint(1, 28))))
    k.a("Happy to help. Can I have the patient's SSN?")
    k.c(R.choice(["", "'"]), (s[:3] + "-" + s[3:5], "SSN"), R.choice(["-", ""]))
    k.c((s[5:], "SSN"), R.choice(["", " (copied from the form)"]))
    return k


def p_bank_chat():
    sc, acc = digits(6, False), digits(8, False)
    k = Case("positive", "%s/banking: UK sort code and account number in one message" % chan())
    k.a("To set up the direct debit I need the sort code and account number.")
    k.c(ch(R.choice(["sort code ", "sc ", "s/c: ", "sortcode "])), (ty_sort(sc), "SORT_CODE"),
        R.choice([" acc ", " account no ", ", a/c ", " and account number is ", "\naccount "]), (acc, "BANK_ACCOUNT"),
        R.choice(EMO))
    return k


def p_us_bank_chat():
    acc = digits(R.randint(9, 12), False)
    k = Case("positive", "%s/banking: US checking account number with routing ref word" % chan())
    k.a("Which account should the refund go to?")
    k.c(ch("checking acct number "), (acc, "BANK_ACCOUNT"), R.choice([" at chase", " (credit union)", "", " pls"]))
    return k


def p_iban_chat():
    i = iban()
    k = Case("positive", "%s/%s: IBAN typed for refund" % (chan(), R.choice(["travel", "retail", "utilities"])))
    k.a(R.choice(["Please send the IBAN for the refund.", "What IBAN should we pay the refund into?"]))
    k.c(ch(R.choice(["iban is ", "IBAN: ", "here u go ", "its ", ""])), (ty_iban(i), "IBAN"), R.choice(EMO))
    return k


def p_phone_chat():
    p = phone()
    k = Case("positive", "%s/%s: phone number typed" % (chan(), R.choice(["telecom", "retail", "utilities", "travel"])))
    k.a("What's the best number to call you back on?")
    k.c(ch(R.choice(["call me on ", "mob ", "my number is ", "tel: ", "ring ", "best number "])), *plus(ty_phone(p)),
        R.choice(["", " after %dpm" % R.randint(2, 6), " anytime", " ta"]))
    return k


def p_email_chat():
    e = email()
    if R.random() < .3:
        e = e.upper() if R.random() < .3 else e.capitalize()
    k = Case("positive", "%s/%s: email typed" % (chan(), R.choice(["retail", "insurance", "telecom"])))
    k.a("Can you confirm the email on the account?")
    k.c(ch(R.choice(["its ", "email ", "e-mail: ", "sure ", "it should be "])), (e, "EMAIL"),
        R.choice(["", " thanks", " (old one)", "  ", " !"]))
    return k


def p_address_chat():
    a, pc = address(), uk_postcode()
    if R.random() < .4:
        pc = pc.lower() if R.random() < .5 else pc.replace(" ", "")
    k = Case("positive", "%s/%s: UK address and postcode typed" % (chan(), R.choice(["retail", "utilities", "insurance"])))
    k.a("What's the delivery address?")
    k.c(ch(R.choice(["", "its ", "address is "])), (a if R.random() < .6 else a.lower(), "ADDRESS"),
        R.choice([", Leeds, ", " Manchester ", ", ", " flat 2, Bristol "]), (pc, "POSTCODE"))
    return k


def p_us_address_chat():
    a, z = address(), us_zip()
    k = Case("positive", "%s/%s: US street address and ZIP" % (chan(), R.choice(["retail", "insurance", "healthcare billing"])))
    k.a("Please confirm the billing address.")
    k.c((a, "ADDRESS"), R.choice([", Apt 4B, Austin TX ", ", Denver, CO ", " Springfield IL ", ", Portland OR "]), (z, "POSTCODE"))
    return k


def p_dob_chat():
    d, m, y = dob()
    k = Case("positive", "%s/%s: DOB typed for verification" % (chan(), R.choice(["healthcare billing", "insurance", "banking"])))
    k.a("For security can I take your date of birth?")
    k.c(ch(R.choice(["", "dob ", "its ", "born on "])), (ty_dob(d, m, y), "DOB"), R.choice(EMO))
    return k


def p_multi_chat():
    e, p = email(), phone(R.choice(["ukmob", "us", "ie"]))
    k = Case("positive", "%s/telecom: email and phone in one message with emojis" % chan())
    k.a("Can I update your contact details?")
    k.c(ch("yes pls new email "), (e, "EMAIL"), " 📧 and mobile ", *plus(ty_phone(p)), " 📱")
    return k


def p_email_body():
    sc, acc = digits(6, False), digits(8, False)
    n = ni()
    k = Case("positive", "email/banking: e-mail body with signature block containing PII")
    k.c("Dear Sir/Madam,\n\nPlease find my details below for the claim ref %d.\n\nSort code: " % R.randint(10000, 999999),
        (ty_sort(sc), "SORT_CODE"), "\nAccount: ", (acc, "BANK_ACCOUNT"), "\nNI: ", (ty_ni(n), "NI_NUMBER"),
        "\n\nKind regards,\n%s %s" % (R.choice(FIRST).capitalize(), R.choice(LAST).capitalize()))
    return k


def p_cvv_chat():
    c = card()
    m, y = expiry()
    cv = digits(4 if c[0] == "3" else 3, False)
    k = Case("positive", "%s/travel: card, expiry and CVV all in one pasted line" % chan())
    k.a("Please provide the card details to hold the booking.")
    k.c((ty_card(c), "CARD_NUMBER"), R.choice([" ", " | ", " / ", ", "]), (ty_exp(m, y), "EXPIRY"),
        R.choice([" ", " | ", " / ", ", "]), (cv, "CVV"))
    return k


# ---- positive templates (call / ASR)
def p_card_call():
    c = card()
    sizes = [4, 6, 5] if len(c) == 15 else [4, 4, 4, 4, 3]
    g = sp_groups(c, sizes, pairs=R.random() < .4)
    k = Case("positive", "call/%s: card read in groups over several turns with back-channels" % R.choice(["insurance", "utilities", "retail", "telecom"]))
    k.a("okay go ahead with the long number on the card")
    for j, grp in enumerate(g):
        k.c(R.choice(["", "um ", "right ", "so "]) if j == 0 else "", (grp, "CARD_NUMBER"), R.choice(["", "", " um"]) if j < len(g) - 1 else "")
        if j < len(g) - 1:
            k.a(R.choice(BACK))
    if R.random() < .5:
        m, y = expiry()
        cv = digits(3, False)
        k.a("and the expiry date")
        k.c(R.choice(["it's ", "", "expires "]), (sp_exp(m, y), "EXPIRY"))
        k.a("and the three digits on the back")
        k.c(R.choice(["", "it's ", "yeah "]), (sp_digits(cv), "CVV"))
    return k


def p_card_one_turn_call():
    c = card()
    k = Case("positive", "call/%s: card read in one turn with filler and hesitation" % R.choice(["banking", "travel", "retail"]))
    k.a("can i take the card number please")
    g = sp_groups(c, [4, 4, 4, 4, 3], pairs=R.random() < .5)
    txt = (" " + R.choice(["", "uh", "um", "er"]) + " ").join(g)
    txt = re.sub(r"\s+", " ", txt)
    k.c(R.choice(["yeah it's ", "sure ", "okay ", ""]), (txt, "CARD_NUMBER"), R.choice(["", " that's it", " and that's a visa"]))
    if R.random() < .4 and len(c) == 16:
        k.a("let me read that back " + g[0] + " ending " + g[-1])
        k.spans.append({"turn": len(k.turns) - 1, "start": len("let me read that back "),
                        "end": len("let me read that back ") + len(g[0]), "type": "CARD_NUMBER"})
        st = len("let me read that back " + g[0] + " ending ")
        k.spans.append({"turn": len(k.turns) - 1, "start": st, "end": st + len(g[-1]), "type": "CARD_NUMBER"})
        k.note += "; agent partial read-back labelled"
    return k


def p_ni_call():
    n = ni()
    k = Case("positive", "call/government services: NI number spelled with nato alphabet and digit words")
    k.a("can i have your national insurance number")
    if R.random() < .5:
        k.c(R.choice(["yeah it's ", "it's ", "uh "]), (sp_alnum(n), "NI_NUMBER"))
    else:
        k.c(R.choice(["it's ", "okay "]), (sp_alnum(n[:2]) + " " + sp_digits(n[2:4]), "NI_NUMBER"))
        k.a(R.choice(BACK))
        k.c((sp_digits(n[4:8], pairs=True), "NI_NUMBER"), " ", (sp_letter(n[8]), "NI_NUMBER"))
        k.note += "; split over two turns"
    if R.random() < .3:
        d, m, y = dob()
        k.a("and your date of birth")
        k.c((sp_dob(d, m, y), "DOB"))
    return k


def p_ssn_call():
    s = ssn()
    k = Case("positive", "call/%s: SSN spoken, ASR digit words" % R.choice(["banking", "insurance", "healthcare billing"]))
    k.a("can you verify your social security number")
    mode = R.random()
    if mode < .4:
        k.c(R.choice(["yeah it's ", "sure ", "it's uh "]), (sp_digits(s[:3]) + " " + sp_digits(s[3:5]) + " " + sp_digits(s[5:]), "SSN"))
    elif mode < .7:
        k.c((sp_digits(s[:3]), "SSN"))
        k.a(R.choice(BACK))
        k.c((sp_digits(s[3:5]), "SSN"))
        k.a(R.choice(BACK))
        k.c((sp_digits(s[5:], pairs=True), "SSN"), " i think yeah")
        k.note += "; split over three turns"
    else:
        k.c("okay so ", (sp_digits(s), "SSN"), " and my zip is ", (sp_digits(us_zip()[:5]), "POSTCODE"))
        k.note += "; SSN and ZIP in one turn"
    return k


def p_bank_call():
    sc, acc = digits(6, False), digits(8, False)
    k = Case("positive", "call/banking: sort code as pairs and account number digit by digit")
    k.a("what's the sort code")
    k.c(R.choice(["it's ", "", "um "]), (" ".join(sp_digits(sc[i:i + 2], pairs=True) for i in (0, 2, 4)), "SORT_CODE"))
    k.a("and the account number")
    k.c((sp_digits(acc[:4]), "BANK_ACCOUNT"), R.choice([" hang on ", " sorry ", " "]), (sp_digits(acc[4:]), "BANK_ACCOUNT"))
    return k


def p_iban_call():
    i = iban()
    k = Case("positive", "call/%s: IBAN spelled out in chunks" % R.choice(["travel", "utilities", "banking"]))
    k.a("can you read me the iban")
    chunks = [i[j:j + 4] for j in range(0, len(i), 4)]
    half = len(chunks) // 2
    k.c((sp_alnum("".join(chunks[:half]), nato=False), "IBAN"))
    k.a(R.choice(BACK))
    k.c((sp_alnum("".join(chunks[half:]), nato=False), "IBAN"))
    return k


def p_phone_call():
    p = phone(R.choice(["ukmob", "uklan", "us", "ie", "intl_uk"]))
    k = Case("positive", "call/%s: phone number spoken with doubles/triples" % R.choice(["telecom", "utilities", "retail"]))
    k.a("and a contact number")
    spoken = ("plus " + sp_digits(p[1:3]) + " " + sp_digits(p[3:])) if p.startswith("+") else sp_digits(p)
    k.c(R.choice(["yeah it's ", "it's ", ""]), (spoken, "PHONE"), R.choice(["", " that's my mobile", " thanks"]))
    return k


def p_email_call():
    e = email()
    k = Case("positive", "call/%s: email spoken with 'at' and 'dot'" % R.choice(["retail", "insurance", "telecom"]))
    k.a("what's your email address")
    k.c(R.choice(["it's ", "yeah ", ""]), (sp_email(e), "EMAIL"))
    return k


def p_address_call():
    a, pc = address(), uk_postcode()
    k = Case("positive", "call/%s: address and postcode spoken" % R.choice(["utilities", "insurance", "retail"]))
    k.a("can you confirm the first line of the address and the postcode")
    k.c((sp_address(a), "ADDRESS"), R.choice([" and the postcode is ", " postcode ", " um "]), (sp_postcode(pc), "POSTCODE"))
    return k


def p_dob_call():
    d, m, y = dob()
    k = Case("positive", "call/%s: DOB spoken" % R.choice(["healthcare billing", "insurance", "banking"]))
    k.a("and your date of birth please")
    k.c(R.choice(["it's ", "yeah ", "", "uh "]), (sp_dob(d, m, y), "DOB"))
    return k


def p_chitchat_call():
    d, m, y = dob()
    pc = uk_postcode()
    k = Case("positive", "call/insurance: DOB and postcode in one turn mixed with chit-chat and a non-PII amount")
    k.a("can i just confirm your date of birth and postcode")
    k.c("yeah sorry the dog's barking it's ", (sp_dob(d, m, y), "DOB"), " and the postcode is ",
        (sp_postcode(pc), "POSTCODE"), " and i paid %s pounds last time" % sp_num(R.randint(20, 99)))
    return k


def p_spaced_phone_chat():
    p = phone(R.choice(["ukmob", "ie"]))
    k = Case("positive", "%s/telecom: mobile typed with a space between every digit and emoji" % chan())
    k.a("Whats the number thats having the problem?")
    k.c(ch("this one "), (" ".join(p), "PHONE"), " 📵 " + ch("no signal since %s" % R.choice(["tuesday", "monday", "the weekend"])))
    return k


POS_CHAT = [p_card_chat, p_card_split_chat, p_card_typo_chat, p_ni_chat, p_ni_split_chat, p_ssn_chat,
            p_ssn_last_chat, p_bank_chat, p_us_bank_chat, p_iban_chat, p_phone_chat, p_email_chat,
            p_address_chat, p_us_address_chat, p_dob_chat, p_multi_chat, p_email_body, p_cvv_chat, p_obf_email_chat, p_spaced_phone_chat]
POS_CALL = [p_card_call, p_card_one_turn_call, p_ni_call, p_ssn_call, p_bank_call, p_iban_call,
            p_phone_call, p_email_call, p_address_call, p_dob_call, p_chitchat_call]


# ---- negatives
def n_money_chat():
    k = Case("negative", "%s/retail: prices, order number and delivery date" % chan())
    k.c(ch("hi my order #%d hasnt arrived, paid £%d.%02d on %d/%d" % (R.randint(1000000, 9999999999), R.randint(10, 900), R.randint(0, 99), R.randint(1, 28), R.randint(1, 12))) + R.choice(EMO))
    k.a("Sorry about that! It's due %s %d between %d:00 and %d:00." % (MONTHS[R.randint(0, 11)].capitalize(), R.randint(1, 28), R.randint(7, 11), R.randint(12, 18)))
    return k


def n_balance_chat():
    k = Case("negative", "%s/banking: balance, percentage and payment date" % chan())
    k.c(ch("whats my balance? and is the rate still %d.%d%%" % (R.randint(1, 9), R.randint(0, 9))))
    k.a("Your balance is $%d,%03d.%02d and the APR is %d.%d%%. Next payment %02d/%02d/2027." % (R.randint(1, 20), R.randint(0, 999), R.randint(0, 99), R.randint(10, 29), R.randint(0, 9), R.randint(1, 12), R.randint(1, 28)))
    return k


def n_ticket_chat():
    k = Case("negative", "%s/telecom: ticket reference, speeds and model number" % chan())
    k.c(ch("broadband only getting %d mbps, paying for %d. ticket ref %d" % (R.randint(2, 40), R.choice([100, 500, 900]), R.randint(100000, 99999999))))
    k.a("Thanks. Is the router a model %s-%d? Try restarting it for %d seconds." % (R.choice(["HG", "TG", "VR"]), R.randint(100, 9999), R.choice([30, 60])))
    return k


def n_flight_chat():
    k = Case("negative", "%s/travel: flight number, booking time, room number" % chan())
    k.c(ch("flight %s%d on the %dth departs %02d:%02d, room %d for %d nights" % (R.choice(["BA", "EI", "FR", "UA", "LH"]), R.randint(100, 9999), R.randint(4, 28), R.randint(5, 22), R.choice([0, 15, 30, 45]), R.randint(100, 999), R.randint(1, 14))))
    k.a("Booking reference %d confirmed for %d adults, total €%d." % (R.randint(10000, 99999999), R.randint(1, 4), R.randint(90, 3000)))
    return k


def n_meter_chat():
    k = Case("negative", "%s/utilities: meter reading, units and tariff" % chan())
    k.c(ch("meter reading is %05d, used about %d kwh last month" % (R.randint(1000, 99999), R.randint(100, 900))))
    k.a("Thanks. Unit rate is %d.%dp and standing charge %d.%dp per day, invoice %d." % (R.randint(20, 35), R.randint(0, 9), R.randint(40, 60), R.randint(0, 9), R.randint(100000, 9999999)))
    return k


def n_appt_chat():
    k = Case("negative", "%s/healthcare billing: appointment date, age, claim number" % chan())
    k.c(ch("my son is %d, appointment was %d %s %d at %d:%02d, claim no %d" % (R.randint(2, 17), R.randint(1, 28), MONTHS[R.randint(0, 11)].capitalize(), R.choice([2025, 2026]), R.randint(8, 17), R.choice([0, 30]), R.randint(1000000, 999999999))))
    k.a("Thanks, copay of $%d was applied. Temperature notes say %d.%d°F." % (R.randint(10, 80), R.randint(98, 102), R.randint(0, 9)))
    return k


def n_money_call():
    k = Case("negative", "call/%s: spoken amounts, years and durations" % R.choice(["banking", "insurance", "utilities"]))
    k.a("so that's %s pounds %s a month for %s months" % (sp_num(R.randint(20, 99)), sp_num(R.randint(10, 99)), sp_num(R.choice([12, 24, 36]))))
    k.c("right and that started in %s yeah" % sp_year(R.randint(2015, 2025)))
    k.a("yes since %s the %s" % (MONTHS[R.randint(0, 11)], ORD[R.randint(0, 27)]))
    return k


def n_ref_call():
    k = Case("negative", "call/%s: reference number spoken with reference word" % R.choice(["telecom", "retail", "insurance"]))
    ref = digits(R.randint(6, 8))
    k.a("have you got a reference number")
    k.c("yeah the reference is %s" % sp_digits(ref))
    k.a("thank you i'll hold for %s minutes" % sp_num(R.randint(2, 15)))
    return k


def n_time_call():
    k = Case("negative", "call/travel: times, flight number and gate")
    k.c("my flight's %s %s at %s %s" % (R.choice(["e i", "b a", "r y"]), sp_digits(digits(3)), sp_num(R.randint(1, 12)), sp_num(R.randint(10, 59))))
    k.a("gate %s boarding closes %s minutes before" % (sp_num(R.randint(1, 40)), sp_num(R.choice([20, 30, 40]))))
    return k


def n_count_call():
    k = Case("negative", "call/retail: quantities, sizes and model numbers")
    k.c("i ordered %s of the size %s and the model %s" % (sp_num(R.randint(2, 12)), sp_num(R.randint(6, 14)), sp_digits(digits(4))))
    k.a("okay and that came to %s ninety nine" % sp_num(R.randint(20, 99)))
    return k


def n_misc_chat():
    k = Case("negative", "%s/retail: sizes, quantities, ages, temperatures and a voucher code" % chan())
    k.c(ch("ordered %dx jackets size %d for my %d yr old, its %d degrees here lol, voucher SAVE%d didnt work" % (
        R.randint(2, 5), R.choice([8, 10, 12, 14]), R.randint(4, 15), R.randint(-5, 35), R.choice([10, 15, 20]))) + R.choice(EMO))
    k.a("Sorry! I've applied %d%% off, new total is £%d.%02d, arriving in %d-%d working days." % (
        R.choice([10, 15, 20]), R.randint(30, 200), R.randint(0, 99), R.randint(2, 3), R.randint(4, 5)))
    return k


def n_balance_call():
    k = Case("negative", "call/banking: spoken balance, payment date and contract year")
    k.a("your balance is %s thousand %s hundred and %s pounds" % (sp_num(R.randint(1, 20)), sp_num(R.randint(1, 9)), sp_num(R.randint(10, 99))))
    k.c("okay and when's the next payment due")
    k.a("that'll be the %s of %s and your fixed rate ends in %s" % (ORD[R.randint(0, 27)], MONTHS[R.randint(0, 11)], sp_year(R.randint(2027, 2030))))
    return k


NEG = [n_misc_chat, n_balance_call, n_money_chat, n_balance_chat, n_ticket_chat, n_flight_chat, n_meter_chat, n_appt_chat,
       n_money_call, n_ref_call, n_time_call, n_count_call]


def build():
    R.seed(SEED)
    cases = []
    npos = 0
    # about two thirds typed, one third calls
    while npos < 186:
        f = POS_CHAT[npos % len(POS_CHAT)] if npos % 3 != 2 else POS_CALL[(npos // 3) % len(POS_CALL)]
        k = f()
        npos += 1
        cases.append(("pos", npos, k))
    # top-ups for required minimums
    extra = [p_card_chat, p_card_call, p_ni_chat, p_ni_call, p_ssn_chat, p_ssn_call, p_card_split_chat, p_ni_split_chat, p_ssn_last_chat] * 2 + \
        [p_cvv_chat, p_email_call, p_dob_call, p_phone_chat] * 3 + [p_email_chat, p_dob_chat]
    for f in extra:
        npos += 1
        cases.append(("pos", npos, f()))
    for i in range(110):
        f = NEG[i % len(NEG)]
        cases.append(("neg", i + 1, f()))
    out = []
    for kind, n, k in cases:
        out.append({"id": "h243-%s-%03d" % (kind, n), "kind": k.kind, "turns": k.turns,
                    "spans": k.spans, "note": k.note})
    return out


# ---------------------------------------------------------------- validation
WORDNUM = {w: i for i, w in enumerate(DW)}
WORDNUM.update({"oh": 0, "o": 0, "nought": 0})


def normalise(text):
    """Spoken/typed value -> uppercase alnum string."""
    if re.search(r"\d", text):
        return re.sub(r"[^A-Za-z0-9]", "", text).upper()
    toks = re.findall(r"[A-Za-z]+|\d+|@", text.lower())
    out, i = [], 0
    while i < len(toks):
        t = toks[i]
        if len(t) == 1 and t.isalpha() and i + 2 < len(toks) and toks[i + 1] == "for":
            out.append(t.upper())
            i += 2
        elif t.isdigit():
            out.append(t)
        elif t in ("double", "triple") and i + 1 < len(toks) and toks[i + 1] in WORDNUM:
            out.append(str(WORDNUM[toks[i + 1]]) * (2 if t == "double" else 3))
            i += 1
        elif t in WORDNUM:
            out.append(str(WORDNUM[t]))
        elif t in TEENS:
            out.append(str(10 + TEENS.index(t)))
        elif t in TENS and t:
            v = TENS.index(t) * 10
            if i + 1 < len(toks) and toks[i + 1] in DW[1:]:
                v += DW.index(toks[i + 1])
                i += 1
            out.append(str(v))
        elif len(t) == 1:
            out.append(t.upper())
            if i + 2 < len(toks) and toks[i + 1] == "for":
                i += 2
        elif t in ("um", "uh", "er", "hang", "on", "sorry", "plus"):
            pass
        else:
            out.append("?")
        i += 1
    return "".join(out)


def valid(typ, raw):
    n = normalise(raw)
    low = raw.lower()
    if typ == "CARD_NUMBER":
        return n.isdigit() and 13 <= len(n) <= 19 and luhn_ok(n)
    if typ == "CVV":
        return n.isdigit() and len(n) in (3, 4)
    if typ == "SSN":
        return n.isdigit() and len(n) == 9
    if typ == "NI_NUMBER":
        return bool(re.fullmatch(r"[A-Z]{2}\d{6}[A-D]", n))
    if typ == "SORT_CODE":
        return n.isdigit() and len(n) == 6
    if typ == "BANK_ACCOUNT":
        return n.isdigit() and 6 <= len(n) <= 12
    if typ == "IBAN":
        return iban_ok(n)
    if typ == "PHONE":
        return n.isdigit() and 10 <= len(n) <= 13
    if typ == "EMAIL":
        return ("@" in raw and "." in raw.split("@")[-1]) or bool(re.search(r"\bat\b.*\bdot\b", low))
    if typ == "POSTCODE":
        return bool(re.fullmatch(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}", n)) or (n.isdigit() and len(n) in (5, 9))
    if typ == "EXPIRY":
        return any(m in low or m[:3] in low for m in MONTHS) or (n.replace("?", "").isdigit() and 3 <= len(n.replace("?", "")) <= 6)
    if typ == "DOB":
        return any(m in low or m[:3] in low for m in MONTHS) or len(re.sub(r"\D", "", n)) >= 4
    if typ == "ADDRESS":
        return bool(re.search(r"\d|one|two|three|four|five|six|seven|eight|nine|ten|teen|twenty|ty", low)) and \
            any(s.split()[-1].lower() in low for s in STREETS)
    return False


def check(cases):
    problems = []
    ids = Counter(c["id"] for c in cases)
    problems += ["duplicate id %s" % i for i, n in ids.items() if n > 1]
    for c in cases:
        cid = c["id"]
        if c["kind"] == "negative" and c["spans"]:
            problems.append("%s: negative with spans" % cid)
        if c["kind"] == "positive" and not c["spans"]:
            problems.append("%s: positive without spans" % cid)
        byturn = {}
        for s in c["spans"]:
            if s["type"] not in TYPES:
                problems.append("%s: bad type %s" % (cid, s["type"]))
            if not 0 <= s["turn"] < len(c["turns"]):
                problems.append("%s: bad turn" % cid)
                continue
            t = c["turns"][s["turn"]]["text"]
            if not (0 <= s["start"] < s["end"] <= len(t)):
                problems.append("%s: offsets out of range" % cid)
                continue
            v = t[s["start"]:s["end"]]
            if not (v[0].isalnum() and v[-1].isalnum()):
                problems.append("%s: span not trimmed %r" % (cid, v))
            if s["start"] > 0 and t[s["start"] - 1].isalnum() or s["end"] < len(t) and t[s["end"]].isalnum():
                problems.append("%s: span not on word boundary %r" % (cid, v))
            byturn.setdefault(s["turn"], []).append((s["start"], s["end"]))
        for lst in byturn.values():
            lst.sort()
            for (a, b), (x, y) in zip(lst, lst[1:]):
                if x < b:
                    problems.append("%s: overlapping spans" % cid)
        # value validation: accumulate consecutive same-type pieces until valid
        acc, seen = {}, []
        for s in c["spans"]:
            v = c["turns"][s["turn"]]["text"][s["start"]:s["end"]]
            typ = s["type"]
            nv = normalise(v)
            if not acc.get(typ) and len(nv) >= 3 and any(nv in x for x in seen):
                continue  # partial read-back of a value already given
            cur = (acc.get(typ, "") + " " + v).strip()
            if valid(typ, cur):
                acc[typ] = ""
                seen.append(normalise(cur))
            else:
                acc[typ] = cur
        for typ, left in acc.items():
            if left:
                problems.append("%s: %s value does not validate: %r" % (cid, typ, left))
    return problems


def render(cases):
    return "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in cases)


def counts(cases):
    cnt = Counter(s["type"] for c in cases for s in c["spans"])
    pos = sum(c["kind"] == "positive" for c in cases)
    return cnt, pos, len(cases) - pos


def readme(cases):
    cnt, pos, neg = counts(cases)
    rows = "\n".join("| %s | %d |" % (t, cnt[t]) for t in TYPES)
    return """# PII hold-out set h243

**Never use this set for tuning.** It is a held-out evaluation set only.

## Who wrote it and how
Written by an AI helper acting as an independent author who did **not** see the
redaction code, its tests, its docs or any other evaluation fixture; only a 3-line
example of the JSONL format was shown. Cases are produced by
`scripts/make_pii_holdout243.py` from template functions: every turn is assembled
from plain-text segments and (value, TYPE) segments, so offsets are computed, never
typed by hand. All values come from one `random.Random(243241126)`; output is
byte-for-byte reproducible. `--check` regenerates and compares, checks ids, offsets,
word boundaries, overlaps, and validates each value after normalising spoken forms
(Luhn, mod-97, NI shape, digit counts, postcode shapes).

About two thirds of the positives are typed channels (web chat, SMS, e-mail bodies,
social DMs, WhatsApp/app chat) with typos around values, odd separators, mixed case,
emojis, values split over several messages; the rest are phone calls written as ASR
transcripts (digit words, oh/o/nought, double/triple, pairs like "forty one",
NATO spelling "b for bravo", emails as "x dot y at gmail dot com").

## Annotation conventions
- A span covers exactly the value: from its first to its last letter/digit,
  including internal separators, spaces, spoken filler words ("um") and
  "double"/"triple"/"for bravo" inside a reading. Lead-ins ("it's", "card is",
  "sort code") and trailing words are outside.
- A value split over several turns/messages is labelled piecewise, one span per
  piece, each with the value's type. An agent reading part of a value back is labelled.
- When a customer replaces one card with another, both (valid) card numbers are labelled.
- Phone numbers: a leading "+" or "(" is outside the span (spans start and end on a
  letter/digit); the country code digits, "(0)" and separators are inside.
- E-mails include the whole address, also when obfuscated ("x [at] y [dot] com") or
  spoken ("x dot y at gmail dot com").
- Addresses: house number + street name only (town outside); postcode/ZIP separate.
- Spoken dates are labelled as said, including a leading "the" and "of"
  ("the eighteenth of july nineteen seventy").
- Dates: EXPIRY only for card expiry, DOB only for birth dates; other dates are not PII.
- Negatives contain money, times, dates, reference/order/ticket/claim numbers (with
  their reference word), flight/room/model numbers, meter readings, speeds, ages,
  percentages, temperatures and balances; nothing in them should be redacted.

## Counts
Positive cases: %d. Negative cases: %d.

| type | spans |
|---|---|
%s
""" % (pos, neg, rows)


def main():
    cases = build()
    text = render(cases)
    if "--check" in sys.argv:
        problems = check(cases)
        if not CASES.exists() or CASES.read_text(encoding="utf-8") != text:
            problems.append("cases.jsonl differs from regenerated output")
        else:
            ondisk = [json.loads(l) for l in CASES.read_text(encoding="utf-8").splitlines()]
            problems += check(ondisk)
        if not README.exists() or README.read_text(encoding="utf-8") != readme(cases):
            problems.append("README.md differs from regenerated output")
        cnt, pos, neg = counts(cases)
        if pos < 170 or neg < 100:
            problems.append("too few cases")
        for t in TYPES:
            need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
            if cnt[t] < need:
                problems.append("type %s has only %d spans" % (t, cnt[t]))
        print("positives=%d negatives=%d" % (pos, neg))
        for t in TYPES:
            print("  %-13s %d" % (t, cnt[t]))
        for p in problems[:60]:
            print("PROBLEM:", p)
        print("problems: %d" % len(problems))
        sys.exit(1 if problems else 0)
    OUTDIR.mkdir(parents=True, exist_ok=True)
    CASES.write_text(text, encoding="utf-8")
    README.write_text(readme(cases), encoding="utf-8")
    cnt, pos, neg = counts(cases)
    print("wrote %d cases (%d positive, %d negative)" % (len(cases), pos, neg))


if __name__ == "__main__":
    main()

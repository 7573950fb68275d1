#!/usr/bin/env python3
"""Generate held-out PII redaction eval set h266 (stdlib only, seeded).

Usage: python scripts/make_pii_holdout266.py [--check]
"""
import json, os, re, sys, random

SEED = 266241124
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUTDIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout266")
CASES = os.path.join(OUTDIR, "cases.jsonl")
README = os.path.join(OUTDIR, "README.md")
TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE",
         "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]
R = random.Random(SEED)

D = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
HOMO = {"4": "for", "2": "to", "8": "ate", "1": "won"}
NATO = {c: w for c, w in zip("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "alpha bravo charlie delta echo foxtrot golf hotel india juliet kilo lima mike november oscar papa quebec romeo sierra tango uniform victor whiskey xray yankee zulu".split())}
MONTHS = "january february march april may june july august september october november december".split()
ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty first", "twenty second", "twenty third", "twenty fourth", "twenty fifth", "twenty sixth", "twenty seventh", "twenty eighth"]


def pick(xs):
    return xs[R.randrange(len(xs))]


def zero_word():
    return pick(["oh", "oh", "zero", "o", "nought"])


def say_digits(s, homo=False, doubles=True):
    out, i = [], 0
    while i < len(s):
        c = s[i]
        if doubles and i + 2 < len(s) and s[i + 1] == c and s[i + 2] == c and R.random() < 0.6:
            out.append("triple " + (zero_word() if c == "0" else D[int(c)])); i += 3; continue
        if doubles and i + 1 < len(s) and s[i + 1] == c and R.random() < 0.6:
            out.append("double " + (zero_word() if c == "0" else D[int(c)])); i += 2; continue
        if c == "0":
            out.append(zero_word())
        elif homo and c in HOMO and R.random() < 0.25:
            out.append(HOMO[c])
        else:
            out.append(D[int(c)])
        i += 1
    return " ".join(out)


def say_pair(p):
    a, b = int(p[0]), int(p[1])
    if a == 0:
        return zero_word() + " " + D[b] if b else "double " + zero_word()
    if a == 1:
        return TEENS[b]
    return TENS[a] + ("" if b == 0 else " " + D[b])


def say_pairs(s):
    parts = []
    i = 0
    if len(s) % 2:
        parts.append(D[int(s[0])] if s[0] != "0" else zero_word()); i = 1
    while i < len(s):
        parts.append(say_pair(s[i:i + 2])); i += 2
    return " ".join(parts)


def say_mixed(s):
    """spoken grouping: random per 4-group choose digits or pairs"""
    return say_digits(s, homo=True) if R.random() < 0.6 else say_pairs(s)


def say_letter(c, nato=None):
    c = c.upper()
    if nato is None:
        nato = R.random() < 0.5
    if c == "O":
        nato = True
    if nato:
        return "%s for %s" % (c.lower(), NATO[c]) if R.random() < 0.7 else NATO[c]
    return c.lower()


# ---------------- value generators ----------------
def luhn_ok(n):
    s = 0
    for i, ch in enumerate(reversed(n)):
        d = int(ch)
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return s % 10 == 0


def gen_card():
    kind = R.random()
    if kind < 0.4:
        pre, ln = "4" + str(R.randint(10, 99)), 16
    elif kind < 0.7:
        pre, ln = str(R.randint(51, 55)), 16
    elif kind < 0.85:
        pre, ln = pick(["34", "37"]), 15
    else:
        pre, ln = pick(["6011", "35" + str(R.randint(28, 89))]), 16
    body = pre + "".join(str(R.randint(0, 9)) for _ in range(ln - len(pre) - 1))
    for d in range(10):
        if luhn_ok(body + str(d)):
            return body + str(d)


def group_card(n):
    if len(n) == 15:
        return [n[:4], n[4:10], n[10:]]
    return [n[i:i + 4] for i in range(0, len(n), 4)]


def gen_ssn():
    a = R.randint(1, 899)
    while a == 666:
        a = R.randint(1, 899)
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


def gen_ni():
    ok1 = "ABCEGHJKLMNOPRSTWXYZ"
    ok2 = "ABCEGHJKLMNPRSTWXYZ"
    while True:
        p = R.choice(ok1) + R.choice(ok2)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p + "".join(str(R.randint(0, 9)) for _ in range(6)) + R.choice("ABCD")


def iban_check(country, bban):
    s = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in s)
    return "%02d" % (98 - int(num) % 97)


def gen_iban():
    c = pick(["GB", "IE", "DE", "FR", "NL", "ES"])
    if c in ("GB", "IE"):
        bank = "".join(R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(4))
        bban = bank + "".join(str(R.randint(0, 9)) for _ in range(14))
    elif c == "DE":
        bban = "".join(str(R.randint(0, 9)) for _ in range(18))
    elif c == "NL":
        bban = "".join(R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(4)) + "".join(str(R.randint(0, 9)) for _ in range(10))
    elif c == "FR":
        bban = "".join(str(R.randint(0, 9)) for _ in range(23))
    else:
        bban = "".join(str(R.randint(0, 9)) for _ in range(20))
    return c + iban_check(c, bban) + bban


def iban_valid(s):
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def digits(n):
    return "".join(str(R.randint(0, 9)) for _ in range(n))


FIRST = ["john", "sarah", "aoife", "liam", "priya", "marek", "chloe", "david", "niamh", "tom", "fatima", "kevin", "elena", "grace", "raj", "siobhan"]
LAST = ["doyle", "smith", "murphy", "patel", "kowalski", "brennan", "jones", "okafor", "walsh", "garcia", "nguyen", "byrne", "taylor", "oconnor"]
DOMAINS = ["gmail.com", "yahoo.co.uk", "hotmail.com", "outlook.ie", "icloud.com", "btinternet.com", "aol.com", "eircom.net"]
STREETS = ["baker street", "station road", "church lane", "maple avenue", "high street", "oak drive", "elm grove", "main street", "park road", "willow close", "kingsway", "sycamore court", "ocean boulevard", "pine street"]
UK_PC = ["SW1A 2AA", "M1 1AE", "B33 8TH", "CR2 6XH", "DN55 1PT", "EH1 1YZ", "LS6 2QR", "BS8 4RT", "G12 8QQ", "NE1 7RU", "CF10 3NP", "L18 9SD", "OX4 1DA", "W1D 4FA", "N7 6PA", "BT9 5AB", "RG1 8EQ", "PO19 7LB"]


def gen_uk_pc():
    a = R.choice("BLMNS") + R.choice(["", "E", "W", "T", "K"]).strip()
    pc = a + str(R.randint(1, 20)) + " " + str(R.randint(0, 9)) + R.choice("ABDEFGHJLNPQRSTUWXYZ") + R.choice("ABDEFGHJLNPQRSTUWXYZ")
    return pc if R.random() < 0.6 else pick(UK_PC)


def say_postcode(pc):
    out = []
    for ch in pc.replace(" ", " | "):
        if ch == " ":
            continue
        if ch == "|":
            continue
        if ch.isdigit():
            out.append(D[int(ch)] if ch != "0" else zero_word())
        else:
            out.append(say_letter(ch, nato=R.random() < 0.35))
    return " ".join(out)


def say_email(user, dom):
    u = user.replace(".", " dot ").replace("_", " underscore ")
    u = re.sub(r"(\d+)", lambda m: " " + say_digits(m.group(1)) + " ", u)
    u = re.sub(r"\s+", " ", u).strip()
    d = dom.replace(".", " dot ")
    return u + " at " + d


def gen_email():
    f, l = pick(FIRST), pick(LAST)
    style = R.randrange(4)
    if style == 0:
        u = f + "." + l
    elif style == 1:
        u = f[0] + l + str(R.randint(1, 99))
    elif style == 2:
        u = f + "_" + l
    else:
        u = l + f[0]
    return u, pick(DOMAINS)


def say_year(y):
    return say_pair(str(y)[:2]) + " " + (say_pair(str(y)[2:]) if str(y)[2] != "0" else zero_word() + " " + D[int(str(y)[3])])


# ---------------- case building ----------------
def build(turns):
    """turns: list of (speaker, [segments]); segment = str | (text, TYPE, group)"""
    out_turns, spans, meta = [], [], []
    for ti, (spk, segs) in enumerate(turns):
        text = ""
        for s in segs:
            if isinstance(s, str):
                text += s
            else:
                val, typ = s[0], s[1]
                grp = s[2] if len(s) > 2 else None
                st = len(text)
                text += val
                spans.append({"turn": ti, "start": st, "end": len(text), "type": typ})
                meta.append(grp)
        out_turns.append({"speaker": spk, "text": text})
    return out_turns, spans, meta


CASES_OUT = []
META = []


def add(kind, turns, note, checks=None):
    t, s, m = build(turns)
    CASES_OUT.append({"kind": kind, "turns": t, "spans": s, "note": note})
    META.append({"groups": m, "checks": checks or {}})


A, C = "agent", "customer"
BACK = ["mhm", "okay", "yep", "okay go on", "uh huh", "right", "got it", "yes", "sorry go on", "go ahead"]
FILL = ["um ", "uh ", "er ", "", "", ""]


def fill():
    return pick(FILL)


# ---- CARD ----
def card_call_one():
    n = gen_card(); g = group_card(n)
    spoken = " ".join(say_mixed(x) if R.random() < 0.4 else say_digits(x, homo=True) for x in g)
    ind = pick(["telecom", "utilities", "retail", "insurance", "travel"])
    return [(A, ["can i take the long number across the front of the card please"]),
            (C, [fill() + "yeah it's ", (spoken, "CARD_NUMBER", "c1"), pick(["", " and it's a visa", " that's the debit one", " sorry i'm driving"])])], "call/%s: card read in one turn, mixed digit words/pairs/homophones" % ind, {"c1": ("CARD", n)}


def card_call_split():
    n = gen_card(); g = group_card(n)
    turns = [(A, ["okay when you're ready go ahead with the card number"])]
    for i, x in enumerate(g):
        sp = say_digits(x, homo=True) if R.random() < 0.7 else say_pairs(x)
        if i == 0:
            turns.append((C, [pick(["right so ", "okay ", "it's ", ""]), (sp, "CARD_NUMBER", "c1")]))
        else:
            turns.append((C, [fill(), (sp, "CARD_NUMBER", "c1")]))
        if i < len(g) - 1:
            turns.append((A, [pick(BACK)]))
    turns.append((A, ["thank you and the expiry"]))
    m, y = R.randint(1, 12), R.randint(26, 31)
    turns.append((C, [pick(["it's ", "expires ", ""]), (say_digits("%02d" % m) + " " + say_pairs("%02d" % y), "EXPIRY", "e1")]))
    return turns, "call/%s: card split over several turns with back-channels, then expiry" % pick(["banking", "insurance", "government services", "healthcare billing"]), {"c1": ("CARD", n), "e1": ("EXPIRY", "%02d%02d" % (m, y))}


def card_call_selfcorrect():
    n = gen_card(); g = group_card(n)
    wrong = list(g[1]); wrong[-1] = str((int(wrong[-1]) + 3) % 10); wrong = "".join(wrong)
    return [(A, ["and the card number please"]),
            (C, [(say_digits(g[0]), "CARD_NUMBER", "c1"), " ", (say_digits(wrong), "CARD_NUMBER", "frag"), " no sorry ", (say_digits(g[1]), "CARD_NUMBER", "c1"), " then ", (" ".join(say_digits(x, homo=True) for x in g[2:]), "CARD_NUMBER", "c1")]),
            (A, ["so that's " + pick(["ending ", "the one ending "]), (say_digits(n[-4:]), "CARD_NUMBER", "frag"), " yeah"]),
            (C, ["yep that's it"])], "call/retail: self-correction mid card reading, agent reads back last four", {"c1": ("CARD", n)}


def card_call_interrupt():
    n = gen_card(); g = group_card(n)
    cvv = digits(4 if len(n) == 15 else 3)
    return [(A, ["go ahead with the card"]),
            (C, [(say_digits(g[0]) + " " + say_digits(g[1][:2]), "CARD_NUMBER", "c1")]),
            (A, ["sorry you cut out there could you start again"]),
            (C, ["oh sorry ", (" ".join(say_digits(x, homo=True) for x in g), "CARD_NUMBER", "c1b")]),
            (A, ["perfect and the three digits on the back" if len(cvv) == 3 else "and the four digit code on the front"]),
            (C, [pick(["uh ", "it's ", ""]), (say_digits(cvv, homo=True), "CVV", "v1")])], "call/telecom: agent interrupts mid reading, caller restarts, then security code", {"c1": ("PREFIX", n), "c1b": ("CARD", n), "v1": ("CVV", cvv)}


def card_chat():
    n = gen_card(); g = group_card(n)
    sep = pick([" ", "-", "", " ", "."])
    cv = sep.join(g)
    m, y = R.randint(1, 12), R.randint(26, 31)
    exp = pick(["%02d/%02d" % (m, y), "%02d/20%02d" % (m, y), "%02d-%02d" % (m, y)])
    cvv = digits(4 if len(n) == 15 else 3)
    v = R.randrange(3)
    if v == 0:
        segs = ["card no ", (cv, "CARD_NUMBER", "c1"), " exp ", (exp, "EXPIRY", "e1"), " cvv ", (cvv, "CVV", "v1")]
    elif v == 1:
        segs = ["Hi, can you charge the £%d.%02d to my card please: " % (R.randint(5, 300), R.randint(0, 99)), (cv, "CARD_NUMBER", "c1"), ", expiry ", (exp, "EXPIRY", "e1"), " and security code is ", (cvv, "CVV", "v1")]
    else:
        segs = ["ok its ", (cv, "CARD_NUMBER", "c1"), "\nexpires ", (exp, "EXPIRY", "e1"), "\nsecurity no. ", (cvv, "CVV", "v1"), " thx"]
    return [(A, ["Please provide the card details to complete the payment."]), (C, segs)], "chat/%s: card, expiry and CVV typed with '%s' separators" % (pick(["retail", "travel", "utilities"]), sep or "no"), {"c1": ("CARD", n), "e1": ("EXPIRY", exp), "v1": ("CVV", cvv)}


def card_cvv_expiry_call():
    n = gen_card(); g = group_card(n)
    m, y = R.randint(1, 12), R.randint(26, 31)
    cvv = digits(3) if len(n) == 16 else digits(4)
    exp_sp = pick([MONTHS[m - 1] + " twenty " + say_pairs("%02d" % y), say_digits("%02d" % m) + " " + say_pairs("%02d" % y), say_pairs("%02d" % m) + " slash " + say_pairs("%02d" % y)])
    return [(A, ["right i just need the card details to make that payment of %s pounds" % pick(["forty two fifty", "one hundred and twelve", "sixty", "nineteen ninety nine"])]),
            (C, ["okay so it's ", (" ".join(say_digits(x, homo=True) for x in g), "CARD_NUMBER", "c1"), " and it runs out ", (exp_sp, "EXPIRY", "e1")]),
            (A, ["lovely and the security code"]),
            (C, ["that's ", (say_digits(cvv), "CVV", "v1"), " i think yeah ", (say_digits(cvv), "CVV", "v1b")])], "call/utilities: card and expiry in one turn, payment amount nearby, CVV repeated", {"c1": ("CARD", n), "e1": ("EXPIRYS", exp_sp), "v1": ("CVV", cvv), "v1b": ("CVV", cvv)}


# ---- SSN ----
def ssn_call():
    s = gen_ssn()
    v = R.randrange(4)
    if v == 0:
        return [(A, ["can you verify the social on the account"]), (C, ["yeah it's ", (say_digits(s[:3]) + " " + say_digits(s[3:5]) + " " + say_digits(s[5:]), "SSN", "s1")])], "call/banking US: SSN in one turn digit words", {"s1": ("SSN", s)}
    if v == 1:
        return [(A, ["i'll need your social security number to pull up the policy"]),
                (C, [(say_digits(s[:3]), "SSN", "s1")]), (A, [pick(BACK)]), (C, [(say_pairs(s[3:5]), "SSN", "s1")]), (A, [pick(BACK)]),
                (C, [fill(), (say_pairs(s[5:]), "SSN", "s1")])], "call/insurance US: SSN over three turns, pairs for last groups", {"s1": ("SSN", s)}
    if v == 2:
        return [(A, ["and the last four of your social"]), (C, [(say_digits(s[5:]), "SSN", "frag")]), (A, ["actually for this one i need the full number sorry"]),
                (C, ["oh okay ", (say_digits(s[:3]) + " " + say_digits(s[3:5]) + " uh " + say_pairs(s[5:]), "SSN", "s1")])], "call/healthcare billing US: last four then full SSN with filler inside", {"s1": ("SSN", s)}
    return [(A, ["what's the social security number on the claim"]), (C, ["it's ", (say_digits(s[:3], homo=True) + " dash " + say_digits(s[3:5]) + " dash " + say_digits(s[5:], homo=True), "SSN", "s1"), " and my claim number is %s" % say_digits(digits(7))])], "call/government services US: SSN with spoken 'dash', claim number after (unlabelled)", {"s1": ("SSN", s)}


def ssn_chat():
    s = gen_ssn()
    fm = pick(["%s-%s-%s" % (s[:3], s[3:5], s[5:]), "%s %s %s" % (s[:3], s[3:5], s[5:]), s])
    return [(A, ["To verify your identity please send your SSN."]), (C, [pick(["sure ", "ssn: ", "its ", "My SSN is "]), (fm, "SSN", "s1"), pick(["", " thanks", ". order #%s" % digits(8)])])], "chat/banking US: SSN typed", {"s1": ("SSN", s)}


# ---- NI ----
def say_ni(ni):
    nato = R.random() < 0.5
    l = " ".join(say_letter(c, nato) for c in ni[:2])
    d = ni[2:8]
    dd = say_digits(d, homo=True) if R.random() < 0.6 else say_pairs(d)
    return l, dd, say_letter(ni[8], nato)


def ni_call():
    ni = gen_ni()
    l, dd, suf = say_ni(ni)
    v = R.randrange(3)
    if v == 0:
        return [(A, ["can i take your national insurance number"]), (C, [fill() + "yeah ", (l + " " + dd + " " + suf, "NI_NUMBER", "n1")])], "call/government services UK: NI number in one turn", {"n1": ("NI", ni)}
    if v == 1:
        return [(A, ["and your national insurance number please"]), (C, [(l, "NI_NUMBER", "n1")]), (A, [pick(BACK)]), (C, [(dd, "NI_NUMBER", "n1")]), (A, ["and the letter at the end"]), (C, [(suf, "NI_NUMBER", "n1")])], "call/banking UK: NI number split across turns, suffix letter asked separately", {"n1": ("NI", ni)}
    return [(A, ["what's your n i number"]), (C, ["it's ", ((l + " " + dd[: len(dd) // 2]).strip(), "NI_NUMBER", "frag"), " hang on let me get my payslip sorry ", (l + " " + dd + " " + suf, "NI_NUMBER", "n1")]), (A, ["so that's ", (" ".join(ni[:2].lower()) + " " + say_digits(ni[2:8]) + " " + ni[8].lower(), "NI_NUMBER", "n2")]), (C, ["that's right"])], "call/utilities UK: NI restart and agent read-back", {"n1": ("NI", ni), "n2": ("NI", ni)}


def ni_chat():
    ni = gen_ni()
    fm = pick(["%s %s %s %s %s" % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8]), ni, ni.lower(), "%s%s %s" % (ni[:2], ni[2:8], ni[8]), "%s-%s-%s-%s-%s" % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8])])
    return [(C, [pick(["my NI no is ", "NINO: ", "national insurance ", "ni number "]), (fm, "NI_NUMBER", "n1"), pick(["", " cheers", ", I started on %d %s" % (R.randint(1, 28), pick(MONTHS).title())])])], "chat/government services UK: NI typed", {"n1": ("NI", ni)}


# ---- BANK / SORT ----
def bank_call():
    acc, sc = digits(8), digits(6)
    v = R.randrange(3)
    if v == 0:
        return [(A, ["can i take the sort code and account number for the direct debit"]),
                (C, ["sort code is ", (say_pairs(sc[:2]) + " " + say_pairs(sc[2:4]) + " " + say_pairs(sc[4:]), "SORT_CODE", "sc")]),
                (A, [pick(BACK)]), (C, ["and the account's ", (say_digits(acc, homo=True), "BANK_ACCOUNT", "a1")])], "call/utilities UK: sort code in pairs, account digit by digit", {"sc": ("SORT", sc), "a1": ("ACCT", acc)}
    if v == 1:
        return [(A, ["account number please"]), (C, [(say_digits(acc[:4]), "BANK_ACCOUNT", "a1")]), (A, ["mhm"]), (C, [(say_digits(acc[4:]), "BANK_ACCOUNT", "a1"), " and sort code ", (say_digits(sc), "SORT_CODE", "sc")])], "call/banking UK: account split, then sort code same turn", {"sc": ("SORT", sc), "a1": ("ACCT", acc)}
    return [(A, ["what's the account number you want the refund to go to"]), (C, ["um it's ", (say_digits(acc[:3]) + " no wait " + say_digits(acc), "BANK_ACCOUNT", "a1"), " the sort code's ", (say_digits(sc[:2]) + " dash " + say_digits(sc[2:4]) + " dash " + say_digits(sc[4:]), "SORT_CODE", "sc")])], "call/retail UK: account with restart inside one span, sort code with spoken dashes; refund", {"sc": ("SORT", sc), "a1": ("ACCTR", acc)}


def bank_chat():
    acc, sc = digits(8), digits(6)
    scf = pick(["%s-%s-%s" % (sc[:2], sc[2:4], sc[4:]), "%s %s %s" % (sc[:2], sc[2:4], sc[4:]), sc])
    return [(A, ["Please confirm your bank details for the refund of £%d." % R.randint(10, 500)]), (C, [pick(["sort code ", "SC "]), (scf, "SORT_CODE", "sc"), pick([" acc ", ", account number ", " / a/c "]), (acc, "BANK_ACCOUNT", "a1")])], "chat/retail UK: sort code + account typed, refund amount unlabelled", {"sc": ("SORT", sc), "a1": ("ACCT", acc)}


def us_account_call():
    acc = digits(R.randint(10, 12))
    return [(A, ["and what's the checking account number"]), (C, ["it's ", (say_digits(acc, homo=True), "BANK_ACCOUNT", "a1"), " and the routing number i don't have on me"])], "call/banking US: long checking account number", {"a1": ("ACCTUS", acc)}


# ---- IBAN ----
def say_iban(ib):
    parts = []
    nato = R.random() < 0.5
    for ch in ib:
        parts.append(say_letter(ch, nato) if ch.isalpha() else (D[int(ch)] if ch != "0" else zero_word()))
    return " ".join(parts)


def iban_call():
    ib = gen_iban()
    cut = R.choice([8, 12])
    return [(A, ["can i get the iban for the transfer"]), (C, [(say_iban(ib[:cut]), "IBAN", "i1")]), (A, [pick(BACK)]), (C, [fill(), (say_iban(ib[cut:]), "IBAN", "i1")])], "call/banking EU: IBAN spoken letters and digits across two turns", {"i1": ("IBAN", ib)}


def iban_chat():
    ib = gen_iban()
    fm = pick([" ".join(ib[i:i + 4] for i in range(0, len(ib), 4)), ib, ib.lower()])
    return [(C, [pick(["IBAN: ", "please pay to ", "my iban is "]), (fm, "IBAN", "i1"), pick(["", " (%s)" % pick(["AIB", "Revolut", "ING"]), " ref INV-%s" % digits(6)])])], "chat/banking EU: IBAN typed", {"i1": ("IBAN", ib)}


# ---- PHONE ----
def gen_phone():
    k = R.randrange(4)
    if k == 0:
        return "07" + digits(9), "uk"
    if k == 1:
        return str(R.randint(201, 989)) + str(R.randint(201, 989)) + digits(4), "us"
    if k == 2:
        return "08" + str(R.randint(3, 9)) + digits(7), "ie"
    return "0" + str(R.choice([20, 161, 121, 131])) + digits(7 if R.random() < 0.5 else 8), "uk"


def phone_call():
    p, c = gen_phone()
    v = R.randrange(3)
    if v == 0:
        return [(A, ["what's the best number to reach you on"]), (C, [fill(), (say_digits(p, homo=True), "PHONE", "p1")])], "call/telecom %s: phone digit words with doubles" % c, {"p1": ("PHONE", p)}
    if v == 1:
        intl = {"uk": "plus four four ", "us": "plus one ", "ie": "plus three five three "}[c]
        rest = p[1:] if c != "us" else p
        return [(A, ["and a contact number"]), (C, [(intl + say_digits(rest[:3]), "PHONE", "p1")]), (A, ["yep"]), (C, [(say_digits(rest[3:]), "PHONE", "p1"), " that's my mobile"])], "call/travel %s: international phone split over turns" % c, {"p1": ("PHONE", {"uk": "44", "us": "1", "ie": "353"}[c] + rest)}
    return [(A, ["is the number still ", (say_digits(p), "PHONE", "p2")]), (C, ["no that's changed it's ", (say_digits(p[:5]) + " " + say_pairs(p[5:]), "PHONE", "p1")])], "call/insurance %s: agent reads old number, caller gives new one in pairs" % c, {"p1": ("PHONE", p), "p2": ("PHONE", p)}


def phone_chat():
    p, c = gen_phone()
    if c == "us":
        fm = pick(["(%s) %s-%s" % (p[:3], p[3:6], p[6:]), "%s.%s.%s" % (p[:3], p[3:6], p[6:]), "+1 %s %s %s" % (p[:3], p[3:6], p[6:])])
    elif c == "ie":
        fm = pick([p, "+353 %s %s" % (p[1:3], p[3:]), "%s %s %s" % (p[:3], p[3:6], p[6:])])
    else:
        fm = pick([p, "+44 %s %s" % (p[1:5], p[5:]), "%s %s" % (p[:5], p[5:]), "(0)%s" % p[1:]])
    return [(C, [pick(["pls call me back on ", "my number: ", "mob ", "you can text "]), (fm, "PHONE", "p1"), pick(["", " after 5pm", " any time before 6:30"])])], "chat/telecom %s: phone typed" % c, {"p1": ("PHONE", fm)}


# ---- EMAIL ----
def email_call():
    u, d = gen_email()
    sp = say_email(u, d)
    v = R.randrange(2)
    if v == 0:
        return [(A, ["and an email address for the confirmation"]), (C, [fill() + "it's ", (sp, "EMAIL", "m1")])], "call/travel: email spoken with 'dot' and 'at'", {"m1": ("EMAILS", sp)}
    letters = " ".join(say_letter(ch, True) for ch in u if ch.isalpha())
    return [(A, ["what's your email"]), (C, [(sp, "EMAIL", "m1")]), (A, ["can you spell the first part"]), (C, [(letters, "EMAIL", "frag")])], "call/retail: email then spelled with nato", {"m1": ("EMAILS", sp)}


def email_chat():
    u, d = gen_email()
    e = u + "@" + d
    if R.random() < 0.3:
        e = e.upper() if R.random() < 0.5 else e.title()
    return [(C, [pick(["email is ", "send it to ", "my email: ", "pls update to "]), (e, "EMAIL", "m1"), pick(["", " thanks", ". Order 4471"])])], "chat/retail: email typed", {"m1": ("EMAIL", e)}


# ---- DOB ----
def dob_call():
    y, m, d = R.randint(1940, 2004), R.randint(1, 12), R.randint(1, 28)
    v = R.randrange(3)
    if v == 0:
        sp = "the " + ORD[d] + " of " + MONTHS[m - 1] + " " + say_year(y)
    elif v == 1:
        sp = MONTHS[m - 1] + " " + ORD[d] + " " + say_year(y)
    else:
        sp = say_digits("%02d" % d) + " " + say_digits("%02d" % m) + " " + say_year(y)
    return [(A, ["can you confirm your date of birth"]), (C, [fill() + "yeah it's ", (sp, "DOB", "d1")])], "call/%s: DOB spoken" % pick(["healthcare billing", "banking", "insurance", "telecom"]), {"d1": ("DOBS", sp)}


def dob_chat():
    y, m, d = R.randint(1940, 2004), R.randint(1, 12), R.randint(1, 28)
    fm = pick(["%02d/%02d/%d" % (d, m, y), "%d-%02d-%02d" % (y, m, d), "%d %s %d" % (d, MONTHS[m - 1].title(), y), "%s %d, %d" % (MONTHS[m - 1][:3].title(), d, y), "%02d.%02d.%02d" % (d, m, y % 100)])
    return [(C, [pick(["dob ", "DOB: ", "born ", "date of birth is "]), (fm, "DOB", "d1"), pick(["", " and the appointment is on %d %s" % (R.randint(1, 28), pick(MONTHS).title())])])], "chat/healthcare billing: DOB typed, maybe with a non-birth date", {"d1": ("DOBS", fm)}


# ---- POSTCODE / ADDRESS ----
def addr_call():
    num = R.randint(1, 240)
    st = pick(STREETS)
    uk = R.random() < 0.6
    numsp = say_pairs(str(num)) if num > 9 and num < 100 else (D[num] if num < 10 else D[num // 100] + " " + say_pair("%02d" % (num % 100)) if num % 100 >= 10 else D[num // 100] + " " + zero_word() + " " + D[num % 10])
    addr = numsp + " " + st
    if uk:
        pc = gen_uk_pc()
        pcs = say_postcode(pc)
        chk = ("UKPC", pc)
    else:
        pc = digits(5); pcs = say_digits(pc); chk = ("ZIP", pc)
    v = R.randrange(2)
    if v == 0:
        return [(A, ["can i take the first line of the address and the postcode" if uk else "what's the street address and zip"]), (C, [fill(), (addr, "ADDRESS", "ad"), " " + pick(["", "flat two ", "apartment four "]) + "and it's ", (pcs, "POSTCODE", "pc")])], "call/%s: address and postcode spoken same turn" % ("utilities UK" if uk else "insurance US"), {"ad": ("ADDR", addr), "pc": chk}
    return [(A, ["what's the postcode" if uk else "what zip code"]), (C, [(pcs, "POSTCODE", "pc")]), (A, ["and the house number"]), (C, [(addr, "ADDRESS", "ad")])], "call/%s: postcode first then house number and street" % ("telecom UK" if uk else "retail US"), {"ad": ("ADDR", addr), "pc": chk}


def addr_chat():
    num = R.randint(1, 240)
    st = pick(STREETS).title()
    uk = R.random() < 0.6
    pc = gen_uk_pc() if uk else digits(5)
    if uk and R.random() < 0.3:
        pc = pc.replace(" ", "").lower()
    city = pick(["London", "Leeds", "Bristol", "Manchester"]) if uk else pick(["Austin, TX", "Denver, CO", "Columbus, OH"])
    addr = "%d %s" % (num, st)
    return [(C, [pick(["new address: ", "ship to ", "I've moved to "]), (addr, "ADDRESS", "ad"), ", %s " % city, (pc, "POSTCODE", "pc")])], "chat/retail: typed address with postcode/zip", {"ad": ("ADDR", addr), "pc": ("UKPC" if uk else "ZIP", pc)}


def combo_call():
    ni = gen_ni(); p, c = gen_phone()
    l, dd, suf = say_ni(ni)
    return [(A, ["okay to update your record i need your national insurance number and a phone number"]), (C, ["sure n i is ", (l + " " + dd + " " + suf, "NI_NUMBER", "n1"), " and phone is ", (say_digits(p), "PHONE", "p1"), " i've been with you %s years" % pick(["three", "twelve", "twenty"])])], "call/government services UK: NI and phone in one turn plus a count", {"n1": ("NI", ni), "p1": ("PHONE", p)}


def ssn_dob_call():
    s = gen_ssn(); y, m, d = R.randint(1945, 2000), R.randint(1, 12), R.randint(1, 28)
    dob = MONTHS[m - 1] + " " + ORD[d] + " " + say_year(y)
    return [(A, ["i'll need the date of birth and social"]), (C, ["born ", (dob, "DOB", "d1"), " and the social is ", (say_digits(s[:5]), "SSN", "s1")]), (A, ["okay"]), (C, [(say_digits(s[5:], homo=True), "SSN", "s1")])], "call/healthcare billing US: DOB and SSN, SSN continues next turn", {"d1": ("DOBS", dob), "s1": ("SSN", s)}


POS_CALL = [card_call_one, card_call_split, card_call_selfcorrect, card_call_interrupt, card_cvv_expiry_call, ssn_call, ssn_call, ni_call, ni_call, bank_call, us_account_call, iban_call, phone_call, email_call, dob_call, addr_call, combo_call, ssn_dob_call, iban_call, dob_call, ssn_dob_call, ssn_call]
POS_CHAT = [card_chat, ssn_chat, ni_chat, bank_chat, iban_chat, phone_chat, email_chat, dob_chat, addr_chat, iban_chat, dob_chat, ssn_chat]


# ---------------- negatives ----------------
def neg_cases():
    out = []
    def money():
        return pick(["forty two pounds fifty", "one hundred and nineteen dollars", "three thousand four hundred euro", "twelve ninety nine", "two hundred and sixty five pounds", "eighty seven dollars and forty cents"])
    T = [
        lambda: ("call/banking: balance and payment amount", [(A, ["your balance is currently " + money()]), (C, ["okay and when's the next payment due"]), (A, ["the %s of %s for %s" % (ORD[R.randint(1, 28)], pick(MONTHS), money())])]),
        lambda: ("call/telecom: order reference number read digit by digit", [(A, ["have you got the order number"]), (C, ["yeah order number " + say_digits(digits(R.randint(7, 10)))]), (A, ["thanks i've found it"])]),
        lambda: ("call/travel: flight number and times", [(C, ["i'm on flight " + pick(["e i", "b a", "f r", "u a"]) + " " + say_digits(digits(3)) + " leaving at " + pick(["six forty five", "half past nine", "eleven fifteen"])]), (A, ["that's been delayed by " + pick(["forty minutes", "two hours", "ninety minutes"])])]),
        lambda: ("call/utilities: meter reading", [(A, ["can you read me the meter"]), (C, ["it says " + say_digits(digits(5)) + " point " + D[R.randint(0, 9)]]), (A, ["lovely that's " + say_pairs(digits(4)) + " units this quarter"])]),
        lambda: ("call/insurance: claim reference", [(C, ["my claim reference is " + say_digits(digits(8))]), (A, ["and the incident was on the %s of %s" % (ORD[R.randint(1, 28)], pick(MONTHS))])]),
        lambda: ("call/retail: model number and price", [(C, ["it's the model " + pick(["k d", "x r", "s m"]) + " " + say_digits(digits(4)) + " it was " + money()])]),
        lambda: ("call/healthcare billing: invoice number and appointment date", [(A, ["the invoice number is " + say_digits(digits(9))]), (C, ["and my appointment is %s %s at %s" % (pick(MONTHS), ORD[R.randint(1, 28)], pick(["two thirty", "ten o'clock", "quarter to four"]))])]),
        lambda: ("call/telecom: speeds, data and contract year", [(C, ["i'm only getting " + pick(["twelve", "thirty five", "sixty"]) + " megs and i'm paying for " + pick(["five hundred", "nine hundred", "one hundred fifty"])]), (A, ["you signed in " + say_year(R.randint(2015, 2024)) + " on a " + pick(["twenty four", "eighteen", "thirty six"]) + " month contract"])]),
        lambda: ("call/travel: hotel room and nights", [(C, ["we're in room " + say_digits(digits(3)) + " for " + pick(["three", "seven", "ten"]) + " nights"]), (A, ["checkout is at " + pick(["eleven", "noon", "ten thirty"])])]),
        lambda: ("call/healthcare: age and temperature", [(C, ["my son is " + pick(["seven", "twelve", "fifteen"]) + " and his temperature was " + pick(["thirty eight point five", "a hundred and one", "thirty nine"])])]),
        lambda: ("call/banking: percentage and count", [(A, ["the rate is " + pick(["four point nine", "nineteen point nine", "two point five"]) + " percent over " + pick(["sixty", "forty eight", "twelve"]) + " payments"])]),
        lambda: ("call/government services: ticket number with filler", [(C, ["um the ticket number is uh " + say_digits(digits(6)) + " i think"]), (A, [pick(BACK)]), (C, ["i called on the %s" % ORD[R.randint(1, 28)]])]),
        lambda: ("chat/retail: order number and price typed", [(C, ["Order #%s arrived damaged, I paid £%d.%02d on %02d/%02d/20%d" % (digits(R.randint(6, 10)), R.randint(5, 900), R.randint(0, 99), R.randint(1, 28), R.randint(1, 12), R.randint(22, 26))])]),
        lambda: ("chat/travel: booking reference and flight", [(C, ["booking ref %s, flight %s%d on %d %s at %02d:%02d" % ("".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(6)), pick(["EI", "BA", "FR", "UA"]), R.randint(10, 9999), R.randint(1, 28), pick(MONTHS)[:3].title(), R.randint(0, 23), R.randint(0, 59))])]),
        lambda: ("chat/utilities: meter reading and bill amount", [(C, ["meter reading %s, bill was €%d.%02d, that's %d%% more" % (digits(6), R.randint(50, 600), R.randint(0, 99), R.randint(5, 80))])]),
        lambda: ("chat/telecom: ticket and invoice numbers", [(C, ["ticket %s / invoice INV%s - still no fix after %d days" % (digits(7), digits(8), R.randint(2, 40))])]),
        lambda: ("call/insurance: policy renewal date and premium", [(A, ["your policy renews on the %s of %s and the premium will be %s" % (ORD[R.randint(1, 28)], pick(MONTHS), money())])]),
        lambda: ("call/banking: card last digits NOT given, only amounts and dates", [(C, ["there's a charge for " + money() + " on the %s that i didn't make" % ORD[R.randint(1, 28)]])]),
        lambda: ("call/retail: quantities and sizes", [(C, ["i ordered " + pick(["two", "six", "twelve"]) + " of the size " + pick(["ten", "forty two", "eight"]) + " and got " + pick(["one", "three"])])]),
        lambda: ("call/telecom: long reference number spoken in pairs", [(A, ["your reference is " + say_pairs(digits(8))]), (C, ["okay thanks"])]),
    ]
    i = 0
    while len(out) < 110:
        out.append(T[i % len(T)]() if i < len(T) else T[R.randrange(len(T))]())
        i += 1
    return out


# ---------------- normalise/validate ----------------
WORDNUM = {w: str(i) for i, w in enumerate(D)}
WORDNUM.update({"oh": "0", "o": "0", "nought": "0", "for": "4", "to": "2", "too": "2", "ate": "8", "won": "1"})


def spoken_to_chars(text):
    toks = re.findall(r"[a-z0-9]+", text.lower())
    out, i = [], 0
    while i < len(toks):
        t = toks[i]
        if len(t) == 1 and t.isalpha() and i + 2 < len(toks) and toks[i + 1] == "for" and toks[i + 2] == NATO.get(t.upper(), "?"):
            out.append(t.upper()); i += 3; continue
        if t in ("double", "triple") and i + 1 < len(toks) and toks[i + 1] in WORDNUM:
            out.append(WORDNUM[toks[i + 1]] * (2 if t == "double" else 3)); i += 2; continue
        if t in TEENS:
            out.append(str(10 + TEENS.index(t))); i += 1; continue
        if t in TENS and t:
            if i + 1 < len(toks) and toks[i + 1] in D[1:]:
                out.append(str(TENS.index(t)) + str(D.index(toks[i + 1]))); i += 2; continue
            out.append(str(TENS.index(t)) + "0"); i += 1; continue
        if t in WORDNUM:
            out.append(WORDNUM[t]); i += 1; continue
        if t.isdigit():
            out.append(t); i += 1; continue
        if t.upper() in NATO and len(t) == 1:
            out.append(t.upper()); i += 1; continue
        if t in NATO.values():
            out.append([k for k, v in NATO.items() if v == t][0]); i += 1; continue
        i += 1
    return "".join(out)


def only_digits(s):
    return re.sub(r"\D", "", spoken_to_chars(s))


def validate(kind, expected, got_text):
    n = only_digits(got_text)
    typed = re.sub(r"[^A-Za-z0-9]", "", got_text).upper()
    if kind in ("NI", "IBAN", "UKPC") and " " not in got_text.strip().replace(" ", "", 0) or re.fullmatch(r"[A-Za-z0-9 .\-/]+", got_text) and any(ch.isdigit() for ch in got_text):
        if kind == "NI" and typed == expected and re.fullmatch(r"[A-Z]{2}\d{6}[A-D]", typed):
            return True
        if kind == "IBAN" and typed == expected and iban_valid(typed):
            return True
        if kind == "UKPC" and re.fullmatch(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}", typed):
            return True
    if kind == "CARD":
        return n == expected and luhn_ok(n) and 13 <= len(n) <= 19
    if kind == "PREFIX":
        return expected.startswith(n) and len(n) >= 4
    if kind == "SSN":
        return n == expected and len(n) == 9
    if kind == "NI":
        s = spoken_to_chars(got_text)
        return s == expected and re.fullmatch(r"[A-Z]{2}\d{6}[A-D]", s) is not None
    if kind == "SORT":
        return n == expected and len(n) == 6
    if kind in ("ACCT", "ACCTR"):
        return n.endswith(expected) and len(expected) == 8
    if kind == "ACCTUS":
        return n == expected and 10 <= len(n) <= 12
    if kind == "IBAN":
        s = spoken_to_chars(got_text)
        return s == expected and iban_valid(s)
    if kind == "PHONE":
        return 10 <= len(n) <= 13 and n == re.sub(r"\D", "", expected)
    if kind == "CVV":
        return n == expected and len(n) in (3, 4)
    if kind == "EXPIRY":
        return len(n) in (4, 6) and 1 <= int(n[:2]) <= 12
    if kind == "EXPIRYS":
        return any(m in got_text for m in MONTHS) or len(n) == 4
    if kind == "EMAIL":
        return re.fullmatch(r"[\w.]+@[\w.]+\.\w+", got_text) is not None
    if kind == "EMAILS":
        return " at " in got_text and " dot " in got_text
    if kind == "DOBS":
        return len(n) >= 4 or any(m in got_text.lower() for m in MONTHS)
    if kind == "UKPC":
        s = spoken_to_chars(got_text).upper()
        return re.fullmatch(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}", s) is not None
    if kind == "ZIP":
        return len(n) == 5
    if kind == "ADDR":
        return re.search(r"\d|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|eleven|twelve|teen", got_text.lower()) is not None and any(w in got_text.lower() for w in ("street", "road", "lane", "avenue", "drive", "grove", "close", "kingsway", "court", "boulevard"))
    return False


def generate():
    CASES_OUT.clear(); META.clear()
    R.seed(SEED)
    npos = 215
    for i in range(npos):
        fn = POS_CALL[i % len(POS_CALL)] if (i % 3) != 2 else POS_CHAT[(i // 3) % len(POS_CHAT)]
        turns, note, checks = fn()
        add("positive", turns, note, checks)
    for note, turns in neg_cases():
        add("negative", turns, note)
    pi = ni_ = 0
    for c in CASES_OUT:
        if c["kind"] == "positive":
            pi += 1; c["id"] = "h266-pos-%03d" % pi
        else:
            ni_ += 1; c["id"] = "h266-neg-%03d" % ni_
    ordered = [{"id": c["id"], "kind": c["kind"], "turns": c["turns"], "spans": c["spans"], "note": c["note"]} for c in CASES_OUT]
    return ordered, list(META)


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
    ncall = sum(c["note"].startswith("call/") for c in cases)
    lines = ["# PII hold-out set h266", "",
             "**Never use this set for tuning.** It is a held-out evaluation set only.", "",
             "Written by an AI helper acting as an independent author. The author did not see the redaction code, its tests, its docs or",
             "other evaluation sets; only a 3-line format example. Cases are generated from template functions by",
             "`scripts/make_pii_holdout266.py` (stdlib only, one `random.Random(%d)`); offsets are computed from" % SEED,
             "(value, TYPE) segments, never typed by hand. `--check` regenerates and verifies the file byte-for-byte and validates every span.", "",
             "## Annotation conventions", "",
             "- A span covers only the value itself: digits/digit words, spelled letters (including `b for bravo` NATO forms), spoken separators",
             "  (`dash`, `slash`, `dot`, `at`) and fillers/restarts *inside* a reading (e.g. `... uh ...`, `... no wait ...`). Lead-ins such as `it's`, `yeah`, `sort code is` are outside.",
             "- A value spread across several turns is one span per turn, all with the same type. Agent back-channels are unlabelled.",
             "- Agent read-backs of a value (full or last four digits) are labelled. Abandoned partial readings before a restart/self-correction are labelled with the same type.",
             "- ASR homophones (`for`=4, `to`=2, `ate`=8, `won`=1) and `oh`/`o`/`nought`/`zero`, `double`/`triple`, pairs (`forty one`) appear inside spans.",
             "- EXPIRY includes month names and `twenty xx` years; DOB includes `the fourteenth of march nineteen eighty two` style; ADDRESS is house number + street name (city not included); POSTCODE is UK postcode or US ZIP.",
             "- Non-PII numbers (amounts, order/claim/ticket/invoice numbers, times, counts, years, non-birth dates) are never labelled, in positives and negatives alike.", "",
             "## Counts", "",
             "- cases: %d (positives %d, negatives %d); phone-call cases %d, chat cases %d" % (len(cases), npos, nneg, ncall, len(cases) - ncall), "",
             "| type | spans |", "|---|---|"]
    lines += ["| %s | %d |" % (t, cnt[t]) for t in TYPES]
    lines += ["", "Regenerate: `python scripts/make_pii_holdout266.py`; verify: `python scripts/make_pii_holdout266.py --check`.", ""]
    return "\n".join(lines)


def serialise(cases):
    return "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in cases)


def check(cases, meta):
    probs = []
    data = serialise(cases)
    if not os.path.exists(CASES) or open(CASES, encoding="utf-8").read() != data:
        probs.append("cases.jsonl differs from regenerated output")
    if not os.path.exists(README) or open(README, encoding="utf-8").read() != readme(cases):
        probs.append("README.md differs from regenerated output")
    ids = [c["id"] for c in cases]
    if len(set(ids)) != len(ids):
        probs.append("duplicate ids")
    for c, m in zip(cases, meta):
        if c["kind"] == "negative" and c["spans"]:
            probs.append(c["id"] + ": negative with spans")
        if c["kind"] == "positive" and not c["spans"]:
            probs.append(c["id"] + ": positive without spans")
        last = {}
        groups = {}
        for s, g in zip(c["spans"], m["groups"]):
            if s["type"] not in TYPES:
                probs.append(c["id"] + ": bad type")
            t = c["turns"][s["turn"]]["text"]
            a, b = s["start"], s["end"]
            if not (0 <= a < b <= len(t)):
                probs.append(c["id"] + ": offsets out of range"); continue
            if (a > 0 and t[a - 1].isalnum() and t[a].isalnum()) or (b < len(t) and t[b].isalnum() and t[b - 1].isalnum()):
                probs.append(c["id"] + ": span not on word boundary")
            if t[a].isspace() or t[b - 1].isspace():
                probs.append(c["id"] + ": span has outer whitespace")
            if s["turn"] in last and a < last[s["turn"]]:
                probs.append(c["id"] + ": overlapping spans")
            last[s["turn"]] = b
            if g == "frag":
                if not re.search(r"[a-z0-9]", t[a:b].lower()):
                    probs.append(c["id"] + ": empty frag")
                continue
            groups.setdefault(g, []).append(t[a:b])
        for g, (kind, exp) in m["checks"].items():
            if g not in groups:
                probs.append("%s: group %s missing" % (c["id"], g)); continue
            txt = " ".join(groups[g])
            if not validate(kind, exp, txt):
                probs.append("%s: %s value failed validation: %r" % (c["id"], kind, txt[:80]))
    cnt = counts(cases)
    npos = sum(c["kind"] == "positive" for c in cases)
    nneg = len(cases) - npos
    if npos < 170 or nneg < 100:
        probs.append("too few cases")
    for t in TYPES:
        need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
        if cnt[t] < need:
            probs.append("type %s has %d spans < %d" % (t, cnt[t], need))
    print("positives %d negatives %d" % (npos, nneg))
    for t in TYPES:
        print("  %-13s %d" % (t, cnt[t]))
    for p in probs[:50]:
        print("PROBLEM:", p)
    print("%d problems" % len(probs))
    return 1 if probs else 0


def main():
    cases, meta = generate()
    if "--check" in sys.argv[1:]:
        sys.exit(check(cases, meta))
    os.makedirs(OUTDIR, exist_ok=True)
    with open(CASES, "w", encoding="utf-8") as f:
        f.write(serialise(cases))
    with open(README, "w", encoding="utf-8") as f:
        f.write(readme(cases))
    print("wrote %d cases" % len(cases))


if __name__ == "__main__":
    main()

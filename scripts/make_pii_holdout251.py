"""Generate the held-out PII redaction set h251 (independent author, no access to redactor code).

Usage: python scripts/make_pii_holdout251.py [--check]
"""
import json, random, re, sys
from pathlib import Path

SEED = 251241126
ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "fixtures" / "pii_holdout251"
R = random.Random(SEED)
TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE",
         "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]
DW = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "g": "golf", "h": "hotel",
        "j": "juliet", "k": "kilo", "l": "lima", "m": "mike", "n": "november", "p": "papa", "r": "romeo",
        "s": "sierra", "t": "tango", "w": "whiskey", "x": "xray", "y": "yankee", "z": "zulu"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
ORD = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
       "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth",
       "twentieth", "twenty first", "twenty second", "twenty third", "twenty fourth", "twenty fifth", "twenty sixth",
       "twenty seventh", "twenty eighth"]

# ---------------- value generators ----------------
def digits(n):
    return "".join(str(R.randint(0, 9)) for _ in range(n))

def luhn_ok(s):
    t = 0
    for i, c in enumerate(reversed(s)):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        t += d
    return t % 10 == 0

def card():
    pre, n = R.choice([("4", 16), ("51", 16), ("53", 16), ("55", 16), ("2221", 16), ("34", 15), ("37", 15),
                       ("6011", 16), ("4", 13), ("4", 19)])
    body = pre + digits(n - len(pre) - 1)
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c

def ssn():
    a = R.randint(1, 665)
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))

NI_PRE = ["AB", "JG", "QQ", "SP", "NH", "WL", "KR", "PT", "CE", "ZA", "JK", "ER", "YM", "HS"]
def ni():
    return R.choice(NI_PRE) + digits(6) + R.choice("ABCD")

def iban_check(cc, bban):
    s = bban + cc + "00"
    num = "".join(str(int(c, 36)) for c in s)
    return "%02d" % (98 - int(num) % 97)

def iban():
    k = R.choice(["GB", "IE", "DE", "FR", "NL"])
    if k in ("GB", "IE"):
        bban = R.choice(["NWBK", "BARC", "AIBK", "BOFI", "MIDL", "LOYD"]) + digits(14)
    elif k == "DE":
        bban = digits(18)
    elif k == "FR":
        bban = digits(23)
    else:
        bban = R.choice(["ABNA", "INGB", "RABO"]) + digits(10)
    return k + iban_check(k, bban) + bban

def mod97_ok(s):
    s = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1

FIRST = ["sarah", "tom", "priya", "liam", "aoife", "marek", "jen", "david", "chloe", "omar", "niamh", "kev", "rosa", "ben"]
LAST = ["okafor", "walsh", "nguyen", "murphy", "kowalski", "patel", "brennan", "schmidt", "lopez", "doyle", "hughes"]
DOM = ["gmail.com", "yahoo.co.uk", "outlook.com", "hotmail.com", "icloud.com", "eircom.net", "btinternet.com", "proton.me", "web.de"]
STREETS = ["elm road", "maple avenue", "station street", "church lane", "oak drive", "high street", "mill way",
           "victoria road", "park crescent", "kings close", "birch court", "harbour view", "main street"]
UKAREA = ["SW", "M", "B", "LS", "EH", "G", "CF", "BT", "NE", "BS", "L", "OX", "CB", "RG"]

def uk_postcode():
    a = R.choice(UKAREA)
    return "%s%d %d%s%s" % (a, R.randint(1, 19), R.randint(0, 9), R.choice("ABDEFGHJLNPQRSTUWXYZ"), R.choice("ABDEFGHJLNPQRSTUWXYZ"))

# ---------------- spoken renderers ----------------
def zero_word():
    return R.choice(["oh", "oh", "zero", "o", "nought"])

def say_digits(s, doubles=True):
    out, i = [], 0
    while i < len(s):
        c = s[i]
        if doubles and i + 2 < len(s) and s[i + 1] == c and s[i + 2] == c and R.random() < 0.6:
            out.append("triple " + (zero_word() if c == "0" else DW[int(c)])); i += 3; continue
        if doubles and i + 1 < len(s) and s[i + 1] == c and R.random() < 0.6:
            out.append("double " + (zero_word() if c == "0" else DW[int(c)])); i += 2; continue
        out.append(zero_word() if c == "0" else DW[int(c)]); i += 1
    return " ".join(out)

def say_num(n):
    if n < 10:
        return DW[n]
    if n < 20:
        return TEENS[n - 10]
    return TENS[n // 10] + ("" if n % 10 == 0 else " " + DW[n % 10])

def say_year(y):
    a, b = divmod(y, 100)
    if b == 0:
        return say_num(a) + " hundred"
    if a == 20 and b < 10:
        return "two thousand and " + DW[b]
    return say_num(a) + " " + (("oh " + DW[b]) if b < 10 else say_num(b))

def say_letters(s):
    out = []
    for ch in s.lower():
        if ch.isdigit():
            out.append(DW[int(ch)])
        elif ch == "o":
            out.append("o for oscar")
        elif ch in NATO and R.random() < 0.4:
            out.append("%s for %s" % (ch, NATO[ch]))
        else:
            out.append(ch)
    return " ".join(out)

def group(s, sizes, sep):
    out, i = [], 0
    for k in sizes:
        out.append(s[i:i + k]); i += k
    if i < len(s):
        out.append(s[i:])
    return sep.join(x for x in out if x)

def chunks(s, n):
    return [s[i:i + n] for i in range(0, len(s), n)]

# ---------------- normaliser for --check ----------------
WORDNUM = {w: str(i) for i, w in enumerate(DW)}
WORDNUM.update({"oh": "0", "o": "0", "nought": "0", "zero": "0"})
FILLERS = {"um", "uh", "erm", "like", "sorry", "no", "wait", "and", "hundred", "thousand"}

def spoken_norm(text):
    toks = re.findall(r"[A-Za-z]+|\d+", text)
    out, mult, i = [], 1, 0
    while i < len(toks):
        t = toks[i]; lo = t.lower()
        if t.isdigit():
            out.append(t)
        elif lo in ("double", "triple"):
            mult = 2 if lo == "double" else 3; i += 1; continue
        elif lo in WORDNUM and not (lo == "o" and i + 1 < len(toks) and toks[i + 1].lower() == "for"):
            out.append(WORDNUM[lo] * mult)
        elif lo in TEENS:
            out.append(str(10 + TEENS.index(lo)))
        elif lo in TENS and lo:
            if i + 1 < len(toks) and toks[i + 1].lower() in DW[1:]:
                out.append(str(TENS.index(lo)) + WORDNUM[toks[i + 1].lower()]); i += 1
            else:
                out.append(str(TENS.index(lo)) + "0")
        elif lo in FILLERS:
            pass
        elif len(lo) == 1 and i + 2 < len(toks) and toks[i + 1].lower() == "for":
            out.append(lo.upper()); i += 2
        else:
            out.append(t.upper())
        mult = 1
        i += 1
    return "".join(out)

UK_PC = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$")
def validate(typ, text):
    n = spoken_norm(text)
    d = re.sub(r"\D", "", n)
    if typ == "CARD_NUMBER":
        return 13 <= len(n) <= 19 and n.isdigit() and luhn_ok(n)
    if typ == "CVV":
        return n.isdigit() and len(n) in (3, 4)
    if typ == "EXPIRY":
        return (n.isdigit() and len(n) in (3, 4, 6)) or any(m.upper() in n for m in MONTHS)
    if typ == "SSN":
        return n.isdigit() and len(n) == 9
    if typ == "NI_NUMBER":
        return re.fullmatch(r"[A-Z]{2}\d{6}[A-D]", n) is not None
    if typ == "BANK_ACCOUNT":
        return n.isdigit() and 6 <= len(n) <= 12
    if typ == "SORT_CODE":
        return n.isdigit() and len(n) == 6
    if typ == "IBAN":
        return re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", n) is not None and mod97_ok(n)
    if typ == "PHONE":
        return 10 <= len(d) <= 13 and len(d) >= len(n) - 1
    if typ == "EMAIL":
        e = re.sub(r"\s+", "", re.sub(r"\s+dot\s+", ".", re.sub(r"\s+at\s+", "@", text.lower())))
        e = e.replace("underscore", "_")
        return re.fullmatch(r"[a-z0-9._\-]+@[a-z0-9\-]+(\.[a-z0-9\-]+)+", e) is not None
    if typ == "DOB":
        return len(d) >= 2 and (len(d) >= 4 or any(m.upper() in n for m in MONTHS))
    if typ == "POSTCODE":
        return UK_PC.match(n) is not None or (n.isdigit() and len(n) in (5, 9))
    if typ == "ADDRESS":
        return bool(re.search(r"\d", n)) and any(w in text.lower() for w in
                    ["road", "avenue", "street", "lane", "drive", "way", "crescent", "close", "court", "view", "rd", "st", "ave", "apt"])
    return False

# ---------------- case assembly ----------------
def A(*segs):
    return ("agent", segs)

def C(*segs):
    return ("customer", segs)

def build(turns):
    out, spans = [], []
    for ti, (spk, segs) in enumerate(turns):
        text = ""
        for s in segs:
            if isinstance(s, tuple):
                spans.append({"turn": ti, "start": len(text), "end": len(text) + len(s[0]), "type": s[1]})
                text += s[0]
            else:
                text += s
        out.append({"speaker": spk, "text": text})
    return out, spans

# typed renderers
def t_card(c):
    k = R.randrange(6)
    if k == 0: return group(c, [4, 4, 4, 4], " ")
    if k == 1: return group(c, [4, 4, 4, 4], "-")
    if k == 2: return c
    if k == 3: return group(c, [4, 6, 5] if len(c) == 15 else [4, 4, 4, 4], "  ")
    if k == 4: return group(c, [4, 4, 4, 4], ".")
    return group(c, [4, 4, 4, 4], " - ")

def t_phone():
    k = R.randrange(6)
    if k == 0: return "07" + digits(3) + " " + digits(6)
    if k == 1: return "+44 7" + digits(3) + " " + digits(3) + " " + digits(3)
    if k == 2: return "(%s) %s-%s" % (str(R.randint(201, 989)), digits(3), digits(4))
    if k == 3: return "+1-%d-%s-%s" % (R.randint(201, 989), digits(3), digits(4))
    if k == 4: return "+353 8%d %s %s" % (R.randint(3, 9), digits(3), digits(4))
    return "0" + str(R.randint(1, 2)) + digits(2) + "." + digits(3) + "." + digits(4)

def email_addr():
    f, l = R.choice(FIRST), R.choice(LAST)
    local = R.choice([f + "." + l, f + l + digits(2), f[0] + "." + l, f + "_" + l, l + "." + f + digits(1)])
    return local + "@" + R.choice(DOM)

def say_email(e):
    local, dom = e.split("@")
    loc = local.replace(".", " dot ").replace("_", " underscore ")
    loc = re.sub(r"\d+", lambda m: " " + say_digits(m.group(0), False) + " ", loc)
    loc = re.sub(r"\s+", " ", loc).strip()
    return loc + " at " + dom.replace(".", " dot ")

def dob_typed():
    d, m, y = R.randint(1, 28), R.randint(1, 12), R.randint(1940, 2004)
    k = R.randrange(5)
    if k == 0: return "%02d/%02d/%d" % (d, m, y)
    if k == 1: return "%d-%d-%d" % (d, m, y)
    if k == 2: return "%d %s %d" % (d, MONTHS[m - 1].capitalize(), y)
    if k == 3: return "%s %d, %d" % (MONTHS[m - 1][:3].capitalize(), d, y)
    return "%02d.%02d.%02d" % (d, m, y % 100)

def dob_spoken():
    d, m, y = R.randint(1, 28), R.randint(1, 12), R.randint(1940, 2004)
    k = R.randrange(3)
    if k == 0: return "the %s of %s %s" % (ORD[d - 1], MONTHS[m - 1], say_year(y))
    if k == 1: return "%s %s %s" % (MONTHS[m - 1], ORD[d - 1], say_year(y))
    return "%s %s %s" % (say_digits("%02d" % d, False), say_digits("%02d" % m, False), say_year(y))

def exp_typed():
    m, y = R.randint(1, 12), R.randint(26, 33)
    return R.choice(["%02d/%02d" % (m, y), "%02d/20%02d" % (m, y), "%02d-%02d" % (m, y), "%02d %02d" % (m, y)])

def exp_spoken():
    m, y = R.randint(1, 12), R.randint(26, 33)
    return R.choice([say_digits("%02d" % m, False) + " " + say_num(y), MONTHS[m - 1] + " twenty " + say_num(y),
                     say_digits("%02d" % m, False) + " " + say_digits("%02d" % y, False)])

def addr_typed():
    n = R.randint(1, 240)
    st = R.choice(STREETS)
    st = R.choice([st.title(), st, st.replace("road", "Rd").replace("street", "St").replace("avenue", "Ave").title()])
    return R.choice(["%d %s" % (n, st), "Flat %d, %d %s" % (R.randint(1, 9), n, st), "%d %s apt %d" % (n, st, R.randint(2, 30))])

def addr_spoken():
    n = R.randint(1, 99)
    return say_num(n) + " " + R.choice(STREETS)

def us_zip():
    return R.choice([digits(5), digits(5) + "-" + digits(4)])

def ni_typed(v):
    k = R.randrange(4)
    if k == 0: return v
    if k == 1: return "%s %s %s %s %s" % (v[:2], v[2:4], v[4:6], v[6:8], v[8])
    if k == 2: return v.lower()
    return v[:2] + "-" + v[2:8] + "-" + v[8]

def ssn_typed(v):
    return R.choice([v[:3] + "-" + v[3:5] + "-" + v[5:], v, v[:3] + " " + v[3:5] + " " + v[5:], v[:3] + "." + v[3:5] + "." + v[5:]])

def sort_typed(v):
    return R.choice([v[:2] + "-" + v[2:4] + "-" + v[4:], v, v[:2] + " " + v[2:4] + " " + v[4:]])

def iban_typed(v):
    return R.choice([" ".join(chunks(v, 4)), v, v.lower(), " ".join(chunks(v, 4)).lower()])

EMO = ["", " 🙂", " 😅", " 🙏", " 👍", " lol", " x"]
HI = ["hi", "Hi there", "hello", "hiya", "Hey", "good morning"]

# ---------------- positive templates (return note, turns) ----------------
def p_chat_card_one():
    c = card()
    return "chat/retail: card typed mid-message with odd separators", [
        A("Thanks for waiting! How would you like to pay the £%d.%02d?" % (R.randint(5, 300), R.randint(0, 99))),
        C(R.choice(HI), " ya card pls its ", (t_card(c), "CARD_NUMBER"), R.choice(EMO))]

def p_chat_card_split():
    c = card(); parts = chunks(c, 4)
    turns = [A("Please type the long card number, you can send it in bits if easier")]
    for i, p in enumerate(parts):
        turns.append(C((p, "CARD_NUMBER")) if i else C("ok ", (p, "CARD_NUMBER")))
    turns.append(A("Got it, and the expiry + 3 digit code on the back?"))
    turns.append(C((exp_typed(), "EXPIRY"), " and cvv ", (digits(3), "CVV")))
    return "chat/telecom: card split over several messages, then expiry and CVV in one message", turns

def p_sms_card_cvv():
    c = card(); cv = digits(4 if c[:2] in ("34", "37") else 3)
    return "sms/travel: card, expiry and security code in one sms with typos", [
        A("To confirm the booking reply with card details. Never share your PIN."),
        C("card ", (t_card(c), "CARD_NUMBER"), " exp ", (exp_typed(), "EXPIRY"), " sec code ", (cv, "CVV"), " thnks")]

def p_call_card_split():
    c = card(); parts = chunks(c, 4)
    turns = [A("okay whenever you're ready go ahead with the long number on the card")]
    for i, p in enumerate(parts):
        pre = R.choice(["", "um ", "right ", "yeah "]) if i == 0 else ""
        turns.append(C(pre, (say_digits(p), "CARD_NUMBER")))
        if i < len(parts) - 1:
            turns.append(A(R.choice(["mhm", "okay go on", "yep", "uh huh"])))
    turns.append(A("and the expiry"))
    turns.append(C("it's ", (exp_spoken(), "EXPIRY")))
    turns.append(A("and the three digits on the back"))
    turns.append(C((say_digits(digits(3), False), "CVV")))
    return "call/utilities: card read in chunks over turns with back-channels, expiry and cvv spoken", turns

def p_call_card_readback():
    c = card(); s = say_digits(c)
    return "call/banking: customer reads card, agent reads it back", [
        A("can i take the card number please"),
        C("yes it's ", (s, "CARD_NUMBER"), " that's a ", R.choice(["visa", "debit card", "credit card"])),
        A("let me read that back ", (say_digits(c, False), "CARD_NUMBER"), " is that right"),
        C("yeah that's it")]

def p_chat_ssn():
    v = ssn()
    return "chat/insurance: US SSN typed with separators and typo'd context", [
        A("For verification could you provide your social security number?"),
        C("sure its ", (ssn_typed(v), "SSN"), R.choice(EMO), " pls hurry im on my lunch brk")]

def p_chat_ssn_split():
    v = ssn()
    return "web chat/government: SSN split over three messages", [
        A("Please enter your SSN to continue."),
        C((v[:3], "SSN")), C((v[3:5], "SSN")), C((v[5:], "SSN"), " sorry my keyboard is acting up")]

def p_call_ssn():
    v = ssn()
    return "call/healthcare billing: SSN spoken with filler and self-correction", [
        A("and can i get your social please"),
        C("yeah it's ", (say_digits(v[:3]), "SSN"), " um ", (say_digits(v[3:5]), "SSN"), " ", (say_digits(v[5:]), "SSN")),
        A("thank you and date of birth"),
        C((dob_spoken(), "DOB"))]

def p_email_ssn_dob():
    v = ssn()
    return "email/banking: email body with SSN and DOB, plus non-PII amount", [
        C("Hello,\n\nI am writing about the $%d.%02d charge. My SSN is " % (R.randint(10, 900), R.randint(0, 99)),
          (ssn_typed(v), "SSN"), " and DOB ", (dob_typed(), "DOB"), ".\n\nRegards")]

def p_chat_ni():
    v = ni()
    return "chat/government: UK NI number typed, mixed case", [
        A("Can you confirm your National Insurance number?"),
        C("yeah NI no. is ", (ni_typed(v), "NI_NUMBER"), R.choice(EMO))]

def p_chat_ni_split():
    v = ni()
    return "social DM/insurance: NI number split across two messages", [
        A("Could you DM us your NI number so we can locate the policy?"),
        C((v[:4], "NI_NUMBER")), C((v[4:8] + " " + v[8], "NI_NUMBER"), " thats it")]

def p_call_ni():
    v = ni()
    return "call/government: NI number spoken with phonetic letters", [
        A("what's your national insurance number"),
        C("it's ", (say_letters(v[:2]), "NI_NUMBER"), " ", (say_digits(v[2:8]), "NI_NUMBER"), " ", (say_letters(v[8]), "NI_NUMBER")),
        A("okay thanks")]

def p_call_ni_readback():
    v = ni()
    sp = say_letters(v[:2]) + " " + say_digits(v[2:8], False) + " " + v[8].lower()
    return "call/utilities: agent reads back NI number", [
        A("so that's ", (sp, "NI_NUMBER"), " yeah"), C("correct")]

def p_chat_bank():
    acc, sc = digits(8), digits(6)
    return "chat/banking: UK sort code and account number in one message", [
        A("What are the sort code and account number for the refund?"),
        C("sort ", (sort_typed(sc), "SORT_CODE"), " acc ", (acc, "BANK_ACCOUNT"), R.choice(EMO))]

def p_call_bank():
    acc, sc = digits(8), digits(6)
    return "call/utilities: sort code and account spoken over turns", [
        A("can i have the sort code"),
        C((say_digits(sc[:2]) + " " + say_digits(sc[2:4]) + " " + say_digits(sc[4:]), "SORT_CODE")),
        A("and the account number"),
        C("it's ", (say_digits(acc[:4]), "BANK_ACCOUNT")), A("mhm"), C((say_digits(acc[4:]), "BANK_ACCOUNT"))]

def p_us_bank():
    acc = digits(R.choice([10, 11, 12]))
    return "chat/banking US: checking account number typed", [
        A("Which account should the direct deposit go to?"),
        C("my checking acct # ", (acc, "BANK_ACCOUNT"), " routing is on the check i think")]

def p_chat_iban():
    v = iban()
    return "email/travel EU: IBAN for refund, spaced or lowercase", [
        C("Hi, please refund the €%d to IBAN " % R.randint(20, 900), (iban_typed(v), "IBAN"), " thank you")]

def p_call_iban():
    v = iban()
    return "call/insurance Ireland: IBAN read with letters", [
        A("go ahead with the iban"),
        C((say_letters(v[:2]) + " " + say_digits(v[2:4], False), "IBAN"), " ", (say_letters(v[4:8]) if v[4].isalpha() else say_digits(v[4:8]), "IBAN")),
        A("mhm"),
        C((say_digits(v[8:]), "IBAN"))]

def p_chat_phone():
    return "sms/telecom: phone typed", [
        A("What number can we call you back on?"),
        C("call me on ", (t_phone(), "PHONE"), " after 5pm" + R.choice(EMO))]

def p_call_phone():
    p = "07" + digits(9)
    return "call/retail: UK mobile spoken with double and split", [
        A("best contact number"),
        C((say_digits(p[:5]), "PHONE")), A("yep"), C((say_digits(p[5:]), "PHONE"))]

def p_chat_email():
    return "chat/retail: email typed with caps", [
        A("Whats the email on the account?"),
        C("its ", (R.choice([str.lower, str.upper, lambda s: s])(email_addr()), "EMAIL"), R.choice(EMO))]

def p_call_email():
    return "call/travel: email spelled with dot and at", [
        A("and an email address for the confirmation"),
        C("yeah it's ", (say_email(email_addr()), "EMAIL"))]

def p_chat_address():
    pc = uk_postcode()
    return "chat/utilities UK: address and postcode", [
        A("Can you confirm the supply address?"),
        C((addr_typed(), "ADDRESS"), ", Leeds ", (R.choice([pc, pc.lower(), pc.replace(" ", "")]), "POSTCODE"))]

def p_us_address():
    return "web chat/retail US: shipping address with zip", [
        A("Shipping address please"),
        C((addr_typed(), "ADDRESS"), ", Austin TX ", (us_zip(), "POSTCODE"))]

def p_call_address():
    pc = uk_postcode()
    sp = say_letters(re.sub(r"\d+", lambda m: " " + say_digits(m.group(0), False) + " ", pc).replace(" ", "")) if False else \
        " ".join(say_letters(ch) if ch.isalpha() else DW[int(ch)] for ch in pc.replace(" ", ""))
    return "call/insurance UK: address and postcode spoken", [
        A("and the first line of the address"),
        C("it's ", (addr_spoken(), "ADDRESS")),
        A("and postcode"),
        C((sp, "POSTCODE"))]

def p_dob_chat():
    return "chat/healthcare billing: DOB typed", [
        A("Please confirm the patient's date of birth"),
        C("dob ", (dob_typed(), "DOB"))]

def p_mixed_email():
    c = card()
    return "email/telecom: multiple values in one email body", [
        C("To whom it may concern\nMy phone ", (t_phone(), "PHONE"), " and email ", (email_addr(), "EMAIL"),
          ". Please charge card ", (t_card(c), "CARD_NUMBER"), " exp ", (exp_typed(), "EXPIRY"), " for order #",
          digits(7), ".")]

def p_ni_dob_call():
    v = ni()
    return "call/government: DOB then NI with agent back-channel", [
        A("date of birth first please"),
        C("yeah ", (dob_spoken(), "DOB")),
        A("lovely and national insurance"),
        C((say_letters(v[:2]), "NI_NUMBER"), " um ", (say_digits(v[2:8]) + " " + say_letters(v[8]), "NI_NUMBER"))]

def p_ssn_phone_chat():
    v = ssn()
    return "chat/insurance US: SSN last message typo and phone", [
        A("Can I get SSN and a callback number?"),
        C("ssn ", (ssn_typed(v), "SSN"), " / ph ", (t_phone(), "PHONE"))]

def say_pairs(s):
    out = []
    for i in range(0, len(s) - 1, 2):
        a, b = int(s[i]), int(s[i + 1])
        out.append(say_num(10 * a + b) if a >= 1 else say_digits(s[i:i + 2], False))
    if len(s) % 2:
        out.append(DW[int(s[-1])])
    return " ".join(out)

def p_call_us_phone():
    p = str(R.randint(201, 989)) + digits(7)
    return "call/healthcare billing US: phone with last four said as pairs ('forty one eleven')", [
        A("what's a good callback number"),
        C("it's ", (say_digits(p[:3], False) + " " + say_digits(p[3:6], False) + " " + say_pairs(p[6:]), "PHONE"),
          " but i'm only free till like four thirty")]

def p_chat_sort_split():
    sc, acc = digits(6), digits(8)
    return "social DM/banking: sort code and account split over DMs with typos", [
        A("Pop your sort code & acc no. over DM and we'll sort the refund"),
        C("sort cdoe ", (sc[:2] + "/" + sc[2:4] + "/" + sc[4:], "SORT_CODE")),
        C("acount " + R.choice(["", "no "]), (acc[:4] + " " + acc[4:], "BANK_ACCOUNT"), R.choice(EMO))]

POS = [p_call_us_phone, p_chat_sort_split, p_chat_card_one, p_chat_card_split, p_sms_card_cvv, p_call_card_split, p_call_card_readback, p_chat_ssn,
       p_chat_ssn_split, p_call_ssn, p_email_ssn_dob, p_chat_ni, p_chat_ni_split, p_call_ni, p_call_ni_readback,
       p_chat_bank, p_call_bank, p_us_bank, p_chat_iban, p_call_iban, p_chat_phone, p_call_phone, p_chat_email,
       p_call_email, p_chat_address, p_us_address, p_call_address, p_dob_chat, p_mixed_email, p_ni_dob_call,
       p_ssn_phone_chat]

# ---------------- negative templates ----------------
def n_amount():
    return "chat/banking: balance and amounts only", [
        A("Your current balance is £%s.%02d" % ("{:,}".format(R.randint(1000, 99999)), R.randint(0, 99))),
        C("ok and the payment of $%d.%02d on the %s?" % (R.randint(10, 999), R.randint(0, 99), ORD[R.randint(0, 27)]))]

def n_order():
    return "chat/retail: order number with reference word", [
        C("hi my order #%s hasnt arrived, paid %d.%02d" % (digits(R.choice([7, 8, 9])), R.randint(5, 200), R.randint(0, 99)) + R.choice(EMO)),
        A("Sorry about that! Order %s is due on %d/%d." % (digits(8), R.randint(1, 28), R.randint(1, 12)))]

def n_ticket_call():
    return "call/telecom: ticket number spoken with reference word", [
        A("your ticket reference is " + say_digits(digits(8), False)),
        C("okay and it'll be fixed in about " + say_num(R.randint(2, 48)) + " hours")]

def n_flight():
    return "chat/travel: flight number, time, seat", [
        C("flight %s%d at %02d:%02d, seat %d%s, gate %d" % (R.choice(["EI", "BA", "FR", "LH", "UA"]), R.randint(100, 9999),
          R.randint(0, 23), R.choice([0, 15, 30, 45]), R.randint(1, 40), R.choice("ABCDEF"), R.randint(1, 60)))]

def n_meter():
    return "call/utilities: meter reading spoken", [
        A("can you read me the meter"),
        C("it says " + say_digits(digits(5), False) + " point " + DW[R.randint(0, 9)]),
        A("great that's logged for the %s of %s" % (ORD[R.randint(0, 27)], R.choice(MONTHS)))]

def n_appointment():
    return "chat/healthcare billing: appointment date and time", [
        C("my appointment is %d/%d/%d at %d.%02dpm" % (R.randint(1, 28), R.randint(1, 12), R.randint(2025, 2027), R.randint(1, 6), R.choice([0, 30]))),
        A("Thanks, the copay of $%d is due then" % R.randint(10, 80))]

def n_claim():
    return "email/insurance: claim number and invoice", [
        C("Re: claim no. %s\nInvoice INV-%s for €%d.%02d attached. Incident happened %d %s %d." % (
            digits(9), digits(6), R.randint(100, 9000), R.randint(0, 99), R.randint(1, 28), R.choice(MONTHS).capitalize(), R.randint(2023, 2026)))]

def n_speed():
    return "sms/telecom: broadband speeds and data", [
        C("only getting %d mbps, paying for %d. used %dGB this month, %d%% of plan" % (
            R.randint(2, 90), R.choice([100, 300, 500, 900]), R.randint(5, 500), R.randint(10, 99)))]

def n_age_temp():
    return "call/healthcare: age and temperature", [
        A("how old is the patient"),
        C("he's " + say_num(R.randint(20, 89)) + " and his temperature was " + say_num(R.randint(36, 39)) + " point " + DW[R.randint(0, 9)])]

def n_model():
    return "chat/retail: model and quantities", [
        C("need %d x model %s-%d, room %d" % (R.randint(2, 12), R.choice(["XR", "KX", "TV", "WM"]), R.randint(100, 9999), R.randint(100, 999)) + R.choice(EMO))]

def n_call_amount():
    return "call/banking: spoken amount and year", [
        C("i paid " + say_num(R.randint(20, 99)) + " pounds " + say_num(R.randint(10, 99)) + " back in " + say_year(R.randint(2015, 2025))),
        A("okay i can see that one")]

def n_contract():
    return "chat/telecom: contract start date not a birth date", [
        C("contract started %s and ends in %d months, plan costs £%d/mo" % (dob_typed(), R.randint(1, 24), R.randint(10, 60)))]

def n_duration():
    return "call/government: waiting times and counts", [
        C("i've been on hold for " + say_num(R.randint(20, 59)) + " minutes and called " + say_num(R.randint(2, 9)) + " times"),
        A("sorry about that the reference is " + say_digits(digits(6), False))]

NEG = [n_amount, n_order, n_ticket_call, n_flight, n_meter, n_appointment, n_claim, n_speed, n_age_temp,
       n_model, n_call_amount, n_contract, n_duration]

# ---------------- generation / checks ----------------
def generate():
    cases = []
    for i in range(174):
        f = POS[i % len(POS)]
        note, turns = f()
        t, s = build(turns)
        cases.append({"id": "h251-pos-%03d" % (i + 1), "kind": "positive", "turns": t, "spans": s, "note": note})
    for i in range(104):
        f = NEG[i % len(NEG)]
        note, turns = f()
        t, s = build(turns)
        assert not s
        cases.append({"id": "h251-neg-%03d" % (i + 1), "kind": "negative", "turns": t, "spans": [], "note": note})
    return cases

def dump(cases):
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
    lines = ["# PII hold-out set h251", "", "**Never use this set for tuning.**", "",
             "Written by an AI helper acting as an independent author who did not see the redaction code, its tests or",
             "its docs. Generated by `scripts/make_pii_holdout251.py` (seed %d); `--check` verifies it." % SEED, "",
             "About two thirds typed channels (web chat, SMS, e-mail bodies, social DMs) with messy typing and values",
             "split over messages; the rest are ASR-style call transcripts (lower case, numbers as words, oh/nought,",
             "double/triple, phonetic letters, back-channels between chunks, agent read-backs).", "",
             "## Annotation conventions", "",
             "- A span covers only the value itself: digits/words of the number, not the lead-in words (\"it's\", \"card\", \"exp\").",
             "- A value split over several turns (or separated by a filler such as \"um\") is labelled as one span per piece.",
             "- Separators inside a value (spaces, dashes, dots) are inside the span; trailing punctuation/emojis are not.",
             "- Spoken values include 'double'/'triple' and 'x for xray' phonetic forms inside the span.",
             "- Agent read-backs of a value are labelled as well.",
             "- ADDRESS is the street line (house/flat number + street); city and state are not labelled; POSTCODE separately.",
             "- Order/claim/ticket/invoice numbers, amounts, dates that are not birth dates etc. are never labelled.", "",
             "## Counts", "", "positives: %d, negatives: %d" % (npos, len(cases) - npos), "", "| type | spans |", "|---|---|"]
    lines += ["| %s | %d |" % (t, cnt[t]) for t in TYPES]
    return "\n".join(lines) + "\n"

def check(cases, text_on_disk, readme_on_disk):
    errs = []
    if text_on_disk != dump(cases):
        errs.append("cases.jsonl differs from regenerated output")
    if readme_on_disk != readme(cases):
        errs.append("README.md differs from regenerated output")
    ids = [c["id"] for c in cases]
    if len(ids) != len(set(ids)):
        errs.append("duplicate ids")
    for c in cases:
        if c["kind"] == "negative" and c["spans"]:
            errs.append(c["id"] + ": negative with spans")
        if c["kind"] == "positive" and not c["spans"]:
            errs.append(c["id"] + ": positive without spans")
        prev = {}
        for s in sorted(c["spans"], key=lambda s: (s["turn"], s["start"])):
            if s["type"] not in TYPES:
                errs.append(c["id"] + ": bad type"); continue
            if not 0 <= s["turn"] < len(c["turns"]):
                errs.append(c["id"] + ": bad turn"); continue
            t = c["turns"][s["turn"]]["text"]
            a, b = s["start"], s["end"]
            if not (0 <= a < b <= len(t)):
                errs.append(c["id"] + ": offsets out of range"); continue
            if not ((t[a].isalnum() or t[a] in "+(") and t[b - 1].isalnum()) or (a > 0 and t[a - 1].isalnum()) or (b < len(t) and t[b].isalnum()):
                errs.append("%s: span not on word boundary %r" % (c["id"], t[a:b]))
            if s["turn"] in prev and prev[s["turn"]] > a:
                errs.append(c["id"] + ": overlapping spans")
            prev[s["turn"]] = b
        # values split over several spans: the spans of one type, in order, must partition into valid values
        for typ in TYPES:
            vals = [c["turns"][s["turn"]]["text"][s["start"]:s["end"]] for s in
                    sorted(c["spans"], key=lambda s: (s["turn"], s["start"])) if s["type"] == typ]
            ok = [True] + [False] * len(vals)
            for j in range(1, len(vals) + 1):
                ok[j] = any(ok[i] and validate(typ, " ".join(vals[i:j])) for i in range(j))
            if not ok[len(vals)]:
                errs.append("%s: %s values fail validation: %r" % (c["id"], typ, vals))
    cnt = counts(cases)
    for t in TYPES:
        need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
        if cnt[t] < need:
            errs.append("too few %s spans: %d < %d" % (t, cnt[t], need))
    npos = sum(c["kind"] == "positive" for c in cases)
    if npos < 170 or len(cases) - npos < 100:
        errs.append("too few cases")
    return errs, cnt, npos

def main():
    cases = generate()
    if "--check" in sys.argv:
        p, r = OUT / "cases.jsonl", OUT / "README.md"
        errs, cnt, npos = check(cases, p.read_text(encoding="utf-8") if p.exists() else "",
                                r.read_text(encoding="utf-8") if r.exists() else "")
        print("positives %d negatives %d" % (npos, len(cases) - npos))
        for t in TYPES:
            print("  %-13s %d" % (t, cnt[t]))
        for e in errs:
            print("ERROR", e)
        print("check %s (%d problems)" % ("FAILED" if errs else "passed", len(errs)))
        sys.exit(1 if errs else 0)
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "cases.jsonl").write_text(dump(cases), encoding="utf-8")
    (OUT / "README.md").write_text(readme(cases), encoding="utf-8")
    print("wrote %d cases" % len(cases))

if __name__ == "__main__":
    main()

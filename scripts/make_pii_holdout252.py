"""Generate held-out PII redaction eval set h252 (independent author). Stdlib only.

python scripts/make_pii_holdout252.py          # write fixture + README
python scripts/make_pii_holdout252.py --check  # regenerate, verify identical and valid
"""
import json, os, random, re, sys
from collections import Counter

SEED = 252241126
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUTDIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout252")
CASES = os.path.join(OUTDIR, "cases.jsonl")
README = os.path.join(OUTDIR, "README.md")
TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE",
         "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]
R = random.Random(SEED)

ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "h": "hotel", "j": "juliet",
        "k": "kilo", "l": "lima", "m": "mike", "n": "november", "p": "papa", "r": "romeo", "s": "sierra",
        "t": "tango", "w": "whiskey", "x": "x-ray", "y": "yankee", "z": "zulu", "g": "golf", "q": "quebec",
        "f": "foxtrot", "i": "india", "o": "oscar", "u": "uniform", "v": "victor"}


def pair_word(n):
    if n < 10:
        return "oh " + ONES[n]
    if n < 20:
        return TEENS[n - 10]
    return TENS[n // 10] + ("" if n % 10 == 0 else " " + ONES[n % 10])


def zero_word():
    return R.choice(["zero", "oh", "o", "zero", "oh"])


def spoken_digits(ds, style=None):
    """Spoken rendering of a digit string: single digits, oh/zero, double/triple, pairs."""
    style = style or R.choice(["single", "single", "mixed", "pairs"])
    out, i = [], 0
    while i < len(ds):
        d = ds[i]
        run = 1
        while i + run < len(ds) and ds[i + run] == d and run < 3:
            run += 1
        if style != "single" and run == 3 and R.random() < 0.7:
            out.append("triple " + (zero_word() if d == "0" else ONES[int(d)])); i += 3; continue
        if style != "single" and run >= 2 and R.random() < 0.7:
            out.append("double " + (zero_word() if d == "0" else ONES[int(d)])); i += 2; continue
        if style == "pairs" and i + 1 < len(ds) and d != "0" and ds[i + 1] != "0" and R.random() < 0.8:
            out.append(pair_word(int(ds[i:i + 2]))); i += 2; continue
        out.append(zero_word() if d == "0" else ONES[int(d)]); i += 1
    return " ".join(out)


def luhn_ok(ds):
    s, alt = 0, False
    for ch in reversed(ds):
        d = int(ch)
        if alt:
            d *= 2
            if d > 9:
                d -= 9
        s += d; alt = not alt
    return s % 10 == 0


def make_card():
    prefix, length = R.choice([("4", 16), ("4", 16), ("51", 16), ("55", 16), ("2221", 16), ("37", 15),
                               ("34", 15), ("6011", 16), ("4", 13), ("62", 19), ("36", 14)])
    body = prefix + "".join(str(R.randrange(10)) for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def group_card(ds, sep):
    if len(ds) == 15:
        parts = [ds[:4], ds[4:10], ds[10:]]
    elif len(ds) == 14:
        parts = [ds[:4], ds[4:10], ds[10:]]
    else:
        parts = [ds[i:i + 4] for i in range(0, len(ds), 4)]
    return sep.join(parts)


def make_ssn():
    while True:
        a = R.randrange(1, 900)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, R.randrange(1, 100), R.randrange(1, 10000))


def make_ni():
    L = "ABCEGHJKLMNPRSTWXYZ"
    return R.choice(L) + R.choice("ABCEGHJKLMNPRSTWXYZ") + "".join(str(R.randrange(10)) for _ in range(6)) + R.choice("ABCD")


def iban_check(cc, bban):
    s = bban + cc + "00"
    num = "".join(str(int(c, 36)) for c in s)
    return "%02d" % (98 - int(num) % 97)


def make_iban():
    kind = R.choice(["GB", "IE", "DE", "FR", "NL"])
    dig = lambda n: "".join(str(R.randrange(10)) for _ in range(n))
    if kind == "GB":
        bban = R.choice(["NWBK", "BARC", "LOYD", "MIDL"]) + dig(14)
    elif kind == "IE":
        bban = R.choice(["AIBK", "BOFI"]) + dig(14)
    elif kind == "DE":
        bban = dig(18)
    elif kind == "FR":
        bban = dig(23)
    else:
        bban = R.choice(["ABNA", "INGB", "RABO"]) + dig(10)
    return kind + iban_check(kind, bban) + bban


def iban_ok(s):
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


FIRST = ["james", "maria", "robert", "linda", "michael", "jessica", "david", "ashley", "chris", "tanya",
         "kevin", "denise", "marcus", "brenda", "tyler", "olivia", "sean", "aoife", "priya", "luis"]
LAST = ["johnson", "garcia", "miller", "davis", "rodriguez", "martinez", "wilson", "anderson", "thomas",
        "moore", "jackson", "white", "harris", "clark", "lewis", "walker", "young", "king", "murphy", "patel"]
STREETS = ["maple", "oak", "elm", "washington", "lincoln", "cedar", "pine", "lakeview", "sunset", "park",
           "highland", "jefferson", "madison", "ridge", "willow", "church", "mill", "river"]
SUFFIX = ["street", "avenue", "drive", "road", "lane", "court", "boulevard", "way", "place"]
SUFFIX_ABBR = {"street": "St", "avenue": "Ave", "drive": "Dr", "road": "Rd", "lane": "Ln", "court": "Ct",
               "boulevard": "Blvd", "way": "Way", "place": "Pl"}
CITIES = [("springfield", "IL"), ("columbus", "OH"), ("austin", "TX"), ("tampa", "FL"), ("denver", "CO"),
          ("raleigh", "NC"), ("phoenix", "AZ"), ("portland", "OR"), ("albany", "NY"), ("fresno", "CA")]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december"]
ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
       "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
       "eighteenth", "nineteenth", "twentieth", "twenty first", "twenty second", "twenty third",
       "twenty fourth", "twenty fifth", "twenty sixth", "twenty seventh", "twenty eighth"]
DOMAINS = ["gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "aol.com", "icloud.com", "comcast.net"]


def year_words(y):
    if y >= 2000:
        return R.choice(["two thousand " + ONES[y - 2000] if y < 2010 else "two thousand " + pair_word(y - 2000),
                         "twenty " + pair_word(y - 2000)])
    return "nineteen " + pair_word(y - 1900)


# ---------------------------------------------------------------- case assembly
CASE_LIST = []


def add(kind, note, turns):
    """turns: list of (speaker, [segments]); segment = str or (value, TYPE)."""
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
    CASE_LIST.append({"kind": kind, "turns": out_turns, "spans": spans, "note": note})


A, C = "agent", "customer"
US_IND = ["banking", "telecom", "utilities", "retail", "insurance", "healthcare billing", "government services", "travel"]


def ind():
    return R.choice(US_IND)


def phone_us():
    return "%d%02d%d%02d%04d" % (R.randrange(2, 10), R.randrange(0, 100), R.randrange(2, 10), R.randrange(0, 100), R.randrange(0, 10000))


def fmt_phone_typed(p):
    return R.choice(["(%s) %s-%s" % (p[:3], p[3:6], p[6:]), "%s-%s-%s" % (p[:3], p[3:6], p[6:]),
                     "%s.%s.%s" % (p[:3], p[3:6], p[6:]), "+1 %s %s %s" % (p[:3], p[3:6], p[6:]),
                     p, "1-%s-%s-%s" % (p[:3], p[3:6], p[6:])])


def addr_us(spoken):
    num = R.choice([str(R.randrange(10, 9999)), str(R.randrange(100, 999))])
    st = R.choice(STREETS); sf = R.choice(SUFFIX)
    if spoken:
        n = int(num)
        if n >= 1000:
            nw = pair_word(n // 100) + " " + pair_word(n % 100)
        elif n >= 100:
            nw = ONES[n // 100] + " " + pair_word(n % 100)
        else:
            nw = pair_word(n)
        return nw + " " + st + " " + sf
    return num + " " + st.title() + " " + R.choice([sf.title(), SUFFIX_ABBR[sf]])


def zip_us():
    return "%05d" % R.randrange(1000, 99999)


# ----- positive generators -----------------------------------------------------

def pos_card():
    card = make_card(); i = ind()
    s = R.randrange(6)
    if s == 0:
        sep = R.choice([" ", "-", "", "  "])
        add("positive", "chat/%s: card typed with separator %r" % (i, sep), [
            (C, ["hi can i pay my bill here? card is ", (group_card(card, sep), "CARD_NUMBER"), " thanks"]),
            (A, ["Thank you, processing the payment of $", str(R.randrange(20, 400)), ".", str(R.randrange(10, 99)), " now."])])
    elif s == 1:
        groups = group_card(card, " ").split(" ")
        turns = [(A, ["okay go ahead with the card number"])]
        for gi, g in enumerate(groups):
            turns.append((C, [(spoken_digits(g), "CARD_NUMBER")] if gi else ["yeah it's ", (spoken_digits(g), "CARD_NUMBER")]))
            if gi < len(groups) - 1:
                turns.append((A, [R.choice(["mhm", "okay go on", "yep", "got it", "uh huh"])]))
        add("positive", "call/%s: card split across customer turns with back-channels" % i, turns)
    elif s == 2:
        add("positive", "call/%s: card read in one breath with pairs/doubles" % i, [
            (A, ["and the long number on the front please"]),
            (C, ["okay um ", (spoken_digits(card, R.choice(["mixed", "pairs"])), "CARD_NUMBER"), " did you get that"])])
    elif s == 3:
        g = group_card(card, " ").split(" ")
        wrong = str((int(g[1][0]) + 3) % 10) + g[1][1:]
        sp = spoken_digits(g[0], "single") + " " + spoken_digits(wrong, "single") + " sorry no " + " ".join(spoken_digits(x, "single") for x in g[1:])
        add("positive", "call/%s: card with self-correction inside the reading (whole reading labelled)" % i, [
            (A, ["card number when you're ready"]),
            (C, [(sp, "CARD_NUMBER")]),
            (A, ["thank you and you said that's a visa"]),
            (C, ["yeah visa debit"])])
    elif s == 4:
        add("positive", "call/%s: agent reads card back to the customer" % i, [
            (C, ["it's ", (spoken_digits(card, "single"), "CARD_NUMBER")]),
            (A, ["let me read that back ", (spoken_digits(card, "single"), "CARD_NUMBER"), " is that right"]),
            (C, ["yes that's it"])])
    else:
        exp_m = R.randrange(1, 13); exp_y = R.randrange(26, 32); cvv = "%03d" % R.randrange(1000)
        if len(card) == 15:
            cvv = "%04d" % R.randrange(10000)
        add("positive", "chat/%s: card, expiry and cvv in one typed message" % i, [
            (A, ["Please enter the card details to complete your order #", str(R.randrange(100000, 9999999))]),
            (C, [(group_card(card, R.choice([" ", "-"])), "CARD_NUMBER"), " exp ", ("%02d/%02d" % (exp_m, exp_y), "EXPIRY"), " cvv ", (cvv, "CVV")])])


def pos_cvv_exp():
    i = ind(); cvv = "%03d" % R.randrange(1000); m = R.randrange(1, 13); y = R.randrange(2026, 2033)
    s = R.randrange(4)
    if s == 0:
        add("positive", "call/%s: expiry as spoken month/year, cvv spoken" % i, [
            (A, ["what's the expiry date on the card"]),
            (C, ["it's ", (pair_word(m) + " " + pair_word(y - 2000), "EXPIRY")]),
            (A, ["and the three digit security code on the back"]),
            (C, ["uh ", (spoken_digits(cvv, "single"), "CVV")])])
    elif s == 1:
        add("positive", "call/%s: expiry as month name and year words" % i, [
            (A, ["when does the card expire"]),
            (C, ["end of ", (MONTHS[m - 1] + " " + year_words(y), "EXPIRY"), " i think yeah"]),
            (A, ["and the cvv"]),
            (C, [(spoken_digits(cvv, "mixed"), "CVV"), " that's the last three on the signature strip"])])
    elif s == 2:
        add("positive", "chat/%s: typed expiry and security code on separate lines" % i, [
            (A, ["Can you confirm the expiration date and security code?"]),
            (C, ["Expires ", ("%02d/%d" % (m, y), "EXPIRY"), "\nsecurity code ", (cvv, "CVV")])])
    else:
        add("positive", "call/%s: cvv given while agent mentions amount" % i, [
            (A, ["okay that'll be ", str(R.randrange(20, 99)), " dollars ", str(R.randrange(10, 99)), " cents and i need the security code"]),
            (C, ["the code is ", (spoken_digits(cvv), "CVV"), " and it expires ", ("%02d %d" % (m, y % 100), "EXPIRY")])])


def pos_ssn():
    ssn = make_ssn(); i = R.choice(["banking", "insurance", "healthcare billing", "government services", "telecom", "utilities"])
    s = R.randrange(7)
    if s == 0:
        sep = R.choice(["-", " ", "", "."])
        add("positive", "chat/%s: SSN typed with separator %r" % (i, sep), [
            (A, ["To verify your identity, please provide your Social Security number."]),
            (C, ["sure its ", (sep.join([ssn[:3], ssn[3:5], ssn[5:]]), "SSN")])])
    elif s == 1:
        add("positive", "call/%s: SSN read digit by digit in 3-2-4 chunks across turns" % i, [
            (A, ["can i get your social please"]),
            (C, [(spoken_digits(ssn[:3], "single"), "SSN")]),
            (A, ["mhm"]),
            (C, [(spoken_digits(ssn[3:5], "single"), "SSN")]),
            (A, ["okay"]),
            (C, [(spoken_digits(ssn[5:], R.choice(["single", "pairs"])), "SSN")])])
    elif s == 2:
        add("positive", "call/%s: SSN in one turn with pairs and doubles" % i, [
            (A, ["and for verification the social security number"]),
            (C, ["yeah it's ", (spoken_digits(ssn, R.choice(["mixed", "pairs"])), "SSN"), " ", R.choice(["", "i think ", "yep "]).strip() or "okay"])])
    elif s == 3:
        add("positive", "call/%s: only last four of SSN requested and given" % i, [
            (A, ["i just need the last four of your social"]),
            (C, ["last four is ", (spoken_digits(ssn[5:], R.choice(["single", "pairs"])), "SSN")])])
    elif s == 4:
        add("positive", "chat/%s: last four SSN typed with 'xxx-xx-' prefix" % i, [
            (A, ["Please confirm the last 4 of your SSN."]),
            (C, ["xxx-xx-", (ssn[5:], "SSN")])])
    elif s == 5:
        add("positive", "call/%s: SSN with filler words inside the reading" % i, [
            (A, ["and your social security number"]),
            (C, [(spoken_digits(ssn[:3]) + " uh " + spoken_digits(ssn[3:5]) + " um " + spoken_digits(ssn[5:]), "SSN")]),
            (A, ["thank you i have your account here your balance is ", str(R.randrange(100, 999)), " dollars"])])
    else:
        add("positive", "call/%s: SSN given then read back by agent" % i, [
            (C, ["my social is ", (spoken_digits(ssn, "single"), "SSN")]),
            (A, ["i have ", (spoken_digits(ssn, "single"), "SSN"), " correct"]),
            (C, ["correct"])])


def pos_ni():
    ni = make_ni(); i = R.choice(["government services", "banking", "utilities", "insurance", "telecom"])
    s = R.randrange(5)
    L1, L2, D, L3 = ni[0], ni[1], ni[2:8], ni[8]
    if s == 0:
        typed = R.choice([ni, ni.lower(), "%s %s %s %s %s" % (ni[:2], D[:2], D[2:4], D[4:], L3),
                          "%s-%s-%s-%s-%s" % (ni[:2], D[:2], D[2:4], D[4:], L3)])
        add("positive", "chat/%s UK: NI number typed" % i, [
            (A, ["Could you give me your National Insurance number please?"]),
            (C, ["yes its ", (typed, "NI_NUMBER"), " cheers"])])
    elif s == 1:
        sp = "%s for %s %s for %s %s %s for %s" % (L1.lower(), NATO[L1.lower()], L2.lower(), NATO[L2.lower()], spoken_digits(D, "pairs"), L3.lower(), NATO[L3.lower()])
        add("positive", "call/%s UK: NI with letters spelled phonetically and pair digits" % i, [
            (A, ["and your national insurance number"]),
            (C, ["right it's ", (sp, "NI_NUMBER")])])
    elif s == 2:
        add("positive", "call/%s UK: NI split across turns, letters as single letters" % i, [
            (A, ["go ahead with the national insurance"]),
            (C, [(L1.lower() + " " + L2.lower(), "NI_NUMBER")]),
            (A, ["yep"]),
            (C, [(spoken_digits(D, "single").replace("zero", "nought"), "NI_NUMBER")]),
            (A, ["and the letter at the end"]),
            (C, [(L3.lower(), "NI_NUMBER")])])
    elif s == 3:
        sp = "%s %s %s %s" % (L1.lower(), L2.lower(), spoken_digits(D, "mixed"), L3.lower())
        add("positive", "call/%s UK: NI in one turn with doubles" % i, [
            (C, ["my ni number is ", (sp, "NI_NUMBER"), " and i'm ringing about my pension"])])
    else:
        sp = "%s %s %s %s" % (L1.lower(), L2.lower(), spoken_digits(D, "single"), L3.lower())
        add("positive", "call/%s UK: NI read back by agent" % i, [
            (C, ["national insurance ", (sp, "NI_NUMBER")]),
            (A, ["so that's ", (sp, "NI_NUMBER"), " lovely"])])


def pos_bank():
    i = R.choice(["banking", "utilities", "insurance", "government services"])
    s = R.randrange(5)
    if s < 2:
        acct = "".join(str(R.randrange(10)) for _ in range(8)); sc = "%06d" % R.randrange(10**6)
        if s == 0:
            add("positive", "chat/%s UK: sort code and account typed" % i, [
                (A, ["Please provide the sort code and account number for the direct debit."]),
                (C, ["sort code ", ("%s-%s-%s" % (sc[:2], sc[2:4], sc[4:]), "SORT_CODE"), " acc no ", (acct, "BANK_ACCOUNT")])])
        else:
            add("positive", "call/%s UK: sort code in pairs, account spoken across turns" % i, [
                (A, ["what's the sort code"]),
                (C, [(" ".join(pair_word(int(sc[k:k + 2])) for k in (0, 2, 4)), "SORT_CODE")]),
                (A, ["and the account number"]),
                (C, [(spoken_digits(acct[:4]), "BANK_ACCOUNT")]),
                (A, ["okay go on"]),
                (C, [(spoken_digits(acct[4:]), "BANK_ACCOUNT")])])
    elif s == 2:
        acct = "".join(str(R.randrange(10)) for _ in range(R.randrange(9, 13)))
        routing = "0" + "".join(str(R.randrange(10)) for _ in range(8))
        add("positive", "chat/%s US: checking account typed next to routing number (routing not labelled)" % i, [
            (A, ["For autopay, what checking account should we debit?"]),
            (C, ["routing ", routing, " account ", (acct, "BANK_ACCOUNT")])])
    elif s == 3:
        acct = "".join(str(R.randrange(10)) for _ in range(R.randrange(8, 12)))
        add("positive", "call/%s US: account number spoken with fillers" % i, [
            (A, ["and the account number you want the refund to go to"]),
            (C, ["okay it's ", (spoken_digits(acct, "mixed"), "BANK_ACCOUNT"), " that's my checking"])])
    else:
        sc = "%06d" % R.randrange(10**6); acct = "".join(str(R.randrange(10)) for _ in range(8))
        add("positive", "call/%s UK: sort code and account in one turn, nought" % i, [
            (C, ["sort code ", (spoken_digits(sc, "single").replace("zero", "nought"), "SORT_CODE"),
                 " account number ", (spoken_digits(acct, "single"), "BANK_ACCOUNT")])])


def pos_iban():
    ib = make_iban(); i = R.choice(["banking", "travel", "insurance", "utilities"])
    s = R.randrange(3)
    if s == 0:
        typed = R.choice([ib, " ".join(ib[k:k + 4] for k in range(0, len(ib), 4)), ib.lower()])
        add("positive", "chat/%s EU: IBAN typed" % i, [
            (A, ["Please send the IBAN for the refund."]),
            (C, ["IBAN: ", (typed, "IBAN")])])
    else:
        parts = []
        for ch in ib:
            if ch.isdigit():
                parts.append(ONES[int(ch)] if ch != "0" else R.choice(["zero", "oh"]))
            else:
                parts.append(ch.lower() if (R.random() < 0.6 and ch != "O") else ch.lower() + " for " + NATO[ch.lower()])
        add("positive", "call/%s EU: IBAN spelled out in a call" % i, [
            (A, ["can you read me the iban"]),
            (C, ["yeah ", (" ".join(parts), "IBAN")])])


def pos_phone():
    i = ind(); p = phone_us(); s = R.randrange(6)
    if s == 0:
        add("positive", "chat/%s US: phone typed" % i, [
            (A, ["What's the best callback number?"]),
            (C, [(fmt_phone_typed(p), "PHONE"), " after 5pm pls"])])
    elif s == 1:
        add("positive", "call/%s US: phone spoken 3-3-4 across turns" % i, [
            (A, ["best number to reach you"]),
            (C, ["area code ", (spoken_digits(p[:3], "single"), "PHONE")]),
            (A, ["mhm"]),
            (C, [(spoken_digits(p[3:6], "single"), "PHONE")]),
            (A, ["okay"]),
            (C, [(spoken_digits(p[6:], R.choice(["single", "pairs", "mixed"])), "PHONE")])])
    elif s == 2:
        add("positive", "call/%s US: phone with hundreds in exchange and pairs" % i, [
            (C, ["you can call me back on ", (spoken_digits(p[:3], "single") + " " + spoken_digits(p[3:6], "single") + " " + pair_word(int(p[6:8])) + " " + pair_word(int(p[8:])), "PHONE")]),
            (A, ["perfect i'll call you back in about ", str(R.randrange(10, 50)), " minutes"])])
    elif s == 3:
        uk = "07" + "".join(str(R.randrange(10)) for _ in range(9))
        add("positive", "call/telecom UK: mobile spoken with double/nought", [
            (A, ["and a contact number"]),
            (C, [(spoken_digits(uk, "mixed").replace("zero", "nought"), "PHONE")])])
    elif s == 4:
        ie = "+353 8%d %03d %04d" % (R.randrange(3, 10), R.randrange(1000), R.randrange(10000))
        add("positive", "chat/%s Ireland: international mobile typed" % i, [
            (C, ["my number changed, new one is ", (ie, "PHONE")])])
    else:
        add("positive", "call/%s US: phone with leading 'one' country code" % i, [
            (C, ["it's ", ("one " + spoken_digits(p, "single"), "PHONE")]),
            (A, ["let me repeat ", (spoken_digits(p, "single"), "PHONE")])])


def pos_email():
    i = ind(); f = R.choice(FIRST); l = R.choice(LAST); d = R.choice(DOMAINS); n = R.randrange(1, 99)
    s = R.randrange(4)
    user = R.choice([f + "." + l, f[0] + l, f + l + str(n), f + "_" + l])
    if s == 0:
        add("positive", "chat/%s: email typed" % i, [
            (A, ["What email should we send the receipt to?"]),
            (C, [(R.choice([user + "@" + d, (user + "@" + d).upper()]), "EMAIL")])])
    else:
        spu = user.replace(".", " dot ").replace("_", " underscore ")
        spu = re.sub(r"(\d+)", lambda m: " " + spoken_digits(m.group(1)), spu).replace("  ", " ")
        dd = d.split(".")
        spd = dd[0] + " dot " + dd[1]
        if s == 1:
            add("positive", "call/%s: email spoken with dot/at" % i, [
                (A, ["and the email address"]),
                (C, [(spu + " at " + spd, "EMAIL")])])
        elif s == 2:
            add("positive", "call/%s: email spoken, domain in next turn" % i, [
                (A, ["email address please"]),
                (C, [(spu, "EMAIL")]),
                (A, ["at"]),
                (C, [(spd, "EMAIL")])])
        else:
            letters = " ".join(f[:3])
            add("positive", "call/%s: email with spelled-out name" % i, [
                (C, ["it's ", (letters + " " + f[3:] + " " + l + " at " + spd, "EMAIL"), " that's ", " ".join(f[:3]), " as in ", NATO.get(f[0], f[0])])])


def pos_dob():
    i = ind(); m = R.randrange(1, 13); dday = R.randrange(1, 29); y = R.randrange(1940, 2005)
    s = R.randrange(5)
    if s == 0:
        add("positive", "chat/%s US: DOB typed mm/dd/yyyy" % i, [
            (A, ["Please confirm your date of birth."]),
            (C, [("%02d/%02d/%d" % (m, dday, y), "DOB")])])
    elif s == 1:
        add("positive", "call/%s US: DOB spoken month name ordinal year" % i, [
            (A, ["and your date of birth"]),
            (C, [(MONTHS[m - 1] + " " + ORD[dday] + " " + year_words(y), "DOB")])])
    elif s == 2:
        add("positive", "call/%s UK: DOB spoken day of month" % i, [
            (A, ["can you confirm your date of birth for me"]),
            (C, ["yeah it's the ", (ORD[dday] + " of " + MONTHS[m - 1] + " " + year_words(y), "DOB")])])
    elif s == 3:
        add("positive", "call/%s US: DOB as digits spoken" % i, [
            (A, ["date of birth"]),
            (C, [(pair_word(m) + " " + pair_word(dday) + " " + year_words(y), "DOB")])])
    else:
        add("positive", "chat/%s: DOB typed with month abbreviation, near appointment date" % i, [
            (C, ["born ", ("%d %s %d" % (dday, MONTHS[m - 1][:3].title(), y), "DOB"), ", appointment is on the ", str(R.randrange(1, 28)), "th"])])


def pos_addr():
    i = ind(); c, stt = R.choice(CITIES); z = zip_us(); s = R.randrange(6)
    if s == 0:
        add("positive", "chat/%s US: full street address with ZIP typed" % i, [
            (A, ["What's the shipping address?"]),
            (C, [(addr_us(False), "ADDRESS"), ", " + c.title() + ", " + stt + " ", (z, "POSTCODE")])])
    elif s == 1:
        z4 = z + "-" + "%04d" % R.randrange(10000)
        add("positive", "chat/%s US: address with apt and ZIP+4" % i, [
            (C, ["please update my address to ", (addr_us(False) + " Apt " + str(R.randrange(1, 40)) + R.choice(["", "B"]), "ADDRESS"), " " + c.title() + " " + stt + " ", (z4, "POSTCODE")])])
    elif s == 2:
        add("positive", "call/%s US: address and ZIP spoken" % i, [
            (A, ["and the address on file"]),
            (C, [(addr_us(True), "ADDRESS"), " " + c + " " + R.choice(["texas", "ohio", "florida", "colorado"]) + " ", (spoken_digits(z, "single"), "POSTCODE")])])
    elif s == 3:
        add("positive", "call/%s US: ZIP alone for card verification" % i, [
            (A, ["what's the billing zip code for the card"]),
            (C, [(spoken_digits(z, R.choice(["single", "mixed"])), "POSTCODE")])])
    elif s == 4:
        pc = R.choice(["SW1A", "M1", "B33", "LS6", "EH3", "CF10", "BT7", "NE4"]) + " " + str(R.randrange(1, 10)) + R.choice("ABDEFGHJLNPQRSTUWXYZ") + R.choice("ABDEFGHJLNPQRSTUWXYZ")
        add("positive", "chat/%s UK: street address and postcode typed" % i, [
            (C, ["new address is ", (str(R.randrange(1, 200)) + " " + R.choice(STREETS).title() + " " + R.choice(["Road", "Street", "Close", "Lane"]), "ADDRESS"), ", ", (R.choice([pc, pc.lower(), pc.replace(" ", "")]), "POSTCODE")])])
    else:
        pcw = R.choice(["m", "b", "l", "s"])
        dgt = R.randrange(1, 10); dg2 = R.randrange(1, 10); a1, a2 = R.choice("abdefghjnpqrstuwxyz"), R.choice("abdefghjnpqrstuwxyz")
        sp = "%s %s %s %s for %s %s" % (pcw, ONES[dgt], ONES[dg2], a1, NATO.get(a1, a1), a2)
        add("positive", "call/utilities UK: postcode spelled with phonetic letter", [
            (A, ["and the postcode at the property"]),
            (C, [(sp, "POSTCODE")])])


def pos_mixed():
    i = ind(); ssn = make_ssn(); p = phone_us(); z = zip_us(); card = make_card()
    s = R.randrange(3)
    if s == 0:
        add("positive", "call/%s US: SSN and DOB in the same turn with chit-chat" % i, [
            (A, ["i'll need your social and date of birth"]),
            (C, ["sure social is ", (spoken_digits(ssn), "SSN"), " and birthday ", (MONTHS[R.randrange(12)] + " " + ORD[R.randrange(1, 29)] + " " + year_words(R.randrange(1950, 2000)), "DOB"), " sorry the dog is barking"])])
    elif s == 1:
        add("positive", "chat/%s US: phone and ZIP in one message with policy number (unlabelled)" % i, [
            (C, ["policy number ", "PN" + str(R.randrange(1000000, 9999999)), " phone ", (fmt_phone_typed(p), "PHONE"), " zip ", (z, "POSTCODE")])])
    else:
        add("positive", "call/%s US: card and billing zip, with order number (unlabelled)" % i, [
            (A, ["for order number ", spoken_digits(str(R.randrange(100000, 999999)), "single"), " i'll take the card now"]),
            (C, [(spoken_digits(card), "CARD_NUMBER")]),
            (A, ["and the billing zip"]),
            (C, [(spoken_digits(z, "single"), "POSTCODE")])])


def pos_us_extra():
    i = ind(); ssn = make_ssn(); z = zip_us(); c, stt = R.choice(CITIES); s = R.randrange(4)
    if s == 0:
        add("positive", "chat/%s US: SSN and DOB typed together with labels glued on" % i, [
            (C, ["SSN#", (ssn[:3] + "-" + ssn[3:5] + "-" + ssn[5:], "SSN"), " DOB ", ("%d/%d/%d" % (R.randrange(1, 13), R.randrange(1, 29), R.randrange(1945, 2004)), "DOB"), " acct balance is $" + str(R.randrange(10, 900)) + "?"])])
    elif s == 1:
        add("positive", "call/%s US: street address spoken with apartment and ZIP+4 spoken" % i, [
            (A, ["what's the service address"]),
            (C, [(addr_us(True) + " apartment " + ONES[R.randrange(1, 10)] + " " + R.choice(["b", "c", "d"]), "ADDRESS"), " in " + c]),
            (A, ["and the zip"]),
            (C, [(spoken_digits(z, "single") + " dash " + spoken_digits("%04d" % R.randrange(10000), "single"), "POSTCODE")])])
    elif s == 2:
        add("positive", "call/%s US: SSN self-corrected mid-reading then agent confirms" % i, [
            (A, ["social security number please"]),
            (C, [(spoken_digits(ssn[:5], "single"), "SSN"), " no wait"]),
            (A, ["take your time"]),
            (C, [(spoken_digits(ssn, "single"), "SSN")])])
    else:
        add("positive", "chat/%s US: ssn typed with spaces in lower-case sentence, typo'd label" % i, [
            (C, ["my socail is ", (ssn[:3] + " " + ssn[3:5] + " " + ssn[5:], "SSN"), " and zip ", (z, "POSTCODE"), " thx"])])


# ----- negative generators -----------------------------------------------------

def neg():
    i = ind(); s = R.randrange(25)
    amt = "%d.%02d" % (R.randrange(10, 2000), R.randrange(100))
    if s == 0:
        add("negative", "chat/%s: amount and payment date" % i, [
            (C, ["I paid $" + amt + " on 11/03/2026, why is it still showing?"]),
            (A, ["I see the payment of $" + amt + ", it posts within 3-5 business days."])])
    elif s == 1:
        n = str(R.randrange(10000000, 999999999))
        add("negative", "call/insurance US: claim number spoken with its reference word", [
            (A, ["do you have the claim number"]),
            (C, ["yeah claim number " + spoken_digits(n, "single")])])
    elif s == 2:
        add("negative", "chat/retail US: tracking number with carrier prefix", [
            (C, ["tracking says 1Z" + "".join(R.choice("0123456789ABCDEFX") for _ in range(8)) + " hasnt moved in " + str(R.randrange(2, 9)) + " days"])])
    elif s == 3:
        add("negative", "call/travel: flight number, gate, time", [
            (C, ["i'm on flight ua " + pair_word(R.randrange(10, 99)) + " " + pair_word(R.randrange(10, 99)) + " leaving at " + ONES[R.randrange(1, 10)] + " forty five from gate b " + pair_word(R.randrange(10, 40))])])
    elif s == 4:
        add("negative", "call/utilities: meter reading", [
            (A, ["can you read me the meter"]),
            (C, ["it says " + spoken_digits("%05d" % R.randrange(100000), "single") + " units"])])
    elif s == 5:
        add("negative", "call/banking US: balance and interest rate", [
            (A, ["your current balance is " + pair_word(R.randrange(10, 99)) + " hundred and " + pair_word(R.randrange(10, 99)) + " dollars and the apr is " + pair_word(R.randrange(10, 30)) + " point nine nine percent"])])
    elif s == 6:
        n = str(R.randrange(100000000, 9999999999))
        add("negative", "chat/healthcare billing US: member ID with label", [
            (C, ["Member ID " + n + ", group number " + str(R.randrange(10000, 99999)) + ". Question about a $" + amt + " bill"])])
    elif s == 7:
        add("negative", "call/healthcare billing US: appointment date and time", [
            (C, ["my appointment was " + MONTHS[R.randrange(12)] + " " + ORD[R.randrange(1, 29)] + " at " + ONES[R.randrange(1, 10)] + " thirty and they billed me twice"])])
    elif s == 8:
        add("negative", "call/telecom: data usage and plan price", [
            (A, ["you've used " + pair_word(R.randrange(10, 40)) + " point " + ONES[R.randrange(10)] + " gigs of your " + pair_word(R.randrange(50, 99)) + " and the plan is " + pair_word(R.randrange(20, 99)) + " ninety nine a month"])])
    elif s == 9:
        n = str(R.randrange(1000000, 99999999))
        add("negative", "call/insurance US: policy number spoken with pairs", [
            (A, ["can i get the policy number"]),
            (C, ["policy number is " + spoken_digits(n, "pairs")])])
    elif s == 10:
        add("negative", "chat/retail: model number and quantity", [
            (C, ["I ordered " + str(R.randrange(2, 12)) + " of model WX-" + str(R.randrange(1000, 99999)) + " and only got " + str(R.randrange(1, 2))])])
    elif s == 11:
        add("negative", "call/travel: hotel room number and nights", [
            (C, ["i was in room " + ONES[R.randrange(1, 10)] + " " + pair_word(R.randrange(10, 99)) + " for " + ONES[R.randrange(2, 8)] + " nights checked out on the " + ORD[R.randrange(1, 29)]])])
    elif s == 12:
        n = str(R.randrange(1000000, 9999999))
        add("negative", "chat/telecom: ticket number reference", [
            (A, ["Your ticket number is " + n + ". Expect an update within 48 hours."])])
    elif s == 13:
        add("negative", "call/utilities: temperature and thermostat", [
            (C, ["the heat's been out since monday it's like " + pair_word(R.randrange(40, 60)) + " degrees in here and the thermostat's set to " + pair_word(R.randrange(65, 75))])])
    elif s == 14:
        add("negative", "call/government services: ages and years", [
            (C, ["my son is " + pair_word(R.randrange(11, 18)) + " and we moved here in " + year_words(R.randrange(1995, 2024)) + " he's been enrolled for " + ONES[R.randrange(2, 9)] + " years"])])
    elif s == 15:
        n = str(R.randrange(10000000, 9999999999))
        add("negative", "chat/retail US: invoice number typed with label", [
            (C, ["Invoice #" + n + " dated 10/" + str(R.randrange(1, 29)) + "/2026 total $" + amt])])
    elif s == 16:
        add("negative", "call/banking: contract start and payment dates", [
            (A, ["your loan started on " + MONTHS[R.randrange(12)] + " " + ORD[R.randrange(1, 29)] + " " + year_words(R.randrange(2015, 2026)) + " and the next payment of " + pair_word(R.randrange(20, 99)) + " dollars is due the " + ORD[R.randrange(1, 29)]])])
    elif s == 17:
        n = str(R.randrange(100000, 99999999))
        add("negative", "call/retail US: order number said with 'order number' split over turns", [
            (A, ["what's the order number"]),
            (C, ["order number " + spoken_digits(n[:3], "single")]),
            (A, ["mhm"]),
            (C, [spoken_digits(n[3:], "single")])])
    elif s == 18:
        add("negative", "call/telecom: internet speed and hold time", [
            (C, ["i'm paying for " + ONES[R.randrange(2, 10)] + " hundred megs and getting " + pair_word(R.randrange(10, 60)) + " and i've been on hold " + pair_word(R.randrange(20, 59)) + " minutes"])])
    elif s == 20:
        n = str(R.randrange(100000000, 999999999))
        add("negative", "call/healthcare billing US: member number read in 3-3-3 groups with its label", [
            (A, ["what's the member number on the insurance card"]),
            (C, ["member number " + spoken_digits(n[:3], "single") + " " + spoken_digits(n[3:6], "single") + " " + spoken_digits(n[6:], "single")])])
    elif s == 21:
        add("negative", "chat/insurance US: vehicle year and mileage, deductible", [
            (C, ["It's a " + str(R.randrange(2008, 2025)) + " Honda with " + "{:,}".format(R.randrange(10000, 180000)) + " miles, deductible is $" + str(R.choice([250, 500, 1000])) + " right?"])])
    elif s == 22:
        n = str(R.randrange(10000000, 9999999999))
        add("negative", "chat/government services US: case number and office hours", [
            (A, ["Your case number is " + n + ". Our office is open 8:30 to 4:30, Monday to Friday."])])
    elif s == 23:
        add("negative", "call/retail US: confirmation number and delivery window", [
            (A, ["your confirmation number is " + spoken_digits(str(R.randrange(100000, 99999999)), "pairs") + " and delivery is between " + ONES[R.randrange(8, 10)] + " and " + ONES[R.randrange(1, 5)] + " on the " + ORD[R.randrange(1, 29)]])])
    else:
        add("negative", "chat/travel: booking reference and price", [
            (C, ["Booking ref " + "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(6)) + ", paid EUR " + amt + " for " + str(R.randrange(1, 5)) + " passengers on 12/" + str(R.randrange(10, 28))])])


def build():
    CASE_LIST.clear(); R.seed(SEED)
    gens = ([pos_card] * 34 + [pos_ssn] * 36 + [pos_ni] * 28 + [pos_cvv_exp] * 14 + [pos_bank] * 24 + [pos_iban] * 13
            + [pos_phone] * 16 + [pos_email] * 14 + [pos_dob] * 14 + [pos_addr] * 22 + [pos_mixed] * 10 + [pos_us_extra] * 16)
    for g in gens:
        g()
    for _ in range(130):
        neg()
    pos = [c for c in CASE_LIST if c["kind"] == "positive"]
    negs = [c for c in CASE_LIST if c["kind"] == "negative"]
    out = []
    for k, c in enumerate(pos, 1):
        out.append(dict(id="h252-pos-%03d" % k, kind="positive", turns=c["turns"], spans=c["spans"], note=c["note"]))
    for k, c in enumerate(negs, 1):
        out.append(dict(id="h252-neg-%03d" % k, kind="negative", turns=c["turns"], spans=[], note=c["note"]))
    return out


def dump(cases):
    return "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in cases)


# ----- validation --------------------------------------------------------------
W2D = {w: str(i) for i, w in enumerate(ONES)}
W2D.update({"oh": "0", "o": "0", "nought": "0"})


def norm(text):
    """Spoken/typed value -> string of digits and upper-case letters."""
    toks = re.findall(r"[a-z0-9\-]+", text.lower().replace("x-ray", "xray"))
    out, i = [], 0
    fillers = {"uh", "um", "sorry", "no", "for", "dash"}
    while i < len(toks):
        t = toks[i]
        if i + 2 < len(toks) and toks[i + 1] == "for" and toks[i + 2] in set(NATO.values()) | {"xray"}:
            out.append(t.upper()); i += 3; continue
        if t in ("double", "triple") and i + 1 < len(toks) and toks[i + 1] in W2D:
            out.append(W2D[toks[i + 1]] * (2 if t == "double" else 3)); i += 2; continue
        if t in W2D:
            out.append(W2D[t]); i += 1; continue
        if t in TEENS:
            out.append(str(10 + TEENS.index(t))); i += 1; continue
        if t in TENS and t:
            if i + 1 < len(toks) and toks[i + 1] in ONES[1:]:
                out.append(str(TENS.index(t)) + W2D[toks[i + 1]]); i += 2; continue
            out.append(str(TENS.index(t)) + "0"); i += 1; continue
        if i >= 1 and toks[i - 1] == "for" and t in NATO.values() or t == "xray":
            i += 1; continue
        if t in fillers:
            i += 1; continue
        out.append(re.sub(r"[^0-9a-z]", "", t).upper()); i += 1
    return "".join(out)


def check_value(typ, val, joined):
    n = joined
    d = re.sub(r"\D", "", n)
    if typ == "CARD_NUMBER":
        return (13 <= len(d) <= 19 and luhn_ok(d)) or "sorry no" in val
    if typ == "SSN":
        return len(d) in (9, 4) and n.isdigit()
    if typ == "NI_NUMBER":
        return re.fullmatch(r"[A-Z]{2}\d{6}[A-D]", n) is not None
    if typ == "IBAN":
        return iban_ok(n)
    if typ == "SORT_CODE":
        return len(d) == 6 and n.isdigit()
    if typ == "CVV":
        return len(d) in (3, 4) and n.isdigit()
    if typ == "BANK_ACCOUNT":
        return 8 <= len(d) <= 17 and n.isdigit()
    if typ == "PHONE":
        return 10 <= len(d) <= 13
    if typ == "EMAIL":
        return "@" in val or " at " in val or " dot " in val
    if typ == "POSTCODE":
        return (re.fullmatch(r"\d{5}(\d{4})?", n) is not None or
                re.fullmatch(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}", n) is not None)
    if typ == "EXPIRY":
        return len(d) >= 3 or any(m in val.lower() for m in MONTHS)
    if typ == "DOB":
        return bool(d) or any(m in val.lower() for m in MONTHS)
    if typ == "ADDRESS":
        return any(s in val.lower() for s in list(SUFFIX) + [v.lower() for v in SUFFIX_ABBR.values()] + ["close"])
    return False


def check(cases):
    problems = []
    ids = Counter(c["id"] for c in cases)
    problems += ["duplicate id %s" % k for k, v in ids.items() if v > 1]
    typecount = Counter()
    for c in cases:
        if c["kind"] == "negative" and c["spans"]:
            problems.append("%s negative with spans" % c["id"])
        if c["kind"] == "positive" and not c["spans"]:
            problems.append("%s positive without spans" % c["id"])
        # group spans of the same type in consecutive turns of one case for value checks
        groups = {}
        for sp in c["spans"]:
            t = c["turns"][sp["turn"]]["text"] if 0 <= sp["turn"] < len(c["turns"]) else None
            if t is None or not (0 <= sp["start"] < sp["end"] <= len(t)):
                problems.append("%s span out of range %r" % (c["id"], sp)); continue
            v = t[sp["start"]:sp["end"]]
            if v != v.strip():
                problems.append("%s span has outer whitespace %r" % (c["id"], v))
            if (sp["start"] > 0 and t[sp["start"] - 1].isalnum()) or (sp["end"] < len(t) and t[sp["end"]].isalnum()):
                problems.append("%s span not on word boundary %r" % (c["id"], v))
            if sp["type"] not in TYPES:
                problems.append("%s bad type %s" % (c["id"], sp["type"]))
            typecount[sp["type"]] += 1
            groups.setdefault(sp["type"], []).append((sp, v))
        byturn = {}
        for sp in c["spans"]:
            byturn.setdefault(sp["turn"], []).append(sp)
        for lst in byturn.values():
            lst.sort(key=lambda s: s["start"])
            for a, b in zip(lst, lst[1:]):
                if b["start"] < a["end"]:
                    problems.append("%s overlapping spans" % c["id"])
        for typ, items in groups.items():
            # values are either one per span, or one split over several turns (or read back: a repeat)
            singles = [check_value(typ, v, norm(v)) for _, v in items]
            if all(singles):
                continue
            good = [norm(v) for (_, v), ok in zip(items, singles) if ok]
            if all(ok or any(g.startswith(norm(v)) for g in good) for (_, v), ok in zip(items, singles)):
                continue  # abandoned partial reading that is restarted in full later
            turns = sorted(set(s["turn"] for s, _ in items))
            if len(turns) == len(items):
                whole = " ".join(v for _, v in items)
                if check_value(typ, whole, norm(whole)):
                    continue
            problems.append("%s invalid %s value(s): %r" % (c["id"], typ, [v for _, v in items]))
    return problems, typecount


def readme(cases, tc):
    npos = sum(c["kind"] == "positive" for c in cases); nneg = len(cases) - npos
    lines = ["# PII hold-out set h252", "",
             "**Never use this set for tuning.** It is a held-out evaluation set only.", "",
             "Written by an AI helper acting as an independent author who did not see the redaction code,",
             "its tests, its docs or any other PII fixture (only a 3-line JSONL format example).",
             "Generated by `scripts/make_pii_holdout252.py` from template functions with a single seeded",
             "`random.Random(%d)`; offsets are computed from (value, TYPE) segments, never typed by hand." % SEED,
             "`python scripts/make_pii_holdout252.py --check` regenerates and verifies the file.", "",
             "Emphasis: mostly US contact centres (SSNs typed and spoken, ZIP and ZIP+4, US phones, US street",
             "addresses, card payments by phone) plus UK/Ireland/EU cases; negatives include policy, member,",
             "claim, tracking, invoice, ticket and order numbers with their names, amounts, dates, times, etc.", "",
             "## Annotation conventions", "",
             "- A span covers only the value itself: lead-ins such as \"it's\", \"my social is\", \"area code\",",
             "  \"sort code\", \"the\" before a DOB are outside the span; trailing chit-chat is outside.",
             "- Spoken values include all their number words (\"double seven\", \"oh\", pairs like \"forty one\").",
             "- A value split over several customer turns gets one span per turn (agent back-channels unlabelled).",
             "- Agent read-backs of a value are labelled too.",
             "- Self-corrections (\"... sorry no ...\") are inside one span covering the whole reading.",
             "- Filler words inside a reading (\"uh\", \"um\") are inside the span.",
             "- Phonetic spellings (\"b for bravo\") are inside the span.",
             "- For EMAIL the whole address incl. domain; spoken \"at\"/\"dot\" are inside.",
             "- ADDRESS = house number + street (+ apartment); city/state are outside; ZIP/postcode is its own POSTCODE span.",
             "- Bank routing numbers, policy/order/claim/member numbers are never labelled.",
             "- SSN last-four (when asked for the last four of a social) is labelled SSN.",
             "- An abandoned partial reading (\"... no wait\") that is restarted in full is labelled too.",
             "- A spoken ZIP+4 includes the word \"dash\" inside the POSTCODE span.", "",
             "## Counts", "", "- positives: %d" % npos, "- negatives: %d" % nneg, "",
             "| type | spans |", "|---|---|"]
    lines += ["| %s | %d |" % (t, tc.get(t, 0)) for t in TYPES]
    return "\n".join(lines) + "\n"


def main():
    cases = build()
    text = dump(cases)
    problems, tc = check(cases)
    npos = sum(c["kind"] == "positive" for c in cases); nneg = len(cases) - npos
    if npos < 170: problems.append("too few positives %d" % npos)
    if nneg < 100: problems.append("too few negatives %d" % nneg)
    for t in TYPES:
        need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
        if tc.get(t, 0) < need:
            problems.append("type %s has only %d spans" % (t, tc.get(t, 0)))
    rd = readme(cases, tc)
    if "--check" in sys.argv:
        try:
            if open(CASES, encoding="utf-8").read() != text:
                problems.append("cases.jsonl differs from regenerated output")
            if open(README, encoding="utf-8").read() != rd:
                problems.append("README.md differs from regenerated output")
        except OSError as e:
            problems.append("missing file: %s" % e)
    else:
        os.makedirs(OUTDIR, exist_ok=True)
        open(CASES, "w", encoding="utf-8").write(text)
        open(README, "w", encoding="utf-8").write(rd)
    print("positives %d negatives %d" % (npos, nneg))
    for t in TYPES:
        print("  %-13s %d" % (t, tc.get(t, 0)))
    for p in problems:
        print("PROBLEM:", p)
    print("OK" if not problems else "FAILED (%d problems)" % len(problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Generate the held-out PII evaluation set h254 (independent author, stdlib only).

python scripts/make_pii_holdout254.py          # write fixture + README
python scripts/make_pii_holdout254.py --check  # regenerate, compare, validate
"""
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

SEED = 254241126
ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "tests" / "fixtures" / "pii_holdout254"
CASES = OUT_DIR / "cases.jsonl"
README = OUT_DIR / "README.md"
TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE",
         "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

R = random.Random(SEED)
D = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
         "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "h": "hotel",
        "j": "juliet", "k": "kilo", "l": "lima", "m": "mike", "n": "november", "p": "papa",
        "r": "romeo", "s": "sierra", "t": "tango", "w": "whiskey", "y": "yankee", "z": "zulu",
        "g": "golf", "x": "x ray", "o": "oscar", "i": "india", "f": "foxtrot", "u": "uniform",
        "v": "victor", "q": "quebec"}
ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
       "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
       "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty first", "twenty second",
       "twenty third", "twenty fourth", "twenty fifth", "twenty sixth", "twenty seventh",
       "twenty eighth"]


# ---------------------------------------------------------------- value generators
def digits(n):
    return "".join(str(R.randint(0, 9)) for _ in range(n))


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
    pre, ln = R.choice([("4", 16), ("51", 16), ("55", 16), ("2221", 16), ("37", 15), ("6011", 16),
                        ("4", 13), ("35", 16), ("4", 19)])
    body = pre + digits(ln - len(pre) - 1)
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def iban_ok(s):
    s = s.replace(" ", "").upper()
    r = s[4:] + s[:4]
    num = "".join(str(int(ch, 36)) for ch in r)
    return int(num) % 97 == 1


def make_iban():
    cc, bban = R.choice([
        ("GB", lambda: R.choice(["NWBK", "BARC", "LOYD", "MIDL"]) + digits(14)),
        ("IE", lambda: R.choice(["AIBK", "BOFI"]) + digits(14)),
        ("DE", lambda: digits(18)),
        ("FR", lambda: digits(23)),
        ("NL", lambda: R.choice(["ABNA", "INGB", "RABO"]) + digits(10)),
        ("ES", lambda: digits(20)),
    ])
    b = bban()
    num = "".join(str(int(ch, 36)) for ch in b + cc + "00")
    chk = 98 - int(num) % 97
    return cc + "%02d" % chk + b


def make_ni():
    first = R.choice("ABCEGHJKLMNPRSTWXYZ")
    second = R.choice("ABCEGHJKLMNPRSTWXYZ")
    while first + second in ("GB", "NK", "TN", "ZZ", "BG", "KN", "NT"):
        second = R.choice("ABCEHJKLMPRSTWXYZ")
    return first + second + digits(6) + R.choice("ABCD")


def make_ssn():
    a = R.randint(101, 665)
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


FIRST = ["sarah", "james", "priya", "liam", "aoife", "marco", "tom", "grace", "dev", "hannah",
         "niamh", "oliver", "chloe", "raj", "emma", "sean", "lucy", "kofi"]
LAST = ["okafor", "murphy", "patel", "smith", "kelly", "brennan", "nguyen", "walsh", "hughes",
        "garcia", "obrien", "taylor", "fischer", "rossi", "khan", "jones"]
DOMAINS = ["gmail.com", "outlook.com", "yahoo.co.uk", "hotmail.com", "icloud.com", "btinternet.com",
           "eircom.net", "proton.me", "aol.com"]
UK_STREETS = ["Mill Lane", "Church Road", "Station Road", "Victoria Street", "Park Avenue",
              "Queens Drive", "Orchard Close", "Highfield Road", "Manor Way", "Kings Crescent"]
US_STREETS = ["Maple Avenue", "Oak Street", "Elm Drive", "Sunset Boulevard", "Lakeview Road",
              "Pine Court", "Washington Street", "Cedar Lane", "Hillcrest Drive"]
IE_STREETS = ["Griffith Avenue", "Main Street", "Strand Road", "Castle Park", "Seafield Road"]
UK_PC = ["SW1A 2AA", "M1 4BT", "LS6 3HN", "EH3 9QP", "B15 2TT", "CF10 1EP", "BS8 1TH", "NE1 7RU",
         "G12 8QQ", "L17 6DA", "OX4 1BX", "N16 8PL", "SE22 9EU", "CB2 1TN", "BT7 1NN", "DN14 6RS"]


def make_uk_pc():
    return R.choice(UK_PC)


def make_zip():
    return "%05d" % R.randint(1001, 99950)


# ---------------------------------------------------------------- spoken forms
def zero_word():
    return R.choice(["zero", "oh", "o", "nought", "oh", "zero"])


def two_digit_words(n):
    if n < 10:
        return zero_word() + " " + D[n]
    if n < 20:
        return TEENS[n - 10]
    t, u = divmod(n, 10)
    return TENS[t] + ("" if u == 0 else " " + D[u])


def say_digits(s, style=None, fillers=False):
    """Spoken form of a digit string as an ASR would write it."""
    style = style or R.choice(["single", "single", "repeat", "pairs", "mixed"])
    out = []
    i = 0
    while i < len(s):
        ch = s[i]
        if style in ("repeat", "mixed") and i + 2 < len(s) and s[i] == s[i + 1] == s[i + 2] \
                and R.random() < 0.8:
            out.append("triple " + (zero_word() if ch == "0" else D[int(ch)]))
            i += 3
            continue
        if style in ("repeat", "mixed") and i + 1 < len(s) and s[i] == s[i + 1] and R.random() < 0.8:
            out.append("double " + (zero_word() if ch == "0" else D[int(ch)]))
            i += 2
            continue
        if style in ("pairs", "mixed") and i + 1 < len(s) and s[i] != "0" and s[i + 1] != "0" \
                and R.random() < 0.6:
            out.append(two_digit_words(int(s[i:i + 2])))
            i += 2
            continue
        out.append(zero_word() if ch == "0" else D[int(ch)])
        i += 1
        if fillers and i < len(s) and R.random() < 0.08:
            out.append(R.choice(["um", "uh", "er"]))
    return " ".join(out)


def say_letter(c):
    c = c.lower()
    if c == "o" or (R.random() < 0.45 and c in NATO):
        return c + " for " + NATO[c]
    return c


def say_alnum(s):
    parts = []
    for ch in s:
        if ch.isdigit():
            parts.append(zero_word() if ch == "0" else D[int(ch)])
        elif ch != " ":
            parts.append(say_letter(ch))
    return " ".join(parts)


def group(s, sizes, sep=" "):
    out, i = [], 0
    for k in sizes:
        out.append(s[i:i + k])
        i += k
    if i < len(s):
        out.append(s[i:])
    return sep.join(x for x in out if x)


def chunks(s, k):
    return [s[i:i + k] for i in range(0, len(s), k)]


def say_email(addr):
    user, dom = addr.split("@")
    u = user.replace(".", " dot ").replace("_", " underscore ").replace("-", " dash ")
    u = re.sub(r"(\d+)", lambda m: " " + say_digits(m.group(1), "single") + " ", u)
    u = re.sub(r"\s+", " ", u).strip()
    d = dom.replace(".", " dot ")
    return u + R.choice([" at ", " at ", " at sign "]) + d


def make_email(first, last):
    f = R.choice(["{f}.{l}", "{f}{l}", "{fi}{l}", "{f}_{l}", "{f}.{l}{n}", "{l}{fi}{n}"])
    return f.format(f=first, l=last, fi=first[0], n=R.randint(1, 99)) + "@" + R.choice(DOMAINS)


def make_phone(country):
    if country == "UK":
        return R.choice(["07" + digits(9), "0" + R.choice(["20", "161", "113", "131"]) + digits(7)])[:11]
    if country == "IE":
        return "08" + R.choice("3567") + digits(7)
    if country == "US":
        return str(R.randint(201, 989)) + str(R.randint(200, 999)) + digits(4)
    return "0" + digits(9)


def fmt_phone_typed(p, country):
    if country == "US":
        return R.choice(["(%s) %s-%s" % (p[:3], p[3:6], p[6:]), "%s-%s-%s" % (p[:3], p[3:6], p[6:]),
                         "+1 %s %s %s" % (p[:3], p[3:6], p[6:]), p])
    if country == "UK":
        return R.choice([p[:5] + " " + p[5:], "+44 " + p[1:5] + " " + p[5:], p,
                         "+44 (0)" + p[1:5] + " " + p[5:]])
    return R.choice([p[:3] + " " + p[3:6] + " " + p[6:], "+353 " + p[1:3] + " " + p[3:], p])


def say_phone(p, country):
    if country == "UK" and R.random() < 0.3:
        return "plus four four " + say_digits(p[1:], None, True)
    if country == "IE" and R.random() < 0.3:
        return "plus three five three " + say_digits(p[1:], None, True)
    if country == "US" and R.random() < 0.5:
        return say_digits(p[:3], "single") + " " + say_digits(p[3:6], "single") + " " + \
            say_digits(p[6:], R.choice(["pairs", "single"]))
    return say_digits(p, None, True)


def make_dob():
    return R.randint(1940, 2004), R.randint(1, 12), R.randint(1, 28)


def say_year(y):
    return two_digit_words(y // 100) + " " + two_digit_words(y % 100) if y < 2000 else \
        R.choice(["two thousand and " + D[y % 10] if y % 100 < 10 else "twenty " + two_digit_words(y % 100),
                  "two thousand " + D[y % 10] if y % 100 < 10 else "two thousand and " + two_digit_words(y % 100)])


def say_dob(y, m, d):
    return R.choice([
        "%s of %s %s" % (ORD[d], MONTHS[m - 1], say_year(y)),
        "%s %s %s" % (MONTHS[m - 1], ORD[d], say_year(y)),
        "%s %s %s" % (ORD[d], MONTHS[m - 1], say_year(y)),
        "%s %s %s" % (say_digits("%02d" % d, "single"), say_digits("%02d" % m, "single"), say_year(y)),
    ])


def typed_dob(y, m, d):
    return R.choice(["%02d/%02d/%d" % (d, m, y), "%d-%02d-%02d" % (y, m, d), "%d/%d/%d" % (m, d, y),
                     "%d %s %d" % (d, MONTHS[m - 1].title(), y), "%02d.%02d.%d" % (d, m, y)])


def make_expiry():
    return R.randint(1, 12), R.randint(26, 33)


def say_expiry(m, y):
    return R.choice(["%s %s" % (say_digits("%02d" % m, "single"), two_digit_words(y)),
                     "%s twenty %s" % (MONTHS[m - 1], two_digit_words(y)),
                     "%s %s" % (two_digit_words(m) if m >= 10 else R.choice([D[m], zero_word() + " " + D[m]]),
                                two_digit_words(y))])


def typed_expiry(m, y):
    return R.choice(["%02d/%02d" % (m, y), "%02d/20%02d" % (m, y), "%02d-%02d" % (m, y), "%02d %02d" % (m, y)])


# ---------------------------------------------------------------- case builder
class Case:
    def __init__(self, kind, note):
        self.kind, self.note, self.turns = kind, note, []

    def t(self, speaker, *segs):
        self.turns.append((speaker, list(segs)))
        return self

    def a(self, *segs):
        return self.t("agent", *segs)

    def c(self, *segs):
        return self.t("customer", *segs)

    def render(self, cid):
        turns, spans = [], []
        for ti, (sp, segs) in enumerate(self.turns):
            text = ""
            for s in segs:
                if isinstance(s, tuple):
                    val, typ = s
                    spans.append({"turn": ti, "start": len(text), "end": len(text) + len(val), "type": typ})
                    text += val
                else:
                    text += s
            turns.append({"speaker": sp, "text": text})
        return {"id": cid, "kind": self.kind, "turns": turns, "spans": spans, "note": self.note}


def ch(*opts):
    return R.choice(opts)


def amount(uk=True):
    cur = ch("£", "€") if uk else "$"
    return "%s%d.%02d" % (cur, R.randint(5, 900), R.randint(0, 99))


def say_amount():
    return "%s %s %s %s" % (ch("twenty", "forty", "sixty", "eighty"), ch("four", "two", "seven", "nine"),
                            ch("pounds", "pound", "euro", "pounds"), two_digit_words(R.randint(10, 99)))


def ref_no():
    return digits(R.randint(6, 10))


# ---------------------------------------------------------------- positive templates
def pos_call_card_split(country):
    card = make_card()
    em, ey = make_expiry()
    cvv = digits(4 if card.startswith("37") else 3)
    ind = ch("telecom", "utilities", "insurance", "retail")
    cs = Case("positive", "call/%s: card split across turns with back-channels, expiry and cvv amid a "
                          "bill dispute with amounts and reference" % ind)
    ref = ref_no()
    cs.a("thanks for calling " + ch("how can i help today", "you're through to billing how can i help"))
    cs.c("hi yeah i got a bill for " + say_amount() + " and it's usually about thirty quid i think there's a mistake")
    cs.a("okay sorry about that can i take the reference on the letter")
    cs.c("it says reference " + say_digits(ref, "single"))
    cs.a("thank you i can see there was an extra charge of twelve pounds for a late payment on the "
         + ORD[R.randint(1, 28)] + " of " + ch(*MONTHS))
    cs.c("right well i'd rather just pay it now and get it sorted")
    cs.a("no problem whenever you're ready with the long card number")
    parts = chunks(card, 4)
    for i, p in enumerate(parts):
        lead = ch("", "yeah ", "it's ", "um ") if i == 0 else ch("", "", "then ")
        cs.c(lead, (say_digits(p, None), "CARD_NUMBER"))
        if i < len(parts) - 1:
            cs.a(ch("mhm", "okay go on", "yep", "got that", "uh huh"))
    cs.a("and the expiry date please")
    cs.c(ch("it's ", "expires ", ""), (say_expiry(em, ey), "EXPIRY"))
    cs.a("lovely and the three digits on the back" if len(cvv) == 3 else "and the four digit code on the front")
    cs.c((say_digits(cvv, "single"), "CVV"))
    cs.a("perfect that's gone through for " + say_amount() + " you'll get a confirmation in about five minutes")
    cs.c("brilliant thanks a lot")
    return cs


def pos_chat_card(country):
    card = make_card()
    em, ey = make_expiry()
    cvv = digits(3)
    g = {13: [4, 4, 5], 15: [4, 6, 5], 16: [4, 4, 4, 4], 19: [4, 4, 4, 4, 3]}[len(card)]
    typed = group(card, g, ch(" ", "-", " ", "")) if len(card) != 15 else group(card, [4, 6, 5], ch(" ", "-"))
    ind = ch("retail", "travel", "healthcare billing", "telecom")
    cs = Case("positive", "chat/%s: typed card, expiry and cvv in a long chat about an order with prices and order number" % ind)
    order = ref_no()
    cs.a("Hi, you're chatting with %s. How can I help?" % ch("Maya", "Dan", "Sofia"))
    cs.c("hey my order #%s didnt go thru, it says payment declined for %s" % (order, amount(country != "US")))
    cs.a("Sorry about that! I can retry the payment for you. The total is still %s incl. delivery." % amount(country != "US"))
    cs.c("ok")
    cs.a("Could you type the card number please?")
    if R.random() < 0.5:
        cs.c(ch("sure its ", "card: ", "", "ok "), (typed, "CARD_NUMBER"))
        cs.a("Thanks. Expiry and security code?")
        cs.c(ch("exp ", "expires ", ""), (typed_expiry(em, ey), "EXPIRY"), ch(" cvv ", " and code ", ", sec code "), (cvv, "CVV"))
    else:
        cs.c(ch("it's ", ""), (typed, "CARD_NUMBER"), ch(" exp ", " expiry "), (typed_expiry(em, ey), "EXPIRY"),
             ch(" cvc ", " cvv: ", " code "), (cvv, "CVV"))
        cs.a("Thank you.")
    cs.a("That's gone through now. Delivery should be within 3-5 working days.")
    cs.c("great, will the 10% discount still apply?")
    cs.a("Yes, the 10%% discount has been applied, so you saved %s." % amount(country != "US"))
    cs.c("perfect thx")
    return cs


def pos_call_ssn(country):
    ssn = make_ssn()
    y, m, d = make_dob()
    z = make_zip()
    ind = ch("banking", "insurance", "government services", "healthcare billing")
    cs = Case("positive", "call/%s: US caller verification with ssn, dob and zip amid claim/amounts talk" % ind)
    claim = ref_no()
    cs.a("thank you for calling this is %s can i get your name please" % ch("kevin", "lisa", "marcus"))
    cs.c("yeah hi it's %s %s i'm calling about claim number %s" % (ch(*FIRST), ch(*LAST), say_digits(claim, "single")))
    cs.a("okay i'll need to verify you first can i have your social security number")
    style = R.random()
    if style < 0.4:
        cs.c(ch("sure it's ", "yeah ", "okay um "), (say_digits(ssn, None, True), "SSN"))
    elif style < 0.75:
        cs.c(ch("okay ", "sure "), (say_digits(ssn[:3], "single"), "SSN"))
        cs.a(ch("mhm", "okay", "go ahead"))
        cs.c((say_digits(ssn[3:5], R.choice(["single", "pairs"])), "SSN"))
        cs.a(ch("yep", "uh huh"))
        cs.c((say_digits(ssn[5:], None), "SSN"))
    else:
        wrong = say_digits(ssn[:3], "single")
        cs.c("it's " + wrong + " " + D[R.randint(1, 9)] + " no sorry let me start again ", (say_digits(ssn, "single"), "SSN"))
    cs.a("thank you and your date of birth")
    cs.c(ch("", "it's ", "um "), (say_dob(y, m, d), "DOB"))
    cs.a("and the zip code on the account")
    cs.c((say_digits(z, ch("single", "single", "pairs")), "POSTCODE"))
    cs.a("great you're verified i can see the claim was submitted on %s %s for %s hundred dollars"
         % (ch(*MONTHS), ORD[R.randint(1, 28)], ch("three", "four", "twelve")))
    cs.c("yeah and they only paid out like two hundred and fifty")
    cs.a("i see a deductible of five hundred was applied i'll escalate it and you should hear back in seven to ten business days")
    cs.c("okay thanks")
    return cs


def pos_chat_ssn(country):
    ssn = make_ssn()
    typed = ch("%s-%s-%s" % (ssn[:3], ssn[3:5], ssn[5:]), ssn, "%s %s %s" % (ssn[:3], ssn[3:5], ssn[5:]))
    ind = ch("banking", "government services", "insurance", "telecom")
    cs = Case("positive", "chat/%s: typed ssn and phone in a chat about a payment with amounts and dates" % ind)
    p = make_phone("US")
    cs.a("Hello! Thanks for contacting support. What can I do for you today?")
    cs.c("i made a payment of %s on 11/03 and it still shows as pending" % amount(False))
    cs.a("I'm sorry to hear that. To access the account I need to verify your identity. Please provide your SSN.")
    cs.c(ch("", "ok ", "sure, "), (typed, "SSN"))
    cs.a("Thanks. And the phone number on file?")
    cs.c(ch("", "its ", "cell is "), (fmt_phone_typed(p, "US"), "PHONE"))
    cs.a("You're verified. The payment posted on 11/05 and your balance is now %s." % amount(False))
    cs.c("ok so its fine? the app still says 2 payments due")
    cs.a("It can take up to 48 hours for the app to refresh.")
    cs.c("got it thanks")
    return cs


def pos_call_ni(country):
    ni = make_ni()
    y, m, d = make_dob()
    pc = make_uk_pc()
    ind = ch("government services", "banking", "insurance", "utilities")
    cs = Case("positive", "call/%s: national insurance number spoken with nato letters, dob and postcode amid benefit/payment talk" % ind)
    cs.a("good morning you're through to %s my name's %s" % (ch("the pensions line", "customer services", "the tax helpline"), ch("gemma", "steve", "ravi")))
    cs.c("hiya i'm ringing about a payment of " + say_amount() + " that never came through last week")
    cs.a("okay i can look into that for you can i take your national insurance number please")
    mode = R.random()
    if mode < 0.45:
        cs.c(ch("yeah it's ", "it's ", "okay "), (say_alnum(ni), "NI_NUMBER"))
    elif mode < 0.8:
        cs.c(ch("right it's ", "yeah "), (say_alnum(ni[:2]) + " " + say_digits(ni[2:4], "single"), "NI_NUMBER"))
        cs.a(ch("mhm", "okay", "yep go on"))
        cs.c((say_digits(ni[4:8], ch("single", "pairs")) + " " + say_letter(ni[8]), "NI_NUMBER"))
    else:
        cs.c(ch("i've got it here ", "hang on "), (say_alnum(ni[:2]) + " " + say_digits(ni[2:8], "pairs"), "NI_NUMBER"),
             " and then the letter at the end is ", (say_letter(ni[8]), "NI_NUMBER"))
    cs.a("thank you and can you confirm your date of birth")
    cs.c((say_dob(y, m, d), "DOB"))
    cs.a("and the first line of your address and postcode")
    num = R.randint(2, 180)
    cs.c((two_digit_words(num) if num < 100 else say_digits(str(num), "single")) + " " + ch(*UK_STREETS).lower(), "", " ")
    cs.turns[-1] = ("customer", [((two_digit_words(num) if num < 100 else say_digits(str(num), "single")) + " " + ch(*UK_STREETS).lower(), "ADDRESS"),
                                 ch(" and it's ", " postcode ", " "), (say_alnum(pc), "POSTCODE")])
    cs.a("lovely thank you i can see the payment was scheduled for the %s but it's been held because of a change of circumstances form" % ORD[R.randint(1, 28)])
    cs.c("oh right i sent that in about three weeks ago")
    cs.a("it's been processed now so you'll get it within five working days")
    cs.c("okay cheers")
    return cs


def pos_chat_ni(country):
    ni = make_ni()
    typed = ch(ni, " ".join([ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8]]), ni.lower(), ni[:2] + " " + ni[2:8] + " " + ni[8])
    ind = ch("government services", "banking", "utilities", "insurance")
    cs = Case("positive", "chat/%s: typed NI number and email amid a chat about a refund with amounts" % ind)
    em = make_email(ch(*FIRST), ch(*LAST))
    cs.a("Hi, thanks for getting in touch. How can I help?")
    cs.c("hi i was overcharged %s in sept, ref %s, can u check" % (amount(), ref_no()))
    cs.a("Of course. For security please confirm your National Insurance number.")
    cs.c(ch("its ", "", "NI no: ", "sure "), (typed, "NI_NUMBER"))
    cs.a("Thanks. And which email should we send the refund confirmation to?")
    cs.c(ch("", "pls use ", "send to "), (em, "EMAIL"))
    cs.a("Done. A refund of %s will be issued within 5-7 working days." % amount())
    cs.c("thanks, and will the 2 months of interest be refunded too")
    cs.a("Yes, I've added %s interest to it." % amount())
    cs.c("cheers")
    return cs


def pos_call_bank(country):
    acct = digits(8)
    sc = digits(6)
    y, m, d = make_dob()
    ind = ch("banking", "utilities", "insurance", "telecom")
    cs = Case("positive", "call/%s: direct debit set-up with sort code and account number spoken, readback by agent, amounts and dates" % ind)
    cs.a("hello you're speaking to %s how can i help" % ch("amy", "josh", "fatima"))
    cs.c("hi i want to change my direct debit to a different bank it's for the " + ch("gas", "broadband", "car insurance") + " payments")
    cs.a("no problem the current monthly amount is " + say_amount() + " taken on the %s of each month" % ORD[R.randint(1, 28)])
    cs.c("yeah that's fine keep the same date")
    cs.a("okay can i have the sort code")
    if R.random() < 0.5:
        cs.c(ch("it's ", "", "yeah "), (say_digits(sc, ch("single", "pairs", "repeat")), "SORT_CODE"))
    else:
        cs.c((say_digits(sc[:2], "single") + " " + say_digits(sc[2:4], "single"), "SORT_CODE"), ch(" hang on ", " um "),
             (say_digits(sc[4:], "single"), "SORT_CODE"))
    cs.a("and the account number")
    cs.c((say_digits(acct[:4], None, True), "BANK_ACCOUNT"))
    cs.a(ch("mhm", "okay", "yep"))
    cs.c((say_digits(acct[4:], None), "BANK_ACCOUNT"))
    cs.a("let me read that back sort code ", (" ".join(say_digits(x, "single") for x in chunks(sc, 2)), "SORT_CODE"),
         " account ", (say_digits(acct, "single"), "BANK_ACCOUNT"), " is that right")
    cs.c("yes that's it")
    cs.a("and just to confirm the account holder's date of birth")
    cs.c((say_dob(y, m, d), "DOB"))
    cs.a("great that's all set up the first payment under the new details will be next month")
    cs.c("thanks bye")
    return cs


def pos_chat_iban(country):
    iban = make_iban()
    typed = ch(iban, " ".join(chunks(iban, 4)), " ".join(chunks(iban, 4)).lower())
    ind = ch("travel", "banking", "retail", "insurance")
    cs = Case("positive", "chat/%s: EU customer types IBAN for a refund, with booking ref, prices and dates around it" % ind)
    ph = make_phone("IE")
    cs.a("Hello, welcome to customer care. How may I help?")
    cs.c("Hi, my flight FR%d on the 14th was cancelled and I was promised a refund of %s" % (R.randint(100, 9999), amount()))
    cs.a("I'm sorry about that. Can you give me the booking reference?")
    cs.c("booking ref %s" % digits(8))
    cs.a("Thanks. Refunds for card payments made over 90 days ago go by bank transfer. What's your IBAN?")
    cs.c(ch("", "here: ", "IBAN "), (typed, "IBAN"))
    cs.a("Thank you. And a contact number in case there's a problem?")
    cs.c((fmt_phone_typed(ph, "IE"), "PHONE"))
    cs.a("All done. The refund of %s should arrive in 7-10 days." % amount())
    cs.c("thanks")
    return cs


def pos_call_iban(country):
    iban = make_iban()
    ind = ch("travel", "banking", "insurance")
    cs = Case("positive", "call/%s: IBAN spelled over the phone in two turns with letters and digit groups" % ind)
    cs.a("so for the refund of " + say_amount() + " i'll need your iban")
    cs.c("okay hang on let me find it right")
    cs.c((say_alnum(iban[:12]), "IBAN"))
    cs.a(ch("yep", "mhm go on"))
    cs.c((say_alnum(iban[12:]), "IBAN"))
    cs.a("great that's noted it should take three to five working days")
    cs.c("and that's the full two hundred euro yeah")
    cs.a("yes the full amount plus the twenty euro voucher")
    cs.c("grand thanks")
    return cs


def pos_call_contact(country):
    first, last = ch(*FIRST), ch(*LAST)
    em = make_email(first, last)
    p = make_phone(country)
    ind = ch("telecom", "utilities", "retail", "healthcare billing")
    cs = Case("positive", "call/%s: spoken email and phone (%s) with self-correction, amid an appointment booking with times" % (ind, country))
    cs.a("okay so i can book an engineer for thursday between eight and one is that okay")
    cs.c("yeah that's fine i work from home")
    cs.a("great can i take a contact number for the engineer")
    if R.random() < 0.5:
        cs.c(ch("yeah it's ", "it's ", "best one is "), (say_phone(p, country), "PHONE"))
    else:
        half = len(p) // 2
        cs.c(ch("okay ", "yeah "), (say_digits(p[:half], "single"), "PHONE"))
        cs.a(ch("mhm", "okay go on", "yeah"))
        cs.c((say_digits(p[half:], None), "PHONE"))
    cs.a("and an email for the confirmation")
    spoken = say_email(em)
    if R.random() < 0.4:
        cs.c("it's " + first + " no sorry it's ", (spoken, "EMAIL"))
    else:
        cs.c(ch("yeah ", "it's ", "um "), (spoken, "EMAIL"))
    cs.a("lovely the reference for the visit is %s and it'll take about forty five minutes" % say_digits(digits(7), "single"))
    cs.c("and is there a charge")
    cs.a("no it's free as you're under the twelve month warranty")
    cs.c("perfect thanks")
    return cs


def pos_chat_address(country):
    ind = ch("retail", "utilities", "insurance", "telecom")
    if country == "US":
        addr = "%d %s" % (R.randint(10, 9999), ch(*US_STREETS))
        pc = make_zip()
        tail = ch(", Springfield, IL ", ", Austin TX ", ", Portland, OR ")
    else:
        addr = "%d %s" % (R.randint(1, 220), ch(*UK_STREETS))
        pc = make_uk_pc()
        tail = ch(", Leeds ", ", Bristol, ", " ")
    addr = ch(addr, addr.lower(), "Flat %d, %s" % (R.randint(1, 30), addr))
    p = make_phone(country)
    cs = Case("positive", "chat/%s (%s): typed delivery address with postcode and phone in a delivery-problem chat" % (ind, country))
    cs.a("Hi there, what can I help you with?")
    cs.c("my parcel was meant to come yesterday between 9am and 1pm, tracking says delivered but nothing here")
    cs.a("Sorry about that. Can you confirm the delivery address?")
    cs.c((addr, "ADDRESS"), tail, (pc if R.random() < 0.7 else pc.lower(), "POSTCODE"))
    cs.a("Thanks. It looks like it was left with a neighbour at no. 12. Is there a number we can reach you on?")
    cs.c((fmt_phone_typed(p, country), "PHONE"))
    cs.a("Great. I've raised claim %s and if it doesn't turn up in 48 hrs we'll resend at no cost." % digits(8))
    cs.c("ok ty")
    return cs


def pos_call_address(country):
    ind = ch("insurance", "utilities", "government services", "telecom")
    uk = country != "US"
    num = R.randint(3, 99)
    street = (ch(*UK_STREETS) if uk else ch(*US_STREETS)).lower()
    pc = make_uk_pc() if uk else make_zip()
    y, m, d = make_dob()
    cs = Case("positive", "call/%s (%s): moving home, old and new address spoken, postcode spelled, dob, meter reading and dates nearby" % (ind, country))
    cs.a("okay so you're moving out on the %s is that right" % ORD[R.randint(1, 28)])
    cs.c("no the twenty third actually and the meter reading today was %s" % say_digits(digits(5), "single"))
    cs.a("thanks i've noted that what's the new address")
    cs.c(ch("it's ", "so it's "), (two_digit_words(num) + " " + street, "ADDRESS"))
    cs.a("and the postcode there" if uk else "and the zip")
    cs.c((say_alnum(pc) if uk else say_digits(pc, "single"), "POSTCODE"))
    cs.a("okay and can i just confirm your date of birth for security")
    cs.c("yeah it's ", (say_dob(y, m, d), "DOB"))
    cs.a("great your final bill will be about " + say_amount() + " and it'll be sent in ten days")
    cs.c("okay thanks for your help")
    return cs


def pos_chat_multi(country):
    """two values in one turn + chit-chat."""
    ind = ch("banking", "telecom", "insurance")
    y, m, d = make_dob()
    first, last = ch(*FIRST), ch(*LAST)
    em = make_email(first, last)
    cs = Case("positive", "chat/%s: DOB and email typed in one message, plus NI or SSN typed with odd formatting" % ind)
    cs.a("Hi, before we continue can you confirm your date of birth and the email on your account?")
    cs.c("sure dob ", (typed_dob(y, m, d), "DOB"), " and email ", (em.upper() if R.random() < 0.2 else em, "EMAIL"),
         " - been a customer for 12 years btw")
    if country == "US":
        ssn = make_ssn()
        cs.a("Thanks %s. And your SSN please?" % first.title())
        cs.c(ch("ssn ", ""), (ssn[:3] + "." + ssn[3:5] + "." + ssn[5:] if R.random() < 0.4 else ssn, "SSN"))
    else:
        ni = make_ni()
        cs.a("Thanks %s. And your NI number please?" % first.title())
        cs.c(ch("ni ", ""), (ni[:2] + "-" + ni[2:8] + "-" + ni[8] if R.random() < 0.4 else ni.lower(), "NI_NUMBER"))
    cs.a("Great, you're verified. Your contract ends on 31/12 and the early exit fee would be %s." % amount(country != "US"))
    cs.c("ok i'll wait till then, 6 weeks isnt long")
    cs.a("Makes sense. Anything else?")
    cs.c("no thats all")
    return cs


def pos_call_card_readback(country):
    card = make_card()
    em, ey = make_expiry()
    cvv = digits(4 if card.startswith("37") else 3)
    ind = ch("travel", "retail", "insurance", "healthcare billing")
    cs = Case("positive", "call/%s: card read in one turn with a self-correction, agent reads it back; "
                          "prices, dates and booking reference around it" % ind)
    cs.a("so that's the two nights on the %s and %s and the total comes to %s" % (ORD[R.randint(1, 20)], ORD[R.randint(21, 28)], say_amount()))
    cs.c("that's fine can i pay by card")
    cs.a("of course go ahead with the card number")
    wrong = D[R.randint(1, 9)] + " " + D[R.randint(1, 9)]
    cs.c("okay it's ", (say_digits(card[:8], None, True), "CARD_NUMBER"), " " + wrong + " sorry no ",
         (say_digits(card[8:], None, True), "CARD_NUMBER"))
    cs.a("let me read that back ", (say_digits(card, "single"), "CARD_NUMBER"))
    cs.c("yeah that's right")
    cs.a("and the expiry")
    cs.c((say_expiry(em, ey), "EXPIRY"), ch(" and the security code is ", " and the code on the back is ", " cvv "),
         (say_digits(cvv, "single"), "CVV"))
    cs.a("thank you your booking reference is " + say_digits(digits(8), "single") + " and check in is from three pm")
    cs.c("and breakfast is included")
    cs.a("yes breakfast is from seven till half ten")
    cs.c("lovely thanks")
    return cs


POS_TEMPLATES = [
    (pos_call_card_readback, ["UK", "US", "IE"], 1),
    (pos_call_card_split, ["UK", "US", "IE"], 3),
    (pos_chat_card, ["UK", "US", "IE"], 2),
    (pos_call_ssn, ["US"], 3),
    (pos_chat_ssn, ["US"], 2),
    (pos_call_ni, ["UK"], 3),
    (pos_chat_ni, ["UK"], 2),
    (pos_call_bank, ["UK"], 1),
    (pos_chat_iban, ["IE"], 1),
    (pos_call_iban, ["IE"], 1),
    (pos_call_contact, ["UK", "US", "IE"], 1),
    (pos_chat_address, ["UK", "US"], 1),
    (pos_call_address, ["UK", "US"], 1),
    (pos_chat_multi, ["UK", "US"], 1),
]


# ---------------------------------------------------------------- negative templates
def neg_call_bill():
    cs = Case("negative", "call/utilities: bill query with amounts, meter readings, dates, reference and times")
    cs.a("thanks for calling how can i help")
    cs.c("hi my bill went up to " + say_amount() + " from about sixty pounds")
    cs.a("can i take the reference from the top of the bill")
    cs.c("yeah reference number " + say_digits(digits(R.randint(7, 10)), "single"))
    cs.a("thanks i can see an estimated reading of " + say_digits(digits(5), "single") + " from the %s of %s" % (ORD[R.randint(1, 28)], ch(*MONTHS)))
    cs.c("the actual reading today is " + say_digits(digits(5), ch("single", "pairs")))
    cs.a("okay that brings it down to " + say_amount() + " i'll reissue the bill it'll take about three to five days")
    cs.c("and the payment on the twelfth will that still go out")
    cs.a("it'll be adjusted to the new amount after ten am tomorrow")
    cs.c("okay thanks")
    return cs


def neg_chat_order():
    cs = Case("negative", "chat/retail: order, tracking, prices, quantities, model number and percentages, no PII")
    cs.a("Hi! How can I help today?")
    cs.c("order %s - i ordered 3 x model %s but only got 2" % (digits(R.randint(7, 10)), ch("XR-4410", "TV55-8800", "KX 2231", "A1502")))
    cs.a("Sorry about that. The missing item is %s, I'll refund it or resend." % amount())
    cs.c("resend pls, its for a bday on the %dth" % R.randint(4, 28))
    cs.a("Done - ticket %s. It'll arrive by %s between 7:00 and 21:00." % (digits(8), ch("Friday", "Monday", "12/12")))
    cs.c("great. also is the 25% off still on")
    cs.a("Yes until midnight, on orders over %s." % amount())
    cs.c("thx")
    return cs


def neg_call_travel():
    cs = Case("negative", "call/travel: flight numbers, times, room numbers, prices, booking reference said with its word")
    cs.a("good afternoon reservations how can i help")
    cs.c("hi i'm on flight " + ch("b a", "e i", "u a") + " " + say_digits(str(R.randint(100, 9999)), ch("single", "pairs")) + " on the " + ORD[R.randint(1, 28)] + " and it's been moved to " + ch("six forty five", "seven fifteen", "eleven thirty") + " in the morning")
    cs.a("okay can i have the booking reference")
    cs.c("booking reference " + say_digits(digits(8), "single"))
    cs.a("thanks i can see your hotel is room " + say_digits(str(R.randint(101, 999)), "single") + " for three nights at " + say_amount())
    cs.c("can i get a late check out like two pm")
    cs.a("yes that's an extra twenty five pounds and the transfer takes about forty minutes")
    cs.c("fine and the baggage is twenty three kilos right")
    cs.a("yes twenty three kilos per bag two bags per person")
    cs.c("great thanks")
    return cs


def neg_call_insurance():
    cs = Case("negative", "call/insurance: claim number, policy start date, excess amount, ages, speeds, years - no PII")
    cs.a("you're through to claims my name's " + ch("dave", "kerry", "ian"))
    cs.c("hi i need to chase claim number " + say_digits(digits(R.randint(6, 10)), ch("single", "repeat")))
    cs.a("i can see it the accident was on the " + ORD[R.randint(1, 28)] + " of " + ch(*MONTHS) + " at about " + ch("half five", "quarter past eight", "nine pm"))
    cs.c("yeah i was doing about thirty miles an hour the other guy was doing like fifty")
    cs.a("okay the excess on the policy is two hundred and fifty pounds and the policy started in twenty " + two_digit_words(R.randint(15, 25)))
    cs.c("my son's seventeen he's a named driver is that a problem")
    cs.a("no he's on the policy since the " + ORD[R.randint(1, 28)] + " of " + ch(*MONTHS))
    cs.c("okay how long will it take")
    cs.a("about fourteen to twenty one days")
    cs.c("thanks")
    return cs


def neg_chat_bank():
    cs = Case("negative", "chat/banking: balances, transaction amounts, dates, percentages, card-ending-free talk, ticket number")
    cs.a("Hello, how can I help with your account today?")
    cs.c("there's a payment of %s on %02d/%02d i dont recognise" % (amount(), R.randint(1, 28), R.randint(1, 12)))
    cs.a("I see it - it's a subscription renewal from 2023, charged annually. Your balance is %s." % amount())
    cs.c("oh ok. whats the interest rate on the saver, is it still 4.5%")
    cs.a("It's now 4.25%% AER from 1 December. I've logged ticket %s for the subscription." % digits(9))
    cs.c("ok and the transfer of %s on Tuesday?" % amount())
    cs.a("That cleared at 14:32.")
    cs.c("thanks")
    return cs


def neg_call_telecom():
    cs = Case("negative", "call/telecom: data allowances, speeds, contract dates, prices, durations, ticket number spoken")
    cs.a("hi you're through to technical support")
    cs.c("my broadband keeps dropping i'm paying for nine hundred meg and getting like forty")
    cs.a("okay i can see " + ch("three", "five", "seven") + " drops since tuesday i'll open a ticket that's ticket " + say_digits(digits(8), "single"))
    cs.c("and how long has my contract got left")
    cs.a("it started on the " + ORD[R.randint(1, 28)] + " of " + ch(*MONTHS) + " twenty " + two_digit_words(R.randint(20, 25)) + " so eighteen months left at " + say_amount() + " a month")
    cs.c("can you knock some money off")
    cs.a("i can give you ten percent off for six months")
    cs.c("okay and when will the engineer come")
    cs.a("friday between eight and twelve it takes about an hour")
    cs.c("thanks")
    return cs


def neg_call_health():
    cs = Case("negative", "call/healthcare billing: appointment dates and times, invoice number, amounts, ages, temperatures")
    cs.a("billing department this is " + ch("rosa", "mike"))
    cs.c("hi i got an invoice number " + say_digits(digits(R.randint(6, 9)), "single") + " for my daughter's visit she's " + ch("four", "seven", "twelve"))
    cs.a("i see it the visit was on " + ch(*MONTHS) + " " + ORD[R.randint(1, 28)] + " at " + ch("ten fifteen", "two thirty", "nine am") + " and the balance is " + ch("one hundred and twenty dollars", "eighty five dollars"))
    cs.c("she had a temperature of a hundred and two so we went straight in")
    cs.a("insurance covered eighty percent so the remaining twenty percent is your portion")
    cs.c("can i pay it in three installments")
    cs.a("yes three payments of " + ch("forty dollars", "twenty eight dollars thirty three") + " starting on the " + ORD[R.randint(1, 28)])
    cs.c("okay great")
    return cs


def neg_chat_gov():
    cs = Case("negative", "chat/government services: case reference, appointment date/time, years, ages, "
                          "fees and processing times - dates here are not birth dates")
    cs.a("Welcome to the online helpdesk. How can I help?")
    cs.c("hi my passport renewal case ref %s has been stuck since %02d/%02d/2026" % (digits(R.randint(8, 10)), R.randint(1, 28), R.randint(1, 10)))
    cs.a("Thanks. Standard processing is 10 weeks; you applied %d weeks ago." % R.randint(3, 9))
    cs.c("i paid the %s fast track fee tho, and my son is 16 so hes on the child rate" % amount())
    cs.a("I can see that. Your interview appointment is on %d %s at %d:%02d, room %d." % (R.randint(1, 28), ch("December", "January"), R.randint(9, 16), ch(0, 15, 30, 45), R.randint(2, 40)))
    cs.c("ok and my old passport expired in 2019, is that an issue")
    cs.a("No, passports that expired within the last 10 years can still be renewed.")
    cs.c("great thanks, and the 2 photos were fine?")
    cs.a("Yes, both photos passed the checks.")
    cs.c("cheers")
    return cs


NEG_TEMPLATES = [neg_chat_gov, neg_call_bill, neg_chat_order, neg_call_travel, neg_call_insurance, neg_chat_bank,
                 neg_call_telecom, neg_call_health]


# ---------------------------------------------------------------- build
def build():
    R.seed(SEED)
    cases = []
    pool = []
    for fn, countries, w in POS_TEMPLATES:
        pool += [(fn, countries)] * w
    n = 0
    while n < 190:
        fn, countries = pool[n % len(pool)]
        n += 1
        cases.append(fn(R.choice(countries)).render("h254-pos-%03d" % n))
    for i in range(112):
        cases.append(NEG_TEMPLATES[i % len(NEG_TEMPLATES)]().render("h254-neg-%03d" % (i + 1)))
    return cases


def dump(cases):
    return "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in cases)


# ---------------------------------------------------------------- validation
WORDNUM = {w: str(i) for i, w in enumerate(D)}
WORDNUM.update({"oh": "0", "o": "0", "nought": "0"})
TEENNUM = {w: str(10 + i) for i, w in enumerate(TEENS)}
TENNUM = {w: i for i, w in enumerate(TENS) if w}
NATO_INV = {v: k for k, v in NATO.items()}


def normalise(text):
    """Spoken/typed form -> canonical alnum string (upper case)."""
    t = text.lower().replace("x ray", "xray")
    toks = re.findall(r"[a-z]+|\d+", t)
    out = []
    i = 0
    skip = {"um", "uh", "er", "and", "the", "of", "for", "no", "sorry", "then", "a", "letter",
            "at", "end", "is", "it", "s", "hang", "on"}
    while i < len(toks):
        w = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else ""
        if w.isdigit():
            out.append(w)
        elif len(w) == 1 and nxt == "for" and i + 2 < len(toks) and (toks[i + 2] in NATO_INV or toks[i + 2] == "xray"):
            out.append(w.upper())
            i += 2
        elif w in ("double", "triple") and nxt in WORDNUM:
            out.append(WORDNUM[nxt] * (2 if w == "double" else 3))
            i += 1
        elif w in WORDNUM:
            out.append(WORDNUM[w])
        elif w in TEENNUM:
            out.append(TEENNUM[w])
        elif w in TENNUM:
            if nxt in WORDNUM and WORDNUM[nxt] != "0" and nxt not in ("oh", "o"):
                out.append(str(TENNUM[w] * 10 + int(WORDNUM[nxt])))
                i += 1
            else:
                out.append(str(TENNUM[w] * 10))
        elif len(w) == 1:
            # letter, possibly followed by "for <nato>"
            out.append(w.upper())
            if nxt == "for" and i + 2 < len(toks) and (toks[i + 2] in NATO_INV or toks[i + 2] == "xray"):
                i += 2
        elif len(w) <= 4 and w.isalpha() and re.fullmatch(r"[a-z]{2,4}", w) and w not in skip:
            out.append(w.upper())
        i += 1
    return "".join(out)


UK_PC_RE = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$")
NI_RE = re.compile(r"^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$")


def validate_value(typ, texts):
    joined = " ".join(texts)
    norm = normalise(joined)
    digs = re.sub(r"\D", "", norm)
    if typ == "CARD_NUMBER":
        return 13 <= len(digs) <= 19 and luhn_ok(digs) and digs == norm
    if typ == "IBAN":
        return 15 <= len(norm) <= 34 and iban_ok(norm)
    if typ == "NI_NUMBER":
        return bool(NI_RE.match(norm))
    if typ == "SSN":
        return len(digs) == 9 and digs == norm
    if typ == "SORT_CODE":
        return len(digs) == 6 and digs == norm
    if typ == "CVV":
        return len(digs) in (3, 4) and digs == norm
    if typ == "BANK_ACCOUNT":
        return 6 <= len(digs) <= 12 and digs == norm
    if typ == "PHONE":
        return 10 <= len(digs) <= 13
    if typ == "EMAIL":
        return ("@" in joined and "." in joined) or (" at " in joined and " dot " in joined)
    if typ == "POSTCODE":
        return bool(UK_PC_RE.match(norm)) or (len(digs) == 5 and digs == norm)
    if typ == "DOB":
        return "thousand" in joined or bool(re.search(r"19\d\d|20\d\d", norm)) or bool(re.search(r"(19|20)\d\d", digs))
    if typ == "EXPIRY":
        return 2 <= len(digs) <= 6 or any(mo in joined.lower() for mo in MONTHS)
    if typ == "ADDRESS":
        return bool(re.search(r"\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\b", joined.lower())) \
            and re.search(r"(road|street|lane|avenue|drive|close|way|crescent|boulevard|court|park)", joined.lower()) is not None
    return False


def check(cases):
    problems = []
    ids = Counter(c["id"] for c in cases)
    problems += ["duplicate id %s" % k for k, v in ids.items() if v > 1]
    counts = Counter()
    npos = nneg = 0
    for c in cases:
        cid = c["id"]
        if c["kind"] == "negative":
            nneg += 1
            if c["spans"]:
                problems.append("%s negative with spans" % cid)
        else:
            npos += 1
            if not c["spans"]:
                problems.append("%s positive without spans" % cid)
        if set(c) != {"id", "kind", "turns", "spans", "note"}:
            problems.append("%s bad keys" % cid)
        prev = None
        group_typ, group_texts = None, []

        def flush():
            if group_typ is not None and not validate_value(group_typ, group_texts):
                problems.append("%s invalid %s value %r -> %r" % (cid, group_typ, group_texts, normalise(" ".join(group_texts))))

        for s in c["spans"]:
            if s["type"] not in TYPES:
                problems.append("%s bad type %s" % (cid, s["type"]))
            counts[s["type"]] += 1
            if not (0 <= s["turn"] < len(c["turns"])):
                problems.append("%s turn out of range" % cid)
                continue
            text = c["turns"][s["turn"]]["text"]
            st, en = s["start"], s["end"]
            if not (0 <= st < en <= len(text)):
                problems.append("%s offsets out of range" % cid)
                continue
            if (st > 0 and text[st - 1].isalnum()) or (en < len(text) and text[en].isalnum()) \
                    or not (text[st].isalnum() or text[st] in "+(") or not text[en - 1].isalnum():
                problems.append("%s span not on word boundary: %r" % (cid, text[st:en]))
            if prev and prev[0] == s["turn"] and st < prev[1]:
                problems.append("%s overlapping spans" % cid)
            if prev and (s["turn"], st) < (prev[0], prev[2]):
                problems.append("%s spans not sorted" % cid)
            prev = (s["turn"], en, st)
            val = text[st:en]
            # group consecutive same-type spans until they validate (split readings)
            if group_typ == s["type"] and not validate_value(group_typ, group_texts):
                group_texts.append(val)
            else:
                flush()
                group_typ, group_texts = s["type"], [val]
        flush()
    return problems, counts, npos, nneg


def readme(counts, npos, nneg):
    rows = "\n".join("| %s | %d |" % (t, counts[t]) for t in TYPES)
    return """# PII hold-out set h254

**Never use this set for tuning.** It is a held-out evaluation set; looking at failures here and
changing the redactor to fix them makes the set worthless.

## Who wrote it and how

Written by an AI helper acting as an independent author. The author did not see the redaction
code, its tests, its documentation, the benchmark script or any other PII fixture (only a
three-line example of the JSONL format). Cases are produced by `scripts/make_pii_holdout254.py`
from template functions: each turn is assembled from plain-text segments and `(value, TYPE)`
segments, so offsets are computed, never typed. All values come from one `random.Random`
seeded with %d; output is byte-for-byte reproducible.
`python scripts/make_pii_holdout254.py --check` regenerates the file, compares it byte for byte,
and validates ids, offsets, word boundaries, overlap, and each value after normalising spoken
forms (Luhn, IBAN mod-97, NI shape, 9-digit SSN, 6-digit sort code, digit counts, postcode shapes).

Emphasis: longer whole calls and chats (8-20 turns) where the PII sits amid ordinary
conversation with amounts, dates, references, times, meter readings and percentages.
Calls are written as ASR output (lower case, numbers as words, "oh"/"o"/"nought", "double"/
"triple", pairs like "forty one", NATO letters "b for bravo", spoken e-mails with "dot"/"at",
fillers inside readings, self-corrections, values split over several customer turns with agent
back-channels, agent read-backs). Chats are typed with varied separators and case.

## Annotation conventions

* A span covers the value only: the spoken/typed digits, letters, and the connecting words that
  are part of the reading ("double", "triple", "for bravo", "dot", "at", fillers such as "um"
  inside a number). Lead-in words ("it's", "my number is", "expires") are outside.
* A value split across turns is labelled once per turn (one span per fragment). When a caller
  restarts a value after a mistake, only the final complete reading is labelled; the abandoned
  fragment is left unlabelled (it is a partial value). When a caller corrects a couple of digits
  in the middle of a reading ("... five one four sorry no four five ..."), the correct digits
  before and after are labelled as two fragments and the wrong digits plus "sorry no" are not.
* Fragments of one value in the same turn separated by a pause word or a phrase ("um", "hang on",
  "and then the letter at the end is") are separate spans; the linking words are outside.
* Agent read-backs of a full value are labelled too.
* ADDRESS is the house number and street (including "Flat N,"); town/state are not labelled;
  the postcode/ZIP is a separate POSTCODE span.
* DOB covers the whole spoken date including "of"/"and" inside it ("seventh of may nineteen
  eighty", "two thousand and two"); a leading "the" is outside. EXPIRY covers month and year.
* Negatives contain no PII at all, only lookalikes (amounts, dates that are not birth dates,
  reference/claim/ticket/invoice/booking numbers with their keyword, flight and room numbers,
  model numbers, meter readings, speeds, ages, temperatures, percentages, balances).

## Counts

Positive cases: %d. Negative cases: %d.

| type | spans |
|---|---|
%s
""" % (SEED, npos, nneg, rows)


def main():
    cases = build()
    text = dump(cases)
    problems, counts, npos, nneg = check(cases)
    for t in TYPES:
        need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
        if counts[t] < need:
            problems.append("type %s has only %d spans (need %d)" % (t, counts[t], need))
    if npos < 170 or nneg < 100:
        problems.append("too few cases: %d pos %d neg" % (npos, nneg))
    rd = readme(counts, npos, nneg)
    if "--check" in sys.argv:
        if not CASES.exists() or CASES.read_text(encoding="utf-8") != text:
            problems.append("cases.jsonl differs from regenerated output")
        if not README.exists() or README.read_text(encoding="utf-8") != rd:
            problems.append("README.md differs from regenerated output")
    else:
        OUT_DIR.mkdir(parents=True, exist_ok=True)
        CASES.write_text(text, encoding="utf-8")
        README.write_text(rd, encoding="utf-8")
    print("cases: %d positive, %d negative" % (npos, nneg))
    for t in TYPES:
        print("  %-13s %d" % (t, counts[t]))
    for p in problems[:50]:
        print("PROBLEM:", p)
    if problems:
        print("%d problem(s)" % len(problems))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()

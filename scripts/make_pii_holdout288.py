"""Held-out PII eval set 288 (independent author; did not see redaction code)."""
import json, random, re, sys
from pathlib import Path
SEED = 288241124
ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "tests/fixtures/pii_holdout288"
W = "zero one two three four five six seven eight nine".split()
def luhn_ok(d):
    s = 0
    for i, c in enumerate(reversed(d)):
        n = int(c)
        if i % 2: n = n * 2 - 9 if n > 4 else n * 2
        s += n
    return s % 10 == 0
def mkcard(r, pre, n):
    b = pre + "".join(str(r.randint(0, 9)) for _ in range(n - len(pre) - 1))
    for c in "0123456789":
        if luhn_ok(b + c): return b + c
def mkiban(r):
    bban = "NWBK" + "".join(str(r.randint(0, 9)) for _ in range(14))
    num = "".join(str(int(ch, 36)) for ch in bban + "GB00")
    return "GB%02d%s" % (98 - int(num) % 97, bban)
def iban_ok(s):
    s = re.sub(r"\s", "", s).upper(); t = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in t)) % 97 == 1
def spoken(r, digits):
    out = []
    for c in digits:
        if c == "0": out.append(r.choice(["zero", "oh", "o", "nought"]))
        else: out.append(W[int(c)])
    return " ".join(out)
NUMW = {w: str(i) for i, w in enumerate(W)}; NUMW.update({"oh": "0", "o": "0", "nought": "0"})
def norm_digits(t):
    toks = re.findall(r"[a-z]+|\d", t.lower()); out = ""; mult = 1
    for k in toks:
        if k == "double": mult = 2; continue
        if k == "triple": mult = 3; continue
        if k in NUMW: out += NUMW[k] * mult; mult = 1
        elif k.isdigit(): out += k
    return out
def build(r, cid, kind, turns, note):
    T, S = [], []
    for i, (spk, segs) in enumerate(turns):
        txt = ""
        for sg in segs:
            if isinstance(sg, tuple):
                S.append({"turn": i, "start": len(txt), "end": len(txt) + len(sg[0]), "type": sg[1]}); txt += sg[0]
            else: txt += sg
        T.append({"speaker": spk, "text": txt})
    return {"id": cid, "kind": kind, "turns": T, "spans": S, "note": note}
NATO = dict(zip("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "alpha bravo charlie delta echo foxtrot golf hotel india juliet kilo lima mike november oscar papa quebec romeo sierra tango uniform victor whiskey xray yankee zulu".split()))
def ni(r):
    L = "ABCEGHJKLMNPRSTWXYZ"; return r.choice(L) + r.choice(L) + "".join(str(r.randint(0, 9)) for _ in range(6)) + r.choice("ABCD")
def ssn(r): return "%03d%02d%04d" % (r.randint(100, 665), r.randint(1, 99), r.randint(1, 9999))
def gen():
    r = random.Random(SEED); cases = []; p = n = 0
    def P(turns, note):
        nonlocal p; p += 1; cases.append(build(r, "h288-pos-%03d" % p, "positive", turns, note))
    def N(turns, note):
        nonlocal n; n += 1; cases.append(build(r, "h288-neg-%03d" % n, "negative", turns, note))
    for k in range(36):
        c = mkcard(r, r.choice(["4", "51", "55", "2221"]), 16)
        amt = "%d.%02d" % (r.randint(10, 900), r.randint(0, 99))
        if k % 3 == 0:
            g = " ".join(c[i:i+4] for i in range(0, 16, 4))
            P([("customer", ["pls take the £" + amt + " from card ", (g, "CARD_NUMBER"), " thx"])], "chat/retail: card beside amount")
        elif k % 3 == 1:
            P([("agent", ["go ahead with the long number"]), ("customer", ["yeah it's ", (spoken(r, c), "CARD_NUMBER")]), ("agent", ["and the expiry"]), ("customer", [(spoken(r, "%02d" % r.randint(1, 12)) + " " + spoken(r, "%02d" % r.randint(27, 31)), "EXPIRY")]), ("agent", ["and the three digits on the back"]), ("customer", [(spoken(r, "%03d" % r.randint(0, 999)), "CVV")])], "call/telecom: card, expiry, cvv spoken")
        else:
            P([("customer", ["okay ", (spoken(r, c[:8]), "CARD_NUMBER")]), ("agent", ["mhm go on"]), ("customer", ["um ", (spoken(r, c[8:]), "CARD_NUMBER")]), ("agent", ["that's for the " + W[r.randint(2, 9)] + " pound payment today yeah"])], "call/utilities: card split across turns")
    for k in range(32):
        v = ni(r)
        if k % 2: P([("customer", ["my NI is ", (v[:2] + " " + v[2:4] + " " + v[4:6] + " " + v[6:8] + " " + v[8], "NI_NUMBER"), " and ref 20" + str(r.randint(10000, 99999))])], "chat/government: NI spaced next to reference")
        else: P([("agent", ["national insurance number please"]), ("customer", [(v[0].lower() + " for " + NATO[v[0]] + " " + v[1].lower() + " " + spoken(r, v[2:8]) + " " + v[8].lower(), "NI_NUMBER")])], "call/government: NI spoken with phonetic")
    for k in range(32):
        s = ssn(r)
        if k % 2: P([("customer", ["ssn " + "", (s[:3] + "-" + s[3:5] + "-" + s[5:], "SSN"), " order 4417"])], "chat/healthcare billing: SSN typed")
        else: P([("agent", ["last thing social security number"]), ("customer", [(spoken(r, s[:3]), "SSN"), " um"]), ("agent", ["okay"]), ("customer", [(spoken(r, s[3:]), "SSN")])], "call/insurance: SSN split")
    for k in range(14):
        sc = "%06d" % r.randint(100000, 999999); ac = "%08d" % r.randint(0, 99999999)
        P([("customer", ["sort code ", (sc[:2] + "-" + sc[2:4] + "-" + sc[4:], "SORT_CODE"), " account ", (ac, "BANK_ACCOUNT"), " amount £1,250.00"])], "chat/banking: sort code and account")
        ib = mkiban(r)
        P([("customer", ["IBAN is ", (" ".join(ib[i:i+4] for i in range(0, len(ib), 4)), "IBAN")])], "chat/travel: IBAN grouped")
        ph = "07" + "".join(str(r.randint(0, 9)) for _ in range(9))
        P([("customer", ["call me on ", (spoken(r, ph), "PHONE"), " after 5 pm"])], "call/telecom: mobile spoken")
        nm = r.choice(["j", "sarah", "m.obrien"])
        P([("customer", ["email is ", (nm + " dot doe at gmail dot com", "EMAIL")]), ("customer", ["or ", (nm + "doe" + str(k) + "@outlook.ie", "EMAIL")])], "call+chat/retail: email spoken and typed")
        P([("agent", ["and your date of birth"]), ("customer", [("the " + r.choice(["third", "ninth", "twenty first"]) + " of " + r.choice(["march", "june", "october"]) + " nineteen eighty " + W[r.randint(1, 9)], "DOB")])], "call/insurance: DOB spoken")
        P([("customer", ["I live at ", (str(r.randint(2, 99)) + " " + r.choice(["Mill Lane", "Oak Street", "Station Road"]), "ADDRESS"), ", ", (r.choice(["M1 1AE", "SW1A 2AA", "90210", "LS6 3HN"]), "POSTCODE")])], "chat/utilities: address and postcode")
    for k in range(110):
        t = k % 6
        if t == 0: N([("customer", ["my order number is " + str(r.randint(10**9, 10**10 - 1)) + " and it was £" + str(r.randint(10, 99)) + ".99"])], "chat/retail: long order number")
        elif t == 1: N([("customer", ["the card ending " + "%04d" % r.randint(0, 9999) + " was charged twice"])], "chat/banking: card last four only")
        elif t == 2: N([("agent", ["we're open eight till eight " + r.choice(["monday to friday", "weekdays"]) + " and the meter reading " + spoken(r, "%05d" % r.randint(0, 99999)) + " is fine"])], "call/utilities: hours and meter reading")
        elif t == 3: N([("customer", ["the amount was " + spoken(r, str(r.randint(1000, 9999))) + " pounds and " + W[r.randint(1, 9)] + " pence"])], "call/banking: amount digit by digit")
        elif t == 4: N([("agent", ["your appointment is on the " + r.choice(["fourth", "twelfth"]) + " of may twenty twenty seven at ten thirty, tracking number 1Z" + str(r.randint(10**7, 10**8 - 1))])], "call/healthcare: appointment date and tracking")
        else: N([("customer", ["model number XR" + str(r.randint(1000, 9999)) + " serial " + str(r.randint(10**6, 10**7 - 1)) + ", flight BA" + str(r.randint(100, 999)) + " room " + str(r.randint(100, 500))])], "chat/travel: model, serial, flight, room")
    return cases
def validate(c, sp, txt):
    v = txt[sp["start"]:sp["end"]]; t = sp["type"]; d = norm_digits(v)
    if t == "CARD_NUMBER": return (4 <= len(d) < 13) or (len(d) <= 19 and luhn_ok(d))
    if t == "IBAN": return iban_ok(v)
    if t == "NI_NUMBER":
        if re.fullmatch(r"[A-Z]{2}(\s?\d{2}){3}\s?[A-D]", v): return True
        return len(d) == 6
    if t == "SSN": return len(d) in (3, 6, 9)
    if t == "SORT_CODE": return len(d) == 6
    if t == "CVV": return len(d) in (3, 4)
    if t == "PHONE": return 10 <= len(d) <= 13
    if t == "BANK_ACCOUNT": return 6 <= len(d) <= 12
    if t == "EXPIRY": return len(d) == 4
    if t == "EMAIL": return "@" in v or " at " in v
    if t == "POSTCODE": return bool(re.fullmatch(r"[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}|\d{5}", v))
    return True
def dump(cases): return "".join(json.dumps(c) + "\n" for c in cases)
def main():
    cases = gen(); data = dump(cases)
    from collections import Counter
    cnt = Counter(s["type"] for c in cases for s in c["spans"])
    readme = "# PII held-out set 288\n\nWritten by an AI helper acting as an independent author who did not see the redaction code. Generated by scripts/make_pii_holdout288.py (seed %d).\n\nConventions: spans cover only the value (spoken digits incl. phonetic words for NI, full e-mail, house number+street for ADDRESS); split values get one span per turn.\n\nCounts: %s\n\nPositives %d, negatives %d.\n\n**Never use this set for tuning.**\n" % (SEED, dict(sorted(cnt.items())), sum(c["kind"] == "positive" for c in cases), sum(c["kind"] == "negative" for c in cases))
    if "--check" in sys.argv:
        bad = []
        if (OUT / "cases.jsonl").read_text() != data: bad.append("file differs")
        ids = [c["id"] for c in cases]
        if len(set(ids)) != len(ids): bad.append("dup ids")
        for c in cases:
            last = {}
            for sp in sorted(c["spans"], key=lambda s: (s["turn"], s["start"])):
                txt = c["turns"][sp["turn"]]["text"]
                if not (0 <= sp["start"] < sp["end"] <= len(txt)): bad.append(c["id"] + " range"); continue
                if (sp["start"] > 0 and txt[sp["start"]-1].isalnum()) or (sp["end"] < len(txt) and txt[sp["end"]].isalnum()): bad.append(c["id"] + " boundary")
                if sp["start"] < last.get(sp["turn"], 0): bad.append(c["id"] + " overlap")
                last[sp["turn"]] = sp["end"]
                if not validate(c, sp, txt): bad.append(c["id"] + " invalid " + sp["type"])
        print("counts", dict(sorted(cnt.items())), "cases", len(cases))
        if bad: print("\n".join(bad)); sys.exit(1)
        print("OK"); return
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "cases.jsonl").write_text(data); (OUT / "README.md").write_text(readme)
if __name__ == "__main__": main()

"""Spoken and split forms no labelled set has shown yet, hand-written: text (or turns) → exact redacted text.

Each row is one general form (numbers in words of every kind, ASR homophones, values read over
several turns with back-channels, questions and read-backs in between, self-corrections,
phonetic spelling, international prefixes, bare values with no context word) and each is paired
with everyday numbers that must survive.
"""

from __future__ import annotations

import pytest

from convo.redact.redactor import RedactOptions, redact_utterances, scrub

# Card numbers below are Luhn-valid: 4917 6100 3222 1947, 4532 0151 1283 0366, 4111 1111 1111 1111.
POSITIVES = [
    # an SSN typed with a slash and a hyphen; a tens word split by the recogniser ("six ty"); "crd nmbr" for card number
    ("the SSN on it is 531/42-8817 and the portal says invalid", "the SSN on it is [SSN] and the portal says invalid"),
    ("my social is seven hundred six ty five, seven seven, five six eight six", "my social is [SSN]"),
    ("pls charge the outstanding invoice to crd nmbr 4716 2207 3391 8842 exp 03/27", "pls charge the outstanding invoice to crd nmbr [CARD_NUMBER] exp [EXPIRY]"),
    # NI numbers by their letters' names alone: "see zed", "cee jee" (g), "tee double you", suffix "ay" or "see"
    ("it's see zed four o two hundred and seventeen five ay", "it's [NI_NUMBER]"),
    ("tee double you four one one two o eight see", "[NI_NUMBER]"),
    ("it's cee jee three one two hundred and six four dee", "it's [NI_NUMBER]"),
    ("Card Num:5o 115 402837 62418 valid thru 0128", "Card Num:[CARD_NUMBER] valid thru [EXPIRY]"),  # a letter O typed in a card's first block, its label glued on
    # numbers in words: units, teens, tens, "forty one eleven", hyphens, double/triple, "oh"/"nought"
    ("it's four nine one seven, six one double oh, three triple two, one nine four seven", "it's [CARD_NUMBER]"),
    ("forty one eleven eleven eleven eleven eleven eleven eleven", "[CARD_NUMBER]"),
    ("card number four-one-one-one one-one-one-one one-one-one-one one-one-one-one", "card number [CARD_NUMBER]"),
    ("forty five thirty two oh one fifty one twelve eighty three oh three sixty six", "[CARD_NUMBER]"),
    ("four five three two nought one five one one two eight three nought three six six", "[CARD_NUMBER]"),
    # ASR homophones inside a digit-by-digit reading
    ("the card is four one one one for one one one one one one one one one one one", "the card is [CARD_NUMBER]"),
    ("it's four five three two oh one five won one two ate three oh three six six", "it's [CARD_NUMBER]"),
    # self-corrections
    ("the long number is four five no sorry four nine one seven six one oh oh three two two two one nine four seven",
     "the long number is [CARD_NUMBER]"),
    ("the security code is four four no sorry four five two", "the security code is [CVV]"),
    ("my card is four one one one one one one one, scratch that, four five three two oh one five one one two eight three oh three six six",
     "my card is [CARD_NUMBER]"),
    ("my mobile is oh seven seven double oh nine double oh one two four no sorry one two three", "my mobile is [PHONE]"),
    # SSN: context word, or the 3-2-4 grouping, or a bare 9-digit reading with nothing else around
    ("it's one two three, four five, six seven eight nine", "it's [SSN]"),
    ("sure it's five two four dash three one dash eight eight one two", "sure it's [SSN]"),
    ("yeah it's two one four six six three nine oh eight", "yeah it's [SSN]"),
    ("it's two one four sixty six thirty nine oh eight", "it's [SSN]"),
    # UK NI numbers: letters spelled, NATO alphabet
    ("n i number is q q one two three four five six c", "n i number is [NI_NUMBER]"),
    ("it's quebec quebec one two three four five six charlie", "it's [NI_NUMBER]"),
    ("my ni is jk 441 296b sorry", "my ni is [NI_NUMBER] sorry"),
    # spelled country codes in an e-mail; a US state written "OH" is no zero; a flat with a letter
    ("it's fischer dot anna at yahoo dot co dot u k", "it's [EMAIL]"),
    ("ok lena m o r e l at web dot d e", "ok [EMAIL]"),
    ("ship to 2152 Greenhill Rd, Dayton, OH 45402", "ship to [ADDRESS], Dayton, OH [POSTCODE]"),
    ("we're moving from apartment six b forty two elm street next week", "we're moving from [ADDRESS] next week"),
    ("the expiry is september of twenty twenty nine", "the expiry is [EXPIRY]"),
    ("my ni is alpha bravo twelve thirty four fifty six delta", "my ni is [NI_NUMBER]"),
    ("national insurance is a b, one two, three four, five six, c", "national insurance is [NI_NUMBER]"),
    # NI numbers: "p as in papa" spelling, ASR letter names and digit homophones, joined letters + spaced digits
    ("my national insurance number is p as in papa r as in romeo two one four three six eight a",
     "my national insurance number is [NI_NUMBER]"),
    ("the n i number is tee why four four ate one too six bee", "the n i number is [NI_NUMBER]"),
    ("national insurance is jt 4 8 1 2 6 6 d", "national insurance is [NI_NUMBER]"),
    # digit homophones anywhere in a long digit-by-digit reading, first and last word included
    ("it's four five three too oh one five one won too ate three oh three six six", "it's [CARD_NUMBER]"),
    ("yeah it's too one four six six three nine oh ate", "yeah it's [SSN]"),
    ("the social is oh seven for, for six, six nine oh nine", "the social is [SSN]"),
    ("it's two three, eight three, three seven for the sort code", "it's [SORT_CODE] for the sort code"),
    # a self-correction with several correction words
    ("the card is four nine one seven six one no sorry wait four nine one seven six one oh oh three two two two one nine four seven",
     "the card is [CARD_NUMBER]"),
    # a postcode with letter names, where a postcode was asked for
    ("postcode is el ess one four tee why", "postcode is [POSTCODE]"),
    # e-mails spoken, spelled, NATO, with the name said before its spelling
    ("it's jane dot doe at gmail dot com", "it's [EMAIL]"),
    ("d o e j at hotmail dot co dot uk", "[EMAIL]"),
    ("my email is sam underscore lee ninety nine at outlook dot com", "my email is [EMAIL]"),
    ("it's juliet oscar hotel november at gmail dot com", "it's [EMAIL]"),
    ("it's anna smith that's s m i t h at yahoo dot com", "it's [EMAIL]"),
    ("tom at yahoo dot com no sorry dot co dot uk", "[EMAIL]"),
    # international and US phones
    ("my number is plus four four seven seven double oh nine double oh one two three", "my number is [PHONE]"),
    ("call me on double oh four four seven seven double oh nine double oh one two three", "call me on [PHONE]"),
    ("it's zero zero four four seven seven zero zero nine zero zero one two three", "it's [PHONE]"),
    ("it's oh seven seven hundred nine hundred one two three", "it's [PHONE]"),
    ("sure it's two one two five five five oh one four two", "sure it's [PHONE]"),
    # expiry
    ("expiry oh nine twenty seven", "expiry [EXPIRY]"),
    ("it expires 09/27", "it expires [EXPIRY]"),
    ("the card's valid until september twenty seven", "the card's valid until [EXPIRY]"),
    # dates of birth: keyword forms, and a full date with a birth year and no event around it
    ("date of birth fourth of july eighty two", "date of birth [DOB]"),
    ("I was born 7/4/82", "I was born [DOB]"),
    ("date of birth is one two oh three one nine nine oh", "date of birth is [DOB]"),
    ("yeah it's the second of may nineteen seventy one", "yeah it's [DOB]"),
    ("it's march fourteen nineteen fifty one", "it's [DOB]"),
    # IBANs
    ("my iban is g b eight two w e s t one two three four five six nine eight seven six five four three two", "my iban is [IBAN]"),
    ("IBAN: GB 82 WEST 1234 5698 7654 32", "IBAN: [IBAN]"),
    # addresses, postcodes, ZIPs
    ("I'm at flat four, twelve acacia avenue", "I'm at [ADDRESS]"),
    ("it's apartment 5b 1428 elm street", "it's [ADDRESS]"),
    ("three thirty three east fifty third street new york one oh oh two two", "[ADDRESS] new york [POSTCODE]"),
    ("postcode is sierra whiskey one alpha one alpha alpha", "postcode is [POSTCODE]"),
    ("postcode is b for bravo one five two double t", "postcode is [POSTCODE]"),
    ("it's m one four five h y", "it's [POSTCODE]"),
    ("post code's n w one, six x e", "post code's [POSTCODE]"),
    ("address is one two three main street apartment four b", "address is [ADDRESS]"),
    ("my zip is nine oh two one oh", "my zip is [POSTCODE]"),
    ("I live in austin texas seven eight seven oh one", "I live in austin texas [POSTCODE]"),
    ("Austin, TX 78701", "Austin, TX [POSTCODE]"),
    ("i live at number twelve the crescent", "i live at [ADDRESS]"),
    # round 24: letter names in an NI number, a postcode after the town, spelled domains, slashed phones
    ("and the n i is tee em two nine four four one seven bee", "and the n i is [NI_NUMBER]"),
    ("national insurance it's queue queue one two three four five six see", "national insurance it's [NI_NUMBER]"),
    ("it's forty two ash grove norwich en are seven three pee queue", "it's [ADDRESS] norwich [POSTCODE]"),
    ("Flat 3, 88 Bell St., Dayton OH 45402", "[ADDRESS]., Dayton OH [POSTCODE]"),
    ("so that's k i m dot l at o two dot c o dot u k", "so that's [EMAIL]"),
    ("it's devi eighty one at g m a i l dot com", "it's [EMAIL]"),
    ("my mobile is 0171/2249583", "my mobile is [PHONE]"),
    ("card number please four eight seven two six one three four five six seven eight niner oh four six", "card number please [CARD_NUMBER]"),
    # round 29: typed look-alikes, odd separators, unlabelled UK bank details, more shapes
    ("its 3794_595152_01292 thx", "its [CARD_NUMBER] thx"),
    ("s/c 40\u201347\u201321 a/c 31926819", "s/c [SORT_CODE] a/c [BANK_ACCOUNT]"),
    ("Sort: 40/47/21, account 31926819", "Sort: [SORT_CODE], account [BANK_ACCOUNT]"),
    ("pls pay the refund into 404721 31926819", "pls pay the refund into [SORT_CODE] [BANK_ACCOUNT]"),
    ("\uff14\uff15\uff13\uff12 0151 1283 0366", "[CARD_NUMBER]"),
    ("email: tom_b71 @ yahoo . co . uk", "email: [EMAIL]"),
    ("my eircode is A65 F4E2", "my eircode is [POSTCODE]"),
    ("P.O. Box 5521, Boise ID 83701", "[ADDRESS], Boise ID [POSTCODE]"),
    ("ship to 9 Elm St Apt. 4B, Dayton OH 45402-1187", "ship to [ADDRESS], Dayton OH [POSTCODE]"),
    ("the ni is ay bee one two three four five six see but the last letter's d", "the ni is [NI_NUMBER] but the last letter's [NI_NUMBER]"),
    ("my ni is h for harry x for x ray three two eight four eight oh c for charlie", "my ni is [NI_NUMBER]"),
    # round 34: a word read as a digit before a card, slashed SSNs, continental and Irish addresses
    ("pay with this one 4532 0151 1283 0366 thx", "pay with this one [CARD_NUMBER] thx"),
    ("ssn 572/41/8803", "ssn [SSN]"),
    ("Hauptstraße 17, Berlin", "[ADDRESS], Berlin"),
    ("it's twelve rue des lilas", "it's [ADDRESS]"),
    ("Calle Mayor 40, Madrid", "[ADDRESS], Madrid"),
    ("12 Ashgrove Lawn, Ballincollig, Co. Cork, P31 K2X9", "[ADDRESS], Ballincollig, Co. Cork, [POSTCODE]"),
    ("born on the 3rd of Dec '93", "born on [DOB]"),
    ("it's ngozi dot a at gmail dot com", "it's [EMAIL]"),
    # round 40: labels glued with "#", hundreds with "and" inside a reading, more letter names
    ("card#4532015112830366, expiry to follow", "card#[CARD_NUMBER], expiry to follow"),
    ("SSN#572.41.8803 thanks", "SSN#[SSN] thanks"),
    ("so it's four five three two oh one five one one two eight three hundred and three six six", "so it's [CARD_NUMBER]"),
    ("my ni number is pea kay one two three four five six eh", "my ni number is [NI_NUMBER]"),
    # round 46: a letter O typed for zero, NI digits in threes, underscores in an SSN, a homophone
    # leading a card, a trailing hesitation
    ("card is 4532 O151 1283 O366 pls", "card is [CARD_NUMBER] pls"),
    ("my nat ins is Q Q 123 456 C", "my nat ins is [NI_NUMBER]"),
    ("my SS# is 572_41_8803", "my SS# is [SSN]"),
    ("card number please it's for five three two oh one five one one two eight three oh three six six",
     "card number please it's [CARD_NUMBER]"),
    ("card number four five three two oh one five one one two eight three oh three six six um", "card number [CARD_NUMBER]"),
    # round 52: "sorry" between two pieces of a card, "the code is" after a card, a value cut off with a dash
    ("the long number four five three two sorry oh one five one um one two eight three oh three six six",
     "the long number [CARD_NUMBER]"),
    ("pay £59.30 on card 4532015112830366, expires 07/28 and the code is 390 thx",
     "pay £59.30 on card [CARD_NUMBER], expires [EXPIRY] and the code is [CVV] thx"),
    # the SSN's names are one list, shared by the typed shapes and the readings asked for
    ("my ss is 572-41-88 03", "my ss is [SSN]"),
    ("soc sec is five seven two four one eight eight oh three", "soc sec is [SSN]"),
    # an expiry and a code typed after a card, set off with dashes
    ("4532015112830366 - 07/28 - 390", "[CARD_NUMBER] - [EXPIRY] - [CVV]"),
    # a letter O typed for zero inside a grouped SSN; "#" after an SSN's name is no reference sign
    ("ssn O72-41-8803", "ssn [SSN]"),
    ("social 572-41-88O3", "social [SSN]"),
    ("for the 2024 tax form soc sec #572-41-8803, refund was $679.48", "for the 2024 tax form soc sec #[SSN], refund was $679.48"),
    ("born 12/03/1980, 572 41 8803", "born [DOB], [SSN]"),
    ("dob March 10, 1984 - 572 - 41 - 8803 (sorry on my phone)", "dob [DOB] - [SSN] (sorry on my phone)"),
    # addresses: a five-digit house number, "number 412" after the street, a town with its district before an Eircode
    ("12345 Maple Dr, Springfield, IL 62710-9937", "[ADDRESS], Springfield, IL [POSTCODE]"),
    ("new address is 117 oak drive, Dublin 2, D02XK12", "new address is [ADDRESS], Dublin 2, [POSTCODE]"),
    ("Address: 117 OAK DRIVE\nDublin 2\nd02 xk12", "Address: [ADDRESS]\nDublin 2\n[POSTCODE]"),
    ("the eircode is a nine four a for alpha e two p for papa", "the eircode is [POSTCODE]"),
    # "owe" for zero, "treble" for triple
    ("long number please four five three two owe one five one one two eight three owe three six six", "long number please [CARD_NUMBER]"),
    ("long number please four five three two oh one five one one two treble eight oh three six six", "long number please [CARD_NUMBER]"),
    ("Social Security #572 41 8803", "Social Security #[SSN]"),
    ("Sorctode 20 43 13 account num 61027078", "Sorctode [SORT_CODE] account num [BANK_ACCOUNT]"),
    # "naught", "double-six", a lower-case l typed for one
    ("card number please four five three two naught one five one one two eight three naught three six six", "card number please [CARD_NUMBER]"),
    ("card number please four five three two oh one five one one two eight three oh three double-six", "card number please [CARD_NUMBER]"),
    ("card: 4532 0l51 1283 0366", "card: [CARD_NUMBER]"),
    ("ssn 572-4l-88O3", "ssn [SSN]"),
    # "number seventy four park drive": the house number's word goes with the address
    ("its number seventy four park drive", "its [ADDRESS]"),
    # mixed separators in an SSN, a card pasted with spaced pipes
    ("hi i need to update my address. my ssn is 572-41_8803 and my phone changed too",
     "hi i need to update my address. my ssn is [SSN] and my phone changed too"),
    ("pls charge the change fee of €126 to 4532 | 0151 | 1283 | 0366", "pls charge the change fee of €126 to [CARD_NUMBER]"),
    # "double for" between digits is 44, as "double four" is
    ("so the card is four five three two oh one five one one two eight three double for one eight is that right",
     "so the card is [CARD_NUMBER] is that right"),
    # pieces of one reading joined by ", then": one redaction, the connective inside it
    ("yep forty five hundred, then three two oh one, fifty one twelve, eighty three oh three and then six six",
     "yep [CARD_NUMBER]"),
    # an SSN typed with dots or slashes in a 3-2-4 shape, among other details
    ("Dana Whitfield, 03/14/1988, 572.41.8803, 18 Birch Ave", "Dana Whitfield, [DOB], [SSN], [ADDRESS]"),
    ("ssn is 572/41/8803 thanks", "ssn is [SSN] thanks"),
    # a letter O typed for every zero of a card's last group
    ("card is 4532 0151 1281 2OOO ty", "card is [CARD_NUMBER] ty"),
    # reference numbers named in the plural, with a mistyped "reference", as a customer number, or behind a system's code
    ("I can see transaction IDs 775501580 and 843579006. Refunds take 3-5 days.",
     "I can see transaction IDs 775501580 and 843579006. Refunds take 3-5 days."),
    ("Hi, Customer no 5139518045 - I was charged twice, £339.87", "Hi, Customer no 5139518045 - I was charged twice, £339.87"),
    ("I've raised refernece ORD-8492295992 for you", "I've raised refernece ORD-8492295992 for you"),
    # a postcode punctuated by the recogniser; an ordinal after a comma is no inward code
    ("46b Maple Road, Glasgow, G12, 8QQ.", "[ADDRESS], Glasgow, [POSTCODE]."),
    ("42 Station Close, Bristol, BS14-2WY. We move in on the 14th.", "[ADDRESS], Bristol, [POSTCODE]. We move in on the 14th."),
    # an NI number's letters typed with dots; "double why" in an NI number; a card dictated one digit a sentence
    ("Yeah, it's J.K. 4 4 1 2 9 6 B, I think.", "Yeah, it's [NI_NUMBER], I think."),
    ("ni number yeah it's double why eight four double nine five eight bee", "ni number yeah it's [NI_NUMBER]"),
    # references: a PO number, a dispute or investigation raised, a claim or tracking number typed with a slip
    ("Invoice 2026-330902 for €875.38 was due on 16/8/2026 but our PO 4582889995 only covers 76 units.",
     "Invoice 2026-330902 for €875.38 was due on 16/8/2026 but our PO 4582889995 only covers 76 units."),
    ("I can see both transactions on the card ending 1602; I've raised dispute 88103922.",
     "I can see both transactions on the card ending 1602; I've raised dispute 88103922."),
    ("Sorry to hear that. I've opened investigation 7817717551; the driver's photo shows door 111.",
     "Sorry to hear that. I've opened investigation 7817717551; the driver's photo shows door 111."),
    ("clami number 6639316743 - the accident was on 5 February 2026", "clami number 6639316743 - the accident was on 5 February 2026"),
    ("parcel weighs 3.7kg, 29x38x39cm, trackign no 8032491502", "parcel weighs 3.7kg, 29x38x39cm, trackign no 8032491502"),
    # a dd-mm-yy date after "on", opening hours written 0800-2000
    ("the payment of 29.05 at 12:24:59 on 02-09-26 shows as failed", "the payment of 29.05 at 12:24:59 on 02-09-26 shows as failed"),
    ("0800-2000 Mon-Fri, 0900-1700 Sat, closed Sun", "0800-2000 Mon-Fri, 0900-1700 Sat, closed Sun"),
    # bank details after a reference number: the reference names its own number, not the ones after it
    ("Account Reference 555110168. New bank: 62-41-18 / 31449270", "Account Reference 555110168. New bank: [SORT_CODE] / [BANK_ACCOUNT]"),
    # an NI number typed with hyphens between its letters; a card with homophones between typed groups
    ("Okay, and it's J-T-481266-D.", "Okay, and it's [NI_NUMBER]."),
    ("number is 4532 oh one five won won to 8303 six six", "number is [CARD_NUMBER]"),
    # an RMA or statement number, a year after an abbreviated month, meter readings
    ("Sorry! Replacement of 3 units dispatched, ETA 2-6 business days, RMA 530902144.",
     "Sorry! Replacement of 3 units dispatched, ETA 2-6 business days, RMA 530902144."),
    ("your statement 495512733 shows 2 visits totalling $2635.65", "your statement 495512733 shows 2 visits totalling $2635.65"),
    ("I moved in on 04/12/2025 and the previous tenant left on 12 aug 2025, readings 57288 and 90613",
     "I moved in on 04/12/2025 and the previous tenant left on 12 aug 2025, readings 57288 and 90613"),
    # "valid until the fifth" is no card's expiry
    ("the mortgage redemption figure is 953,611 pounds valid until the fifth so nine five three six one one right",
     "the mortgage redemption figure is 953,611 pounds valid until the fifth so nine five three six one one right"),
    # "triple for four …" opening a card; homophones between pieces a recogniser cut with "..."
    ("card number it's triple for four eight nought five three nine six nine two one three one two", "card number it's [CARD_NUMBER]"),
    # an NI number typed with O for the letter; an SSN after an order number that came with its own number
    ("the router's been off since 9am!! ol459996 c", "the router's been off since 9am!! [NI_NUMBER]"),
    ("my order #5521934 never came 😡 572418803 thanks", "my order #5521934 never came 😡 [SSN] thanks"),
    # a contract's end date is no card expiry
    ("Your contract end date is 6 July 2026. Leaving now would cost $4,336.",
     "Your contract end date is 6 July 2026. Leaving now would cost $4,336."),
    # a recogniser's comma and hyphens inside a card reading, "for" and "too" for digits; "Expires 03, 29."
    ("Sure, it's 4539, double one four eight-3301-for seven too four. Expires 03, 29.", "Sure, it's [CARD_NUMBER]. Expires [EXPIRY]."),
    # an NI number typed with a letter O for a zero; a UK mobile with its country code and no plus, or "+four"
    ("my ni is hl215o86d thanks", "my ni is [NI_NUMBER] thanks"),
    ("my NI is XS68723OC", "my NI is [NI_NUMBER]"),
    ("it's four four seven seven one two three four five six seven eight", "it's [PHONE]"),
    ("uh my mobile is +four four 7911 2345 67 that's my mobile", "uh my mobile is [PHONE] that's my mobile"),
    # NI letters a recogniser writes with a hyphen; an SSN read digit by digit with "triple one" and "um" inside
    ("Yeah, it's N-H 24 99 62, A. I've got it on my payslip.", "Yeah, it's [NI_NUMBER]. I've got it on my payslip."),
    ("it's zero six one seven eight um three triple one", "it's [SSN]"),
    # an NI number typed with underscores
    ("sorry typing on my phone JT_48_29_13_C and i work 37.5 hrs a week", "sorry typing on my phone [NI_NUMBER] and i work 37.5 hrs a week"),
    # a recogniser's commas between single digits, "Too", "double 4"; "oh - 2929 -" and "- Ate A" in an NI number
    ("It's four, Too, Nine, Three, two, eight, Double eight, eight, 0667, double 4, Eight. That's the one, yeah.",
     "It's [CARD_NUMBER]. That's the one, yeah."),
    # a house number read digit by digit, five digits
    ("it's one five seven nine six jefferson court in fresno", "it's [ADDRESS] in fresno"),
    # number words a recogniser runs together or hyphenates ("fortynine", "nine-seventyseven")
    ("Okay. fortynine oh one ninety seven seventy 2036, forty twentythree", "Okay. [CARD_NUMBER]"),
    # a card in two halves of eight digits, an aside between them
    ("sorry the dog's barking hang on four four eight four four six three eight sorry he wants out four eight nine five three eight oh five",
     "sorry the dog's barking hang on [CARD_NUMBER] sorry he wants out [CARD_NUMBER]"),
    # a P60 is a tax form, not more of the NI number
    ("NI no: JC422662 D (from my p60)", "NI no: [NI_NUMBER] (from my p60)"),
    # "ex" for the expiry in a typed card
    ("card: 4539 1148 3301 4724 ex 08/2029 cvv 919", "card: [CARD_NUMBER] ex [EXPIRY] cvv [CVV]"),
    # e-mails half typed, half spoken, or disguised
    ("email me at toms1989@web dot de please", "email me at [EMAIL] please"),
    ("reach me on liam_byrne [at] eircom . net thanks", "reach me on [EMAIL] thanks"),
    ("it's jones underscore tom at gmail.com", "it's [EMAIL]"),
    ("c dot lee (at) btinternet [dot] com lol", "[EMAIL] lol"),
    # an 8-digit account number beside its sort code
    ("please pay the £22.50 refund into 31449270 (sort 62 41 18)", "please pay the £22.50 refund into [BANK_ACCOUNT] (sort [SORT_CODE])"),
    # letters typed apart before six digits; "security no."; Ohio's "oh" before a ZIP; digit words run together; one-word streets
    ("its R T 246813 C thanks", "its [NI_NUMBER] thanks"),
    ("card 4539 1122 3344 5563 exp 09/29 security no. 417", "card [CARD_NUMBER] exp [EXPIRY] security no. [CVV]"),
    ("it's forty two elm drive dayton oh four five four zero two", "it's [ADDRESS] dayton oh [POSTCODE]"),
    ("card is fourfivethreenine, oneonetwotwo. threethreefourfour fivefivesixthree", "card is [CARD_NUMBER]"),
    ("new address: 27 Queensway, Leeds LS1 4AP", "new address: [ADDRESS], Leeds [POSTCODE]"),
    ("it's six fifty six magnolia avenue apt five nine four", "it's [ADDRESS]"),
    # an NI number typed with a slip, then right; an SSN in 5 and 4 across an aside (a tax form's "w two" no piece of it);
    # NI letters as spelling-alphabet names; "ell" for L
    ("JK482917 - oops typo, it's JK482971B", "[NI_NUMBER] - oops typo, it's [NI_NUMBER]"),
    ('two one four five six sorry, bad line, seven eight nine one', '[SSN] sorry, bad line, [SSN]'),
    ("five one two three four hold on it's on my w two somewhere... ok six seven eight nine", "[SSN] hold on it's on my w two somewhere... ok [SSN]"),
    ('national insurance? peter harry four eight two nine one seven c', 'national insurance? [NI_NUMBER]'),
    ('my ni number is jay ell twenty one forty three sixty five see', 'my ni number is [NI_NUMBER]'),
    # an NI number's two letters written together by the recogniser, "be" as B; "I'm reading the wrong line" names no reading
    ("number's jm 316 o four oh be", "number's [NI_NUMBER]"),
    ("number's tc 412 six hundred and twenty one see", "number's [NI_NUMBER]"),
    ("five nine five, no, I'm reading the wrong line, five nine five four, oh two two oh, five eight seven nine, one five eight two", "[CARD_NUMBER], no, I'm reading the wrong line, [CARD_NUMBER]"),
    ("hi I want to pay my policy, long no. 2341 0362 4090 1940", "hi I want to pay my policy, long no. [CARD_NUMBER]"),  # "long no." names a card
    ("Best callback number is (942) 937-9404 ext 978", "Best callback number is [PHONE]"),  # an extension with its phone number
    ("Hi, settling the £64.20 4024 007 037 407 today", "Hi, settling the £64.20 [CARD_NUMBER] today"),  # an amount typed right before a card
    ("card 4532015112830366 / 0828 sec 390", "card [CARD_NUMBER] / [EXPIRY] sec [CVV]"),  # an expiry typed MMYY, a code after "sec"
]

NEGATIVES = [
    # a customer number and a fault number named; how long a quote holds; a time with its zone; "oo" and "eighteen"
    "Cust no. 7712093345 - nobody has called me back",
    "i've put that under fault number four four one eight two nine three three six",
    "Your payoff good through 12/4 is $8,120.55",
    "the offer is valid until 3/27 for new customers",
    "We'll ring you Tue 6/10 at 4:15 PM CT, about 20 minutes wait",
    "oo that hurts, eighteen quid for that",
    "that's four pounds ninety nine and twenty three pounds fifty",
    "I called at ten thirty and waited forty five minutes",
    "order number 123456789 please",
    "my order is one two three four five six seven eight nine",
    "flight BA 2490 and flight EZY 8427",
    "i'd like three hundred and twenty boxes",
    "room four one two and room four one four",
    "the ticket number is 48213 and the order is 77319",
    "press one for billing two for technical support",
    "it's three to five working days",
    "I ate at seven and won two tickets for the show",
    "give me two for twenty and one for ten",
    "between 1990 and 2005 I lived in leeds",
    "between 2005 and 2009 we lived abroad",
    "I paid 1,250,000 for the house in 2019",
    "that's 12 items at 4.99 each so 59.88",
    "I've had this phone since 12 March 2005",
    "the contract runs from the 1st of april 2019 to the 31st of march 2021",
    "the old system was installed on the 4th of may 1999",
    "our anniversary is the 14th of february 1995",
    "it was 2019 2020 2021 and 2022 that I paid",
    "I need 2 4 6 8 10 12 14 16 18 items",
    "the tracking number is 1Z999AA10123456784",
    "my reference is 7731945 and it was 12 pounds",
    "the total was 123456789 pounds",
    "the warranty number is 884 213 907",
    "the figures were 123 456 789 last year",
    "it's version 10.2.3 build 19045",
    "the warranty runs out in march twenty twenty six",
    "it's 2.5 percent on 12,000 over 36 months",
    "I'm 42, my wife is 39, the kids are 12 and 9",
    "check clause 4 2 1 of the terms",
    "it's on page 14, paragraph 3, line 22",
    "my IMEI is 35 209900 176148 1",
    "the sim card number is 8944 1100 0000 1234 567",
    "tracking number 9400 1000 0000 0000 0000 00",
    "we moved to texas in 2009 with 12345 dollars",
    "I was in new york 10 years",
    "you charged me 3 times: 12.99, 12.99 and 12.99",
    "I paid £1,250.00 on the 3rd and another £250 on the 14th",
    "the complaint reference is one two eight eight four nine two oh three one one seven",
    # ages, letter names and homophones in ordinary speech, a model code spelled out near "back"
    "she's eighty two and he's seventy nine",
    "my nan is ninety one and lives at number four",
    "book it for two people for four nights from the eighth",
    "gee that's great, see you at eight",
    "the model on the back says k m four five t three one two e x",
    "model number a b one two three four five six c",
    "you'll get six hundred pounds every four weeks for the twenty twenty five twenty six tax year",
    "thanks and your claim reference is fifty one four seven eighty seven",
    "i'm at the office dot com team all week",
    "the recipe says 1/2 cup and the meeting is 10/11",
    "the parcel was meant to be eleven kilos but it's way lighter",
    "i got a provisional credit of 300 and dispute 97588297 is open",
    "the direct debit of 45 comes out on the 12th, reference 55123498",
    "i paid via paypal 40 and went via paris 2 days ago",
    "we had 3 place settings and 5 green bottles",
    "Case ID 011-3081041, placed on 12/20 for $223.88",
    "the job number on the letter is four one three triple four six",
    "Yes, it's \u20ac63.66 per bag each way",
    "the gift card balance is 89.25 and the code is valid until 14 May",
    "we're going for my daughter's birthday on the eighteenth of january she'll be fourteen",
    "yeah the reading is eighty three eighty one seventy eight and the night one is nine six one three nine",
    "Policy PX-6452964, my 2017 car has 119,402 miles",
    "i have 2oo apples and the score was 3o",
    "and the booking reference is k seven x two p q right",
    "we booked room eight, a double for one night, and paid 120 for it",
    "order #572418803 and ticket #12345678",
    "we live at number 4 and the street number 12 is next door",
    "the prior authorization number is five seventy two forty one eighty eight oh three its valid for sixty days",
    "i'll give you a reference number for this call it's twenty seventy six forty five",
    "You can also call us free on the number on the back of your card or text HELP to 54381.",
    "can someone ring me back on thursday between ten fifteen and three thirty",
    "i owe you one and we ordered a treble gin",
    "see you l8r, the 2l bottle and 4l jug cost 12.50",
    "we moved to L17 last year and the office is at L1",
    "i got a bill for ninety six forty nine which seems way too high",
    "i see it on the nineteenth at three oh five p m along with three smaller ones",
    "my prescription number is 572418803 and its 100 mg twice a day",
    "your reference number for this call is oh two twenty two eighty six o five seventy four",
    "we lost forty nine to nil and it takes three to five",
    "yeah the reading is three oh two four nine the model number on the back is x r seven hundred and sixty",
    "what about the 2021 price rise",
    "your appointment is on the twenty second of may at two fifteen and bring two forms of id",
    "your policy renews on the fourteenth of july and the premium is one thousand and fifty five twenty five a year",
    "We open 10:00-16:00 on Sundays. That code expired on 31/12/2025, sorry!",
    "the offer will expire in five minutes and the numbers on the lumber are 2x4",
    "the score was 2o-3o and i have 2oo apples",
    "correct confirmation code is k p five five t w and the change fee would be seventy five dollars",
    "No problem. Your booking ref HX72PL is updated.",
    "we're in room B12, 3rd floor",
    # a tax code and a tax year are no NI number; a loan number and a form number are references; years after "since"
    "The NI number is fine. Your tax code is 1185L for the tax year 2025 to 2026",
    "The loan number is 8084100897 and the car is a 2016 with 50,143 miles",
    "please fill in form twelve thirty four fifty six",
    "I've been with you since 2004, nineteen eighty six actually",
    # a postcode that has not changed is talked about, not read: the numbers after it are years and speeds
    "my postcode hasn't changed it's the same house i've lived there twenty three years",
    # "I'll sort that out" is no sort code; "£58.50" after "expires" is an amount, not a date
    "hello I got an invoice for €244.45, claim number 213514. No problem, I'll sort that out.",
    "it expires after 44 months. You have £58.50 left",
    # an offer that expires, not a card; opening hours are no card in two halves
    "my promo price of $53/mo expires 10/27, can you extend it?",
    "Our phone team works 0800-2000 Mon-Fri, 0900-1700 Sat. Chat is 24/7.",
    # a site, not a mailbox; "at 9am." then the next sentence; counts and a year after commas
    "Can you run a speed test at speedtest.net?",
    "it was dispatched on Tuesday at 9am. it was £249.99 and i paid extra",
    "I ordered 3, 28 of them and 12, 2024 was the year",
    # a code on a parcel card; a parcel's number; a road and a serial number ("ct" is no Court here)
    'the security code on the parcel card is five twenty five',
    'Your parcel 66869983277814 will arrive between 7:00 and 13:00 today.',
    "i'm just off the a thirty, serial number CT 12 34 56 A",
    # a branch's number, not its sort code
    "branch 31-62-08 covers that area, reference 0516765008",
    "branch 07 29 01 handles that region",
    # a National Drug Code, no phone
    'the pharmacist read me the ndc 04093-7750-18 off the box',
    'prior auth PA5512, ndc 07231-8802-41',
    # a part of the page, not a card
    "my booking number, it's printed above the card bit, is three seven eight two eight two two four six three one double oh oh five",
    "The error code on the router is 25-29-03 and the model is HH6A",  # no day and month: no date of birth
    "Yes, batch 27-09-99 is the replacement for item 31209.",  # a batch's number
    "That's the payment reference (not a card number): 2664 7391 5527 3264",  # said to be no card
    "Gift card no. 3484 2367 0856 7267 887 PIN code on the back is scratched",  # a gift card's number
    "We're open 9-5.30 weekdays and 10am-4pm Saturdays.",  # hours: two separators, no date
    "loyalty number: 5238888688474668",  # a loyalty scheme's number, Luhn-valid
    "okay, recovery will be 38 minutes, your breakdown cover number 836508919 covers 5 call outs a year",
    "Provider NPI: 2274004136, Medicare PTAN H84359, Tax ID on file.",
    "There are 37 reports about Church Lane, the council expects it closed until May.",  # a count, no house number
    "medicaid id 0335665919",  # a Medicaid beneficiary's id, named
    "it's the m twenty five, the road's closed at junction twelve so the engineer couldn't get through",  # a motorway, "road's" a contraction
    "your mobile plan code is 868689",  # a plan's code, no phone number
    "tracking: 1ZUWHD297225670508 / alt 0500480897496872435268",  # a second tracking number, 22 digits
    "thanks, your contract end date is 11/2029 and any card refund will clear in 3-5 working days",  # a contract's end, a span of days
    "the part number for the new pump is KT551902A",  # a part number shaped like an NI number, what it is for between
    # an invoice number with a code's letters after the abbreviated label; a reference for a card, not one; a ZIP+4's shape in a code
    "Invoice no. INV 4742 0780 2345 8889",
    "The tracking number for the replacement card is 4983 4234 2171 7818 009",
    "my policy number is POL-30417-2291",
    "thanks, I can see TK...B on the record",  # an NI number's letters shown masked, with no NI number read in the call
    "you can also do that online at northwind dot com slash payments if it's easier",  # a web address said, no e-mail
    # an SSN shown masked with its last four, as a card's last four may be (see docs/redaction.md); an extension's number
    # before a street's word ("Close")
    "Thanks. Just to confirm, thats ***-**-8803?",
    "Your statement shows SSN XXX-XX-2231, card **** **** **** 9643, exp **/**.",
    "press 2 then extension 317, lines close at 8pm",
]


@pytest.mark.parametrize(("text", "expected"), POSITIVES, ids=[c[0][:48] for c in POSITIVES])
def test_spoken_form_is_redacted(text, expected):
    assert scrub(text) == expected


@pytest.mark.parametrize("text", NEGATIVES, ids=[t[:48] for t in NEGATIVES])
def test_everyday_numbers_survive(text):
    assert scrub(text) == text


A, C = "agent", "customer"
TURNS = [
    # the demo call's ASR: "four" heard as "For" and seven of the sixteen digits dropped; in card
    # context what is left is still (part of) the card
    ([(A, "Sure, please read me my card number."), (C, "For 1 1 1 1 1 1 1 1 1")],
     ["Sure, please read me my card number.", "[CARD_NUMBER]"]),
    # a card in pairs and fours over five turns, back-channels, a question and a read-back in between
    ([(A, "what's the long number"), (C, "forty one eleven"), (A, "go on"), (C, "eleven eleven"),
      (A, "sorry was that eleven eleven"), (C, "yes then eleven eleven"), (A, "and the last four"), (C, "eleven eleven")],
     ["what's the long number", "[CARD_NUMBER]", "go on", "[CARD_NUMBER]", 'sorry was that [CARD_NUMBER]', "yes then [CARD_NUMBER]",
      "and the last four", "[CARD_NUMBER]"]),
    # a card read in pairs, one pair a turn, a different question after each
    ([(A, "go ahead with the card number")]
     + [t for pair, q in zip(["forty nine", "seventeen", "sixty one", "double oh", "thirty two", "twenty two", "nineteen", "forty seven"],
                             ["okay", "and then", "what was that after", "go on", "next two", "yes", "and the next", "thanks"])
        for t in ((C, pair), (A, q))],
     ["go ahead with the card number"]
     + [t for q in ["okay", "and then", "what was that after", "go on", "next two", "yes", "and the next", "thanks"]
        for t in ("[CARD_NUMBER]", q)]),
    # a card with no card word: the last group is not a security code
    ([(A, "read me the number on the front"), (C, "four nine one seven six one"), (A, "okay and then"),
      (C, "double oh three two two two"), (A, "and the rest"), (C, "one nine four seven that's it")],
     ["read me the number on the front", "[CARD_NUMBER]", "okay and then", "[CARD_NUMBER]", "and the rest",
      "[CARD_NUMBER] that's it"]),
    # an SSN in three pieces
    ([(A, "whats your social"), (C, "one two three"), (A, "ok"), (C, "four five"), (A, "ok"), (C, "six seven eight nine")],
     ["whats your social", "[SSN]", "ok", "[SSN]", "ok", "[SSN]"]),
    # an NI number: letters, digits, and the suffix asked for, with no "national insurance" said
    ([(C, "the letters are j k"), (A, "yep"), (C, "then four five six one two three"), (A, "and the letter at the end"), (C, "b")],
     ["the letters are [NI_NUMBER]", "yep", "then [NI_NUMBER]", "and the letter at the end", "[NI_NUMBER]"]),
    # an e-mail over three turns with a spelled-back letter
    ([(A, "what's your email"), (C, "it's j"), (A, "j"), (C, "dot doe"), (A, "yep"), (C, "at gmail dot com")],
     ["what's your email", "it's [EMAIL]", "[EMAIL]", "[EMAIL]", "yep", "[EMAIL]"]),
    # a phone in three pieces
    ([(A, "and a contact number"), (C, "oh seven seven double oh"), (A, "okay"), (C, "nine double oh"), (A, "yep"), (C, "one two three")],
     ["and a contact number", "[PHONE]", "okay", "[PHONE]", "yep", "[PHONE]"]),
    # a US phone read back by the agent with no phone word
    ([(C, "three one two five five five zero one three one"), (A, "so that's three one two five five five zero one three one yes"), (C, "yes")],
     ["[PHONE]", "so that's [PHONE] yes", "yes"]),
    # a postcode in NATO over two turns; a date of birth whose year comes after a question
    ([(A, "what's the postcode"), (C, "sierra whiskey one alpha"), (A, "yep"), (C, "one alpha alpha")],
     ["what's the postcode", "[POSTCODE]", "yep", "[POSTCODE]"]),
    ([(A, "and your date of birth"), (C, "fourth of july"), (A, "and the year"), (C, "eighty two")],
     ["and your date of birth", "[DOB]", "and the year", "[DOB]"]),
    # an IBAN read in groups
    ([(A, "and your iban"), (C, "g b eight two"), (A, "yes"), (C, "w e s t one two three four"), (A, "ok"),
      (C, "five six nine eight seven six five four three two")],
     ["and your iban", "[IBAN]", "yes", "[IBAN]", "ok", "[IBAN]"]),
    # an SSN over three turns with no "social" said, each piece asked for
    ([(C, "one two three"), (A, "and the middle two"), (C, "four five"), (A, "and the last four"), (C, "six seven eight nine")],
     ["[SSN]", "and the middle two", "[SSN]", "and the last four", "[SSN]"]),
    # a phone with a partial read-back as a question
    ([(A, "what's your number"), (C, "oh seven seven double oh"), (A, "sorry oh seven seven what"), (C, "nine double oh one two three")],
     ["what's your number", "[PHONE]", 'sorry [PHONE] what', "[PHONE]"]),
    # an NI number whose suffix letter comes after a question, with a lead-in, as a NATO word or "b for bravo"
    ([(A, "can I take your national insurance number"), (C, "it's s t"), (A, "mhm"), (C, "six one four"), (A, "okay"),
      (C, "two two nine"), (A, "and the final letter"), (C, "that's delta")],
     ["can I take your national insurance number", "it's [NI_NUMBER]", "mhm", "[NI_NUMBER]", "okay", "[NI_NUMBER]",
      "and the final letter", "that's [NI_NUMBER]"]),
    ([(A, "ni number please"), (C, "w l seven two"), (A, "yep"), (C, "five five one nine"), (A, "and the last letter"),
      (C, "sorry it's b for bravo")],
     ["ni number please", "[NI_NUMBER]", "yep", "[NI_NUMBER]", "and the last letter", "sorry it's [NI_NUMBER]"]),
    # an NI number with letter names and digit homophones over turns, the suffix as a letter name
    ([(A, "what's your national insurance number"), (C, "it's gee are for one"), (A, "okay"), (C, "six too nine oh"),
      (A, "and the letter"), (C, "dee")],
     ["what's your national insurance number", "it's [NI_NUMBER]", "okay", "[NI_NUMBER]", "and the letter", "[NI_NUMBER]"]),
    # an address asked for in turns: the house number, then the street
    ([(A, "and the door number"), (C, "it's seventeen"), (A, "which road is that"), (C, "birch grove")],
     ["and the door number", "it's [ADDRESS]", "which road is that", "[ADDRESS]"]),
    ([(A, "what's the flat number"), (C, "twelve"), (A, "and how many people live there"), (C, "three of us")],
     ["what's the flat number", "twelve", "and how many people live there", "three of us"]),
    # an e-mail whose "at" the agent prompts ("okay at" / "at outlook dot com")
    ([(A, "what email should we use"), (C, "k dot obi"), (A, "okay at"), (C, "at outlook dot com")],
     ["what email should we use", "[EMAIL]", "okay at", "[EMAIL]"]),
    ([(A, "email please"), (C, "it's l dot nowak"), (A, "and then at"), (C, "at gmail dot com")],
     ["email please", "it's [EMAIL]", "and then at", "[EMAIL]"]),
    # ... or reads the first piece back before the domain
    ([(A, "email please"), (C, "m dot ferreira"), (A, "m dot ferreira yep"), (C, "at yahoo dot co dot uk")],
     ["email please", "[EMAIL]", '[EMAIL] yep', "[EMAIL]"]),
    # a US phone over three turns with digit homophones in each piece
    ([(A, "what's the best number"), (C, "too one two"), (A, "yep"), (C, "five five ate"), (A, "okay"), (C, "won three four nine")],
     ["what's the best number", "[PHONE]", "yep", "[PHONE]", "okay", "[PHONE]"]),
    # negatives over turns: references the agent gives (in pairs, or digit by digit) and the caller reads back
    ([(A, "your ticket reference is fifty one thirty seven twenty two"), (C, "fifty one thirty seven twenty two got it")],
     ["your ticket reference is fifty one thirty seven twenty two", "fifty one thirty seven twenty two got it"]),
    ([(A, "i'll give you a reference for this call it's three one seven five oh two eight six four"),
      (C, "three one seven five oh two eight six four thanks")],
     ["i'll give you a reference for this call it's three one seven five oh two eight six four",
      "three one seven five oh two eight six four thanks"]),
    # negatives over turns: meter readings in one sentence, and a room number before a card
    ([(C, "so that's seven one two oh four on the electric and two two nine eight one on the gas")],
     ["so that's seven one two oh four on the electric and two two nine eight one on the gas"]),
    ([(C, "I'm in room four one two"), (C, "it's four one one one one one one one one one one one one one one one")],
     ["I'm in room four one two", "it's [CARD_NUMBER]"]),
    # a value asked for is redacted however it is read (redact/elicit.py): narration between the
    # groups, a piece finished in the next turn, fillers and asides, a first digit on its own
    ([(A, "can i take the long number on the card"),
      (C, "four five three two that's the start then oh one five one one two eight three and the last four are oh three six six")],
     ["can i take the long number on the card",
      "[CARD_NUMBER] that's the start then [CARD_NUMBER] and the last four are [CARD_NUMBER]"]),
    ([(A, "which account should we pay it into"), (C, "sort code two oh one five four four account seven seven one two hang on"),
      (A, "no rush"), (C, "eight three oh one")],
     ["which account should we pay it into", "sort code [SORT_CODE] account [BANK_ACCOUNT] hang on", "no rush", "[BANK_ACCOUNT]"]),
    ([(A, "and your social security number"), (C, "five three one uh four four hold on let me find it six two oh eight")],
     ["and your social security number", "[SSN] hold on let me find it [SSN]"]),
    ([(A, "what number can the driver call"), (C, "oh seven"), (A, "mhm"), (C, "seven double oh nine double oh four five six")],
     ["what number can the driver call", "[PHONE]", "mhm", "[PHONE]"]),
    ([(A, "the card number please"), (C, "for five three to oh one five one one two ate three oh three six six")],
     ["the card number please", "[CARD_NUMBER]"]),
    ([(A, "go ahead with your national insurance number"), (C, "okay j k"), (A, "yep"), (C, "three one four one five nine"),
      (A, "and the letter at the end"), (C, "it's b")],
     ["go ahead with your national insurance number", "okay [NI_NUMBER]", "yep", "[NI_NUMBER]", "and the letter at the end",
      "it's [NI_NUMBER]"]),
    # a date of birth asked for with other things; only the first date of the reply is the birth date
    ([(A, "For security, please confirm your date of birth, the first line of your address and your postcode."),
      (C, "2 March 1987, 14 Mill Lane, LS6 2QT")],
     ["For security, please confirm your date of birth, the first line of your address and your postcode.",
      "[DOB], [ADDRESS], [POSTCODE]"]),
    ([(A, "and what is your date of birth please and the reason for the call"),
      (C, "the fourth of may nineteen seventy and it is about the bill from june twenty twenty four")],
     ["and what is your date of birth please and the reason for the call",
      "[DOB] and it is about the bill from june twenty twenty four"]),
    # an e-mail's name in one turn, "yeah at …" / "and at …" in the next
    ([(A, "go ahead with the email"), (C, "tomas novak seventy one"), (A, "mhm"), (C, "yeah at outlook dot com")],
     ["go ahead with the email", "[EMAIL]", "mhm", "[EMAIL]"]),
    ([(A, "go ahead with the email"), (C, "priya nine two"), (A, "yep go on"), (C, "and at gmail dot com")],
     ["go ahead with the email", "[EMAIL]", "yep go on", "[EMAIL]"]),
    # a hesitation inside a reading; letters of an NI number in a longer turn; a typed card with
    # expiry and code on their own lines; a list of two requests; letter names in an IBAN; a house
    # number read digit by digit; "two thousand and thirty" after a month
    ([(A, "the card number please"), (C, "four five three nine one four ate eight oh three four three uh six four six seven")],
     ["the card number please", "[CARD_NUMBER]"]),
    ([(A, "what's your national insurance number please"), (C, "okay so it's j k"), (A, "go ahead"),
      (C, "four one ninety two six zero"), (A, "and the letter at the end"), (C, "c for charlie")],
     ["what's your national insurance number please", "okay so it's [NI_NUMBER]", "go ahead", "[NI_NUMBER]",
      "and the letter at the end", "[NI_NUMBER]"]),
    ([(A, "Please type the card details below."), (C, "4539.1488.0343.6467\n11/29\n512")],
     ["Please type the card details below.", "[CARD_NUMBER]\n[EXPIRY]\n[CVV]"]),
    ([(A, "and the expiry and the three digit code on the back"), (C, "december twenty twenty nine and then triple four")],
     ["and the expiry and the three digit code on the back", "[EXPIRY] and then [CVV]"]),
    ([(A, "what iban should we pay the claim into"),
      (C, "bee e six eight five three nine zero two one two three four five six seven and that's in my name")],
     ["what iban should we pay the claim into", "[IBAN] and that's in my name"]),
    ([(A, "what's the billing address"), (C, "seven four two one maple avenue denver")],
     ["what's the billing address", "[ADDRESS] denver"]),
    ([(A, "and the expiry"), (C, "oh nine two thousand and thirty")], ["and the expiry", "[EXPIRY]"]),
    # set 8/9 round: a re-read asked for again, homophones in a short reading, an NI suffix after a
    # pause or a correction or as a letter name, an e-mail whose 'at' the agent says, an expiry and a
    # code answered together, a house number read as digits after a date-of-birth question
    ([(A, "i'll need the social security number"), (C, "okay it's two one two seven seven four five six three"), (A, "sorry you broke up a little the last four again"), (C, "four five six three")],
     ["i'll need the social security number", "okay it's [SSN]", "sorry you broke up a little the last four again", "[SSN]"]),
    ([(A, "can i have your social security number"), (C, "yeah for ate two"), (A, "mhm"), (C, "fifty one"), (A, "okay"), (C, "seven seven double two")],
     ["can i have your social security number", "yeah [SSN]", "mhm", "[SSN]", "okay", "[SSN]"]),
    ([(A, "and your n i number"), (C, "yeah it's r as in romeo k as in kilo twenty one ... forty three sixty five, b for bravo")],
     ["and your n i number", "yeah it's [NI_NUMBER]"]),
    ([(A, "and your n i number"), (C, "yeah it's p r four four one two six seven uh sorry c")],
     ["and your n i number", "yeah it's [NI_NUMBER]"]),
    ([(A, "go on then the national insurance number"), (C, "s k"), (A, "go ahead"), (C, "sixty one"), (A, "perfect"), (C, "two o"), (A, "okay and"), (C, "thirty three"), (A, "got that"), (C, "dee")],
     ["go on then the national insurance number", "[NI_NUMBER]", "go ahead", "[NI_NUMBER]", "perfect", "[NI_NUMBER]", "okay and", "[NI_NUMBER]", "got that", "[NI_NUMBER]"]),
    ([(A, "and can i take an email address"), (C, "marekz"), (A, "okay at"), (C, "proton dot me")],
     ["and can i take an email address", "[EMAIL]", "okay at", "[EMAIL]"]),
    ([(A, "and can i take an email address"), (C, "it's j o s h underscore b e l l at g mail dot com")],
     ["and can i take an email address", "it's [EMAIL]"]),
    ([(A, "And the expiry date and security code on the back?"), (C, "Mar 2028 4410")],
     ["And the expiry date and security code on the back?", "[EXPIRY] [CVV]"]),
    ([(A, "This offer expires 28/02; after that it's £40 a month."), (C, "ok thanks")],
     ["This offer expires 28/02; after that it's £40 a month.", "ok thanks"]),
    ([(A, "for security can you give me the first line of the address the postcode and your date of birth"), (C, "yeah it's four five six oak road")],
     ["for security can you give me the first line of the address the postcode and your date of birth", "yeah it's [ADDRESS]"]),
    # set 10/11 round: an aside with its own number mid-reading, typed '[at]'/'[dot]' e-mails, card,
    # expiry and code split by slashes, a dashed IBAN, a '+' prefix said as 'plus', a date of birth
    # with 'two thousand', a postcode spelled over turns once asked for; and lookalikes that stay
    ([(A, "okay and the card number please"), (C, "four five three two oh one five one sorry we're boarding flight b a two one nine in a minute uh one two eight three oh three six six")],
     ["okay and the card number please", "[CARD_NUMBER] sorry we're boarding flight b a two one nine in a minute [CARD_NUMBER]"]),
    ([(A, "What's the best email?"), (C, "it's tomasz.k [at] posteo [dot] de")],
     ["What's the best email?", "it's [EMAIL]"]),
    ([(A, "To complete the booking I'll need the card details please."), (C, "4532-0151-1283-0366 / 07/29 / CVC 318")],
     ["To complete the booking I'll need the card details please.", "[CARD_NUMBER] / [EXPIRY] / CVC [CVV]"]),
    ([(A, "For an international transfer I'll need your IBAN."), (C, "IBAN: GB82-WEST-1234-5698-7654-32")],
     ["For an international transfer I'll need your IBAN.", "IBAN: [IBAN]"]),
    ([(A, "and a good contact number for you"), (C, "okay plus four four seven seven"), (A, "go ahead"), (C, "double oh nine double oh one two three")],
     ["and a good contact number for you", "okay [PHONE]", "go ahead", "[PHONE]"]),
    ([(A, "for security can i have your date of birth"), (C, "two one oh three two thousand")],
     ["for security can i have your date of birth", "[DOB]"]),
    ([(A, "and what's the postcode"), (C, "s for sierra w one"), (A, "mhm"), (C, "a for alpha two a a")],
     ["and what's the postcode", "[POSTCODE]", "mhm", "[POSTCODE]"]),
    ([(A, "can you read me the meter"), (C, "it says three eight six one five and the other dial is nine four seven eight eight"), (C, "i've got the order number here it's two seven nine six"), (A, "okay go on"), (C, "oh four one one")],
     ["can you read me the meter", "it says three eight six one five and the other dial is nine four seven eight eight", "i've got the order number here it's two seven nine six", "okay go on", "oh four one one"]),
    ([(C, "been waiting 58 mins on the phone then 3 hours in chat"), (A, "We have a slot at 11:15 on 27/11/2026."), (C, "perfect, book it")],
     ["been waiting 58 mins on the phone then 3 hours in chat", "We have a slot at 11:15 on 27/11/2026.", "perfect, book it"]),
    # set 12/13 round: 'call' right before the digits, 'double you' in an NI number, a re-read
    # asked for by group, a date of birth read back by the agent, 'two thousand five'; and lookalikes
    ([(C, "you can email me at j dot roe at aol dot com or call three one two five five five zero one four two between nine and five")],
     ["you can email me at [EMAIL] or call [PHONE] between nine and five"]),
    ([(A, "i'll need your national insurance number"), (C, "yes double you em four four oh seven one two see")],
     ["i'll need your national insurance number", "yes [NI_NUMBER]"]),
    ([(A, "okay the card number"), (C, "four five three two oh one five one one two eight three"), (A, "okay from the start of the second group is that"), (C, "yeah oh one five one one two eight three oh three six six")],
     ["okay the card number", "[CARD_NUMBER]", "okay from the start of the second group is that", "yeah [CARD_NUMBER]"]),
    ([(A, "can i just confirm your date of birth"), (C, "yeah one may nineteen eighty one"), (A, "so that's one may nineteen eighty one yeah"), (C, "yep")],
     ["can i just confirm your date of birth", "yeah [DOB]", "so that's [DOB] yeah", "yep"]),
    ([(A, "can you confirm your date of birth"), (C, "yeah it's one four o two two thousand five")],
     ["can you confirm your date of birth", "yeah it's [DOB]"]),
    ([(A, "thanks, firmware version 2.12.87 is the latest"), (C, "ok")],
     ["thanks, firmware version 2.12.87 is the latest", "ok"]),
    ([(A, "have you got a reference number for me"), (C, "yeah the reference number is o three six one two double four three four two")],
     ["have you got a reference number for me", "yeah the reference number is o three six one two double four three four two"]),
    ([(C, "it's a x five hundred bought in two thousand and twenty five for one thousand five hundred and fourteen pounds and eighty six p"), (A, "and it's covered for five years"), (C, "Hi my Order 782912966 hasn't arrived.")],
     ["it's a x five hundred bought in two thousand and twenty five for one thousand five hundred and fourteen pounds and eighty six p", "and it's covered for five years", "Hi my Order 782912966 hasn't arrived."]),
    # set 14/15 round: 'be' and a NATO word alone as the NI suffix, an SSN typed with dots, 'dot co dot
    # uk', 'uh o' ending a phone reading; a case number to quote stays
    ([(A, "and your national insurance number please"), (C, "yeah it's jay kay one two three four five six be i think")],
     ["and your national insurance number please", "yeah it's [NI_NUMBER] i think"]),
    ([(A, "can you give me your n i number"), (C, "okay it's p for papa romeo"), (A, "yeah go ahead"), (C, "one two three four five six"), (A, "mhm and the last letter"), (C, "uh charlie")],
     ["can you give me your n i number", "okay it's [NI_NUMBER]", "yeah go ahead", "[NI_NUMBER]", "mhm and the last letter", "[NI_NUMBER]"]),
    ([(C, "its 512.44.7812 my claim # is 57583")],
     ["its [SSN] my claim # is 57583"]),
    ([(A, "what's your email"), (C, "annawalsh seven one"), (A, "okay at"), (C, "yahoo dot co dot uk")],
     ["what's your email", "[EMAIL]", "okay at", "[EMAIL]"]),
    ([(A, "what number should we call you back on"), (C, "oh seven seven oh oh"), (A, "mhm"), (C, "nine double oh one two uh o")],
     ["what number should we call you back on", "[PHONE]", "mhm", "[PHONE]"]),
    ([(C, "do you need my date of birth or just the postcode"), (A, "that's fine just quote case 9379142 when you call back, it's valid for 14 days")],
     ["do you need my date of birth or just the postcode", "that's fine just quote case 9379142 when you call back, it's valid for 14 days"]),
    # set 16/17 round: '16 digits' asked for, 'o' as zero inside a reading, 'at sign' / 'full stop',
    # '[dot]' in a typed name, 'end of june 29'; a statement about 16 digits asks for nothing
    ([(A, "go ahead with the sixteen digits when you're ready"), (C, "er yeah it's for five three to oh one five won one two ate three oh three six six")],
     ["go ahead with the sixteen digits when you're ready", "er yeah it's [CARD_NUMBER]"]),
    ([(A, "can i get your social please"), (C, "sure five won o ate four eight o three seven")],
     ["can i get your social please", "sure [SSN]"]),
    ([(A, "and your email"), (C, "it's sean walsh nineteen eighty at sign gmail full stop com")],
     ["and your email", "it's [EMAIL]"]),
    ([(C, "email me: marta [dot] nowak [at] yahoo [dot] co [dot] uk")],
     ["email me: [EMAIL]"]),
    ([(A, "what's the expiry on that card"), (C, "um it says valid thru end of june twenty nine")],
     ["what's the expiry on that card", "um it says valid thru [EXPIRY]"]),
    ([(A, "Please try again in 10 minutes; the form accepts all 16 digits after the card is activated."), (C, "i just want channel four six oh back before the match at half seven")],
     ["Please try again in 10 minutes; the form accepts all 16 digits after the card is activated.", "i just want channel four six oh back before the match at half seven"]),
    ([(A, "your contract started on the eleventh of july two thousand and twenty three"), (C, "right and the engineer is booked for the twelfth between nine and four")],
     ["your contract started on the eleventh of july two thousand and twenty three", "right and the engineer is booked for the twelfth between nine and four"]),
    # set 18/19 round: a spoken NI number's whole shape with no words around it, an NI number typed
    # with slashes, 'sec code' and 'valid till' after a typed card
    ([(C, "it's j for juliet k for kilo four four two er one nine six bee")],
     ["it's [NI_NUMBER]"]),
    ([(C, "Hi, claiming pension credit, ni no is JK/441296/C ref PC-551203")],
     ["Hi, claiming pension credit, ni no is [NI_NUMBER] ref PC-551203"]),
    ([(C, "card 4532.0151.1283.0366 exp 09-29 sec code 318 thx")],
     ["card [CARD_NUMBER] exp [EXPIRY] sec code [CVV] thx"]),
    ([(C, "card 4917-6100-3222-1947 valid till 04/28 cvc 552")],
     ["card [CARD_NUMBER] valid till [EXPIRY] cvc [CVV]"]),
    # set 20/21 round: 'triple ate', 'b four bravo' (ASR's 'for'), 'oh nine slash twenty twenty nine',
    # a typed 'JK' / 'ER' prefix is letters; 'n four nine u x' stays digits
    ([(A, "can you give me the card number"), (C, "yeah it's for five three to oh one five one one two ate three oh triple ate six")],
     ["can you give me the card number", "yeah it's [CARD_NUMBER]"]),
    ([(A, "can you give me your national insurance number"), (C, "yep j k four four one two nine six b four bravo")],
     ["can you give me your national insurance number", "yep [NI_NUMBER]"]),
    ([(A, "and the expiry date"), (C, "it's oh nine slash twenty twenty nine")],
     ["and the expiry date", "it's [EXPIRY]"]),
    ([(C, "my ni is JK 441296 B thanks")],
     ["my ni is [NI_NUMBER] thanks"]),
    ([(A, "postcode"), (C, "n four nine u x")],
     ["postcode", "[POSTCODE]"]),
    # set 22/23: a card asked for as "the card you'd like to pay … with"
    ([(A, "and the card you'd like to pay the forty two pounds with"),
      (C, "five three two ate double two nine four double eight oh five double zero five three")],
     ["and the card you'd like to pay the forty two pounds with", "[CARD_NUMBER]"]),
    # set 23: a card typed over two messages with no card word
    ([(C, "ok the numbr is 5290 1837"), (C, "sry hit enter 4402 6610")],
     ["ok the numbr is [CARD_NUMBER]", "sry hit enter [CARD_NUMBER]"]),
    ([(C, "order 5290 1837 came"), (C, "but 4402 6610 didnt")], ["order 5290 1837 came", "but 4402 6610 didnt"]),
    # round 29: homophones in a short CVV answer; pieces opening a turn before an aside; a lone "oh";
    # a correction inside a reading; an agent's query of a letter; a repeated card tail; a time after "at"
    ([(A, "and the security code"), (C, "for for three i think yeah")], ["and the security code", "[CVV] i think yeah"]),
    ([(A, "can i take the long number on the card"), (C, "okay so four wait let me get my glasses"), (A, "go ahead"),
      (C, "five three two oh"), (A, "mhm"), (C, "oh"), (A, "yep"), (C, "one five one one two eight three oh three six six")],
     ["can i take the long number on the card", "okay so [CARD_NUMBER] wait let me get my glasses", "go ahead",
      "[CARD_NUMBER]", "mhm", "[CARD_NUMBER]", "yep", "[CARD_NUMBER]"]),
    ([(A, "and your national insurance number"), (C, "z as in zebra c as in charlie"), (A, "sorry was that c for charlie"),
      (C, "yeah then eighty twenty five seventy one"), (A, "and the letter at the end"), (C, "a for alpha")],
     ["and your national insurance number", "[NI_NUMBER]", 'sorry was that [NI_NUMBER]', "yeah then [NI_NUMBER]",
      "and the letter at the end", "[NI_NUMBER]"]),
    ([(A, "can i take the card number"), (C, "four five three two oh one five one one two eight three oh three six six"),
      (A, "thank you so that's the card ending oh three six six"), (A, "and the one ending four four one two is the old one")],
     ["can i take the card number", "[CARD_NUMBER]", "thank you so that's the card ending [CARD_NUMBER]",
      "and the one ending [CARD_NUMBER] is the old one"]),  # card data is in the call: every card's last four goes
    ([(A, "the code expires in five minutes"), (C, "okay it came at five twenty")],
     ["the code expires in five minutes", "okay it came at five twenty"]),
    ([(A, "could you read me the i ban please"), (C, "right it starts i e two nine a i b k"), (A, "yes"),
      (C, "nine three one one five two one two three four five six seven eight")],
     ["could you read me the i ban please", "right it starts [IBAN]", "yes", "[IBAN]"]),
    ([(A, "can you confirm the first line of the address"), (C, "it's forty two station grove"), (A, "sorry station what"),
      (C, "station grove yeah")],
     ["can you confirm the first line of the address", "it's [ADDRESS]", "sorry station what", "[ADDRESS] yeah"]),
    # round 40: the caller mentions something else on the way to the value; an agent's part of a
    # value read in full; a reading opening a turn of homophones; a typed NI number over two messages
    ([(A, "do you have the policy holder's social security number"),
      (C, "yeah hang on the claim was for about one twenty dollars anyway it's five seven two four one eight eight oh three")],
     ["do you have the policy holder's social security number",
      "yeah hang on the claim was for about one twenty dollars anyway it's [SSN]"]),
    ([(A, "can you read me the card number"), (C, "four five three two oh one five one"),
      (A, "sorry you broke up a bit there after oh one five one can you start that again"),
      (C, "oh sorry four five three two oh one five one one two eight three oh three six six")],
     ["can you read me the card number", "[CARD_NUMBER]", "sorry you broke up a bit there after [CARD_NUMBER] can you start that again",
      "oh sorry [CARD_NUMBER]"]),
    ([(A, "okay and the card number"), (C, "four five three two oh one five one"), (A, "mhm"),
      (C, "won to ate three oh three six six and it runs out in may")],
     ["okay and the card number", "[CARD_NUMBER]", "mhm", "[CARD_NUMBER] and it runs out in may"]),
    ([(A, "Can I take your NI number?"), (C, "ONE SEC pk12"), (A, "and the rest?"), (C, "3456a sorry hit enter")],
     ["Can I take your NI number?", "ONE SEC [NI_NUMBER]", "and the rest?", "[NI_NUMBER] sorry hit enter"]),
    ([(A, "For security I'll need the full number, not just the last four."), (C, "oh ok 5 7 2 4 1 8 8 0 3")],
     ["For security I'll need the full number, not just the last four.", "oh ok [SSN]"]),
    # round 46: a reading broken off and started again; a read-back put right
    ([(C, "it's five seven two four one sorry hang on my dog"), (A, "no problem take your time"),
      (C, "okay from the start five seven two dash four one dash eight eight oh three")],
     ["it's [SSN] sorry hang on my dog", "no problem take your time", "okay from the start [SSN]"]),
    ([(C, "b l oh five oh three six one a"), (A, "so that's b l oh five oh three six two a"), (C, "no the last two are six one then a")],
     ["[NI_NUMBER]", "so that's [NI_NUMBER]", "no the last two are [NI_NUMBER]"]),
    ([(C, "Claim no. 17644543 - any update?"), (A, "Hi, Claim no. 17644543 is with the assessor")],
     ["Claim no. 17644543 - any update?", "Hi, Claim no. 17644543 is with the assessor"]),
    ([(A, "Please confirm the social security number on the policy."), (C, "572-41-"), (C, "oops 8803")],
     ["Please confirm the social security number on the policy.", "[SSN]-", "oops [SSN]"]),
    # ... and what is only mentioned near such a request stays
    ([(A, "can you confirm the last four of your social"), (C, "it's six two oh eight")],
     ["can you confirm the last four of your social", "it's [SSN]"]),  # an SSN's last four verify a caller: secret
    ([(A, "can you confirm the last four of the card"), (C, "it's six two oh eight")],
     ["can you confirm the last four of the card", "it's six two oh eight"]),  # a card's may be shown (PCI DSS)
    ([(C, "the card ending 4242 was charged twice"), (C, "is that the card ending in six seven eight nine"), (C, "yes that's the one")],
     ["the card ending 4242 was charged twice", "is that the card ending in six seven eight nine", "yes that's the one"]),
    ([(A, "i'll give you a reference number for this call"), (C, "okay"), (A, "it's five five one two oh nine three three one four"),
      (C, "reference five five one two oh nine three three one four got it")],
     ["i'll give you a reference number for this call", "okay", "it's five five one two oh nine three three one four",
      "reference five five one two oh nine three three one four got it"]),
    ([(C, "my phone is an iphone 12 mini"), (C, "i'm on ios 17"), (C, "and the watch is series 9")],
     ["my phone is an iphone 12 mini", "i'm on ios 17", "and the watch is series 9"]),
    ([(A, "what email should we use"), (C, "the same one as before"), (A, "okay"), (C, "yeah at the office we use outlook dot com")],
     ["what email should we use", "the same one as before", "okay", "yeah at the office we use outlook dot com"]),
    # the NI number's names are one list: "your NI", "nat ins"
    ([(A, "and your NI"), (C, "p as in peter, e as in echo, one oh, three seven, four six, c as in charlie")],
     ["and your NI", "[NI_NUMBER]"]),
    ([(A, "and your nat ins"), (C, "one oh three seven four six and a c at the end")],
     ["and your nat ins", "[NI_NUMBER] at the end"]),
    # "what card would you like to use … and the number": a card asked for; a reading goes on after an aside
    ([(A, "what card would you like to use today and the number please"),
      (C, "um four five three two oh one five one hold on the train is going into a tunnel um one two eight three oh three six six")],
     ["what card would you like to use today and the number please",
      '[CARD_NUMBER] hold on the train is going into a tunnel [CARD_NUMBER]']),
    # a pause on the agent's side ("the system's frozen bear with me … where were we") keeps the request open
    ([(A, "okay and the card number"), (C, "right its four five three two oh one"),
      (A, "sorry can i just stop you there the systems frozen bear with me"), (C, "no worries"),
      (A, "okay sorry about that where were we"), (C, "id got to three two oh one so then five one one two eight three oh three six six")],
     ["okay and the card number", "right its [CARD_NUMBER]", "sorry can i just stop you there the systems frozen bear with me",
      "no worries", "okay sorry about that where were we", "id got to [CARD_NUMBER]"]),
    ([(A, "which card would you like to use"), (C, "the visa please"), (A, "okay i'll send you a link by text to pay it")],
     ["which card would you like to use", "the visa please", "okay i'll send you a link by text to pay it"]),
    # a group confirmed mid-reading ("was that 0 1 5 1 in the middle" / "yes 0 1 5 1 then …") adds no digits to the card
    ([(A, "okay go ahead"), (C, "four five three two oh one five one and then"), (A, "sorry sorry was that oh one five one in the middle"),
      (C, "yes oh one five one then one two eight three oh three six six")],
     ["okay go ahead", "[CARD_NUMBER] and then", "sorry sorry was that [CARD_NUMBER] in the middle", "yes [CARD_NUMBER]"]),
    # an NI suffix letter put right at once, after a value found by its shape
    ([(C, "j as in juliet kay o one two three four five a no sorry d"), (A, "okay got it")], ["[NI_NUMBER]", "okay got it"]),
    ([(C, "my ni is jg103746a no sorry i am in a hurry")], ["my ni is [NI_NUMBER] no sorry i am in a hurry"]),
    # "won" between two numbers said in pairs is a digit
    ([(A, "and is that the american express"), (C, "yes it is thirty seven eighty two eighty two twenty four sixty three won ten double oh five")],
     ["and is that the american express", "yes it is [CARD_NUMBER]"]),
    ([(C, "the team that won ten games and twenty two won ten")], ["the team that won ten games and twenty two won ten"]),
    # a card asked for in blocks: "first four digits please" … "next four" … "and the last four"
    ([(A, "first four digits please"), (C, "four five three too"), (A, "next four"), (C, "oh one five one"), (A, "and the next four"),
      (C, "twelve eighty three"), (A, "and the last four"), (C, "oh three six six")],
     ["first four digits please", "[CARD_NUMBER]", "next four", "[CARD_NUMBER]", "and the next four", "[CARD_NUMBER]",
      "and the last four", "[CARD_NUMBER]"]),
    ([(A, "what are the first four digits of the order number"), (C, "one two three four")],
     ["what are the first four digits of the order number", "one two three four"]),
    # in a call where a card number is read, another card's last four goes too
    ([(A, "which card would you like to use"),
      (C, "not the one ending double o four two that's expired use the visa four five three two oh one five one one two eight three oh three six six")],
     ["which card would you like to use", "not the one ending [CARD_NUMBER] that's expired use the visa [CARD_NUMBER]"]),
    # pieces of one value joined by "and"
    ([(A, "can you give me your national insurance number"), (C, "let me find it its j g um one oh three hang on seven four six and d")],
     ["can you give me your national insurance number", "let me find it its [NI_NUMBER]"]),
    # typos in the name of the value asked for ("accout nubmer", "date of brith")
    ([(A, "pleae send the accout nubmer th refund should go to"), (C, "Sure thing, 6102 7078 lol")],
     ["pleae send the accout nubmer th refund should go to", "Sure thing, [BANK_ACCOUNT] lol"]),
    ([(A, "Can you confirm yuor date of brith?"), (C, "👍 1961-04-12 thanks")], ["Can you confirm yuor date of brith?", "👍 [DOB] thanks"]),
    # a spoken date's "the" goes with it; "the code on back"
    ([(A, "can you confirm your date of birth"), (C, "yeah the twenty first of the eighth nineteen forty five")],
     ["can you confirm your date of birth", "yeah [DOB]"]),
    ([(A, "and the card"), (C, "4532 0151 1283 0366"), (C, "expires 07/28 and the code on back is 390")],
     ["and the card", "[CARD_NUMBER]", "expires [EXPIRY] and the code on back is [CVV]"]),
    ([(A, "and what is the service address"), (C, "yeah sixty one zero o hamilton place number 412")],
     ["and what is the service address", "yeah [ADDRESS]"]),
    # "plus one" opening a phone read over turns
    ([(A, "and a mobile number for the text confirmation"), (C, "okay so its plus one"), (A, "yeah"), (C, "double five four"),
      (A, "okay keep going"), (C, "right five eight four okay"), (A, "sorry go on"), (C, "one two one three yeah")],
     ["and a mobile number for the text confirmation", "okay so its [PHONE]", "yeah", "[PHONE]", "okay keep going",
      "right [PHONE] okay", "sorry go on", "[PHONE] yeah"]),
    # spelled postcodes: "oh" between letter names, a homophone after the first letter
    ([(A, "can i take your postcode"), (C, "double you one tee oh ex double you")], ["can i take your postcode", "[POSTCODE]"]),
    ([(A, "and your postcode"), (C, "g won seven nine g s")], ["and your postcode", "[POSTCODE]"]),
    # a house number is no ZIP, even with "and the zip" asked next
    ([(A, "whats the garaging address for the vehicle"), (C, "unit twenty two oh two oh maple boulevard"), (A, "and the zip"),
      (C, "eight sixty one eleven")],
     ["whats the garaging address for the vehicle", "[ADDRESS]", "and the zip", "[POSTCODE]"]),
    # two values asked at once: answering the expiry keeps the code asked for; the code is no part of the date
    ([(A, "and the expiry and the security code"), (C, "expires november twenty nine and the code's tree four nine")],
     ["and the expiry and the security code", "expires [EXPIRY] and the code's [CVV]"]),
    ([(C, "yes that's it and it expires january twenty nine the code is eight one five")],
     ["yes that's it and it expires [EXPIRY] the code is [CVV]"]),
    ([(A, "and the expiry date on the card"), (C, "its o four of twenty nine")], ["and the expiry date on the card", "its [EXPIRY]"]),
    # a reading resumed after "hang on my glasses"; a card in four groups with the code asked for right after
    ([(A, "ok go ahead"), (C, "forty five thirty two oh one fifty one hang on my glasses twelve eighty three oh three sixty six")],
     ["ok go ahead", "[CARD_NUMBER] hang on my glasses [CARD_NUMBER]"]),
    ([(A, "okay go ahead when youre ready"), (C, "four five three two"), (A, "okay go on"), (C, "right oh one five one"), (A, "go on"),
      (C, "right one two eighty three yeah"), (A, "okay go on"), (C, "right oh three six six"),
      (A, "and the three digit code on the back"), (C, "uh three nine oh")],
     ["okay go ahead when youre ready", "[CARD_NUMBER]", "okay go on", "right [CARD_NUMBER]", "go on", "right [CARD_NUMBER] yeah",
      "okay go on", "right [CARD_NUMBER]", "and the three digit code on the back", "[CVV]"]),
    # NI suffixes: "… and then d at the end", "oh and a at the end" after the agent's question, "and charlie" ending the
    # turn after "take your time"; "zee" for Z
    ([(A, "whats your national insurance number"), (C, "its j for juliet g for golf ten um thirty seven forty six and then d at the end")],
     ["whats your national insurance number", "its [NI_NUMBER] at the end"]),
    ([(A, "can i have your national insurance number"), (C, "jay gee one oh three seven four six"), (A, "sorry was that the full"),
      (C, "oh and a at the end sorry")],
     ["can i have your national insurance number", "[NI_NUMBER]", "sorry was that the full", "oh and [NI_NUMBER] at the end sorry"]),
    ([(A, "and your national insurance number please"), (C, "j g one oh three sorry the dogs going mad here hang on"),
      (A, "no worries take your time so ive got j g ..."), (C, "yeah then seven forty six and charlie")],
     ["and your national insurance number please", "[NI_NUMBER] sorry the dogs going mad here hang on",
      "no worries take your time so ive got [NI_NUMBER] ...", "yeah then [NI_NUMBER]"]),
    ([(A, "can i have your national insurance number"), (C, "yeah its zee en one oh three seven four six dee")],
     ["can i have your national insurance number", "yeah its [NI_NUMBER]"]),
    # negatives: a member id "from the front of the card" and a group number; a card that "expired in 2023";
    # a letter reference after "it's"; meter readings; a text shortcode
    ([(A, "can i have the member id from the front of the card"), (C, "sure its h five seven two four one eight eight oh three"),
      (A, "thank you and the group number"), (C, "group is sixty one twenty seven oh seven")],
     ["can i have the member id from the front of the card", "sure its h five seven two four one eight eight oh three",
      "thank you and the group number", "group is sixty one twenty seven oh seven"]),
    ([(A, "i see the card ending in zero three thirty eight was declined"), (C, "oh thats the old one"),
      (A, "yes it expired in twenty twenty three")],
     ["i see the card ending in zero three thirty eight was declined", "oh thats the old one", "yes it expired in twenty twenty three"]),
    ([(A, "have you got a reference from the letter"), (C, "yeah it's c r two five eight four six nine at the top")],
     ["have you got a reference from the letter", "yeah it's c r two five eight four six nine at the top"]),
    ([(A, "can i take a meter reading while you're on"), (C, "yeah the electric reads seven four five two six"), (A, "and the night rate"),
      (C, "seven fifty one twenty three")],
     ["can i take a meter reading while you're on", "yeah the electric reads seven four five two six", "and the night rate",
      "seven fifty one twenty three"]),
    # an agent's read-back after each group ("… yep"); a letter echoed back ("sorry was that g for golf")
    ([(A, "okay read it to me four at a time"), (C, "four five three two"), (A, "four five three two"), (C, "oh one five one"),
      (A, "oh one five one yep"), (C, "one two eight three"), (A, "one two eight three yep"), (C, "oh three six six"),
      (A, "oh three six six yep"), (C, "thats it")],
     ["okay read it to me four at a time"] + ["[CARD_NUMBER]"] * 3 + ["[CARD_NUMBER] yep", "[CARD_NUMBER]"] * 2 + ["[CARD_NUMBER] yep", "thats it"]),
    ([(A, "national insurance number"), (C, "jay gee for golf one oh"), (A, "sorry was that g for golf"), (C, "yeah three seven four six d")],
     ["national insurance number", "[NI_NUMBER]", 'sorry was that [NI_NUMBER]', "yeah [NI_NUMBER]"]),
    # corrections: a group put right mid-turn before an aside; an NI suffix put right after the agent's question
    ([(A, "and the social"), (C, "five seven two four two no wait four one i always mix those up"),
      (A, "okay so five seven two four one and then"), (C, "eight eight oh three")],
     ["and the social", "[SSN] i always mix those up", "okay so [SSN] and then", "[SSN]"]),
    ([(A, "n i number please"), (C, "j for juliet g one oh three seven four six alpha"), (A, "and the letter at the end was a"),
      (C, "no sorry its c for charlie not a")],
     ["n i number please", "[NI_NUMBER]", "and the letter at the end was a", "no sorry its [NI_NUMBER] not [NI_NUMBER]"]),
    # groups said as thousands and hundreds; a NATO word after a phonetic spelling is a letter, not a month
    ([(A, "can i take the long card number"), (C, "okay four thousand eighty one hundred seven two six nine seven eight oh two")],
     ["can i take the long card number", "okay [CARD_NUMBER]"]),
    ([(A, "your national insurance number"), (C, "j for juliet november seventy nine thirty six oh seven d for delta")],
     ["your national insurance number", "[NI_NUMBER]"]),
    # "should reach you in 8 to 15 days" asks for no phone number
    ([(A, "the refund of one hundred and twenty three fifty should reach you in eight to fifteen days"), (C, "great"),
      (A, "the engineer slot is between three forty five and ten forty five")],
     ["the refund of one hundred and twenty three fifty should reach you in eight to fifteen days", "great",
      "the engineer slot is between three forty five and ten forty five"]),
    # an NI suffix "and then bee at the end" after a reading asked for; an account reference is no account number
    ([(A, "and your national insurance number please"), (C, "its jay gee one oh three seven four six and then bee at the end")],
     ["and your national insurance number please", "its [NI_NUMBER] at the end"]),
    ([(A, "and the account reference"), (C, "its twenty one eighty two seventy seven sixty nine"), (A, "uh huh")],
     ["and the account reference", "its twenty one eighty two seventy seven sixty nine", "uh huh"]),
    # a card's last digits with a homophone before a zero, ending the turn
    ([(A, "long number please"), (C, "four five three two oh one five one one two eight three oh eight too nought")],
     ["long number please", "[CARD_NUMBER]"]),
    # the agent's echo of the last group ends the call; "card num"; "let me start that part again" inside a reading
    ([(A, "go ahead"), (C, "four five three two"), (A, "four five three two"), (C, "oh one five one"), (A, "oh one five one"),
      (C, "one two eight three"), (A, "one two eight three"), (C, "oh three six six"), (A, "oh three six six")],
     ["go ahead"] + ["[CARD_NUMBER]"] * 8),
    ([(A, "pls type the card num"), (C, "ok 4532 0151 1283..."), (C, "rest is 0366")],
     ["pls type the card num", "ok [CARD_NUMBER]...", "rest is [CARD_NUMBER]"]),
    ([(A, "and your social security number"), (C, "five seven two four two sorry let me start that part again four one eight eight oh three")],
     ["and your social security number", "[SSN]"]),
    # talked about, not read: "i don't have my card to hand", "didn't give me £240. Transaction id …", an MPRN spelled
    ([(A, "i'll need the sixteen digits on the front and the three digits on the back"),
      (C, "hang on i don't have my card to hand it's on my statement from twenty twenty two")],
     ["i'll need the sixteen digits on the front and the three digits on the back",
      "hang on i don't have my card to hand it's on my statement from twenty twenty two"]),
    ([(A, "i'll need the sixteen digits on the front"),
      (C, "hang on i don't have my national insurance number to hand it's on my p sixty from twenty twenty five")],
     ["i'll need the sixteen digits on the front",
      "hang on i don't have my national insurance number to hand it's on my p sixty from twenty twenty five"]),
    ([(C, "The ATM at 11:19 took my card and didn't give me £240. Transaction id 253294472")],
     ["The ATM at 11:19 took my card and didn't give me £240. Transaction id 253294472"]),
    ([(A, "could you read me the m p r n off the bill"), (C, "m p r n eight nine oh three one six double eight seven four")],
     ["could you read me the m p r n off the bill", "m p r n eight nine oh three one six double eight seven four"]),
    # a member id "off the insurance card" is no card number; a continental street is still an address
    ([(A, "can i get the member id off the insurance card"), (C, "sure it's w eight three seven six nine four three nine six")],
     ["can i get the member id off the insurance card", "sure it's w eight three seven six nine four three nine six"]),
    ([(C, "meine adresse ist kaiserring 12 und hauptstraße 5")], ["meine adresse ist [ADDRESS] und [ADDRESS]"]),
    # a card after "pay with" whose reference was another number's; an NI number typed with spaced slashes
    ([(C, "booking ref 7741920, pay with 4532 0151 1283 0366 please, total was €412")],
     ["booking ref 7741920, pay with [CARD_NUMBER] please, total was €412"]),
    ([(C, "my ni is JG / 103746 / D and i moved house on 3rd may")], ["my ni is [NI_NUMBER] and i moved house on 3rd may"]),
    # "can you go a bit slower for me" keeps the card asked for; the agent's "so that's ending …" after a card read
    ([(A, "and the card number"), (C, "four five three two oh one uh"), (A, "sorry sorry can you go a bit slower for me"),
      (C, "yeah sorry four five three two"), (A, "go ahead"), (C, "oh one five one one two eight three"), (A, "and the last four"),
      (C, "oh three six six"), (A, "so that's ending oh three double six yeah")],
     ["and the card number", "[CARD_NUMBER]", "sorry sorry can you go a bit slower for me", "yeah sorry [CARD_NUMBER]", "go ahead",
      "[CARD_NUMBER]", "and the last four", "[CARD_NUMBER]", "so that's ending [CARD_NUMBER] yeah"]),
    # a card's second half shaped like a UK mobile completes a card of full length
    ([(A, "go ahead"), (C, "four five three two oh one sorry the dog's barking"), (A, "no worries take your time"),
      (C, "oh one one one one one one one one six and it's for the twenty nine pounds")],
     ["go ahead", "[CARD_NUMBER] sorry the dog's barking", "no worries take your time",
      "[CARD_NUMBER] and it's for the twenty nine pounds"]),
    # "won double for" in an NI number
    ([(A, "whats your ni number please"), (C, "jay gee won double for six for eight dee thats off my payslip")],
     ["whats your ni number please", "[NI_NUMBER] thats off my payslip"]),
    # a date of birth and an SSN in one message, after the agent asked for both
    ([(A, "To pass security I need two things: yuor date of brith and SSN"), (C, "birthday Apr 4 1966, 572418803 🙈")],
     ["To pass security I need two things: yuor date of brith and SSN", "birthday [DOB], [SSN] 🙈"]),
    # an NI suffix said as a letter name alone
    ([(A, "national insurance number please"), (C, "yeah its j g one oh"), (A, "okay go on"), (C, "three seven four six"), (A, "okay"), (C, "ay")],
     ["national insurance number please", "yeah its [NI_NUMBER]", "okay go on", "[NI_NUMBER]", "okay", "[NI_NUMBER]"]),
    # a reference named right before a number, in a chat or call about an account, is no account number
    ([(C, "hello, trying to update my details on my account"), (C, "I have been a customer since 2014"),
      (C, "case number 610270783, opened 12 days ago thx")],
     ["hello, trying to update my details on my account", "I have been a customer since 2014",
      "case number 610270783, opened 12 days ago thx"]),
    ([(A, "have you got your gas point reference number or your account number from the bill"),
      (C, "gas point reference six three one two eight eight four one")],
     ["have you got your gas point reference number or your account number from the bill",
      "gas point reference six three one two eight eight four one"]),
    ([(A, "whats the account number"), (C, "account number 61027078")], ["whats the account number", "account number [BANK_ACCOUNT]"]),
    # a homophone opening a reading ("fore nine wait …", "for one nine sorry …") or ending its first piece ("seven too")
    ([(A, "i'll need the social security number on the account"), (C, "yeah so fore nine wait let me get my glasses"),
      (A, "okay go on"), (C, "two six five"), (A, "got it"), (C, "nine seven five eight")],
     ["i'll need the social security number on the account", "yeah so [SSN] wait let me get my glasses", "okay go on", "[SSN]",
      "got it", "[SSN]"]),
    ([(A, "can i take the long number on the card"), (C, "right for five three sorry the dog's going mad"), (A, "go ahead"),
      (C, "two oh one five one one two eight three oh three six six")],
     ["can i take the long number on the card", "right [CARD_NUMBER] sorry the dog's going mad", "go ahead", "[CARD_NUMBER]"]),
    ([(A, "for verification can i get your social"), (C, "okay seven too"), (A, "right"), (C, "oh nine three double seven eight seven")],
     ["for verification can i get your social", "okay [SSN]", "right", "[SSN]"]),
    ([(A, "can i take the long number on the card"), (C, "for one thing i don't have it on me"), (A, "okay"),
      (C, "oh wait here it is four five three two oh one five one one two eight three oh three six six")],
     ["can i take the long number on the card", "for one thing i don't have it on me", "okay", "oh wait here it is [CARD_NUMBER]"]),
    # a homophone ending the abandoned start of a reading, right before the correction
    ([(A, "and the card number"),
      (C, "hang on i need my glasses four five three ate sorry no four five three two oh one five one one two eight three oh three six six")],
     ["and the card number", "hang on i need my glasses [CARD_NUMBER]"]),
    # the agent asks the caller to go on "from" the last piece heard: that piece is read back
    ([(A, "okay card number"), (C, "four five three two oh one fifty one"), (A, "sorry you broke up a bit there can you carry on from fifty one"),
      (C, "one two eight three oh three six six")],
     ["okay card number", "[CARD_NUMBER]", "sorry you broke up a bit there can you carry on from [CARD_NUMBER]", "[CARD_NUMBER]"]),
    ([(A, "okay card number"), (C, "four five three two oh one fifty one"), (A, "sorry can you go again from oh one fifty one"),
      (C, "oh one fifty one twelve eighty three oh three sixty six")],
     ["okay card number", "[CARD_NUMBER]", "sorry can you go again from [CARD_NUMBER]", "[CARD_NUMBER]"]),
    # the agent repeats the NI prefix letters back before the caller goes on (the whole query goes, as other read-backs do)
    ([(A, "national insurance number"), (C, "t w four eight six"), (A, "sorry you said t w and then"),
      (C, "yeah then two two four d")],
     ["national insurance number", "[NI_NUMBER]", 'sorry you said [NI_NUMBER] and then', "yeah then [NI_NUMBER]"]),
    ([(A, "and your national insurance number please"), (C, "jay ay two eight six"), (A, "sorry was that jay ay"),
      (C, "yes one double four bee")],
     ["and your national insurance number please", "[NI_NUMBER]", 'sorry was that [NI_NUMBER]', "yes [NI_NUMBER]"]),
    # "let me grab my card" while an SSN is read: the social security card, not a payment card
    ([(A, "i'll need your social to verify"), (C, "okay it's one six two seventeen hold on let me grab my card thirty four eighty two")],
     ["i'll need your social to verify", "okay it's [SSN] hold on let me grab my card [SSN]"]),
    # a reference word in the agent's question names nothing in the caller's answer
    ([(A, "Can you give me your SSN so I can pull up the policy?"), (C, "572/41/8803")],
     ["Can you give me your SSN so I can pull up the policy?", "[SSN]"]),
    # amounts and years after "from" stay
    ([(A, "and what card number please"), (C, "it went up from forty to sixty pounds and i've been with you from twenty nineteen")],
     ["and what card number please", "it went up from forty to sixty pounds and i've been with you from twenty nineteen"]),
    # meter readings read out and read back (the two registers and the read-back make 15 Luhn-valid digits), a
    # written date beside "a visa ending … and a mastercard ending …"
    ([(A, "can i take a meter reading"), (C, "electric is two five six five eight and the gas is five two five two o"),
      (A, "so electric 25658 gas 52520 and the meter serial ends five seven two")],
     ["can i take a meter reading", "electric is two five six five eight and the gas is five two five two o",
      "so electric 25658 gas 52520 and the meter serial ends five seven two"]),
    ([(A, "I can see the next payment on 07.03.2026. I can see a visa ending in 4122 and a mastercard ending 5706, which one")],
     ["I can see the next payment on 07.03.2026. I can see a visa ending in 4122 and a mastercard ending 5706, which one"]),
    # bank details asked for as "which account … paid into"; a sort code said before "and the account number"
    ([(A, "which account would you like the refund paid into"),
      (C, "sixty two forty one eighteen and then thirty one fifty five twenty nine oh four")],
     ["which account would you like the refund paid into", "[SORT_CODE] and then [BANK_ACCOUNT]"]),
    ([(C, "seventy eighty forty two and the account number is three one four four nine two seven oh")],
     ["[SORT_CODE] and the account number is [BANK_ACCOUNT]"]),
    ([(A, "your account will be credited to the card within 5 days"), (C, "okay thirty pounds and nine ninety nine for the fee")],
     ["your account will be credited to the card within 5 days", "okay thirty pounds and nine ninety nine for the fee"]),
    # "social security number" asks for no security code: a house number after it stays the address's
    ([(A, "Please confirm your Social Security number and mailing address."), (C, "572-41-8803 / 2218 Alder Street, Boise, ID 83702")],
     ["Please confirm your Social Security number and mailing address.", "[SSN] / [ADDRESS], Boise, ID [POSTCODE]"]),
    # the agent reads back an expiry the caller gave in a form of its own
    ([(A, "what's the expiry and the security code"), (C, "expiry o four twenty nine and the code on the back is three one two"),
      (A, "thanks that's april twenty twenty nine")],
     ["what's the expiry and the security code", "expiry [EXPIRY] and the code on the back is [CVV]", "thanks that's [EXPIRY]"]),
    # an e-mail's name spelled after "that's", the rest in the next turn
    ([(A, "and can i get an email address"), (C, "yep it's m okafor that's m o k a f for foxtrot o r"), (A, "okay"),
      (C, "eighty eight at gmail dot com")],
     ["and can i get an email address", "yep it's [EMAIL]", "okay", "[EMAIL]"]),
    # a recogniser's hyphens between number words and digits ("Two-41-8803", "3-six six", "sixty-two-41-18")
    ([(A, "I just need to verify the social on the account."), (C, "Sure, it's Five seven Two-41-8803. I've been a member since 2009.")],
     ["I just need to verify the social on the account.", "Sure, it's [SSN]. I've been a member since 2009."]),
    ([(A, "Card number?"), (C, "Sure. 4532015112 830 3-six six.")], ["Card number?", "Sure. [CARD_NUMBER]."]),
    ([(A, "What's the sort code and account number, please?"), (C, "Sort code is sixty-two-41-18 and account number 31449270.")],
     ["What's the sort code and account number, please?", "Sort code is [SORT_CODE] and account number [BANK_ACCOUNT]."]),
    # a card asked for but not to hand; later the agent asks for the customer number: that is what is read
    ([(A, "what's the long number on your card"), (C, "it's in the other room give me 2 minutes"),
      (A, "no problem i'll hold for a few minutes"),
      (A, "thanks, i can see both payments on 21 june. the refund takes 3-5 working days. can i take your customer number"),
      (C, "customer number nine two three three oh nine eight three")],
     ["what's the long number on your card", "it's in the other room give me 2 minutes", "no problem i'll hold for a few minutes",
      "thanks, i can see both payments on 21 june. the refund takes 3-5 working days. can i take your customer number",
      "customer number nine two three three oh nine eight three"]),
    # "sorry i got l s two then": the agent's read-back of a postcode's first half
    ([(A, "postcode"), (C, "l s two"), (A, "sorry i got l s two then"), (C, "four g for golf a for alpha")],
     ["postcode", "[POSTCODE]", 'sorry i got [POSTCODE] then', "[POSTCODE]"]),
    # a card read without the word "card" after "i can take that payment", with "it's" before the first piece
    # and an aside after it; "it runs out july twenty seven" right after it is the expiry
    ([(A, "i can take that payment now if you like"), (C, "yeah go on then hang on let me get my purse"), (A, "no rush"),
      (C, "right okay it's four five three two oh one five one sorry the dog's going mad"),
      (A, "that's okay i've got the first eight"), (C, "one two eight three oh three six six and it runs out july twenty seven")],
     ["i can take that payment now if you like", "yeah go on then hang on let me get my purse", "no rush",
      "right okay it's [CARD_NUMBER] sorry the dog's going mad", "that's okay i've got the first eight",
      "[CARD_NUMBER] and it runs out [EXPIRY]"]),
    # the end of a card before "and the expiry" is no expiry date; "you broke up there four five": a read-back
    ([(A, "can i get the number on the card"), (C, "um 4532"), (A, "yep"), (C, "o one five one"), (A, "mhm"), (C, "1283"),
      (A, "uh huh"), (C, "nine too nine o no wait nine too nine seven"), (A, "perfect and the expiry")],
     ["can i get the number on the card", "[CARD_NUMBER]", "yep", "[CARD_NUMBER]", "mhm", "[CARD_NUMBER]", "uh huh",
      "[CARD_NUMBER]", "perfect and the expiry"]),
    ([(A, "card number when you're ready"), (C, "four five three two oh one"), (A, "sorry you broke up there oh one and then"),
      (C, "yeah five one one two eight three"), (A, "okay"), (C, "oh three six six")],
     ["card number when you're ready", "[CARD_NUMBER]", 'sorry you broke up there [CARD_NUMBER] and then', "yeah [CARD_NUMBER]", "okay", "[CARD_NUMBER]"]),
    ([(A, "Go ahead with the card number, nice and slowly."), (C, "Sure. 4-5-3-2, O. One. Five. One, One. Two. Eight. Three, 0, 3, 6, 6")],
     ["Go ahead with the card number, nice and slowly.", "Sure. [CARD_NUMBER]"]),
    # a time "at seven thirty" or a speed in "meg" near "the number on the back"; "it's s n …" names no SSN
    ([(A, "the engineer is booked for november eighteenth at seven thirty"), (C, "the model number on the back says s m g nine nine one b"),
      (C, "the download speed is only one hundred and fifty meg")],
     ["the engineer is booked for november eighteenth at seven thirty", "the model number on the back says s m g nine nine one b",
      "the download speed is only one hundred and fifty meg"]),
    ([(A, "can you read me the serial number off the back of the router"), (C, "it's s n four five four six seven six eight five nine eight")],
     ["can you read me the serial number off the back of the router", "it's s n four five four six seven six eight five nine eight"]),
    # the digits of a date of birth, a house number and a postcode are no pieces of a card read in turns
    ([(A, "sorry about the wait can i take your date of birth and the first line of the address"),
      (C, "december tenth nineteen sixty eight and it's twenty three station crescent y o for orange six five h for hotel y for yankee"),
      (A, "and the mobile number on the account"), (C, "oh seventy five seventy eight"), (A, "yep"), (C, "seven eight nine three four six")],
     ["sorry about the wait can i take your date of birth and the first line of the address", "[DOB] and it's [ADDRESS] [POSTCODE]",
      "and the mobile number on the account", "[PHONE]", "yep", "[PHONE]"]),
    # an account reference read in two pieces (named in the agent's question, further back than the caller's lead-in)
    ([(A, "have you got the account reference handy"), (C, "yeah hang on it's three eight five four"), (A, "okay"),
      (C, "seven one five four"), (A, "thanks i've got your account up now")],
     ["have you got the account reference handy", "yeah hang on it's three eight five four", "okay", "seven one five four",
      "thanks i've got your account up now"]),
    # an NI suffix typed in its own message "on the end", or said after "and" before an apology
    ([(A, "Can you confirm your National Insurance number?"), (C, "JT ... 481266"), (C, "D on the end sorry")],
     ["Can you confirm your National Insurance number?", "[NI_NUMBER]", "[NI_NUMBER] on the end sorry"]),
    ([(A, "national insurance number please"), (C, "j t"), (A, "okay go on"), (C, "then four eight one two double six"), (A, "mhm"),
      (C, "and d sorry it's a bit noisy here")],
     ["national insurance number please", "[NI_NUMBER]", "okay go on", "then [NI_NUMBER]", "mhm", "[NI_NUMBER] sorry it's a bit noisy here"]),
    # last fours after "ending" and a euro amount with a decimal comma make no card read in turns
    ([(A, "is that the card ending 9077"), (C, "yeah ending nine oh seven seven the old one ended one one eight six"),
      (C, "Überweisung von 4011,51 € am 03.05.2026 fehlt")],
     ["is that the card ending 9077", "yeah ending nine oh seven seven the old one ended one one eight six",
      "Überweisung von 4011,51 € am 03.05.2026 fehlt"]),
    # "the parcel number on the card" asks for a parcel number; "zed sierra" opens an NI number
    ([(A, "sorry about that have you got the parcel number on the card"), (C, "yeah it's parcel number one one five eight one five five five five five")],
     ["sorry about that have you got the parcel number on the card", "yeah it's parcel number one one five eight one five five five five five"]),
    ([(A, "what's your national insurance number"), (C, "zed sierra"), (A, "got it"), (C, "seven eight five one four six"),
      (A, "and the letter at the end"), (C, "charlie")],
     ["what's your national insurance number", "[NI_NUMBER]", "got it", "[NI_NUMBER]", "and the letter at the end", "[NI_NUMBER]"]),
    # a US phone's area code said, the rest typed in the next message
    ([(C, "it's five zero four"), (A, "mhm"), (C, "7129313"), (A, "so that's 5047129313 yeah")],
     ["it's [PHONE]", "mhm", "[PHONE]", "so that's [PHONE] yeah"]),
    # the agent "reading that back" in numerals; an SSN's last digit "too" before "the whole thing"; a supply number
    ([(C, "it's forty five thirty two, oh one five one, one two eight three, oh three six six"),
      (A, "so just reading that back 4532-0151-1283-0366 is that right")],
     ["it's [CARD_NUMBER]", "so just reading that back [CARD_NUMBER] is that right"]),
    ([(A, "i'll need your social to verify the account"), (C, "okay social is five seven two four one eight eight oh too the whole thing")],
     ["i'll need your social to verify the account", "okay social is [SSN] the whole thing"]),
    ([(A, "have you got your supply number"), (C, "yeah it's on the bill o double three nine two two one six o")],
     ["have you got your supply number", "yeah it's on the bill o double three nine two two one six o"]),
    # a membership number read after the agent named it, then a train time "the eighteen oh five": no card between them
    ([(A, "have you got your membership number"), (C, "yeah it's on the bill eighty one fifty four fifty three fifty four seventy eight"),
      (A, "thanks your next bill is due on the seventh"), (C, "my train the eighteen oh five to cardiff was delayed by ninety one minutes")],
     ["have you got your membership number", "yeah it's on the bill eighty one fifty four fifty three fifty four seventy eight",
      "thanks your next bill is due on the seventh", "my train the eighteen oh five to cardiff was delayed by ninety one minutes"]),
    # "the card is 5 3 um": a reading begun right after the value's name; the agent's "after five three"
    ([(C, "the card is four five um"), (A, "sorry you cut out there after four five"), (C, "oh right three two oh one five one one two eight three oh three six six")],
     ["the card is [CARD_NUMBER]", 'sorry you cut out there after [CARD_NUMBER]', "oh right [CARD_NUMBER]"]),
    # "sorry the line's bad was that z w": the query ends the turn
    ([(A, "and your national insurance number please"), (C, "hang on it's on my payslip j t four eight one"),
      (A, "sorry the line's bad was that j t"), (C, "yeah then two six six d")],
     ["and your national insurance number please", "hang on it's on my payslip [NI_NUMBER]", 'sorry the [NI_NUMBER]', "yeah then [NI_NUMBER]"]),
    ([(A, "card number please"), (C, "four five three to... 0151... one two eight three... oh three six six")],
     ["card number please", "[CARD_NUMBER]"]),
    # an NI number typed over messages, each piece cut off with a hyphen; "AM" opening a message is the prefix
    ([(A, "What's your NI number?"), (C, "JT-"), (C, "then 482913"), (C, "and C-")],
     ["What's your NI number?", "[NI_NUMBER]-", "then [NI_NUMBER]", "and [NI_NUMBER]-"]),
    ([(A, "And your NI number?"), (C, "AM 40"), (C, "then 18 27"), (C, "then B")],
     ["And your NI number?", "[NI_NUMBER]", "then [NI_NUMBER]", "then [NI_NUMBER]"]),
    # a reading abandoned and begun again: both readings go, the words between them stay
    ([(A, "national insurance number"), (C, "p for papa h five one nine sorry let me start again p for papa h for hotel five one nine six four two b")],
     ["national insurance number", "[NI_NUMBER] sorry let me start again [NI_NUMBER]"]),
    ([(A, "can I take your NI number"), (C, "mm hm"), (C, "it's j t 48 29 13 c")],
     ["can I take your NI number", "mm hm", "it's [NI_NUMBER]"]),
    # "national insurance" talked about, then a tax code and a tax year: nothing is read out
    ([(C, "i paid forty pounds ten national insurance last month and my tax code is eleven eighty five l"),
      (A, "okay that's for the tax year twenty twenty four to twenty twenty five")],
     ["i paid forty pounds ten national insurance last month and my tax code is eleven eighty five l",
      "okay that's for the tax year twenty twenty four to twenty twenty five"]),
    # "date a birth" as a recogniser hears it; bank details asked for as "which account should the refund go to"
    ([(A, "what's the reference on your letter?"), (C, "c e zero four nine two, three zero b"), (A, "And date a birth?"), (C, "12th October 1983")],
     ["what's the reference on your letter?", "c e zero four nine two, three zero b", "And date a birth?", "[DOB]"]),
    ([(A, "which account should the refund go to"), (C, "uh sixteen six three five three and then nine seven one three two two eight one")],
     ["which account should the refund go to", "[SORT_CODE] and then [BANK_ACCOUNT]"]),
    # "double too", "double for" ending a group read in its own turn; "60 double, one" abandoned and read again
    ([(A, "okay go ahead with the long number on the front of the card"), (C, "okay three seven double too"), (A, "okay"),
      (C, "three four one oh"), (A, "uh huh"), (C, "o five double for"), (A, "got it"), (C, "then five o six eight")],
     ["okay go ahead with the long number on the front of the card", "okay [CARD_NUMBER]", "okay", "[CARD_NUMBER]", "uh huh",
      "[CARD_NUMBER]", "got it", "then [CARD_NUMBER]"]),
    ([(A, "okay and the card number"), (C, "60 double, one no wait sorry let me start again"), (A, "no problem take your time"),
      (C, "Six 011 seven seven one eight 3216, 7993")],
     ["okay and the card number", "[CARD_NUMBER] no wait sorry let me start again", "no problem take your time", "[CARD_NUMBER]"]),
    # a typed piece that goes on from "..."
    ([(A, "Please send the card number when you're ready"), (C, "...4929 wait"), (A, "got that, go on"), (C, "8321"), (A, "yep"),
      (C, "7303"), (A, "mhm"), (C, "2182")],
     ["Please send the card number when you're ready", "...[CARD_NUMBER] wait", "got that, go on", "[CARD_NUMBER]", "yep",
      "[CARD_NUMBER]", "mhm", "[CARD_NUMBER]"]),
    # "double too" closing an SSN before the caller moves on
    ([(A, "the full social please"), (C, "yeah double zero five nine two seven six double too and I'm calling about a $263 charge")],
     ["the full social please", "yeah [SSN] and I'm calling about a $263 charge"]),
    # the postcode "hasn't changed": later numbers are no postcode; the agent's "booking ref KS1504?" has its own number
    ([(C, "my postcode hasn't changed it's the same house"), (A, "okay"), (C, "the download speed is only twenty megs when it should be one hundred and forty three")],
     ["my postcode hasn't changed it's the same house", "okay", "the download speed is only twenty megs when it should be one hundred and forty three"]),
    ([(A, "Can you confirm your contact details for booking ref KS1504?"), (C, "07900 483572 / ann.lee@gmail.com")],
     ["Can you confirm your contact details for booking ref KS1504?", "[PHONE] / [EMAIL]"]),
    # the agent holds the last four; the caller's full number ends with them (a claim talked about after it), and an
    # SSN's last four are a secret of their own
    ([(A, "i have the last four as two eight one six can you give me the full number"),
      (C, "oh sure it's four one seven three three two eight one six and that's for a claim from june")],
     ["i have the last four as [SSN] can you give me the full number", "oh sure it's [SSN] and that's for a claim from june"]),
    # "double" ending a turn part-way through a card, its digit in the next turn
    ([(A, "can i take the long number on the front"), (C, "okay it's four five three nine double"), (A, "yep"),
      (C, "one four eight three"), (A, "yep"), (C, "then three oh one four"), (A, "right"), (C, "seven two four")],
     ["can i take the long number on the front", "okay it's [CARD_NUMBER]", "yep", "[CARD_NUMBER]", "yep", "then [CARD_NUMBER]",
      "right", "[CARD_NUMBER]"]),
    ([(A, "And your National Insurance number, please."), (C, "Yeah, it's B Y Three - 6542 - Ate A.")],
     ["And your National Insurance number, please.", "Yeah, it's [NI_NUMBER]."]),
    ([(A, "And your National Insurance number, please."), (C, "Yeah, it's X for Xray, A for Alpha, oh - 2929 - seven, C.")],
     ["And your National Insurance number, please.", "Yeah, it's [NI_NUMBER]."]),
    # "oh ate": a zero before a homophone digit
    ([(A, "and a phone number"), (C, "oh ate nine one"), (A, "yes"), (C, "four six two three five seven seven")],
     ["and a phone number", "[PHONE]", "yes", "[PHONE]"]),
    # "N.I. number" asked for, letters and groups between commas
    ([(A, "can you give me your N.I. number please"), (C, "Yes, X, A, 19, seventy five, 88, A")],
     ["can you give me your N.I. number please", "Yes, [NI_NUMBER]"]),
    # dates typed in a chat are no pieces of a phone number, even after "on the phone"
    ([(A, "balance $681.68 as of 24/12/2025"), (C, "waited 12 mins on the phone at 6pm"), (A, "balance $872.01 as of 15/11/2025"),
      (C, "meter reading today: 81225")],
     ["balance $681.68 as of 24/12/2025", "waited 12 mins on the phone at 6pm", "balance $872.01 as of 15/11/2025",
      "meter reading today: 81225"]),
    # a reference with its own number, then the SSN named after it
    ([(A, "To locate your record I need your SSN."), (C, "case no 5520913, social is 318/22/4106")],
     ["To locate your record I need your SSN.", "case no 5520913, social is [SSN]"]),
    # "my old one": a pronoun, not a digit between two readings
    ([(C, "my number's oh seven nine one two uh no that's my old one oh seven nine one two double three four five six oh"),
      (A, "okay i'll update that now")],
     ["my number's [PHONE] no that's my old one [PHONE]", "okay i'll update that now"]),
    # an expiry with "slash" between month and year
    ([(A, "and the expiry"), (C, "august slash twenty nine")], ["and the expiry", "[EXPIRY]"]),
    ([(A, "and the expiry date"), (C, "oh four slash two thousand and twenty eight")], ["and the expiry date", "[EXPIRY]"]),
    # the agent asks again for the whole value after a part of it was offered: the request stands
    ([(A, "for security i'll need your social security number"), (C, "do you want the last four that's four two one seven"),
      (A, "i'm afraid i need the full nine digits to process the request"), (C, "oh okay five two six double one four two one seven")],
     ["for security i'll need your social security number", "do you want the last four that's [SSN]",
      "i'm afraid i need the full nine digits to process the request", "oh okay [SSN]"]),
    # an Amex begun in one chat message and finished in the next, its last eleven digits shaped like a phone
    ([(C, "3782"), (C, "argh hit enter by mistake 053141 72601")], ["[CARD_NUMBER]", "argh hit enter by mistake [CARD_NUMBER]"]),
    # each group read back by the agent, the last one with "next" after it
    ([(C, "three for seven one"), (A, "three four seven one yep"), (C, "six two oh two five five"), (A, "six two zero two five five"),
      (C, "seven nine three six ate"), (A, "seven nine three six eight next")],
     ["[CARD_NUMBER]", "[CARD_NUMBER] yep", "[CARD_NUMBER]", "[CARD_NUMBER]", "[CARD_NUMBER]", "[CARD_NUMBER] next"]),  # a read-back turn goes whole, as "sorry was that …" does
    # a date asked for, a homophone among its digits: "one won …" for 01, "to seven …" for 27
    ([(A, "and the expiry on it"), (C, "it says one won twenty eight")], ["and the expiry on it", "it says [EXPIRY]"]),
    ([(A, "could you confirm your date of birth"), (C, "yeah born on to six oh four sixty one")],
     ["could you confirm your date of birth", "yeah born on [DOB]"]),
    # an NI number corrected part-way ("… no sorry i mean …"): one redaction, the correction inside it
    ([(A, "and your national insurance number please"), (C, "sure it's j k two four six one no sorry i mean four six one nine c")],
     ["and your national insurance number please", "sure it's [NI_NUMBER]"]),
    # "for" opening a short turn that goes on with a spelled letter: the NI number's last digit
    ([(A, "can i take your national insurance number"), (C, "yeah it's PR 34 71 two"), (A, "mhm"), (C, "for b for bravo")],
     ["can i take your national insurance number", "yeah it's [NI_NUMBER]", "mhm", "[NI_NUMBER]"]),
    # a claim number read out after the SSN was asked for is the claim's, not the SSN
    ([(A, "and the last four of the social or the full social"), (C, "here's the whole thing five one two four four eight eight one nine"),
      (A, "okay i see claim number three four one two zero nine eight eight seven on the account")],
     ["and the last four of the social or the full social", "here's the whole thing [SSN]",
      "okay i see claim number three four one two zero nine eight eight seven on the account"]),
    # a house number after a security code was asked for starts the address, it is no code
    ([(A, "and the expiry and security code?"), (C, "08/27, code 311"), (A, "Can you confirm the delivery address?"),
      (C, "417 Birch Avenue, Tampa 33602")],
     ["and the expiry and security code?", "[EXPIRY], code [CVV]", "Can you confirm the delivery address?", "[ADDRESS], Tampa [POSTCODE]"]),
    # an SSN said with "dash" between its groups, asked for again in full: one redaction
    ([(A, "for security i'll need your social security number"), (C, "you want the last four its six one five two"),
      (A, "i'm afraid i need the full nine digits to process the request"), (C, "oh okay three one two dash eight eight dash six one five two")],
     ["for security i'll need your social security number", "you want the last four its [SSN]",
      "i'm afraid i need the full nine digits to process the request", "oh okay [SSN]"]),
    # "the one for …": a pronoun, no digit; amounts said in a row are no card in pieces
    ([(A, "i can see three transactions on your visa debit totalling two hundred and sixteen pounds"),
      (C, "yeah the one for fifty one ninety nine wasn't me"), (A, "i can see five transactions on your visa debit totalling eight hundred and seventy seven pounds"),
      (C, "yeah the one for sixty five ninety nine wasn't me")],
     ["i can see three transactions on your visa debit totalling two hundred and sixteen pounds", "yeah the one for fifty one ninety nine wasn't me",
      "i can see five transactions on your visa debit totalling eight hundred and seventy seven pounds",
      "yeah the one for sixty five ninety nine wasn't me"]),
    # a card reading broken off for a callback number, then resumed: the two parts are one card
    ([(A, "card number please"), (C, "thirty seven sixty two four five one nine"),
      (A, "sorry before we go on if we get cut off what number can i ring you on"), (C, "oh seven seven double two nine one four three six eight"),
      (A, "thanks okay carry on with the card after four five one nine"), (C, "eight seven oh four fifty two seven")],
     ["card number please", "[CARD_NUMBER]", "sorry before we go on if we get cut off what number can i ring you on", "[PHONE]",
      "thanks okay carry on with the card after [CARD_NUMBER]", "[CARD_NUMBER]"]),
    # a card's last four after "ending" is no security code or account number, whatever was said before
    ([(A, "you'll need the sixteen digits on the front and the three on the back"), (C, "okay is it still the one ending o thirty two one")],
     ["you'll need the sixteen digits on the front and the three on the back", "okay is it still the one ending o thirty two one"]),
    ([(A, "i can see a card ending six one two zero on the account is that still the one you want to use"), (C, "yes the one ending sixty one two oh"),
      (A, "perfect that's forty nine ninety nine taken")],
     ["i can see a card ending six one two zero on the account is that still the one you want to use", "yes the one ending sixty one two oh",
      "perfect that's forty nine ninety nine taken"]),
    # a meter's number read from its front is no security code
    ([(A, "and the meter serial is on the front could you read that"), (C, "meter number four two eight one")],
     ["and the meter serial is on the front could you read that", "meter number four two eight one"]),
    # an NI number typed after another label ("tax code, NINO …", the label misspelt): the tax code names nothing here
    ([(C, "hi need to update my tax code, NIINO JT 41 20 87 B , i started the new job on 11/01")],
     ["hi need to update my tax code, NIINO [NI_NUMBER] , i started the new job on 11/01"]),
    ([(C, "hi need to update my tax code, nno wp583201c , i started on 3/01")], ["hi need to update my tax code, nno [NI_NUMBER] , i started on 3/01"]),
    # reference words typed with a doubled letter still name their number
    ([(C, "invvoice 418230915 shows 3 items but i only got 2")], ["invvoice 418230915 shows 3 items but i only got 2"]),
    ([(C, "the trackking number 562019384 says delivered")], ["the trackking number 562019384 says delivered"]),
    # an expiry said as "oh six of twenty twenty nine", or typed half in words ("o four/30")
    ([(A, "and the expiry date"), (C, "it's oh six of twenty twenty nine")], ["and the expiry date", "it's [EXPIRY]"]),
    ([(C, "card 4111 1111 1111 1111 exp o four/30")], ["card [CARD_NUMBER] exp [EXPIRY]"]),
    # "oh" between two homophones inside a card reading is a zero
    ([(A, "and the card number"), (C, "okay four one eight two nine three five five hang on too four six fore fore oh won fore")],
     ["and the card number", "okay [CARD_NUMBER]"]),
    # a letter of an NI number's prefix corrected ("x b no e for edward"), the rest in the next turn
    ([(C, "j b no e for edward"), (A, "okay go on"), (C, "o five oh seven eight o a")], ["[NI_NUMBER]", "okay go on", "[NI_NUMBER]"]),
    # "double for" with a homophone after it, inside an SSN
    ([(A, "last thing i need is your social"), (C, "three zero one zero to double for ate zero")],
     ["last thing i need is your social", "[SSN]"]),
    # an amount, "£41 another way", is no street address; a time and a price in two turns are no phone number
    ([(C, "I don't have my sort code to hand, can I pay £41 another way?")], ["I don't have my sort code to hand, can I pay £41 another way?"]),
    ([(A, "thanks for calling mobile how can i help"), (C, "hi the engineer was meant to come at nine forty five and never showed"),
      (C, "the broadband speed is only fifteen megs when i pay for five hundred")],
     ["thanks for calling mobile how can i help", "hi the engineer was meant to come at nine forty five and never showed",
      "the broadband speed is only fifteen megs when i pay for five hundred"]),
    # a birth date read digit by digit with its year in two words
    ([(A, "can i take your date of birth"), (C, "o nine one zero nineteen sixty one")], ["can i take your date of birth", "[DOB]"]),
    # a claim number with a doubled letter in "claim"
    ([(C, "my son is 5, appointment was 2 July 2026 at 8:30, cllaim no 413872476")],
     ["my son is 5, appointment was 2 July 2026 at 8:30, cllaim no 413872476"]),
    # "20% off first 4 months" asks for no card; time slots said in hundreds are no card in two halves
    ([(A, "Plans: 30GB £19.99/mo, 20% off first 4 months."), (A, "the engineer slot is oh eight hundred to twelve hundred or thirteen hundred to seventeen hundred"),
      (C, "the oh eight hundred one please, i leave at twelve thirty")],
     ["Plans: 30GB £19.99/mo, 20% off first 4 months.", "the engineer slot is oh eight hundred to twelve hundred or thirteen hundred to seventeen hundred",
      "the oh eight hundred one please, i leave at twelve thirty"]),
    # a card broken off by the line and finished with "oh …" (the "oh" an interjection): 13 digits, Luhn-valid
    ([(C, "it's four four nine five eight seven two two"), (A, "sorry you broke up there after eight seven two two"),
      (C, "oh three oh five three five is the rest of it")],
     ["it's [CARD_NUMBER]", 'sorry you broke up there after [CARD_NUMBER]', "oh [CARD_NUMBER] is the rest of it"]),  # the read-back goes whole
    # "like" and "so" between the groups of one SSN: one redaction
    ([(A, "for verification can i get your social security number"), (C, "sure it's zero seven four like nine six eight five seven two")],
     ["for verification can i get your social security number", "sure it's [SSN]"]),
    # a masked card from a statement is no card in pieces, and an auth code is a reference
    ([(C, "statement shows card 5492 00** **** 9792, auth code 889815, amount €293.67")],
     ["statement shows card 5492 00** **** 9792, auth code 889815, amount €293.67"]),
    # a security code typed after a card with only "code" before it
    ([(C, "order 1805847 pls charge 4763-1262-3591-0272 code 939")], ["order 1805847 pls charge [CARD_NUMBER] code [CVV]"]),
    # "when you're ready with the card": a request; the reading goes on after an aside
    ([(A, "when you're ready with the card"), (C, "okay four five two nine oh six um hang on the light's bad in here one oh three eight four one four")],
     ["when you're ready with the card", "okay [CARD_NUMBER] hang on the light's bad in here [CARD_NUMBER]"]),
    # a meter reading in kWh is no house number, and a direct debit's last date is no birth date
    ([(C, "Bill ref 6946 6308 says €151.63 due 8 March, meter reading 49330 kWh - thats way more than the 2770 last time")],
     ["Bill ref 6946 6308 says €151.63 due 8 March, meter reading 49330 kWh - thats way more than the 2770 last time"]),
    ([(A, "Your DD of £158.36 is collected on 25/12/2026."), (C, "can it go out on the 8th instead? last one was 5/5/26")],
     ["Your DD of £158.36 is collected on 25/12/2026.", "can it go out on the 8th instead? last one was 5/5/26"]),
    # a card on a line of its own with a misspelt label, under a subject line that names a complaint
    ([(C, "complaint\n\ncrad nubmer: 4111 1111 1111 1111\nregards")], ["complaint\n\ncrad nubmer: [CARD_NUMBER]\nregards"]),
    # letters spelled with NATO words right after a question are no echo of the question's words ("c e" in "insurance")
    ([(A, "national insurance number please"), (C, "c for charlie e for echo"), (A, "sorry was that c e"),
      (C, "yes then three four seven eight seven nought"), (A, "and the letter at the end"), (C, "a")],
     ["national insurance number please", "[NI_NUMBER]", 'sorry was that [NI_NUMBER]', "yes then [NI_NUMBER]", "and the letter at the end", "[NI_NUMBER]"]),
    # the agent asks about one character of the caller's reading: a letter said with a word for it, a digit by its place
    ([(A, "what's your national insurance number"), (C, "k l two four six eight one three c"),
      (A, "sorry is that k as in kilo at the beginning"), (C, "yes k l")],
     ["what's your national insurance number", "[NI_NUMBER]", "sorry is that [NI_NUMBER] at the beginning", "yes [NI_NUMBER]"]),
    ([(A, "and your account number"), (C, "six one oh two four"), (A, "was that four on the end"), (C, "yep four then three three nine")],
     ["and your account number", "[BANK_ACCOUNT]", "was that [BANK_ACCOUNT] on the end", "yep [BANK_ACCOUNT]"]),
    # a security code begun at the end of the turn right after the question, finished by its place in the next
    ([(A, "the three digits on the back please"), (C, "one sec the numbers have worn off a bit two eight"), (A, "okay"),
      (C, "and the last one's five i think")],
     ["the three digits on the back please", "one sec the numbers have worn off a bit [CVV]", "okay", "and the last one's [CVV] i think"]),
    # a card that is all the turn says, broken by an aside ("one second" is a pause, no digit), its first part shaped
    # like a phone number; with a claim number named in between it is two values
    ([(A, "go ahead whenever you're ready"),
      (C, "it's three seven eight two eight two two four six three the dog's barking one second okay one zero zero zero five")],
     ["go ahead whenever you're ready", "it's [CARD_NUMBER] the dog's barking one second okay [CARD_NUMBER]"]),
    ([(A, "the long number please"), (C, "yeah its four five three nine one one two sorry my glasses two three three four four five five six three")],
     ["the long number please", "yeah its [CARD_NUMBER] sorry my glasses [CARD_NUMBER]"]),
    ([(C, "sure its 523-22-8724. my claim # is 4471902")], ["sure its [SSN]. my claim # is 4471902"]),
    # a security code in the message after the card, typed in words after "code"
    ([(C, "4539 1122 3344 5563"), (C, "code seven one four, typed it in words")], ["[CARD_NUMBER]", "code [CVV], typed it in words"]),
    # meter readings asked for are no phone number, however their digits join
    ([(A, "can you read me the numbers on the meter left to right"), (C, "okay it says oh nine triple two"), (A, "and the night rate"),
      (C, "o one five double seven four")],
     ["can you read me the numbers on the meter left to right", "okay it says oh nine triple two", "and the night rate",
      "o one five double seven four"]),
    # the account asked for with an amount between ("which account should the refund of forty pounds be paid into")
    ([(A, "which account should the refund of forty pounds be paid into"),
      (C, "it's twenty one oh four nine nine then three one four one five nine two six")],
     ["which account should the refund of forty pounds be paid into", "it's [SORT_CODE] then [BANK_ACCOUNT]"]),
    # a flat and house number after a security code: the address, no code
    ([(A, "and the three digits on the back"), (C, "four one seven"), (A, "thanks and the first line of the address"),
      (C, "it's flat six one hundred and four elm street")],
     ["and the three digits on the back", "[CVV]", "thanks and the first line of the address", "it's [ADDRESS]"]),
    # a corrected last part named by its place ("the last bit is sixty three")
    ([(A, "card number please"), (C, "four five three nine one one two two three three four four five five six one"), (A, "mhm"),
      (C, "six one no sorry hang on the last bit is sixty three")],
     ["card number please", "[CARD_NUMBER]", "mhm", "[CARD_NUMBER] no sorry hang on the last bit is [CARD_NUMBER]"]),
    # a date typed with dashes; the year of a birth date asked for after the day and month
    ([(A, "Please confirm your date of birth."), (C, "its 04-Mar-1987")], ["Please confirm your date of birth.", "its [DOB]"]),
    ([(A, "can you confirm your date of birth"), (C, "it's july nine"), (A, "and what year"), (C, "two thousand four")],
     ["can you confirm your date of birth", "it's [DOB]", "and what year", "[DOB]"]),
    # an e-mail's first part spelled when asked; a surname spelled is no e-mail
    ([(A, "what's your email"), (C, "declan at outlook dot com"), (A, "could you spell the first part for me"), (C, "d for delta e c l a n")],
     ["what's your email", "[EMAIL]", "could you spell the first part for me", "[EMAIL]"]),
    ([(A, "what's your email"), (C, "declan dot ward at outlook dot com"), (A, "how do you spell the surname"), (C, "w a r d")],
     ["what's your email", "[EMAIL]", "how do you spell the surname", "w a r d"]),
    # a card begun wrongly and read again after "no sorry hang on let me start again": both readings go, the words between stay
    ([(C, "four five three no sorry hang on let me start again four five three nine one one two two three three four four five five six three")],
     ["[CARD_NUMBER] no sorry hang on let me start again [CARD_NUMBER]"]),
    ([(C, "five to seven no sorry let me start again four five three nine one one two two three three four four five five six three")],
     ["[CARD_NUMBER] no sorry let me start again [CARD_NUMBER]"]),
    # "double o-seven" as a recogniser hyphenates it
    ([(A, "Can you confirm your Social?"), (C, "Yeah. four double o-seven three-6210.")], ["Can you confirm your Social?", "Yeah. [SSN]."]),
    # letters of the police and old British spelling alphabets beside another letter ("robert T", "william K")
    ([(A, "and your national insurance number"), (C, "r t two four six eight one three c"),
      (A, "so that's robert T twenty four sixty eight thirteen c")],
     ["and your national insurance number", "[NI_NUMBER]", "so that's [NI_NUMBER]"]),
    ([(A, "national insurance number please"), (C, "william K"), (A, "okay go on"), (C, "246813"), (A, "and the letter at the end"),
      (C, "it's c as in charlie")],
     ["national insurance number please", "[NI_NUMBER]", "okay go on", "[NI_NUMBER]", "and the letter at the end", "it's [NI_NUMBER]"]),
    # the NI suffix "for the last letter", and the suffix opening the answer to "and the last letter" before other talk
    ([(A, "can i have your national insurance number"), (C, "j k"), (A, "okay"), (C, "two four six"), (A, "go on"),
      (C, "eight one three and c for the last letter")],
     ["can i have your national insurance number", "[NI_NUMBER]", "okay", "[NI_NUMBER]", "go on", "[NI_NUMBER] for the last letter"]),
    ([(A, "your national insurance number please"), (C, "j k two four six eight one three"), (A, "and the last letter"),
      (C, "c i've also got a claim number it's four four one nine")],
     ["your national insurance number please", "[NI_NUMBER]", "and the last letter", "[NI_NUMBER] i've also got a claim number it's four four one nine"]),
    # a letter name right after a letter spelled with a word ("m as in mike ex"): the letter, not two letters "e x"
    ([(C, "m as in mike ex"), (A, "yep"), (C, "five five two three nine two"), (A, "and the letter at the end"), (C, "it's b")],
     ["[NI_NUMBER]", "yep", "[NI_NUMBER]", "and the letter at the end", "it's [NI_NUMBER]"]),
    # bank details keep their types: an account after its sort code in one message ("acc no", "Account:"), both typed
    # after "bank details", and fourteen digits read for "the sort code and account number" (6, then 8)
    ([(C, "sort code 16-47-19 acc no 14333066")], ["sort code [SORT_CODE] acc no [BANK_ACCOUNT]"]),
    ([(C, "Sort code: 30-77-09\nAccount: 77090670")], ["Sort code: [SORT_CODE]\nAccount: [BANK_ACCOUNT]"]),
    ([(C, "bank details for the payout 09-48-19 / 45687330")], ["bank details for the payout [SORT_CODE] / [BANK_ACCOUNT]"]),
    ([(A, "and the sort code and account number"), (C, "forty seventy nine oh five eight two two seven four seven three six")],
     ["and the sort code and account number", "[SORT_CODE] [BANK_ACCOUNT]"]),
    # what batch 289–296 showed: a reading joined by hyphens, with words run together ("284-sixtyone-seven",
    # "…-ninetyeight fifty five", "double-7", "three-fourteen-86"); an NI number's letters with a recogniser's full stops
    ([(A, "the social please"), (C, "sure 284-sixtyone-seven oh four two um yeah")], ["the social please", "sure [SSN] yeah"]),
    ([(A, "so that's 4556-7375-8689-ninetyeight fifty five?")], ["so that's [CARD_NUMBER]?"]),
    ([(A, "card number please"), (C, "four five five six, double-7 three seven five eight six eight nine nine eight five five")],
     ["card number please", "[CARD_NUMBER]"]),
    ([(A, "your national insurance number please"), (C, "Yeah. K. R. two three-fourteen-86 B.")],
     ["your national insurance number please", "Yeah. [NI_NUMBER]."]),
    ([(A, "ni number please"), (C, "it starts j p"), (A, "okay"), (C, "fortyone-22-07"), (A, "and the letter at the end"), (C, "b")],
     ["ni number please", "it starts [NI_NUMBER]", "okay", "[NI_NUMBER]", "and the letter at the end", "[NI_NUMBER]"]),
    ([(A, "I need your national insurance number and date of birth"),
      (C, "it's J. K. four o one one two six c and date of birth 3rd of May 1981")],
     ["I need your national insurance number and date of birth", "it's [NI_NUMBER] and date of birth [DOB]"]),
    # "to" and "for" either side of a card typed in groups are words; a month and year after a card, then its code
    ([(C, "Please charge $1,240.00 to 4556 7375 8689 9855 for invoice 4471920")],
     ["Please charge $1,240.00 to [CARD_NUMBER] for invoice 4471920"]),
    ([(C, "4556-7375-8689-9855\nMay 2029\n258")], ["[CARD_NUMBER]\n[EXPIRY]\n[CVV]"]),
    # a model's name typed like a postcode in mixed case, with no postcode asked for; a postcode with a full stop inside
    ([(C, "I bought the HP LaserJet M404dn in 2023")], ["I bought the HP LaserJet M404dn in 2023"]),
    ([(A, "and the postcode"), (C, "SW74gs")], ["and the postcode", "[POSTCODE]"]),
    ([(A, "and the postcode"), (C, "postcode Ea2. 3NX")], ["and the postcode", "postcode [POSTCODE]"]),
    # a birth date's day said alone, repeated, then its month and year; its year in the caller's next message
    ([(A, "can i take your date of birth"), (C, "yeah it's the twenty third"), (A, "the twenty third yep"), (C, "november nineteen forty nine")],
     ["can i take your date of birth", "yeah it's [DOB]", "[DOB] yep", "[DOB]"]),
    ([(A, "Can you confirm ur date of birth?"), (C, "23/4"), (C, "1954 sorry")], ["Can you confirm ur date of birth?", "[DOB]", "[DOB] sorry"]),
    # "contact no."; "apr/30"; the address asked for after a birth date; a ZIP's last digit a homophone ending the turn
    ([(A, "Whats a good contact no.?"), (C, "80176"), (C, "argh autocorrect"), (C, "64252 thx!")],
     ["Whats a good contact no.?", "[PHONE]", "argh autocorrect", "[PHONE] thx!"]),
    ([(A, "expiry?"), (C, "apr/30")], ["expiry?", "[EXPIRY]"]),
    ([(A, "can i take your date of birth"), (C, "yes january twenty third nineteen eighty four"), (A, "and the billing address"),
      (C, "twenty three twenty highfield parkway columbus, three two nine three one")],
     ["can i take your date of birth", "yes [DOB]", "and the billing address", "[ADDRESS] columbus, [POSTCODE]"]),
    ([(A, "and the billing address"), (C, "seventy sixty two elm court tampa two o five nine ate")],
     ["and the billing address", "[ADDRESS] tampa [POSTCODE]"]),
    # an e-mail's domain put right after the agent's read-back
    ([(A, "what's your email"), (C, "jo smith at aol dot com"), (A, "so jo smith at hotmail dot com"), (C, "no aol dot com not hotmail")],
     ["what's your email", "[EMAIL]", "so [EMAIL]", "no [EMAIL] not hotmail"]),
    # what batch 297–304 showed: "6-9" hyphened in an NI reading; "seven-ate"; a reading broken off with "scratch that"
    # and said again; "inv no" names an invoice; a card's second half after an apology for a pause
    ([(A, "national insurance number"), (C, "right W as in william X for xmas"), (A, "right"), (C, "6-9 3, 3"), (A, "Mm-hmm."),
      (C, "eighty five b for bravo")],
     ["national insurance number", "right [NI_NUMBER]", "right", "[NI_NUMBER]", "Mm-hmm.", "[NI_NUMBER]"]),
    ([(A, "and the social"), (C, "six three five, five seven-ate nine O one")], ["and the social", "[SSN]"]),
    ([(A, "and your social security number"), (C, "too won five won scratch that two one five zero three zero five one zero")],
     ["and your social security number", "[SSN]"]),
    ([(C, "inv no 453464596 still not here?? ordered on 24/10")], ["inv no 453464596 still not here?? ordered on 24/10"]),
    ([(C, "hang on it's in my other bag okay four eight one three two four double one"), (A, "mhm"),
      (C, "sorry the dog's barking um two three one seven five and my balance is like two hundred quid")],
     ["hang on it's in my other bag okay [CARD_NUMBER]", "mhm", "sorry the dog's barking [CARD_NUMBER] and my balance is like two hundred quid"]),
    # the agent's "sorry you cut out there after …" is no caller's apology: the card's length in words stays
    ([(A, "the sixteen digit number please"), (C, "six zero one one one triple nine four one"),
      (A, "sorry you cut out there after six zero one one one triple nine four one can you carry on from there"),
      (C, "yeah one five three three five nine")],
     ["the sixteen digit number please", "[CARD_NUMBER]", "sorry you cut out there after [CARD_NUMBER] can you carry on from there",
      "yeah [CARD_NUMBER]"]),
    # "and yours as the account holder" after one birth date asks for another; "twelfth of the fifth forty seven"
    ([(A, "can i have the patient's date of birth"), (C, "yeah it's for my son his birthday is eighth october nineteen fifty one"),
      (A, "and yours as the account holder"), (C, "twelfth of the fifth forty seven")],
     ["can i have the patient's date of birth", "yeah it's for my son his birthday is [DOB]", "and yours as the account holder", "[DOB]"]),
    # "numbrs on back"; "a good number for you"; an expiry's last digit a homophone ending the turn; "that's in leeds" before a postcode
    ([(C, "the 3 numbrs on back are 980 & expirey 8/2029")], ["the 3 numbrs on back are [CVV] & expirey [EXPIRY]"]),
    ([(A, "can i get a good number for you"), (C, "one four five six three seven eight for zero four nine thanks")],
     ["can i get a good number for you", "[PHONE] thanks"]),
    ([(A, "when does the card expire"), (C, "expiry is nought one two ate")], ["when does the card expire", "expiry is [EXPIRY]"]),
    ([(A, "can i take the address for the delivery"),
      (C, "flat twenty two one hundred and forty seven granby street that's in leeds, l eight five why q")],
     ["can i take the address for the delivery", "[ADDRESS] that's in leeds, [POSTCODE]"]),
    # types: a card's code named "CID", "the three on the back is", or typed on its own line after the card and expiry
    ([(C, "Amex 3782 822463 10005 exp 11/28 CID 7421")], ["Amex [CARD_NUMBER] exp [EXPIRY] CID [CVV]"]),
    ([(A, "what's the sixteen digit number on the front"), (C, "4903 4629 5382 2535 and the three on the back is 482")],
     ["what's the sixteen digit number on the front", "[CARD_NUMBER] and the three on the back is [CVV]"]),
    ([(A, "Please type the card details below."), (C, "4255.9343.2874.4366\n12/30\n083")],
     ["Please type the card details below.", "[CARD_NUMBER]\n[EXPIRY]\n[CVV]"]),
    # what batch 305–312 showed: an SSN's last four said before the full number; NI letters "es", "and" before the suffix;
    # "triple to won", "double to ate five"; a card's last four put right ("sorry no the last four are …")
    ([(C, "the last four are six double nine eight do you need the whole thing"), (A, "yes the full number please"),
      (C, "okay three seven one eight three six double nine eight")],
     ["the last four are [SSN] do you need the whole thing", "yes the full number please", "okay [SSN]"]),
    ([(A, "and your NI number please"), (C, "Yeah, it's es L eighty seven thirty eight sixty seven C")],
     ["and your NI number please", "Yeah, it's [NI_NUMBER]"]),
    ([(C, "it's a for alpha s for sierra six five nine five four eight and c for charlie")], ["it's [NI_NUMBER]"]),
    ([(A, "right whenever you're ready the card number"),
      (C, "triple to won won five one nine too one nought four five eight nine for yeah")],
     ["right whenever you're ready the card number", "[CARD_NUMBER] yeah"]),
    ([(A, "go ahead with the card number whenever you're ready"), (C, "double to ate five"), (A, "okay"), (C, "two six eight one"),
      (A, "okay go on"), (C, "nine one to o"), (A, "mhm and the last group"), (C, "uh two seven o nine")],
     ["go ahead with the card number whenever you're ready", "[CARD_NUMBER]", "okay", "[CARD_NUMBER]", "okay go on", "[CARD_NUMBER]",
      "mhm and the last group", "[CARD_NUMBER]"]),
    ([(C, "four five four oh three six eight nine one four one nine eight oh sorry no the last four are six seven three eight")],
     ["[CARD_NUMBER]"]),
    # a pause said inside a reading ("let me think"); a typed SSN read back whole; a birth date's day said digit by digit
    ([(C, "okay social security three ate too uh nine seven let me think too for too nine")], ["okay social security [SSN]"]),
    ([(C, "it's 193-50-8583"), (A, "thank you so that's one nine three five zero eight five eight three and your policy number is on the letter")],
     ["it's [SSN]", "thank you so that's [SSN] and your policy number is on the letter"]),
    ([(A, "can i just take your date of birth for security"), (C, "yeah it's one one june nineteen fifty three and i've been a customer for eleven years")],
     ["can i just take your date of birth for security", "yeah it's [DOB] and i've been a customer for eleven years"]),
    # a card's second half after "right where was i"; a French avenue; "es" in a spoken postcode
    ([(C, "okay so it's six nought double one zero five thirty three sorry the dog's going mad hang on"), (A, "no problem take your time"),
      (C, "right where was i yeah thirty eight forty five nought two four three and that's the lot")],
     ["okay so it's [CARD_NUMBER] sorry the dog's going mad hang on", "no problem take your time",
      "right where was i yeah [CARD_NUMBER] and that's the lot"]),
    ([(A, "What's the new address?"), (C, "Flat 8, 356 Boulevard Saint Michel"), (A, "I see."), (C, "yeah nothing came, waited in all day")],
     ["What's the new address?", "Flat 8, [ADDRESS]", "I see.", "yeah nothing came, waited in all day"]),
    ([(A, "and what's the address"), (C, "yeah Unit Four 92 Castle Terrace leeds B es eight five u a")],
     ["and what's the address", "yeah [ADDRESS] leeds [POSTCODE]"]),
    # negatives: a number from "the rx number from the card"; an overdraft limit "on the current account"; "between ten and
    # one" before "on the back"; "the claim is 458911229" after an SSN was asked for
    ([(A, "can i have the rx number from the card"), (C, "sure it's c c five seven five triple oh five oh")],
     ["can i have the rx number from the card", "sure it's c c five seven five triple oh five oh"]),
    ([(A, "the overdraft limit on the current account is fifteen hundred"), (C, "and the interest rate"), (A, "three point seven five percent a e r")],
     ["the overdraft limit on the current account is fifteen hundred", "and the interest rate", "three point seven five percent a e r"]),
    ([(A, "the engineer can come on tuesday the fourteenth between ten and one"), (C, "the model number on the back is x three eleven mini")],
     ["the engineer can come on tuesday the fourteenth between ten and one", "the model number on the back is x three eleven mini"]),
    ([(A, "I see claim #458911229. To verify, what's your social security number?"), (C, "its 426444832 and the claim is 458911229")],
     ["I see claim #458911229. To verify, what's your social security number?", "its [SSN] and the claim is 458911229"]),
    # what batch 313–320 showed: a 19-digit card read in chunks after the agent's "go on"; a card broken by an aside in one
    # turn (4 + 12 digits; "oh sorry hold on" where the "oh" is the interjection); NI digits with a recogniser's full stop
    ([(A, "go on"), (C, "four three seven four three six five one"), (A, "yep"), (C, "three double eight two three oh eight one"),
      (A, "and there's a few more on the end"), (C, "yeah five six nine")],
     ["go on", "[CARD_NUMBER]", "yep", "[CARD_NUMBER]", "and there's a few more on the end", "yeah [CARD_NUMBER]"]),
    ([(C, "thirty four seventy six sorry the dog's going mad hang on forty three oh oh forty three three seven three eight one")],
     ["[CARD_NUMBER] sorry the dog's going mad hang on [CARD_NUMBER]"]),
    ([(C, "two five six oh eight six nine six eight seven one two oh sorry hold on my kids are shouting right where was i nought eight nine five")],
     ["[CARD_NUMBER] sorry hold on my kids are shouting right where was i [CARD_NUMBER]"]),
    ([(A, "national insurance number please"), (C, "Yeah it's t for tango l 44. eight eight - 59 B")],
     ["national insurance number please", "Yeah it's [NI_NUMBER]"]),
    # negatives: a date before "do you want my date of birth" in the caller's next turn; a model spelled like a postcode;
    # "should i give you my sort code" / "no need for that today"; a claim number typed 3-2-4
    ([(A, "lovely thanks that's been submitted for 12 April"), (C, "do you want my date of birth")],
     ["lovely thanks that's been submitted for 12 April", "do you want my date of birth"]),
    ([(C, "it's the q e seven five a a model the one with sixty four gig")], ["it's the q e seven five a a model the one with sixty four gig"]),
    ([(C, "should i give you my sort code"), (A, "no need for that today you're already verified"),
      (C, "i bought five of them in twenty twenty five for three hundred and eighty pounds each")],
     ["should i give you my sort code", "no need for that today you're already verified",
      "i bought five of them in twenty twenty five for three hundred and eighty pounds each"]),
    ([(C, "Claim number 642-42-1432 was opened 5 weeks ago and the payout of $1000 still hasn't come")],
     ["Claim number 642-42-1432 was opened 5 weeks ago and the payout of $1000 still hasn't come"]),
    # the card safety net (redact/net.py): a card whose pieces no rule joined, found by its digits, its brand's
    # length and the Luhn check: an aside of the caller's own in one turn; an Amex whose first piece looked like a phone
    ([(C, "five four two five double three four three one oh four three you know what i'm on the train two six nine four")],
     ["[CARD_NUMBER] you know what i'm on the train [CARD_NUMBER]"]),
    ([(A, "go ahead"), (C, "three seven eight two eight two two four six three"), (A, "lovely and the rest"), (C, "one oh oh zero five")],
     ["go ahead", "[CARD_NUMBER]", "lovely and the rest", "[CARD_NUMBER]"]),
    # ... but not two numbers offered as alternatives, though together they are a Luhn-valid 16 digits from a 4
    ([(C, "the voucher was either four five five six seven three seven five or eight six eight nine nine eight five five")],
     ["the voucher was either four five five six seven three seven five or eight six eight nine nine eight five five"]),
    # what batch 321–328 showed: a reading with a mistake in it started again ("sorry no. again.", "from the top"), its
    # first digits the same, the rest not; an SSN's abandoned "… fifty eight, o no sorry, let me start again"
    ([(C, "it's four five three two, oh one six one sorry no. again. four five three two oh one five one one two eight three oh three six six")],
     ["it's [CARD_NUMBER] sorry no. again. [CARD_NUMBER]"]),
    ([(C, "okay it's five four two five... three three four four... no hang on that's not right, from the top, "
          "five four two five three three four three one oh four three two six nine four")],
     ["okay it's [CARD_NUMBER]... no hang on that's not right, from the top, [CARD_NUMBER]"]),
    ([(A, "and your social please"), (C, "yeah seven hundred and twelve, o no sorry, let me start again, seven one two oh four four double eight one")],
     ["and your social please", "yeah [SSN] no sorry, let me start again, [SSN]"]),
    # an NI number's digits with pauses ("two four... um six eight..."), after the agent's "and the rest?"
    ([(C, "it starts k as in kilo l"), (A, "got that"), (C, "two four... um six eight... one three"), (A, "and the last letter"), (C, "a for alpha")],
     ["it starts [NI_NUMBER]", "got that", "[NI_NUMBER]", "and the last letter", "[NI_NUMBER]"]),
    ([(C, "it starts w r for romeo"), (A, "and the rest?"), (C, "five five oh nine, two one"), (A, "and the last letter"), (C, "d")],
     ["it starts [NI_NUMBER]", "and the rest?", "[NI_NUMBER]", "and the last letter", "[NI_NUMBER]"]),
    # a card of Maestro's 19 digits (6759 …) in four pieces round an aside: the safety net
    ([(C, "it's six seven five nine... four one two six hang on i can't see a thing in here okay five two five seven eight nine five one, "
          "four hundred and fifty six")],
     ["it's [CARD_NUMBER] hang on i can't see a thing in here okay [CARD_NUMBER]"]),
    # negatives: an account with a supplier; "Order #:"; an item code shaped like an NI number; a number named as a
    # tracking number or a reference, though it has a phone's or a card's shape (a card inside a longer reading)
    ([(C, "my energy account number is six six one oh four two seven seven three"), (A, "thanks, that's your gas and electric together")],
     ["my energy account number is six six one oh four two seven seven three", "thanks, that's your gas and electric together"]),
    ([(C, "Order #: 9055708428193133 still hasn't arrived")], ["Order #: 9055708428193133 still hasn't arrived"]),
    ([(C, "item code KX622649C and SKU-0693815 are both out of stock")], ["item code KX622649C and SKU-0693815 are both out of stock"]),
    ([(A, "your tracking number is zero zero four four one two three four five six seven"), (C, "thanks")],
     ["your tracking number is zero zero four four one two three four five six seven", "thanks"]),
    ([(C, "the tracking number is 1Z 502444 7449679368")], ["the tracking number is 1Z 502444 7449679368"]),
    ([(C, "the reference on the letter is four zero seven zero five zero four three, four six one five ... nine one double four"), (A, "mm hm")],
     ["the reference on the letter is four zero seven zero five zero four three, four six one five ... nine one double four", "mm hm"]),
    # what sets 329 and 335 showed: a card after a reference whose value is letters ("booking ref KQWZTR. please charge …");
    # negatives: "my order # is …", a patient account number, a tracking number with letters before its digits
    ([(C, "Hi, booking ref KQWZTR. please charge 4532 0151 1283 0366 and email the receipt")],
     ["Hi, booking ref KQWZTR. please charge [CARD_NUMBER] and email the receipt"]),
    ([(C, "my order # is 4649 5674 4299 7406")], ["my order # is 4649 5674 4299 7406"]),
    ([(A, "your patient account number is 57098485 and the amount owed is $2265.14")],
     ["your patient account number is 57098485 and the amount owed is $2265.14"]),
    ([(C, "where's my parcel, tracking number 1Z 999 AA1 08 28903962")], ["where's my parcel, tracking number 1Z 999 AA1 08 28903962"]),
    # what sets 330–334 showed: the first part of a card found by the words asked with, the rest after "can you hear me
    # ok?" (the net goes on from it), then the agent's "card ending …"; "double um one"; a birth date "… slash nineteen
    # eighty eight". Negative: a receipt's number after "card ending 1415" in the sentence before
    ([(A, "and the sixteen digits across the front of the card"),
      (C, "four five three two zero one five one ... can you hear me ok? yeah, so one two eight seven... uh one"),
      (A, "lovely, so that's the card ending two eight seven one, and the expiry?")],
     ["and the sixteen digits across the front of the card", "[CARD_NUMBER] ... can you hear me ok? yeah, so [CARD_NUMBER]",
      "lovely, so that's the card ending [CARD_NUMBER], and the expiry?"]),
    ([(A, "can i take the card number please"), (C, "so four five three two ... er double um one five one one two eight three oh three six six")],
     ["can i take the card number please", "so [CARD_NUMBER]"]),
    ([(A, "thank you and your date of birth"), (C, "oh four slash two five slash nineteen eighty eight")],
     ["thank you and your date of birth", "[DOB]"]),
    ([(A, "Dear customer, your payment of €323.41 using card ending 1415 was received. Receipt 2692954108.")],
     ["Dear customer, your payment of €323.41 using card ending 1415 was received. Receipt 2692954108."]),
    # what batch 337–344 showed: "nil" for zero; a card read in fours after "the sixteen digit number", the agent's
    # "and the next four" between (a count, no piece) and the caller's "then … yeah" / "and …" around the pieces
    ([(A, "can i take the card number"), (C, "four five three two nil one five one one two eight three nil three six six")],
     ["can i take the card number", "[CARD_NUMBER]"]),
    ([(C, "my sort code is nil nine, one one, two seven")], ["my sort code is [SORT_CODE]"]),
    ([(A, "okay whenever you're ready the sixteen digit number"), (C, "four five three two"), (A, "and the next four"),
      (C, "then oh one five one yeah"), (A, "right"), (C, "and one two eight three"), (A, "mhm"), (C, "oh three six six")],
     ["okay whenever you're ready the sixteen digit number", "[CARD_NUMBER]", "and the next four", "then [CARD_NUMBER] yeah", "right",
      "and [CARD_NUMBER]", "mhm", "[CARD_NUMBER]"]),
    # negatives of batch 337–344: a serial number named further back than 30 characters; a day, a month and a year
    # said as numbers before the agent's "card ending …"; a reference read out, the agent's own card words after it
    ([(A, "hi, thanks for contacting atlas online store"),
      (C, "the serial number on the router is forty four fifty seven, ninety six seventeen, eighteen double six, triple eight one, model TG-589"),
      (A, "ok thanks")],
     ["hi, thanks for contacting atlas online store",
      "the serial number on the router is forty four fifty seven, ninety six seventeen, eighteen double six, triple eight one, model TG-589",
      "ok thanks"]),
    ([(C, "and my contract ends eighteen nought nine two thousand twenty five"), (A, "I can see the card ending 7402, expired?")],
     ["and my contract ends eighteen nought nine two thousand twenty five", "I can see the card ending 7402, expired?"]),
    ([(A, "The reference number is four six o two erm six three nine one seven six eight one, one seven five nine"),
      (A, "um is that the card ending in five four eight six")],
     ["The reference number is four six o two erm six three nine one seven six eight one, one seven five nine",
      "um is that the card ending in five four eight six"]),
    # negatives of sets 338–341: a membership or bill number, typed or read, with its name; an invoice's code with its
    # letters ("INV-2024-…") though a phone was named ("volta mobile"); a loyalty card's number (no payment card)
    ([(C, "membership no: 4532 0151 1283 0366 - it still says pending")], ["membership no: 4532 0151 1283 0366 - it still says pending"]),
    ([(C, "I'm querying bill no. 043773663, it says I owe $45")], ["I'm querying bill no. 043773663, it says I owe $45"]),
    ([(A, "you're through to volta mobile, what can i do for you"), (C, "I'm querying INV-2024-7753677, it says I owe £554.25")],
     ["you're through to volta mobile, what can i do for you", "I'm querying INV-2024-7753677, it says I owe £554.25"]),
    ([(C, "hi my loyalty card number is 4532015112830366 and it still hasn't arrived")],
     ["hi my loyalty card number is 4532015112830366 and it still hasn't arrived"]),
    # sets 338, 340, 341: a piece said in a way no rule knows, found because the agent reads the whole value back
    # ("next is …", an NI's "double nought" after an aside); the start of another card, broken off for the card read next
    ([(A, "and the patient's social security number"), (C, "sure um two nought nine"), (A, "yes"), (C, "next is four four"),
      (A, "yes"), (C, "then one seven three two"), (A, "okay i have two zero nine, four four, one seven three two")],
     ["and the patient's social security number", 'sure [SSN]', "yes", "next is [SSN]", "yes", "then [SSN]",
      "okay i have [SSN]"]),
    ([(A, "and your national insurance number"), (C, "it's j for juliet k for kilo, hang on it's on the back, double nought"),
      (A, "mhm"), (C, "then seven one"), (A, "go on"), (C, "three six b for bravo"),
      (A, "so j for juliet k for kilo double nought seven one three six b for bravo, yeah?")],
     ["and your national insurance number", "it's [NI_NUMBER], hang on it's on the back, [NI_NUMBER]", "mhm",
      "then [NI_NUMBER]", "go on", "[NI_NUMBER]", "so [NI_NUMBER], yeah?"]),
    ([(A, "ready when you are with the card"), (C, "yeah it's fifty two nought one oh sorry no that's the work card"),
      (A, "no worries"), (C, "right it's four five three two nought one five one, can you hear me? yeah okay, one two eight three nought three six six")],
     ["ready when you are with the card", "yeah it's [CARD_NUMBER] sorry no that's the work card", "no worries",
      "right it's [CARD_NUMBER], can you hear me? yeah okay, [CARD_NUMBER]"]),
    ([(A, "ready when you are with the card"), (C, "yeah it's four nine one seven no wait that's the old one hang on"), (A, "no rush"),
      (C, "okay so it's six oh double one, nought nought nought ... hang on the dog's barking ... nine nine oh, erm, one three nine, er, four two four")],
     ["ready when you are with the card", "yeah it's [CARD_NUMBER] no wait that's the old one hang on", "no rush",
      "okay so it's [CARD_NUMBER] ... hang on the dog's barking ... [CARD_NUMBER]"]),
    # batch 343–350: hesitations spelled "uhh" and a dash inside a reading; letters said with commas between
    # them; "two secs" is a pause, no digit; the start of a reading said before a restart ("i've lost my place",
    # "that's the old card") when the value read next begins with it; a piece an account's length, the card asked
    ([(A, "benefits helpline, can i take the long card number please"),
      (C, "two seven two oh eight four six five - um... six three two one two two three three")],
     ["benefits helpline, can i take the long card number please", "[CARD_NUMBER]"]),
    ([(A, "can you confirm your social"), (C, "sure it's two one nine four four - uhh, one seven three two")],
     ["can you confirm your social", "sure it's [SSN]"]),
    ([(C, "it's s, p four one eight oh six three c as in charlie"),
      (A, "let me read that back s for sierra p for papa, four one eight oh six three, c for charlie")],
     ["it's [NI_NUMBER]", "let me read that back [NI_NUMBER]"]),
    ([(A, "okay go ahead with the number"),
      (C, "five three two nine... oh seven nine two - two secs - four four oh two... sixty eight fifty nine")],
     ["okay go ahead with the number", "[CARD_NUMBER] - two secs - [CARD_NUMBER]"]),
    ([(A, "okay go ahead with the number"),
      (C, "forty-seven sixteen... seventeen... sorry i've lost my place. from the top, forty seven sixteen one seven six oh, "
          "hang on the dog's barking, three one three seven... two one five nine")],
     ["okay go ahead with the number",
      "[CARD_NUMBER]... sorry i've lost my place. from the top, [CARD_NUMBER], hang on the dog's barking, [CARD_NUMBER]"]),
    ([(A, "okay go ahead with the number"),
      (C, "six oh one... no hang on that's the old card. sorry. right, it's six oh one one five six one seven - two secs - "
          "four eight three three... eighty fourteen")],
     ["okay go ahead with the number",
      "[CARD_NUMBER]... no hang on that's the old card. sorry. right, it's [CARD_NUMBER] - two secs - [CARD_NUMBER]"]),
    ([(A, "can i have your national insurance number"), (C, "ni no w l for lima three four twenty one eight..."),
      (A, "uh huh"), (C, "and oh b,")],
     ["can i have your national insurance number", "ni no [NI_NUMBER]...", "uh huh", "and [NI_NUMBER],"]),
    ([(A, "you wanted to update the card on the account?"),
      (C, "yes the new one is two seven two oh ... um, eight four six five (kids, quiet please!) six three two one ... double two three three")],
     ["you wanted to update the card on the account?", "yes the new one is [CARD_NUMBER] (kids, quiet please!) [CARD_NUMBER]"]),
    # negatives of batch 343–350: a date written year first; a store number; a consignment number; an order number
    # typed "#4716-…"; a serial number with its letters, and one read back with its name after it
    ([(C, "yeah call back after half past eight?"), (A, "um renewal date 2027-07-05"), (C, "right"), (C, "off route 94.")],
     ["yeah call back after half past eight?", "um renewal date 2027-07-05", "right", "off route 94."]),
    ([(A, "that store number is 27-08-56"), (C, "okay thank you")], ["that store number is 27-08-56", "okay thank you"]),
    ([(C, "my consignment no. is 4024 2935 5759 1836 and it still says in transit")],
     ["my consignment no. is 4024 2935 5759 1836 and it still says in transit"]),
    ([(A, "you're through to first lakes bank"), (C, "yeah order #5420-4716-1760-3137"), (A, "okay"),
      (A, "right, it's the visa ending sixty seven five seven.")],
     ["you're through to first lakes bank", "yeah order #5420-4716-1760-3137", "okay", "right, it's the visa ending sixty seven five seven."]),
    ([(A, "press 1 then 1 for billing, or call back after 7 p m"), (C, "serial number SN3318-9471-0826, model WX-1512")],
     ["press 1 then 1 for billing, or call back after 7 p m", "serial number SN3318-9471-0826, model WX-1512"]),
    ([(A, "and the serial number"),
      (C, "the serial number is zero six one... er... zero eight two... three hundred and ten uhh, seven"),
      (A, "thanks, nought six one nought eight two three one nought seven for the serial number")],
     ["and the serial number", "the serial number is zero six one... er... zero eight two... three hundred and ten uhh, seven",
      "thanks, nought six one nought eight two three one nought seven for the serial number"]),
    # negatives of batch 343–350 put together in one long call: an IMEI after a card's last four; a tracking number
    # read back by the caller among card words ("card ending … was charged twice")
    ([(A, "can you confirm the last four digits of the card"), (C, "yeah it's the one ending four four one nine"),
      (A, "thanks that's the debit card ending 4419, you're all good"), (C, "IMEI 356938035643809"),
      (A, "It shows as out for delivery today.")],
     ["can you confirm the last four digits of the card", "yeah it's the one ending four four one nine",
      "thanks that's the debit card ending 4419, you're all good", "IMEI 356938035643809", "It shows as out for delivery today."]),
    ([(C, "and the card ending three two double nought please"), (A, "Sorry about that, order 5521830291157702 is with the courier."),
      (A, "your tracking number is seven oh eighty one forty two nineteen, thirty three fifty one"),
      (C, "okay so seven oh eight one... four two one nine, erm thirty three fifty one"), (C, "card ending 8832 was charged twice")],
     ["and the card ending three two double nought please", "Sorry about that, order 5521830291157702 is with the courier.",
      "your tracking number is seven oh eighty one forty two nineteen, thirty three fifty one",
      "okay so seven oh eight one... four two one nine, erm thirty three fifty one", "card ending 8832 was charged twice"]),
    # batch 351–358: an SSN read in its printed groups (3-2-4, 5-4) across an aside and the agent's "i have the first
    # five"; an NI number in one turn with an aside between its digits; a restart's first digits and NI letters;
    # "yeah, c for charlie at the end"; hesitations "em", "well"; "zero six, twenty thirty", "the fifth month
    # thirty", "one one, oh three, seventy two", "valid-to"; a postcode with pauses; "flat two four, …"; a read-back
    # joined by hyphens ("… two-three oh-sixty six …"); "after that four"; "six- no hang on"; "security cold"; "fifty,
    # oh" ending a turn; an SSN's missing middle piece. Negatives: "not my social, the case number", a vehicle reg, an
    # MPAN, a returns number, a baggage tag, "14:00", a one-time "verification code", an invoice number read back
    ([(C, "o four one ... seven two ... sorry, someone's at the door ... okay,"), (A, 'go ahead, i have the first five'), (C, 'double three oh six')],
     ["[SSN] ... sorry, someone's at the door ... okay,", 'go ahead, i have the first five', '[SSN]']),
    ([(C, 'two one four double six - is this call recorded? okay -'), (A, 'go ahead, i have the first five'), (C, 'eight one double three')],
     ['[SSN] - is this call recorded? okay -', 'go ahead, i have the first five', '[SSN]']),
    ([(C, "w l four one oh eight ... sorry my payslip's here somewhere ... yeah, two six a for alpha")],
     ["[NI_NUMBER] ... sorry my payslip's here somewhere ... yeah, [NI_NUMBER]"]),
    ([(C, 't m three one erm, sorry, from the beginning:'), (C, 't m for mike three one ... six six ... zero eight b')],
     ['[NI_NUMBER], sorry, from the beginning:', '[NI_NUMBER]']),
    ([(C, 'p r thirty one, forty two, six oh c'), (A, 'sorry was that p r three one four two six o c?'), (C, 'yeah, c for charlie at the end')],
     ['[NI_NUMBER]', 'sorry was that [NI_NUMBER]?', 'yeah, [NI_NUMBER] at the end']),
    ([(C, "it's two three... hold on, start again,"), (C, 'two three one five five eight two four four')],
     ["it's [SSN]... hold on, start again,", '[SSN]']),
    ([(A, 'can i take the long number across the front of the card please'), (C, 'is thirty seven eighty two em oh nine six one nine two em three nine six nine three')],
     ['can i take the long number across the front of the card please', 'is [CARD_NUMBER]']),
    ([(A, 'can i take the long number across the front of the card please'), (C, "I reckon it's four seven one six, one seven six oh well three one three seven, two one five nine")],
     ['can i take the long number across the front of the card please', "I reckon it's [CARD_NUMBER]"]),
    ([(A, 'and the expiry date?'), (C, 'expires zero six, twenty thirty')],
     ['and the expiry date?', 'expires [EXPIRY]']),
    ([(A, 'perfect thank you and the expiry'), (C, 'the fifth month thirty')],
     ['perfect thank you and the expiry', '[EXPIRY]']),
    ([(A, "what's your date of birth please?"), (C, 'one one, oh three, seventy two')],
     ["what's your date of birth please?", '[DOB]']),
    ([(A, 'and the valid-to date on it?'), (C, 'oh eight twenty seven')],
     ['and the valid-to date on it?', '[EXPIRY]']),
    ([(A, 'for security can you give me your date of birth and postcode'), (C, "born 23 january 1978 and it's s t, one seven, five f, r")],
     ['for security can you give me your date of birth and postcode', "born [DOB] and it's [POSTCODE]"]),
    ([(A, 'and the new address'), (C, 'flat two four, one o eight riverside road reading')],
     ['and the new address', '[ADDRESS] reading']),
    ([(A, 'and the last nine of your social security'), (C, 'yeah five one two, three oh, six six four one'), (A, "so that's five one two-three oh-sixty six forty one")],
     ['and the last nine of your social security', 'yeah [SSN]', "so that's [SSN]"]),
    ([(A, "I'll need your social to verify?"), (C, "ok it's nought six one,"), (A, 'nought six one, okay'), (C, 'after that four,'), (A, 'okay'), (C, 'four four four'), (A, 'ok and then'), (C, 'fifty nine')],
     ["I'll need your social to verify?", "ok it's [SSN],", '[SSN], okay', 'after that [SSN],', 'okay', '[SSN]', 'ok and then', '[SSN]']),
    ([(A, 'Could you read me the sixteen digits on the card?'), (C, 'right, four seven one six seventeen six- no hang on, let me start over, forty seven sixteen one seven six oh three one three seven two one five nine')],
     ['Could you read me the sixteen digits on the card?', 'right, [CARD_NUMBER]- no hang on, let me start over, [CARD_NUMBER]']),
    ([(A, 'and the three digit security cold.'), (C, "It's oh oh two.")],
     ['and the three digit security cold.', "It's [CVV]."]),
    ([(A, 'and your social security number'), (C, 'okay fifty, oh'), (C, 'thirty one, um, twenty two eighteen')],
     ['and your social security number', 'okay [SSN]', '[SSN]']),
    ([(A, "i'll need the full social, please"), (C, 'yeah, um, three hundred and twelve let me just get my glasses, forty'), (C, 'then o eight sixty one')],
     ["i'll need the full social, please", 'yeah, [SSN] let me just get my glasses, [SSN]', 'then [SSN]']),
    ([(A, 'and the case number from the top of the letter'), (C, 'okay one eight three nine five erm... three five nine four, not my social, the case number')],
     ['and the case number from the top of the letter', 'okay one eight three nine five erm... three five nine four, not my social, the case number']),
    ([(A, 'can you give me the vehicle reg, it starts with two letters'), (C, "yeah it's t p eighty seven three five, ninety nine bravo, that's the vehicle reg not my national insurance")],
     ['can you give me the vehicle reg, it starts with two letters', "yeah it's t p eighty seven three five, ninety nine bravo, that's the vehicle reg not my national insurance"]),
    ([(A, "can you read me the mpan, it's the long number on the letter"), (C, 'yeah the mpan is four five three two... nought one five one one two eight three, nought three six six')],
     ["can you read me the mpan, it's the long number on the letter", 'yeah the mpan is four five three two... nought one five one one two eight three, nought three six six']),
    ([(A, 'and is that the card ending oh two forty six?'), (C, 'yeah, the returns number is eighty eight sixty four ninety eight ninety seven fifty one forty five three five seven four')],
     ['and is that the card ending oh two forty six?', 'yeah, the returns number is eighty eight sixty four ninety eight ninety seven fifty one forty five three five seven four']),
    ([(A, 'between 10:00 and 14:00'), (C, 'Baggage tag number: #1583 4802 0892')],
     ['between 10:00 and 14:00', 'Baggage tag number: #1583 4802 0892']),
    ([(A, "I've sent a six digit verification code."), (C, 'The code is six eight eight six to five.')],
     ["I've sent a six digit verification code.", 'The code is six eight eight six to five.']),
    ([(A, "ok, I've raised that, your invoice number is three six three one three seven five two sixty one zero six two eight nine four"), (C, 'hang on let me write that down... three six three one three seven five two sixty one zero six two eight nine four, got it')],
     ["ok, I've raised that, your invoice number is three six three one three seven five two sixty one zero six two eight nine four", 'hang on let me write that down... three six three one three seven five two sixty one zero six two eight nine four, got it']),

    # set 357: a piece after an aside that only the agent's read-back joins, the read-back found by the request for the card
    ([(A, "what's the card number please?"), (C, "yeah it's four hundred and seventy one six"), (A, 'four seven one six, got it'), (C, 'one seven six oh'), (A, 'okay, next bit'), (C, "thirty one - hang on it's worn off a bit - thirty seven"), (A, 'three hundred and thirteen seven, got it'), (C, 'two one five nine'), (A, 'Just to confirm, four hundred and seventy one six one seven six oh thirty one thirty seven two one five nine, is that right?')],
     ["what's the card number please?", "yeah it's [CARD_NUMBER]", '[CARD_NUMBER], got it', '[CARD_NUMBER]', 'okay, next bit', "[CARD_NUMBER] - hang on it's worn off a bit - [CARD_NUMBER]", '[CARD_NUMBER], got it', '[CARD_NUMBER]', 'Just to confirm, [CARD_NUMBER], is that right?']),

    # negatives of batch 351–358 in one long call: a contract number asked for after "that's not your card number is it?"
    ([(A, "mhm, lovely, that's not your card number is it?"), (C, "no no, that's the booking reference off the paperwork"), (A, 'can i take the contract number'), (C, "it's forty one twenty two"), (A, 'okay'), (C, "oh seven seven three, that's the contract number not the bank account by the way"), (A, 'and is that the card ending zero five one nine?'), (C, "yes that's the one")],
     ["mhm, lovely, that's not your card number is it?", "no no, that's the booking reference off the paperwork", 'can i take the contract number', "it's forty one twenty two", 'okay', "oh seven seven three, that's the contract number not the bank account by the way", 'and is that the card ending zero five one nine?', "yes that's the one"]),

    # batch 359–366: a card or SSN typed with I and l for ones; "not my card number - the order ref is …"; an NI-shaped
    # permit number; an invoice number said again after a restart; a hesitation opening the turn goes with the value
    ([(A, 'thanks for messaging carewell health billing.'), (C, 'hello, cc# 4716 1760 3l37 2I59. expiry 5/28 security no 207')],
     ['thanks for messaging carewell health billing.', 'hello, cc# [CARD_NUMBER]. expiry [EXPIRY] security no [CVV]']),
    ([(A, 'can you confirm your social?'), (C, 'ss# 512-30-664I')],
     ['can you confirm your social?', 'ss# [SSN]']),
    ([(C, 'not my card number - the order ref is 4716 1760 3137 2159. card was charged twice'), (A, 'Thanks, I can see that order. The refund goes back to the card ending 4317.')],
     ['not my card number - the order ref is 4716 1760 3137 2159. card was charged twice', 'Thanks, I can see that order. The refund goes back to the card ending 4317.']),
    ([(C, 'The permit number is WE 69 73 65 C'), (A, "thanks, I've got that open, it was logged on the eleventh of august")],
     ['The permit number is WE 69 73 65 C', "thanks, I've got that open, it was logged on the eleventh of august"]),
    ([(A, 'and the invoice number'), (C, "invoice number is zero double eight um six one four... erm... oh oh five two... sorry, i'll say it again, oh double eight six one four nought nought five two"), (A, 'thank you, that invoice is for forty two pounds ten')],
     ['and the invoice number', "invoice number is zero double eight um six one four... erm... oh oh five two... sorry, i'll say it again, oh double eight six one four nought nought five two", 'thank you, that invoice is for forty two pounds ten']),
    ([(A, 'no problem can i take the long number on the card'), (C, "yeah it's four seven one six"), (A, 'uh huh'), (C, 'um one seven six oh')],
     ['no problem can i take the long number on the card', "yeah it's [CARD_NUMBER]", 'uh huh', '[CARD_NUMBER]']),

    # session 24: readings resumed after a hold, characters the agent asks about, read-backs of pieces, ASR homophones
    # ("sex", run-together words, letter names in NI numbers), IMEIs, values said not to be wanted, dates of this decade
    ([(A, 'no problem can i take the long number on the card'), (C, "yeah it's four five three nine"), (A, 'go on'), (C, 'eight three oh one'), (A, 'sorry let me just pop you on a brief hold'), (C, 'ok'), (A, "sorry to keep you, you'd given me the first eight digits so carry on from there"), (C, 'right so sixty six thirteen then eighteen sixty four')],
     ['no problem can i take the long number on the card', "yeah it's [CARD_NUMBER]", 'go on', '[CARD_NUMBER]', 'sorry let me just pop you on a brief hold', 'ok', "sorry to keep you, you'd given me the first eight digits so carry on from there", 'right so [CARD_NUMBER]']),
    ([(A, 'can i take your national insurance number'), (C, 'yeah j for juliet y'), (A, 'and then'), (A, 'can i place you on hold for one moment please'), (C, 'no bother'), (A, 'hi thanks for waiting so i had the two letters'), (C, 'two seven eight one six four and the letter at the end is b for bravo'), (A, 'lovely')],
     ['can i take your national insurance number', 'yeah [NI_NUMBER]', 'and then', 'can i place you on hold for one moment please', 'no bother', 'hi thanks for waiting so i had the two letters', '[NI_NUMBER] and the letter at the end is [NI_NUMBER]', 'lovely']),
    ([(A, 'can you give me your national insurance number'), (C, 'um h papa three forty two'), (A, "hold the line for me please, the screen's just timed out"), (C, 'okay'), (A, "sorry for the wait, i'm back, so i had the first part"), (C, 'right, h p, and it carries on seven, one, eight um c')],
     ['can you give me your national insurance number', '[NI_NUMBER]', "hold the line for me please, the screen's just timed out", 'okay', "sorry for the wait, i'm back, so i had the first part", 'right, [NI_NUMBER], and it carries on [NI_NUMBER]']),
    ([(A, 'and can i get your social security number please'), (C, 'four one two, fifty five, sixty seven eighty nine'), (A, 'and the fourth digit, was that five?'), (C, 'yep five')],
     ['and can i get your social security number please', '[SSN]', 'and the fourth digit, was that [SSN]?', 'yep [SSN]']),
    ([(A, 'Could you confirm your National Insurance number?'), (C, 'its jt-48-19-27-B'), (A, 'sorry was that b for bravo at the end?'), (C, 'yeah bravo')],
     ['Could you confirm your National Insurance number?', 'its [NI_NUMBER]', 'sorry was that [NI_NUMBER] at the end?', 'yeah [NI_NUMBER]']),
    ([(A, 'can you give me the card number please'), (C, 'four seven one six oh nine three seven eight six five seven nine seven five seven'), (A, 'sorry the line broke up, the digit after eight six, was that five?'), (C, 'yes five')],
     ['can you give me the card number please', '[CARD_NUMBER]', 'sorry the line broke up, the digit after [CARD_NUMBER], was that [CARD_NUMBER]?', 'yes [CARD_NUMBER]']),
    ([(A, 'do you have the payment reference from the card statement? not the card number, the reference next to the transaction'), (C, 'four seven one six'), (A, 'yeah go ahead'), (C, 'oh nine three seven'), (A, 'right'), (C, 'eighty six fifty seven'), (A, 'uh huh'), (C, 'nine seven five seven'), (A, 'yeah go ahead'), (A, "thanks, that's the reference for the twelve pound transaction")],
     ['do you have the payment reference from the card statement? not the card number, the reference next to the transaction', 'four seven one six', 'yeah go ahead', 'oh nine three seven', 'right', 'eighty six fifty seven', 'uh huh', 'nine seven five seven', 'yeah go ahead', "thanks, that's the reference for the twelve pound transaction"]),
    ([(A, 'go on with the national insurance number'), (C, 'okay s z'), (A, 'yeah go ahead'), (C, 'six one two nine four four'), (A, 'and then?'), (C, 'then the letter charlie'), (A, 'thank you')],
     ['go on with the national insurance number', 'okay [NI_NUMBER]', 'yeah go ahead', '[NI_NUMBER]', 'and then?', 'then the letter [NI_NUMBER]', 'thank you']),
    ([(A, "What's your n i number."), (C, 'K r as in romeo oh tree.'), (A, 'Mm-hm.'), (C, 'Five one um two eight c.')],
     ["What's your n i number.", '[NI_NUMBER]', 'Mm-hm.', '[NI_NUMBER].']),
    ([(A, 'can i take the card number'), (C, 'four five tree nine, ate tree oh won, sex sex won tree, won ate sex for')],
     ['can i take the card number', '[CARD_NUMBER]']),
    ([(A, 'can i take the card number'), (C, 'fortyfive thirtynine eightythree oh one sixtysix thirteen eighteen sixtyfor')],
     ['can i take the card number', '[CARD_NUMBER]']),
    ([(A, 'and your n i number'), (C, 'kay zed for won, oh sex too tree bee')],
     ['and your n i number', '[NI_NUMBER]']),
    ([(A, 'and your n i number'), (C, 'gee h as in hotel, seven teen uh twelve uh thirtyone, dee')],
     ['and your n i number', '[NI_NUMBER]']),
    ([(A, 'to unlock the handset i need the imei'), (C, 'okay, star hash zero six hash gives me 3543 2319 4875 744'), (A, "lovely, and that's the phone you bought on your credit card in march"), (C, 'yes, the card ending six two one four')],
     ['to unlock the handset i need the imei', 'okay, star hash zero six hash gives me 3543 2319 4875 744', "lovely, and that's the phone you bought on your credit card in march", 'yes, the card ending six two one four']),
    ([(A, 'to unlock the handset i need the imei'), (C, 'okay, star hash zero six hash gives me eight six nine one one eight six two five two seven six oh one nine'), (A, "lovely, and that's the phone you bought on your credit card in march"), (C, 'yes, the card ending six two one four')],
     ['to unlock the handset i need the imei', 'okay, star hash zero six hash gives me eight six nine one one eight six two five two seven six oh one nine', "lovely, and that's the phone you bought on your credit card in march", 'yes, the card ending six two one four']),
    ([(A, "hi, this is billing. i won't need your social today, do you have the ticket"), (C, 'yes, seven one two, four four, eight eight one nine'), (A, 'perfect, that ticket is 712-44-8819, and the hearing is on july seventh')],
     ["hi, this is billing. i won't need your social today, do you have the ticket", 'yes, seven one two, four four, eight eight one nine', 'perfect, that ticket is 712-44-8819, and the hearing is on july seventh']),
    ([(C, 'Router model TP-7570, serial 452950699182'), (A, 'Thanks - that model has a known issue, 3 of 4 lights should be green.')],
     ['Router model TP-7570, serial 452950699182', 'Thanks - that model has a known issue, 3 of 4 lights should be green.']),
    ([(C, "i'm on e z two four six nine tomorrow, seat fourteen a, gate twenty one"), (A, 'right so departing at six oh five in the morning')],
     ["i'm on e z two four six nine tomorrow, seat fourteen a, gate twenty one", 'right so departing at six oh five in the morning']),
    ([(A, 'i can book the engineer for july sixth twenty five'), (C, "yeah that works anytime after two o'clock")],
     ['i can book the engineer for july sixth twenty five', "yeah that works anytime after two o'clock"]),
    ([(A, 'i can book the engineer for oh three oh nine two thousand and twenty five'), (C, 'yeah that works')],
     ['i can book the engineer for oh three oh nine two thousand and twenty five', 'yeah that works']),
    ([(A, 'i can book the engineer for oh nine oh three twenty twenty six'), (C, 'yeah that works')],
     ['i can book the engineer for oh nine oh three twenty twenty six', 'yeah that works']),
    ([(A, 'and your social please'), (C, 'right so seven, six, three, seven, five'), (A, "hold on, bear with me, I'm going to put you on hold for a sec"), (A, 'thanks for holding, sorry about that, you were giving me your social'), (C, 'yeah, seven five, and then four, o, o, one')],
     ['and your social please', 'right so [SSN]', "hold on, bear with me, I'm going to put you on hold for a sec", 'thanks for holding, sorry about that, you were giving me your social', 'yeah, [SSN]']),
    ([(A, 'and your social please'), (C, 'um oh, thirty nine, forty one'), (A, "hold on, one moment, I need to check something, I'll place you on hold"), (A, 'thanks for holding, you were giving me your social'), (C, 'yeah, four, one, and then two nine five seven')],
     ['and your social please', '[SSN]', "hold on, one moment, I need to check something, I'll place you on hold", 'thanks for holding, you were giving me your social', 'yeah, [SSN]']),
    ([(C, "i'm calling about the joint account i can give you both our socials"), (A, 'sure yours first please'), (C, 'mine is six two one four four oh nine eight three'), (A, "and your husband's"), (C, 'theirs is double oh seven two four uh one five nought six'), (A, 'thank you just confirming the second one double oh seven two four one five o six'), (C, 'yes')],
     ["i'm calling about the joint account i can give you both our socials", 'sure yours first please', 'mine is [SSN]', "and your husband's", 'theirs is [SSN]', 'thank you just confirming the second one [SSN]', 'yes']),
    ([(A, 'and your ssn so i can pull up the account?'), (C, "oh, hello, yes i never remember it, hold on, it's on the card"), (C, 'okay, six o two... five five... one two eight four.'), (A, 'and date of birth?'), (C, 'march the third, nineteen forty'), (A, 'thanks, and the last four again was one two eight four?')],
     ['and your ssn so i can pull up the account?', "oh, hello, yes i never remember it, hold on, it's on the card", 'okay, [BANK_ACCOUNT].', 'and date of birth?', '[DOB]', 'thanks, and the last four again was [SSN]?']),
    ([(A, "okay, whenever you're ready, the sixteen digits across the front of the card"), (C, 'five oh uhh... eighteen, six oh erm three oh, um, eight two... four six two eight... er... one nine four eight nine'), (A, 'sorry, you broke up a little there, could you repeat it?'), (C, 'oh, yes. five oh uhh... eighteen six oh erm three oh, uh eight two... four six two eight... er... one nine four eight nine')],
     ["okay, whenever you're ready, the sixteen digits across the front of the card", '[CARD_NUMBER]', 'sorry, you broke up a little there, could you repeat it?', 'oh, yes. [CARD_NUMBER]']),
    ([(A, 'Please send the bank details for the refund of £45.10.'), (C, 'its 40/62/18 / 7391 2284')],
     ['Please send the bank details for the refund of £45.10.', 'its [SORT_CODE] / [BANK_ACCOUNT]']),
    ([(A, 'card number please'), (C, "yeah thirty seven fourteen oh hold on i've got the wrong card right from the top three seven one four two one nine nine three five one eight one nine nine"), (A, 'no problem got it')],
     ['card number please', "yeah [CARD_NUMBER] hold on i've got the wrong card right from the top [CARD_NUMBER]", 'no problem got it']),
    ([(A, 'ok and which card will you be paying with today'), (C, "um it's a card from my other bank"), (A, "lovely whenever you're ready with the long number"), (C, 'ok so forty five thirty nine'), (A, 'ok'), (C, 'eight hundred and thirty sorry my glasses'), (A, 'yep'), (C, 'and one hundred and sixty six, one three one, eight six four'), (A, 'so the card starting four five three nine and ending eighteen sixty four?'), (C, "that's the one")],
     ['ok and which card will you be paying with today', "um it's a card from my other bank", "lovely whenever you're ready with the long number", 'ok so [CARD_NUMBER]', 'ok', '[CARD_NUMBER] sorry my glasses', 'yep', 'and [CARD_NUMBER]', 'so the card starting [CARD_NUMBER] and ending [CARD_NUMBER]?', "that's the one"]),
    ([(A, "I'm going to pass you to my colleague in verification"), (A, 'hello, billing, this is Raj speaking, can I have your social security number'), (C, 'again? okay, three, one hundred and eighty seven, two, three hundred and forty, six'), (A, 'sorry, was that one, eight, seven at the start?'), (C, 'yes')],
     ["I'm going to pass you to my colleague in verification", 'hello, billing, this is Raj speaking, can I have your social security number', 'again? okay, [SSN]', 'sorry, was that [SSN] at the start?', 'yes']),
    ([(A, 'can i grab the social on the account'), (C, 'social is six er double for, tree won oh too six won')],
     ['can i grab the social on the account', 'social is [SSN]']),
    ([(A, 'and how would you like to pay the 120 pounds today?'), (C, "right, okay i've got it here somewhere."), (A, 'no rush at all.'), (C, "it's forty nine twenty nine..."), (A, 'take your time'), (C, 'um... oh nine one three er nine oh umm... nine nine three')],
     ['and how would you like to pay the 120 pounds today?', "right, okay i've got it here somewhere.", 'no rush at all.', "it's [CARD_NUMBER]...", 'take your time', 'um... [CARD_NUMBER]']),
    ([(A, 'good morning, sentinel claims line can i take the long card number please'), (C, "okay okay it's thirty four seventy two - one, uh four five... thirty five, er... two - nineteen nine one, 8, that's it"), (A, 'I have three thousand four hundred and seventy two, one four, fifty three five two, one double nine... eighteen, is that right'), (C, 'correct, yeah')],
     ['good morning, sentinel claims line can i take the long card number please', "okay okay it's [CARD_NUMBER], that's it", 'I have [CARD_NUMBER], is that right', 'correct, yeah']),
    ([(A, 'just the two letters at the start first'), (C, 'w for whiskey, t as in tango'), (A, 'okay and then the six numbers'), (C, "it's sixty-one, four four, zero eight"), (A, 'and the final letter'), (C, 'c'), (A, "so that's w t six one... um four four oh eight c")],
     ['just the two letters at the start first', '[NI_NUMBER]', 'okay and then the six numbers', "it's [NI_NUMBER]", 'and the final letter', '[NI_NUMBER]', "so that's [NI_NUMBER]"]),

    # a hesitation and the pauses around it are no break in a value ("one... erm... oh... um, nine")
    ([(A, 'and the security code on the back please'), (C, "it's four... erm... oh... um, two")],
     ['and the security code on the back please', "it's [CVV]"]),
    ([(A, "what's the first line of the address"), (C, 'it is fifty two eighteen... um, willow crescent')],
     ["what's the first line of the address", 'it is [ADDRESS]']),
    ([(A, 'and the expiry date'), (C, 'it says oh nine, um, twenty seven')],
     ['and the expiry date', 'it says [EXPIRY]']),

    # batch 375–382: a hesitation before a piece, a supply point number, "ss n", a lone homophone opening a reading, a
    # suffix after an aside, "sevenc", values typed back in pieces, transfers, a mistyped card, "on the phone", "order№"
    ([(A, 'can i take the long number across the front of the card'), (C, 'ok so forty five thirty nine'), (A, 'ok keep going'), (C, 'and erm eight three oh one'), (A, 'mm-hm'), (C, 'and er six six one three'), (A, 'yep'), (C, 'then one eight six four')],
     ['can i take the long number across the front of the card', 'ok so [CARD_NUMBER]', 'ok keep going', 'and [CARD_NUMBER]', 'mm-hm', 'and [CARD_NUMBER]', 'yep', 'then [CARD_NUMBER]']),
    ([(A, 'can i take the card details please'), (C, 'thirty four seventy two one four five three five two, sorry the dog is barking, one nine nine one eight')],
     ['can i take the card details please', '[CARD_NUMBER], sorry the dog is barking, [CARD_NUMBER]']),
    ([(A, "hi, you're chatting with vantel mobile, what's the supply point number on the bill, it starts with ten"), (C, 'ten three two seven, um, three hundred and sixty one, five hundred and six'), (A, 'thanks and the car reg for the parking permit')],
     ["hi, you're chatting with vantel mobile, what's the supply point number on the bill, it starts with ten", 'ten three two seven, um, three hundred and sixty one, five hundred and six', 'thanks and the car reg for the parking permit']),
    ([(A, 'whats your ss n'), (C, 'forty one 7733 90'), (A, 'okay'), (C, 'and then six'), (A, 'okay let me just check that')],
     ['whats your ss n', '[SSN]', 'okay', 'and then [SSN]', 'okay let me just check that']),
    ([(A, 'whats the card number please'), (C, 'right so its for'), (A, 'ok go ahead'), (C, '53'), (A, 'ok go ahead'), (C, '98 30 um 166 one'), (A, 'right'), (C, 'then three one eight six four'), (A, 'great thats everything')],
     ['whats the card number please', 'right so its [CARD_NUMBER]', 'ok go ahead', '[CARD_NUMBER]', 'ok go ahead', '[CARD_NUMBER]', 'right', 'then [CARD_NUMBER]', 'great thats everything']),
    ([(A, 'whats your n i number please'), (C, 'k zed 4418 double two wait its faded on the card bee')],
     ['whats your n i number please', '[NI_NUMBER] wait its faded on the card [NI_NUMBER]']),
    ([(A, 'and your national insurance number for security'), (C, 'national insurance number is w t double four nineteen two sevenc i think')],
     ['and your national insurance number for security', 'national insurance number is [NI_NUMBER] i think']),
    ([(A, 'i need your national insurance number to find the record'), (C, "it's j for juliet p..."), (A, 'mm hm'), (C, 'then sixty one yeah'), (A, 'go on'), (C, 'forty eight yeah'), (A, 'go on'), (C, 'then twenty two...'), (A, 'uh huh'), (C, 'c'), (A, 'typing that in jay pee... okay... six one... mhm... four eight... mhm... two two, yep, see')],
     ['i need your national insurance number to find the record', "it's [NI_NUMBER]...", 'mm hm', 'then [NI_NUMBER] yeah', 'go on', '[NI_NUMBER] yeah', 'go on', 'then [NI_NUMBER]...', 'uh huh', '[NI_NUMBER]', 'typing that in [NI_NUMBER]... okay... [NI_NUMBER]... mhm... [NI_NUMBER]... mhm... [NI_NUMBER], yep, [NI_NUMBER]']),
    ([(A, 'can i get your social security number'), (C, 'four hundred and twelve five five six seven eight nine'), (A, "i can't do that from here so i'm transferring you to payments"), (A, "hi there i've just picked this up could you repeat it"), (C, 'four one two ah five five ah six seven eight nine'), (A, 'typing that in four one two... yep... fifty five, got that, six seven eight nine okay')],
     ['can i get your social security number', '[SSN]', "i can't do that from here so i'm transferring you to payments", "hi there i've just picked this up could you repeat it", '[SSN]', 'typing that in [SSN]... yep... [SSN], got that, [SSN] okay']),
    ([(A, 'can i take your national insurance number'), (C, "okay i've got the letter here it's j for juliet t four one, double two er six zero er b for bravo"), (A, "thanks i'm going to pop you through to the right team now please hold"), (A, "hiya you're through to payments i'm tariq sorry can i just take that again"), (C, "it's j t for tango, forty one... two two... six nought... b"), (A, 'okay j t for tango... and... forty one double two six zero... okay... b for bravo... done')],
     ['can i take your national insurance number', "okay i've got the letter here it's [NI_NUMBER]", "thanks i'm going to pop you through to the right team now please hold", "hiya you're through to payments i'm tariq sorry can i just take that again", "it's [NI_NUMBER]", 'okay [NI_NUMBER]... okay... [NI_NUMBER]... done']),
    ([(C, 'number: 4539 8301 6613 1874'), (C, 'sorry typo!! should be 4539 8301 6613 1864'), (A, 'No problem, thanks for correcting that.')],
     ['number: [CARD_NUMBER]', 'sorry typo!! should be [CARD_NUMBER]', 'No problem, thanks for correcting that.']),
    ([(A, "can I take the order number, it's sixteen digits starting with a four"), (C, "order number four one double three nine nine hundred twelve, no, not now Kev, mummy's on the phone, sorry, thirty two zero eight one oh double five"), (A, 'thanks, that order shipped on the twenty eighth of september')],
     ["can I take the order number, it's sixteen digits starting with a four", "order number four one double three nine nine hundred twelve, no, not now Kev, mummy's on the phone, sorry, thirty two zero eight one oh double five", 'thanks, that order shipped on the twenty eighth of september']),
    ([(A, 'Your verification code is 033792. Do not share it.'), (C, 'order№ ２３９８６０８６８１８３ – delivered to locker 10? tracking 4386–5239–1823–0877')],
     ['Your verification code is 033792. Do not share it.', 'order№ ２３９８６０８６８１８３ – delivered to locker 10? tracking 4386–5239–1823–0877']),
    ([(A, 'can i take your national insurance number'), (C, "okay i've got the letter here it's g for golf t thirty nine double six six seven d yeah"), (A, 'typing that in g for golf t... mhm... three nine sixty six sixty seven... okay... dee... done')],
     ['can i take your national insurance number', "okay i've got the letter here it's [NI_NUMBER] yeah", 'typing that in [NI_NUMBER]... mhm... [NI_NUMBER]... okay... [NI_NUMBER]... done']),
    ([(A, 'whats your n i number please'), (C, 'b like bravo teeseven eighty one um um 302 d')],
     ['whats your n i number please', '[NI_NUMBER]']),

    # batch 383–390: a group corrected after the checksum cut the reading, NATO words in an NI read-back, a wrong card
    # read-back put right, SSN groups around a pause, nine digits read alone, swapped digits said again, parts asked about;
    # booking codes, PNRs, VAT and company numbers, customer refs, model codes, txn ids, "ring you", "twenty twelve", amounts
    ([(A, "you're through to shannon gas, brittany speaking, how can i help?"), (C, 'four five three nine, eight three oh one, six six one three, one eight seven four - no, scratch that, one eight six four')],
     ["you're through to shannon gas, brittany speaking, how can i help?", '[CARD_NUMBER]']),
    ([(A, "good morning, the pension service, you're speaking with priya"), (C, 'hotel bravo'), (A, 'mhm'), (C, 'two four six, eight one three'), (A, 'go on'), (C, 'and then delta'), (A, "so that's h b twenty four six eight one three d")],
     ["good morning, the pension service, you're speaking with priya", '[NI_NUMBER]', 'mhm', '[NI_NUMBER]', 'go on', 'and then [NI_NUMBER]', "so that's [NI_NUMBER]"]),
    ([(A, 'thanks for calling first prairie bank, this is deshawn'), (C, 'forty seven sixteen oh nine three seven eighty six fifty seven ninety seven fifty seven'), (A, "so that's four seven one six, oh nine three seven, eight six five seven, nine seven five eight"), (C, 'no, the last bit is ninety seven fifty seven')],
     ['thanks for calling first prairie bank, this is deshawn', '[CARD_NUMBER]', "so that's [CARD_NUMBER]", 'no, the last bit is [CARD_NUMBER]']),
    ([(A, 'thanks for calling the state dmv, this is tom'), (C, "ok it's four one two, five five, hang on let me grab the card, six seven eight nine")],
     ['thanks for calling the state dmv, this is tom', "ok it's [SSN], hang on let me grab the card, [SSN]"]),
    ([(A, 'thanks for calling the state dmv, this is sean'), (C, "it's four one two five five six seven eight nine"), (A, 'was the middle part five five?'), (C, 'yes five five')],
     ['thanks for calling the state dmv, this is sean', "it's [SSN]", 'was the middle part [SSN]?', 'yes [SSN]']),
    ([(A, 'good morning, coastline air'), (C, 'four one two, six seven no wait I switched those, four one two, seven six, eight nine one two')],
     ['good morning, coastline air', '[SSN] no wait I switched those, [SSN]']),
    ([(A, 'thanks for calling coastline air, this is tyrone'), (C, "to seven three, seventy eight, oops backwards, it's two seven three, eighty seven, sixty eight twenty six")],
     ['thanks for calling coastline air, this is tyrone', "[SSN], oops backwards, it's [SSN]"]),
    ([(A, 'good morning, castlegate insurance'), (C, "h for hotel b for bravo, hang on it's on my payslip, four six one two nine three c")],
     ['good morning, castlegate insurance', "[NI_NUMBER], hang on it's on my payslip, [NI_NUMBER]"]),
    ([(A, "you're through to castlegate insurance, marek speaking"), (C, 'j t four one two two six nought b'), (A, 'was that j for juliet at the start?'), (C, 'yes, juliet')],
     ["you're through to castlegate insurance, marek speaking", '[NI_NUMBER]', 'was that [NI_NUMBER] at the start?', 'yes, [NI_NUMBER]']),
    ([(A, 'national insurance number please'), (C, "w t as in tango, hang on it's on my payslip somewhere, four one, two two"), (A, 'okay'), (C, 'six nought b as in bravo'), (A, 'and just to double check the start was w t?'), (C, "that's it yeah")],
     ['national insurance number please', "[NI_NUMBER], hang on it's on my payslip somewhere, [NI_NUMBER]", 'okay', '[NI_NUMBER]', 'and just to double check the start was [NI_NUMBER]?', "that's it yeah"]),
    ([(C, 'my flight BA4564 from gate B3, seat 29B, booking Y9P5MT')],
     ['my flight BA4564 from gate B3, seat 29B, booking Y9P5MT']),
    ([(A, 'Your PNR is EM292075D.'), (C, "thanks, that's not my national insurance number is it? just the PNR?")],
     ['Your PNR is EM292075D.', "thanks, that's not my national insurance number is it? just the PNR?"]),
    ([(A, 'Customer Care | Registered in England No. 68219863 | VAT GB 624468040')],
     ['Customer Care | Registered in England No. 68219863 | VAT GB 624468040']),
    ([(A, 'thanks for calling anglia water'), (C, 'and my account number is on the bill as customer ref 04590800821?')],
     ['thanks for calling anglia water', 'and my account number is on the bill as customer ref 04590800821?']),
    ([(C, 'the serial number on the back of the router is four hundred and sixty one five, two double eight oh six forty seven eight, one double eight three and model WM-502'), (A, 'thanks, not your bank card, just the serial')],
     ['the serial number on the back of the router is four hundred and sixty one five, two double eight oh six forty seven eight, one double eight three and model WM-502', 'thanks, not your bank card, just the serial']),
    ([(C, 'Tracking: 1ZMKFMGL7962591566. Ticket INC2038076. Txn id 843187150161047262')],
     ['Tracking: 1ZMKFMGL7962591566. Ticket INC2038076. Txn id 843187150161047262']),
    ([(C, 'yes, hello, my daughter said to ring you.'), (A, 'hello, how can I help today?'), (C, "I've been with you since 2012, my husband opened it in twenty twelve."), (A, 'what was that, love?'), (C, 'my husband opened it in twenty twelve, love.')],
     ['yes, hello, my daughter said to ring you.', 'hello, how can I help today?', "I've been with you since 2012, my husband opened it in twenty twelve.", 'what was that, love?', 'my husband opened it in twenty twelve, love.']),
    ([(C, 'can you check the card ending 4116, it got declined'), (A, 'yes the card ending in 4116 expired, so the payment of 42.99 bounced')],
     ['can you check the card ending 4116, it got declined', 'yes the card ending in 4116 expired, so the payment of 42.99 bounced']),
    ([(C, 'The accident was on the I-95 near Mill Road in 2018, the car is a 2014 Honda Civic')],
     ['The accident was on the I-95 near Mill Road in 2018, the car is a 2014 Honda Civic']),
    ([(C, 'Hi, re my tax code letter. N.I. JT412296B'), (A, "Thanks, I've found your record.")],
     ['Hi, re my tax code letter. N.I. [NI_NUMBER]', "Thanks, I've found your record."]),

    ([(C, 'my social is three one two, four four, um one zero eight oh'), (A, 'okay i have three one two, four four, one zero eight six'), (C, 'no, the last one is oh, so it ends eight oh'), (A, 'got it, thank you')],
     ['my social is [SSN]', 'okay i have [SSN]', 'no, the last one is [SSN], so it ends [SSN]', 'got it, thank you']),
    ([(A, 'and the long number on the card?'), (C, 'four nine two nine, eight eight zero one, three three four five, two seven four one'), (A, "thanks, that's gone through on the card ending two seven hundred forty one")],
     ['and the long number on the card?', '[CARD_NUMBER]', "thanks, that's gone through on the card ending [CARD_NUMBER]"]),
    ([(A, 'and your national insurance number?'), (C, "it's tea dubya one two, three four, five six c")],
     ['and your national insurance number?', "it's [NI_NUMBER]"]),
    ([(A, "what's your ni number please?"), (C, 'ess hey four two seven seven nine one b')],
     ["what's your ni number please?", '[NI_NUMBER]']),
    ([(A, "what's your ni number please?"), (C, "it's he zee eighty six four nil three six dee")],
     ["what's your ni number please?", "it's [NI_NUMBER]"]),
    ([(C, 'forty five eight o'), (A, 'four five eight o ok'), (C, 'nine o five four'), (A, 'nine o five four yep'), (C, 'then double three o four'), (A, 'double three o four'), (C, 'then two eight one nine'), (A, 'two eight one nine yep'), (C, 'next is nine five nine'), (A, 'nine five nine')],
     ['[CARD_NUMBER]', '[CARD_NUMBER] ok', '[CARD_NUMBER]', '[CARD_NUMBER] yep', 'then [CARD_NUMBER]', '[CARD_NUMBER]', 'then [CARD_NUMBER]', '[CARD_NUMBER] yep', 'next is [CARD_NUMBER]', '[CARD_NUMBER]']),
    ([(A, 'could i take your national insurance number?'), (C, "yes it's p r,"), (A, 'mhm'), (C, 'one two'), (A, 'go on'), (C, 'three four five six'), (A, 'take your time'), (C, "um, sorry, c... sorry, it's been a long day")],
     ['could i take your national insurance number?', "yes it's [NI_NUMBER]", 'mhm', '[NI_NUMBER]', 'go on', '[NI_NUMBER]', 'take your time', "um, sorry, [NI_NUMBER]... sorry, it's been a long day"]),
    ([(A, 'and can i take the end date on the card please?'), (C, "yes, i've got it in front of me now. oh four, um, twenty nine")],
     ['and can i take the end date on the card please?', "yes, i've got it in front of me now. [EXPIRY]"]),
    ([(A, "what's the expiry on it?"), (C, "hang on, i've just got to find my glasses... right, it's oh six thirty, i think")],
     ["what's the expiry on it?", "hang on, i've just got to find my glasses... right, it's [EXPIRY], i think"]),
    ([(A, 'and the expiry date please?'), (C, 'march twenty eight'), (A, "sorry, the line's bad, could you say that again?"), (C, 'march twenty eight')],
     ['and the expiry date please?', '[EXPIRY]', "sorry, the line's bad, could you say that again?", '[EXPIRY]']),
    ([(A, 'could you confirm the end date on the card?'), (C, 'oh, yes. eleven, um, thirty one'), (A, 'sorry, could you repeat the last part?'), (C, 'eleven, um, thirty one')],
     ['could you confirm the end date on the card?', 'oh, yes. [EXPIRY]', 'sorry, could you repeat the last part?', '[EXPIRY]']),
    ([(A, 'can you confirm your date of birth please'), (C, "it's the third of may nineteen seventy one"), (A, 'sorry, the line dropped, was that may nineteen seventy one?'), (C, 'yes, the third of may'), (A, 'thanks, and your appointment is on the fifth of june')],
     ['can you confirm your date of birth please', "it's [DOB]", 'sorry, the line dropped, was that [DOB]?', 'yes, [DOB]', 'thanks, and your appointment is on the fifth of june']),
    ([(A, "what's the best number to reach you on"), (C, 'oh one six one, four nine six, double two eight three'), (A, "and that's all of it?"), (C, 'yes, it ends eight three')],
     ["what's the best number to reach you on", '[PHONE]', "and that's all of it?", 'yes, it ends [PHONE]']),
    ([(A, 'and a contact number?'), (C, 'oh seven seven one two, three four five, six oh nine'), (A, 'lovely'), (C, 'the last bit is oh nine, people always get that wrong')],
     ['and a contact number?', '[PHONE]', 'lovely', 'the last bit is [PHONE], people always get that wrong']),
    ([(C, 'card is 4897 9346 0664 6592 valid til 09/30, thanks')],
     ['card is [CARD_NUMBER] valid til [EXPIRY], thanks']),
    ([(C, 'the parcel was due on the 12th and the order ends in 45, can you check?')],
     ['the parcel was due on the 12th and the order ends in 45, can you check?']),

    ([(A, 'have you got your bank card with you'), (C, "i have but i'd rather not read it out, the reference number on the invoice is forty two ten, sixty one eighteen, three three nine five, two two oh six"), (A, "no problem, i don't need the card number. so forty two ten, sixty one eighteen, three three nine five, two two oh six, and the card ending one one four four")],
     ['have you got your bank card with you', "i have but i'd rather not read it out, the reference number on the invoice is forty two ten, sixty one eighteen, three three nine five, two two oh six", "no problem, i don't need the card number. so forty two ten, sixty one eighteen, three three nine five, two two oh six, and the card ending one one four four"]),
    ([(A, "can you read me your plan number, it's not your social, it's on the letter"), (C, 'oh right yeah, four one two, seven seven, three oh nine one')],
     ["can you read me your plan number, it's not your social, it's on the letter", 'oh right yeah, four one two, seven seven, three oh nine one']),
    ([(A, 'have you got the provider number there, not your social security number'), (C, 'yes, 412-77-3091')],
     ['have you got the provider number there, not your social security number', 'yes, 412-77-3091']),
    ([(A, 'is that your national insurance number?'), (C, "no sorry that's something else, jk 12 34 56 t, i haven't got the ni one with me")],
     ['is that your national insurance number?', "no sorry that's something else, jk 12 34 56 t, i haven't got the ni one with me"]),
    ([(A, 'can i take the long card number please'), (C, 'for five one nine nine sicks won nine eight tree nine one for five four nine')],
     ['can i take the long card number please', '[CARD_NUMBER]']),
    ([(A, 'for the pension claim i need your n i number'), (C, "it's ess for sam, tee for tom, four one, two two, three nine, see for cat")],
     ['for the pension claim i need your n i number', "it's [NI_NUMBER]"]),
    ([(A, 'for the housing claim i need your n i number'), (C, "it's aitch elle 406610 bee i believe")],
     ['for the housing claim i need your n i number', "it's [NI_NUMBER] i believe"]),
    ([(A, 'and your national insurance number please'), (C, 'z of zebra k as in king one two three four five six a of apple')],
     ['and your national insurance number please', '[NI_NUMBER]']),
    ([(A, 'card number please'), (C, 'five zero one one five two four four nine three nine zero nueve dos seis seis')],
     ['card number please', '[CARD_NUMBER]']),
    ([(C, 'The long number on the letter is 6263 4468 6461 0025, it says reference at the top'), (A, "Yes that's your reference")],
     ['The long number on the letter is 6263 4468 6461 0025, it says reference at the top', "Yes that's your reference"]),
    ([(C, 'The receipt says transaction 841678590398, and I paid with the card ending 5525')],
     ['The receipt says transaction 841678590398, and I paid with the card ending 5525']),
    ([(A, 'and the meter serial number on the front'), (C, "it's e six s nine eight one two o two nine eight eight one")],
     ['and the meter serial number on the front', "it's e six s nine eight one two o two nine eight eight one"]),
    ([(C, 'card is 5011 5244 9390 9266'), (A, "Thanks. I've got **** **** **** 9266, is that right?"), (C, 'yes')],
     ['card is [CARD_NUMBER]', "Thanks. I've got **** **** **** [CARD_NUMBER], is that right?", 'yes']),
    ([(A, "i'll need your ni number"), (C, 'p for papa r for romeo fifty nine double nine fifty eight a for alpha'), (A, 'sorry, which bit was after the letters?'), (C, 'fifty nine, double nine, fifty eight'), (A, 'lovely, and it ends a?'), (C, 'yes')],
     ["i'll need your ni number", '[NI_NUMBER]', 'sorry, which bit was after the letters?', '[NI_NUMBER]', 'lovely, and it ends [NI_NUMBER]?', 'yes']),
    ([(C, "four three five hang on that's wrong, four three four one six seven two one one zero six eight four zero three eight")],
     ["[CARD_NUMBER] hang on that's wrong, [CARD_NUMBER]"]),
    ([(C, "it's four two seven five five eight two eight two three five seven four one six two"), (A, 'sorry you broke up after four two seven five'), (C, "after that it's five eight two eight two three five seven four one six two")],
     ["it's [CARD_NUMBER]", 'sorry you broke up after [CARD_NUMBER]', "after that it's [CARD_NUMBER]"]),
    ([(C, "s g seven eight nine three eight four and then d, that's it")],
     ["[NI_NUMBER], that's it"]),
    ([(C, 'can you put that on the account'), (A, 'of course, so the tracking number is one z two oh eight three nine seven five seven')],
     ['can you put that on the account', 'of course, so the tracking number is one z two oh eight three nine seven five seven']),
    ([(C, 'yeah the order reference is four four one two'), (A, 'and then'), (C, "three one three four one two five two four two seven three one six that's the order reference")],
     ['yeah the order reference is four four one two', 'and then', "three one three four one two five two four two seven three one six that's the order reference"]),
    ([(C, "the letter has it, b bravo h hotel four five one two nine eight d delta, that's my ni number")],
     ["the letter has it, [NI_NUMBER], that's my ni number"]),
    ([(C, "four two six no wait that's my husband's, five one eight, two two, nine oh four one"), (A, 'okay thank you')],
     ["[SSN] no wait that's my husband's, [SSN]", 'okay thank you']),
    ([(C, "j k oh four sorry that's not right, j k, oh four seven seven one two a")],
     ["[NI_NUMBER] sorry that's not right, [NI_NUMBER]"]),
    ([(C, 'its t m, four nine, um, one two, three three b'), (A, 'thats t n 491233 b'), (C, 'no mike not november'), (A, 'sorry, t for tango m for mike four nine one two three three b')],
     ['its [NI_NUMBER]', 'thats [NI_NUMBER]', 'no [NI_NUMBER] not [NI_NUMBER]', 'sorry, [NI_NUMBER]']),
    ([(C, 'its five two one eight zero nine six seven nine two nine zero eight one zero zero'), (A, 'sorry you broke up after zero eight one zero zero'), (C, 'after that its zero eight one zero zero')],
     ['its [CARD_NUMBER]', 'sorry you broke up after [CARD_NUMBER]', 'after that its [CARD_NUMBER]']),
    ([(C, 'its s m, five seven nine, one eight eight d'), (A, 'right, thats s v 579188 d'), (C, 'no m for mike not victor')],
     ['its [NI_NUMBER]', 'right, thats [NI_NUMBER]', 'no [NI_NUMBER] not [NI_NUMBER]']),
    ([(C, 'five two eight one'), (A, 'go on'), (C, 'four four six nine and sorting code 20 41 77')],
     ['[BANK_ACCOUNT]', 'go on', '[BANK_ACCOUNT] and sorting code [SORT_CODE]']),
    ([(A, 'and your date of birth please'), (C, 'geboren, er, born 5. February 1990')],
     ['and your date of birth please', 'geboren, er, born [DOB]']),
    ([(A, 'card number please'), (C, 'four two eight six four five seven eight six five seven'), (A, 'take your time'), (C, 'sorry, six four zero one two'), (A, 'thanks, i had six four zero one three at the end, trying again')],
     ['card number please', '[CARD_NUMBER]', 'take your time', 'sorry, [CARD_NUMBER]', 'thanks, i had [CARD_NUMBER] at the end, trying again']),
    ([(C, 'its t m four two... er sixty one three three and then c'), (A, 'thats T N 426133 C'), (C, 'no m not n')],
     ['its [NI_NUMBER]', 'thats [NI_NUMBER]', 'no [NI_NUMBER] not [NI_NUMBER]']),
    ([(C, 'Hello, paying the outstanding invoice. its 4443  1735  76081')],
     ['Hello, paying the outstanding invoice. its [CARD_NUMBER]']),
    ([(C, 'Hi, settling the last invoice. cc# 5246 875790 976425')],
     ['Hi, settling the last invoice. cc# [CARD_NUMBER]']),
    ([(A, 'the ticket number is nineteen digits, ready?'), (C, 'go on'), (A, "4275 5828 2357 4162 998, that's your complaint ticket, not your card")],
     ['the ticket number is nineteen digits, ready?', 'go on', "4275 5828 2357 4162 998, that's your complaint ticket, not your card"]),
    ([(A, 'brightline mobile chat support, sam here.'), (C, "hi, it's about my direct debit"), (A, 'your direct debit comes out on fourteen o nine twenty six')],
     ['brightline mobile chat support, sam here.', "hi, it's about my direct debit", 'your direct debit comes out on fourteen o nine twenty six']),
    ([(A, 'can i get your social security number please'), (C, "yeah, it's four oh three,"), (A, 'no rush'), (C, 'seven one, have I done that bit?'), (A, "you'd got as far as seven one"), (C, 'oh yes, right and then seven oh nine four')],
     ['can i get your social security number please', "yeah, it's [SSN],", 'no rush', '[SSN], have I done that bit?', "you'd got as far as [SSN]", 'oh yes, right and then [SSN]']),
    ([(A, 'and the full ssn please'), (C, "it's not mine, it's my dad's account, he's right here"), (A, "okay, could he confirm he's happy for you to speak for him"), (C, "yes he says that's fine"), (C, 'uh three uh one four'), (A, 'and then'), (C, 'fifty two'), (A, 'and then'), (C, 'seven seven oh one'), (A, 'so ending in seven seven oh one, got it')],
     ['and the full ssn please', "it's not mine, it's my dad's account, he's right here", "okay, could he confirm he's happy for you to speak for him", "yes he says that's fine", '[SSN]', 'and then', '[SSN]', 'and then', '[SSN]', 'so ending in [SSN], got it']),
    ([(A, "what's your policy number"), (C, "it's on the letter, z r"), (A, 'right'), (C, 'four four one two oh nine c')],
     ["what's your policy number", "it's on the letter, z r", 'right', 'four four one two oh nine c']),
    ([(C, 'Hi, my phone is locked. router S/N 517744938201265577')],
     ['Hi, my phone is locked. router S/N 517744938201265577']),
    ([(A, 'card number please'), (C, 'je suis français, ok: cinq cinq zéro huit, zéro un sept cinq, zéro cinq sept zéro, zéro trois cinq un')],
     ['card number please', 'je suis français, ok: [CARD_NUMBER]']),
    ([(A, 'the card number please'), (C, 'ok the card... quatro quatro dois sete, nine five eight two, zero nove seis sete, two three six five')],
     ['the card number please', 'ok the card... [CARD_NUMBER]']),
    ([(A, 'national insurance number please'), (C, 'x comme xavier g seven one five six six nine b')],
     ['national insurance number please', '[NI_NUMBER]']),
    ([(A, 'national insurance number please'), (C, 'ok, m wie martha y wie ypsilon eight eight four four oh five anton')],
     ['national insurance number please', 'ok, [NI_NUMBER]']),
    ([(A, 'and your national insurance number'), (C, "it's p torino seven four four five one zero d")],
     ['and your national insurance number', "it's [NI_NUMBER]"]),
    ([(A, "hiya you're through to vantage mobile how can i help"), (C, 'I ordered 3 x item 16259640 at $90.21 each, and the parcel is due 5 sept 2024')],
     ["hiya you're through to vantage mobile how can i help", 'I ordered 3 x item 16259640 at $90.21 each, and the parcel is due 5 sept 2024']),
    ([(C, 'the parcel ID is 05203145801'), (A, 'and the warehouse batch is zero seven five nine six zero double five one six four')],
     ['the parcel ID is 05203145801', 'and the warehouse batch is zero seven five nine six zero double five one six four']),
    ([(A, 'i just need the ni number please'), (C, 'right so wye h o'), (A, 'mhm'), (C, '9'), (A, 'yeah got that'), (C, '2 0 forty b for bravo')],
     ['i just need the ni number please', 'right so [NI_NUMBER]', 'mhm', '[NI_NUMBER]', 'yeah got that', '[NI_NUMBER]']),
    ([(A, 'and whats the national insurance number please'), (C, 'um it is j k double o sorry hang on the dogs going mad to four two be')],
     ['and whats the national insurance number please', 'um it is [NI_NUMBER] sorry hang on the dogs going mad [NI_NUMBER]']),
    ([(A, 'can i take the tracking number please'), (C, 'yeah the tracking number is three'), (A, 'and then'), (C, 'eighteen nine hundred and seven'), (A, 'mhm'), (C, 'two two seven one oh four uhh eight three')],
     ['can i take the tracking number please', 'yeah the tracking number is three', 'and then', 'eighteen nine hundred and seven', 'mhm', 'two two seven one oh four uhh eight three']),
    ([(A, "and what's the long number on the card please"), (C, 'so three seven zero six'), (A, 'uh huh'), (C, "then fifteen six eight zero nine five three seven five, hang on the light's bad, six"), (A, "one sec, the system's slow today")],
     ["and what's the long number on the card please", 'so [CARD_NUMBER]', 'uh huh', "then [CARD_NUMBER], hang on the light's bad, [CARD_NUMBER]", "one sec, the system's slow today"]),
    ([(A, "right, i'll need to take the card details for that"), (C, 'ok, you ready?'), (A, 'go ahead'), (C, 'four'), (A, 'go on'), (C, 'two four erm oh five uh nine nine five nine three eight nine one seven four three'), (A, 'oh sorry, card payments are done by our billing team, let me transfer you'), (C, 'fine'), (A, "hi, you're through to payments, tom speaking, can i get the long card number please"), (C, 'again? ok, forty two'), (A, 'okay, next bit'), (C, 'four nought um five double nine five nine three eight umm nine one seven'), (A, 'right'), (C, 'four three')],
     ["right, i'll need to take the card details for that", 'ok, you ready?', 'go ahead', '[CARD_NUMBER]', 'go on', '[CARD_NUMBER]', 'oh sorry, card payments are done by our billing team, let me transfer you', 'fine', "hi, you're through to payments, tom speaking, can i get the long card number please", 'again? ok, [CARD_NUMBER]', 'okay, next bit', '[CARD_NUMBER]', 'right', '[CARD_NUMBER]']),
    ([(A, 'lakeview dental billing, how can i help'), (C, 'can you read me the customer reference on the letter? it says 412 558 9031')],
     ['lakeview dental billing, how can i help', 'can you read me the customer reference on the letter? it says 412 558 9031']),
    ([(C, "My policy ref is KT 41 72 09 B (it looks like an NI number but it's the policy)"), (A, 'Thanks, policy KT 41 72 09 B renews on 12/03/2026.')],
     ["My policy ref is KT 41 72 09 B (it looks like an NI number but it's the policy)", 'Thanks, policy KT 41 72 09 B renews on 12/03/2026.']),
    ([(C, "i've got a letter here, not my national insurance number, the reference at the top, h p two two erm sixty one, forty four, c")],
     ["i've got a letter here, not my national insurance number, the reference at the top, h p two two erm sixty one, forty four, c"]),
    ([(C, 'Batch code 14-88-52 on the bank letter, what does it mean?')],
     ['Batch code 14-88-52 on the bank letter, what does it mean?']),
    ([(A, 'okay whats the account number on the statement'), (C, 'the statement number two four four one eight six, seven seven two nine')],
     ['okay whats the account number on the statement', 'the statement number two four four one eight six, seven seven two nine']),
    ([(C, 'x j seventy seven seven one twenty five b'), (A, 'sorry was that j for jack or e for echo?'), (C, 'the first one, juliet')],
     ['[NI_NUMBER]', 'sorry was that [NI_NUMBER] or e for echo?', 'the first one, [NI_NUMBER]']),
    ([(A, 'your appointment is on the third of may'), (C, 'and the direct debit comes out on 05.08.33?')],
     ['your appointment is on the third of may', 'and the direct debit comes out on 05.08.33?']),
    ([(A, 'read me the gift card code'), (C, 'o nine sixty two'), (A, 'ok next four'), (C, 'oh three oh nine'), (A, 'mhm'), (C, 'six two four eight'), (A, 'ok next four'), (C, 'four one six five'), (A, 'yeah go ahead'), (C, 'thirty five two'), (A, 'that voucher has 99 pounds left on it')],
     ['read me the gift card code', 'o nine sixty two', 'ok next four', 'oh three oh nine', 'mhm', 'six two four eight', 'ok next four', 'four one six five', 'yeah go ahead', 'thirty five two', 'that voucher has 99 pounds left on it']),
    ([(A, 'Your payment method on file: 4412 **** **** 7720, exp **/**'), (C, 'ok and the account ending in 0429 is the other one')],
     ['Your payment method on file: 4412 **** **** 7720, exp **/**', 'ok and the account ending in 0429 is the other one']),
    ([(C, 'How long is left on my contract? Account ref ACC-508817342.')],
     ['How long is left on my contract? Account ref ACC-508817342.']),

    # batch 415-422 (scored once on d2eb4c4)
    # a card read back piece by piece after it was read, one piece misheard and put right
    ([(C, 'my card number is five nine five four oh double two oh five eight seven nine one five eight two'), (A, "right, i'm going to read it back to you in fours"), (A, 'five nine five four?'), (C, 'mhm'), (A, 'zero two two zero?'), (C, 'mhm'), (A, 'five eight seven nine yeah?'), (C, 'mhm'), (A, 'one five eight three?'), (C, 'no, one five eight two'), (A, 'one five eight two, sorry')],
     ['my card number is [CARD_NUMBER]', "right, i'm going to read it back to you in fours", '[CARD_NUMBER]?', 'mhm', '[CARD_NUMBER]?', 'mhm', '[CARD_NUMBER] yeah?', 'mhm', '[CARD_NUMBER]?', 'no, [CARD_NUMBER]', '[CARD_NUMBER], sorry']),
    # the same, the misheard piece put right in the caller's turn
    ([(C, 'my card number is four six two seven oh six double two three oh one two eight nine one five'), (A, "right, i'm going to read it back to you in fours"), (A, 'four six two seven'), (C, 'mhm'), (A, 'zero six two three?'), (C, 'no, zero six two two'), (A, 'zero six two two, sorry'), (A, 'three zero one two yeah?'), (C, 'mhm'), (A, 'eight nine one five')],
     ['my card number is [CARD_NUMBER]', "right, i'm going to read it back to you in fours", '[CARD_NUMBER]', 'mhm', '[CARD_NUMBER]?', 'no, [CARD_NUMBER]', '[CARD_NUMBER], sorry', '[CARD_NUMBER] yeah?', 'mhm', '[CARD_NUMBER]']),
    # a card reader's serial number, its length said in the question: no card
    ([(A, 'could you read me the serial number on the card machine, it is sixteen digits'), (C, '5502'), (A, 'ok'), (C, '4018'), (A, 'yep'), (C, '1644'), (A, 'go on'), (C, '4121')],
     ['could you read me the serial number on the card machine, it is sixteen digits', '5502', 'ok', '4018', 'yep', '1644', 'go on', '4121']),
    # a card's ending said back with 'hundred' in it (3405)
    ([(A, 'go ahead with the long number'), (C, 'four five three two one eight seven six nine zero one two three four oh five'), (A, "thanks, that's the card ending three four hundred five")],
     ['go ahead with the long number', '[CARD_NUMBER]', "thanks, that's the card ending [CARD_NUMBER]"]),
    # an NI number's letters as spelling-alphabet names alone
    ([(A, 'can i take your national insurance number please'), (C, 'harry peter'), (A, 'mhm'), (C, 'four eight two nine one seven'), (A, 'and the letter'), (C, 'c')],
     ['can i take your national insurance number please', '[NI_NUMBER]', 'mhm', '[NI_NUMBER]', 'and the letter', '[NI_NUMBER]']),
    # an order number said again when asked to repeat it: still the order number
    ([(A, 'okay your order number is double five oh two four oh one eight one six four four four one two one'), (C, 'sorry can you say that again'), (A, 'sure, fifty five oh two forty eighteen sixteen forty four forty one twenty one')],
     ['okay your order number is double five oh two four oh one eight one six four four four one two one', 'sorry can you say that again', 'sure, fifty five oh two forty eighteen sixteen forty four forty one twenty one']),
    # an NI number's letters spelled, an aside with no comma before it, then the rest
    ([(C, 'h for harry, p as in peter hang on, it is on my payslip, four eight two nine one seven c for charlie'), (A, 'thanks')],
     ['[NI_NUMBER] hang on, it is on my payslip, [NI_NUMBER]', 'thanks']),
    # a reference's start said before it ("starts 10") is no other number between its name and it: a card ending after
    # it is no card's end
    ([(A, "the supply number on the letter starts 10, it's 10370252816"), (C, 'and the card ending four four one two got declined')],
     ["the supply number on the letter starts 10, it's 10370252816", 'and the card ending four four one two got declined']),
    # a card read back whole with its last group misheard, then put right: the misheard group said again goes too
    ([(C, 'okay its four nine one six two two zero eight three one four five six seven eight four'), (A, 'let me just read that back four nine one six two two zero eight three one four five six seven eight five'), (C, 'no the last bit is six seven eight four not six seven eight five'), (A, 'sorry about that so thats 4916 2208 3145 6784')],
     ['okay its [CARD_NUMBER]', 'let me just read that back [CARD_NUMBER]', 'no the last bit is [CARD_NUMBER] not [CARD_NUMBER]', 'sorry about that so thats [CARD_NUMBER]']),
    # batch 423-430 (scored once on 303a444)
    # an NI number's suffix alone at the end of the turn, after an aside
    ([(A, "what's your national insurance number"), (C, 'kilo, lima four two, um, seven one, three three ... sorry i had it on my payslip ... bravo')],
     ["what's your national insurance number", '[NI_NUMBER] ... sorry i had it on my payslip ... [NI_NUMBER]']),
    # 'aitch am': M as 'am'
    ([(A, 'your national insurance number when you are ready'), (C, 'aitch am ... two hundred and fifty one'), (A, 'uh huh'), (C, 'four eight three b for bravo')],
     ['your national insurance number when you are ready', '[NI_NUMBER]', 'uh huh', '[NI_NUMBER]']),
    # 'see cee': C as 'cee'
    ([(A, 'and your national insurance number'), (C, 'okay see cee six one four two eight nine a')],
     ['and your national insurance number', 'okay [NI_NUMBER]']),
    # the letter O as 'oh' before the second letter
    ([(A, 'national insurance number please'), (C, 'oh pee ... one two three'), (A, 'okay'), (C, 'four five six b')],
     ['national insurance number please', '[NI_NUMBER]', 'okay', '[NI_NUMBER]']),
    # the second letter misheard as a short word ('en and')
    ([(A, 'national insurance number when you are ready'), (C, 'en and um two four six'), (A, 'uh huh'), (C, 'one three five see')],
     ['national insurance number when you are ready', '[NI_NUMBER]', 'uh huh', '[NI_NUMBER]']),
    # NI words said as not wanted: the reference asked for instead
    ([(A, "i don't need your national insurance number, just the payroll reference"), (C, "it's kilo lima, two four, six one oh eight, slash 02")],
     ["i don't need your national insurance number, just the payroll reference", "it's kilo lima, two four, six one oh eight, slash 02"]),
    # a boarding card's number
    ([(C, 'the number on my boarding card is'), (A, 'go on'), (C, 'double five oh two, er, four oh eighteen sixteen, er, four four four one two one'), (A, 'thanks, that is the voucher number')],
     ['the number on my boarding card is', 'go on', 'double five oh two, er, four oh eighteen sixteen, er, four four four one two one', 'thanks, that is the voucher number']),
    # a member i d (the letters spelled) from a card
    ([(A, 'can i have the member i d from the card'), (C, 'sure, the member i d is four one two, six six, nine zero one three')],
     ['can i have the member i d from the card', 'sure, the member i d is four one two, six six, nine zero one three']),
    # 'the last four are' after 'has expired': no expiry
    ([(A, 'the card ending four four one two has expired'), (C, 'yes, the last four are four four one two, and the charge was 52 pounds 10')],
     ['the card ending four four one two has expired', 'yes, the last four are four four one two, and the charge was 52 pounds 10']),
    # a router model's code with letters and a hyphen: no expiry
    ([(A, 'the code expires in 10 minutes'), (C, 'the router model is TP-1127 and it keeps dropping')],
     ['the code expires in 10 minutes', 'the router model is TP-1127 and it keeps dropping']),
    # batch 431-438 (scored once on 38b153b)
    # an NI number read in pieces with letters' names, read back whole: the pieces go with it
    ([(C, "it's jay kay"), (A, 'yep'), (C, 'fifty one twenty eight four six'), (A, 'and the letter at the end'), (C, 'bee for bravo'), (A, 'so i have j k five one two eight four six b')],
     ["it's [NI_NUMBER]", 'yep', '[NI_NUMBER]', 'and the letter at the end', '[NI_NUMBER]', 'so i have [NI_NUMBER]']),
    # the same with 'double you em'
    ([(C, "it's double you em"), (A, 'uh huh'), (C, 'thirty one six twenty four nine'), (A, 'and the letter at the end'), (C, 'um a'), (A, 'so i have w m three one six two four nine a')],
     ["it's [NI_NUMBER]", 'uh huh', '[NI_NUMBER]', 'and the letter at the end', '[NI_NUMBER]', 'so i have [NI_NUMBER]']),
    # a block of a card read back with one digit wrong, and the caller's correction (the digit said again, "one not two", goes with it)
    ([(C, "okay so it's four nine one six, two two zero eight three one, four five six seven eight four"), (A, 'sorry, was the second block two two zero eight three two?'), (C, 'no, two two zero eight three one, one not two'), (A, 'got it, so the full number is forty nine sixteen, twenty two oh eight thirty one, forty five sixty seven eighty four')],
     ["okay so it's [CARD_NUMBER]", 'sorry, was the second block [CARD_NUMBER]?', 'no, [CARD_NUMBER] not two', 'got it, so the full number is [CARD_NUMBER]']),
    # a card's last four said again as a turn of their own
    ([(C, 'right, forty nine sixteen, twenty two oh eight, thirty one forty five, sixty seven eighty four'), (A, 'lovely, and just the last four again?'), (C, 'six seven eight four')],
     ['right, [CARD_NUMBER]', 'lovely, and just the last four again?', '[CARD_NUMBER]']),
    # a one-time verification code is no card's: the price after it is no CVV
    ([(A, 'your verification code is three one, four four, seven two, it expires in five minutes'), (C, 'ok and the price was fifty five ninety nine')],
     ['your verification code is three one, four four, seven two, it expires in five minutes', 'ok and the price was fifty five ninety nine']),
    # two card endings offered and confirmed one after another: no card read (found by the long-call check)
    ([(A, 'which card would you like to use, the one ending three four one two?'), (C, 'yes, thirty four twelve'), (A, 'or the one ending seven seven zero nine?'), (C, 'no, seventy seven oh nine is fine')],
     ['which card would you like to use, the one ending three four one two?', 'yes, thirty four twelve', 'or the one ending seven seven zero nine?', 'no, seventy seven oh nine is fine']),
    # 'sorry about that' is no correction, '6,092 calls' no piece of a card (set 433's negatives joined in the long-call check)
    ([(A, "your complaint reference is zero seven nine seven zero four five oh two five nine, it starts with a zero but it's not a phone number"), (C, "ok and you said it'd be 11 working days"), (A, "yes, up to 7, and we've had 6,092 calls today"), (C, "Order #3198 2271 8392 4831 hasn't arrived"), (A, 'Sorry about that. Tracking JD050338298333537387, invoice INV-2026-30980, claim 883-82-9098.'), (C, 'Thanks. Card on the order ends 1881')],
     ["your complaint reference is zero seven nine seven zero four five oh two five nine, it starts with a zero but it's not a phone number", "ok and you said it'd be 11 working days", "yes, up to 7, and we've had 6,092 calls today", "Order #3198 2271 8392 4831 hasn't arrived", 'Sorry about that. Tracking JD050338298333537387, invoice INV-2026-30980, claim 883-82-9098.', 'Thanks. Card on the order ends 1881']),
    # 'one second' after a tens word is a pause, not its unit: 'twenty' ends the card's first half
    ([(A, 'thanks for calling, how can i help'), (C, 'okay tree seven three five ninety three twenty one second my glasses sixteen eighty seven hmm seven six four')],
     ['thanks for calling, how can i help', 'okay [CARD_NUMBER] one second my glasses [CARD_NUMBER]']),
    # 'it's s c …' with a letter after the digits is a code in an NI number's shape, no sort code ('s c')
    ([(A, 'can you give me the policy number, it starts with two letters'), (C, "yeah it's s charlie three eight, thirty five two oh c, that's the policy number not my national insurance")],
     ['can you give me the policy number, it starts with two letters', "yeah it's s charlie three eight, thirty five two oh c, that's the policy number not my national insurance"]),
    # a read-back of a card's first half that asks for the rest ('… and then'): the caller's next turn is the rest
    ([(C, "it's going on my son's card"), (A, 'no problem take your time'), (C, 'right she says forty five fifty six, erm five one two nine'), (A, 'thanks for holding so i had forty five fifty six ... five one two nine and then'), (C, 'eighty two forty one two three four two i think')],
     ["it's going on my son's card", 'no problem take your time', 'right she says [CARD_NUMBER]', 'thanks for holding so i had [CARD_NUMBER] and then', '[CARD_NUMBER] i think']),
    # a warning that names the card number and the cvv asks for neither: the caller's last four are no code
    ([(A, 'Reminder: we will never ask for your full card number, CVV or PIN.'), (C, 'ok last 4 = 6938')],
     ['Reminder: we will never ask for your full card number, CVV or PIN.', 'ok last 4 = 6938']),
    # a model's letters before three digits read off the back of a boiler: no CVV
    ([(A, 'can you read me the serial number on the back of the boiler'), (C, 'serial number 368740960649, model XR 750 B')],
     ['can you read me the serial number on the back of the boiler', 'serial number 368740960649, model XR 750 B']),
    # 'o' glued to a digit ('osix', 'oone') as a recogniser writes it
    ([(A, 'for security can i get your social security number'), (C, "yeah it's eight oone three five sixty one ninety nine")],
     ['for security can i get your social security number', "yeah it's [SSN]"]),
    # the block of a card the agent names as it reads it back wrong, and the caller's fix
    ([(A, 'long number please'), (C, 'five three fifteen eighty seven won fourteen six oh seven, ninety five six four'), (A, 'and the third block was four six three seven?'), (C, 'no no, four six nought seven')],
     ['long number please', '[CARD_NUMBER]', 'and the third block was [CARD_NUMBER]?', 'no no, [CARD_NUMBER]']),
    # a birth date said digit by digit in pieces, and asked for as 'd.o.b'
    ([(A, "and what's your d.o.b"), (C, "yeah it's zero eight ... oh one ... eighty one")],
     ["and what's your d.o.b", "yeah it's [DOB]"]),
    ([(A, 'and can you confirm your date of birth'), (C, 'yeah two four, o one, five six')],
     ['and can you confirm your date of birth', 'yeah [DOB]']),
    # 'right' between a card's pieces: one reading, one redaction
    ([(A, 'could you read me the sixteen digits on the card?'), (C, 'fifty five ninety four ... right ... one eight six seven ... seven six eight three ... seven one two zero')],
     ['could you read me the sixteen digits on the card?', '[CARD_NUMBER]']),
    # a spoken extension after a phone number
    ([(A, "what's a good number to reach you"), (C, 'double three five, nine double six, eleven seventy two and then extension four three seven')],
     ["what's a good number to reach you", '[PHONE]']),
    # both letters of an NI number's prefix run together into a word ('ellie': L E)
    ([(A, 'ok can i take your national insurance number'), (C, 'yeah so ellie sixty-nine four oh twenty two c')],
     ['ok can i take your national insurance number', 'yeah so [NI_NUMBER]']),
    # a homophone ending a read-back ('… four four for right') or before 'oh' ('sixty five for oh')
    ([(A, "to verify i'll need your social security number"), (C, "it's eight hundred and forty one, six oh uh three triple four"), (A, 'and just the last four again? i want to make sure i got thirty four four for right')],
     ["to verify i'll need your social security number", "it's [SSN]", 'and just the last four again? i want to make sure i got [SSN] right']),
    ([(A, 'okay go ahead with the card number when you\'re ready'), (C, 'six seven five nine, two five eight six, nine three five two, oh five oh six, five four oh'), (A, 'the payment on the card ending sixty five for oh is complete')],
     ["okay go ahead with the card number when you're ready", '[CARD_NUMBER]', 'the payment on the card ending [CARD_NUMBER] is complete']),
    # 'five hundred four three …': 500, then digit by digit (an SSN read bare and restarted)
    ([(A, "you've reached billing, how can I help?"), (C, 'five hundred four three no wait i said that wrong five hundred four three thirty one forty three')],
     ["you've reached billing, how can I help?", '[SSN] no wait i said that wrong [SSN]']),
    # a card's last digit as a turn of its own: 'then oh'
    ([(A, "and the card number when you're ready"), (C, 'forty five sixty two, oh two three four'), (A, 'ok'), (C, 'twenty five eighty nine'), (A, 'ok'), (C, 'then oh')],
     ["and the card number when you're ready", '[CARD_NUMBER]', 'ok', '[CARD_NUMBER]', 'ok', 'then [CARD_NUMBER]']),
    # an expiry's year said digit by digit: 'july three oh'
    ([(A, 'and the expiry date?'), (C, "it's july three oh")],
     ['and the expiry date?', "it's [EXPIRY]"]),
    # an extension read in words with hundreds
    ([(A, 'what number should we call you back on'), (C, 'five five five, five five five, sixty eight fifty extension eight hundred and twenty four')],
     ['what number should we call you back on', '[PHONE]']),
    # an NI letter put right after a wrong read-back: 'no b for bravo, sorry', 'no the second letter is x'
    ([(C, 'p y forty seven ninety four thirty b'), (A, 'was that p y four seven nine four three oh d?'), (C, 'no b for bravo, sorry')],
     ['[NI_NUMBER]', 'was that [NI_NUMBER]?', 'no [NI_NUMBER], sorry']),
    ([(A, 'can i take your national insurance number please'), (C, "yeah it's m for mike x six nine nine five nine four a"), (A, "thank you so that's m for mike s sixty nine ninety five ninety four a for alpha"), (C, 'no the second letter is x')],
     ['can i take your national insurance number please', "yeah it's [NI_NUMBER]", "thank you so that's [NI_NUMBER]", 'no the second letter is [NI_NUMBER]']),
    # 'seven ty', 'nine ty': tens a recogniser wrote in two
    ([(A, "what's the long card number please"), (C, 'ok so fortyfour seventy sixty nine seventy two'), (A, 'got that'), (C, 'then three two niner eight...'), (A, 'yeah go ahead'), (C, 'and fifty four ninety-five'), (A, "i've got forty four seven ty sixty nine seventy-two three two nine eight 5495, is that right?")],
     ["what's the long card number please", 'ok so [CARD_NUMBER]', 'got that', 'then [CARD_NUMBER]...', 'yeah go ahead', 'and [CARD_NUMBER]', "i've got [CARD_NUMBER], is that right?"]),
    # an NI prefix misheard after a lead-in ('just to confirm, p age …': P H)
    ([(C, 'ni number papa hotel er one five three five uh four three b'), (A, 'just to confirm, p age one five three five four three b?')],
     ['ni number [NI_NUMBER]', 'just to confirm, [NI_NUMBER]?']),
    # 'a few details to find your …' says what the details are for, not which: an NI number typed after it
    ([(A, 'Can I take a few details to find your gas and electric account?'), (C, "it's yc 120155 d thx")],
     ['Can I take a few details to find your gas and electric account?', "it's [NI_NUMBER] thx"]),
    # a homophone opening a reading right after the value's name
    ([(A, 'brightwater energy, how can i help'), (C, 'social security number tree sixty two...'), (A, 'got that'), (C, 'then oh one four double five nine')],
     ['brightwater energy, how can i help', 'social security number [SSN]...', 'got that', 'then [SSN]']),
    # a card's last digit read back on its own ('then one?')
    ([(C, "it's forty four seventy four sixty two twenty five twenty three forty eight one"), (A, 'four four seven four?'), (C, 'mhm'), (A, 'then six two two five?'), (C, 'correct'), (A, 'two three four eight'), (C, 'mhm'), (A, 'then one?'), (C, 'correct')],
     ["it's [CARD_NUMBER]", '[CARD_NUMBER]?', 'mhm', 'then [CARD_NUMBER]?', 'correct', '[CARD_NUMBER]', 'mhm', 'then [CARD_NUMBER]?', 'correct']),
    # an NI number read with an aside between its digits, its suffix by name ('dee', 'be'), nothing named
    ([(A, 'can i take a few details to find your store card'), (C, "it's z r fifteen, bear with me, 28 61 dee")],
     ['can i take a few details to find your store card', "it's [NI_NUMBER]"]),
    # a card asked for and declined: the amounts and references said after it are no reading (found by the long-call check)
    ([(A, 'can i take the long card number please'), (C, "i'd rather not say it over the phone"), (A, 'the packages are 87, 32 and 54 pounds, with 60, 41 or 36 gigabytes'), (C, 'the fifty nine one then')],
     ['can i take the long card number please', "i'd rather not say it over the phone", 'the packages are 87, 32 and 54 pounds, with 60, 41 or 36 gigabytes', 'the fifty nine one then']),
    ([(A, 'which card is it about'), (C, 'the one ending fifteen seventy four, the debit card'), (A, 'ok the card ending in one five seven four, i can see a payment of forty nine ninety nine on the seventeenth'), (C, 'My son is 6 and he had a temperature of 37.8C'), (A, 'Your plan covers 70% after the deductible of $1500. Statement 8934686277 shows $962.25 due.')],
     ['which card is it about', 'the one ending fifteen seventy four, the debit card', 'ok the card ending in one five seven four, i can see a payment of forty nine ninety nine on the seventeenth', 'My son is 6 and he had a temperature of 37.8C', 'Your plan covers 70% after the deductible of $1500. Statement 8934686277 shows $962.25 due.']),
    ([(A, 'Which card did you use?'), (C, 'card ending in 1657'), (A, 'okay, recovery will be 110 minutes, your breakdown cover number 300080084 covers 5 call outs a year')],
     ['Which card did you use?', 'card ending in 1657', 'okay, recovery will be 110 minutes, your breakdown cover number 300080084 covers 5 call outs a year']),
    # an NI number's W said 'double you', its suffix after '... then', over three turns with nothing named
    ([(A, 'hi'), (C, "it's t uh double you 19 um eightyeight"), (A, 'uh huh'), (C, 'and fifteen...'), (A, 'right'), (C, 'uh then c')],
     ['hi', "it's [NI_NUMBER]", 'uh huh', 'and [NI_NUMBER]', 'right', '[NI_NUMBER]']),
    # an abandoned NI start with its letters said by name goes with the reading after it
    ([(A, 'hi'), (C, "it's k ex er zero... no sorry, let me start again, kilo x nought five 92 eight nine alpha")],
     ['hi', "it's [NI_NUMBER]... no sorry, let me start again, [NI_NUMBER]"]),
    # an SSN read bare in 5 and 4 with 'ugh sorry' between: one reading
    ([(C, 'four three two forty eight ugh sorry seven three six five'), (A, "thanks i've got that")],
     ['[SSN] ugh sorry [SSN]', "thanks i've got that"]),
    # a card on file shown masked, then the full card typed: its last four go with it
    ([(A, 'Card on file: ************7373. Is that the one you want to use?'), (C, 'no that one expired, use 5341877309757373')],
     ['Card on file: [CARD_NUMBER]. Is that the one you want to use?', 'no that one expired, use [CARD_NUMBER]']),
    # the fourth block of a card read in 4-3-3-3 read back wrong, put right, and read back again
    ([(A, 'lovely go ahead'), (C, 'forty nine twenty, zero three five, one one two, uh six one nine'), (A, 'okay just checking, the fourth block was six one oh'), (C, "nope six nineteen the last one's nine not a zero"), (A, 'ah got you so six one nine thank you')],
     ['lovely go ahead', '[CARD_NUMBER]', 'okay just checking, the fourth block was [CARD_NUMBER]', "nope [CARD_NUMBER] the last one's [CARD_NUMBER] not a zero", 'ah got you so [CARD_NUMBER] thank you']),
    # a reference read back in fours and named right after: no card
    ([(A, 'can i take the reference number please'), (C, "yeah it's four three six five ... three one nine zero ... one three six six ... forty six thirty one"), (A, "so four three six five, three one nine oh, one three six six, four six three one that's your reference number yeah")],
     ['can i take the reference number please', "yeah it's four three six five ... three one nine zero ... one three six six ... forty six thirty one", "so four three six five, three one nine oh, one three six six, four six three one that's your reference number yeah"]),
    # an expiry given, taken back and given again in one turn: both dates
    ([(A, 'expiry date'), (C, "oh nine thirty two no sorry that's the old one it's september twenty thirty one")],
     ['expiry date', "[EXPIRY] no sorry that's the old one it's [EXPIRY]"]),
    # a card's last four shown masked and said back: no expiry ("has expired" asks for none)
    ([(A, 'Your card xxxx-xxxx-xxxx-8593 has expired.'), (C, 'yeah eight five nine three')],
     ['Your card xxxx-xxxx-xxxx-8593 has expired.', 'yeah eight five nine three']),
    # an IMEI read out whole after it was asked for, with "not a card number" said after it
    ([(A, 'can you read me the imei on the back of the phone'), (C, 'four one seven four two three three six zero seven five one nine six five'), (A, "thanks, that's the handset, not a card number, we'll block it")],
     ['can you read me the imei on the back of the phone', 'four one seven four two three three six zero seven five one nine six five', "thanks, that's the handset, not a card number, we'll block it"]),
    # a corrected block said back by the agent ('ah zero five six four sorry about that')
    ([(C, "it's six zero one one, six six zero one, six three five five, zero five six four"), (A, 'let me just read that back six zero one one, double six zero one um six three double five, zero five four six'), (C, 'no the last bit is zero five six four'), (A, 'ah zero five six four sorry about that')],
     ["it's [CARD_NUMBER]", 'let me just read that back [CARD_NUMBER]', 'no the last bit is [CARD_NUMBER]', '[CARD_NUMBER] sorry about that']),
    # an SSN's last four read back 'as' them after a hold
    ([(C, "i have his social here"), (A, 'go ahead'), (C, "it's seven three three fifty three hold on my glasses three six eight two"), (A, "thanks for holding, i'm reading the last four as three six eight two")],
     ['i have his social here', 'go ahead', "it's [SSN] hold on my glasses [SSN]", "thanks for holding, i'm reading the last four as [SSN]"]),
    # an NI suffix heard as a rhyming letter, queried and put right
    ([(C, "it's k l ninety one thirty, thirty one e"), (A, 'sorry, was that e for echo?'), (C, "no a for alpha, it's a at the end")],
     ["it's [NI_NUMBER]", 'sorry, was that [NI_NUMBER]?', "no [NI_NUMBER], it's [NI_NUMBER] at the end"]),
    # a second tracking number of 22 digits after a card's masked ending: no card (found by the long-call check)
    ([(A, 'Your card xxxx-xxxx-xxxx-4492 has expired.'), (C, 'the card ending in 4492'), (C, 'tracking: 1ZMCHG464309414864 / alt 6712301387711546790169'), (A, 'That parcel weighs 12.3kg and is at the depot.')],
     ['Your card xxxx-xxxx-xxxx-4492 has expired.', 'the card ending in 4492', 'tracking: 1ZMCHG464309414864 / alt 6712301387711546790169', 'That parcel weighs 12.3kg and is at the depot.']),
    # a reading broken off on "oh hold on sorry" and started again: the "oh" is the caller's, no digit of the card
    ([(A, 'how would you like to pay'), (C, "yeah it's five two nine one oh hold on sorry"), (A, 'no rush'), (C, 'five two nine one seven seven three oh four one six two eight eight one eight')],
     ['how would you like to pay', "yeah it's [CARD_NUMBER] oh hold on sorry", 'no rush', '[CARD_NUMBER]']),
    # a block of a card said as a turn of its own with two homophones ("double seven to ate"), after "the sixteen digits on the front"
    ([(A, 'ok, and the sixteen digits on the front of the card'), (C, "it's five triple nought"), (A, 'and then?'), (C, 'double seven to ate'), (A, 'mm hm'), (C, 'six ate one three'), (A, 'yeah'), (C, 'and two four four three')],
     ['ok, and the sixteen digits on the front of the card', "it's [CARD_NUMBER]", 'and then?', '[CARD_NUMBER]', 'mm hm', '[CARD_NUMBER]', 'yeah', 'and [CARD_NUMBER]']),
    # a recogniser's clock time inside a reading ("7:45" for "seven forty five")
    ([(A, 'and your national insurance number'), (C, 'j k four hundred and twelve 7:45 c')],
     ['and your national insurance number', '[NI_NUMBER]']),
    ([(A, 'card number when you are ready'), (C, "it's 6:41 five"), (A, 'okay'), (C, 'nine nine four three'), (A, 'next'), (C, 'two eight nine six'), (A, 'and'), (C, 'four three six six')],
     ['card number when you are ready', "it's [CARD_NUMBER]", 'okay', '[CARD_NUMBER]', 'next', '[CARD_NUMBER]', 'and', '[CARD_NUMBER]']),
    # the last block read back with "lovely" and the agent going on: the read-back goes with the card, not the word after it
    ([(A, 'first four'), (C, 'four nine two nine'), (A, 'four nine two nine, next'), (C, 'one two seven five'), (A, 'one two seven five, next'), (C, 'nine eight eight three'), (A, 'nine eight eight three, next'), (C, 'three one four four'), (A, 'three one four four, lovely'), (A, 'that card is going through now')],
     ['first four', '[CARD_NUMBER]', '[CARD_NUMBER], next', '[CARD_NUMBER]', '[CARD_NUMBER], next', '[CARD_NUMBER]', '[CARD_NUMBER], next', '[CARD_NUMBER]', '[CARD_NUMBER], lovely', 'that card is going through now']),
    # an order number read like a card and read back with one digit wrong: a reference, no card
    ([(C, 'the order number is four four one two seven seven zero three ... eight eight one six two two zero one'), (A, 'so that is four four one two, seven seven zero three, eight eight one six, two two zero zero?'), (C, "no the last one's a one, it's on the email")],
     ['the order number is four four one two seven seven zero three ... eight eight one six two two zero one', 'so that is four four one two, seven seven zero three, eight eight one six, two two zero zero?', "no the last one's a one, it's on the email"]),
    # a policy number read back with its last digit misheard, 15 of its digits Luhn-valid: a reference, no card
    ([(C, 'my policy number is sixty two oh four, one one nine three ... five five eight two, two seven oh one'), (A, "so that's six two zero four one one nine three five five eight two, two seven zero three?"), (C, "no the last one's a one, it's on the letter")],
     ['my policy number is sixty two oh four, one one nine three ... five five eight two, two seven oh one', "so that's six two zero four one one nine three five five eight two, two seven zero three?", "no the last one's a one, it's on the letter"]),
    # a number read from a letter, asked about and disowned by the agent
    ([(C, "there's a number on the letter, seventy one twelve... eight eight four three, is that my account?"), (A, "no that's the letter reference, don't worry about it")],
     ["there's a number on the letter, seventy one twelve... eight eight four three, is that my account?", "no that's the letter reference, don't worry about it"]),
    # a duration said by the agent after a year: no piece of an account number
    ([(A, 'how long have you banked with us'), (C, 'the account was opened in 2011'), (A, 'so 15 years this year'), (C, 'the meter reading is oh four two - six hundred and twelve')],
     ['how long have you banked with us', 'the account was opened in 2011', 'so 15 years this year', 'the meter reading is oh four two - six hundred and twelve']),
    # an SSN named, then a card talked about by its last four: the four are the card's
    ([(C, 'Question about my SSN on file - also the card ending 7720 was charged twice')],
     ['Question about my SSN on file - also the card ending 7720 was charged twice']),
    # a meter reading and a tracking code after "national insurance" named in a letter's subject: no NI number
    ([(C, 're national insurance letter: meter reading 339104, tracking number TK4419930275510')],
     ['re national insurance letter: meter reading 339104, tracking number TK4419930275510']),
    # an NI number whose suffix is announced ("and the letter b"), with no NI number named anywhere
    ([(C, "it's w for william k for kilo four four one, nine zero two and the letter b")],
     ["it's [NI_NUMBER]"]),
    # an NI number begun, broken off for someone else's and read again, nothing named: the broken-off start goes with it
    ([(C, "k t six one... two two no sorry that's my husband's, mine is k t six one, four four three eight a")],
     ["[NI_NUMBER] no sorry that's my husband's, mine is [NI_NUMBER]"]),
    # an NI number read back with a pause between its letters and its digits
    ([(C, "i'm calling for my mum, her number is p r three one"), (C, 'sorry the dog. four two oh six b'), (A, 'so i have p r ... three one forty two oh six b')],
     ["i'm calling for my mum, her number is [NI_NUMBER]", 'sorry the dog. [NI_NUMBER]', 'so i have [NI_NUMBER]']),
    # an NI number's letters said as one word, queried, spelled out and read on
    ([(C, "it's wk..."), (A, 'sorry, was that v for victor?'), (C, 'no, w for whiskey k for kilo'), (A, 'okay, go on'), (C, 'five five oh two one eight'), (A, 'mhm'), (C, 'c for charlie'), (A, 'lovely, so w k, five five oh two one eight, c')],
     ["it's [NI_NUMBER]...", 'sorry, was that v for victor?', 'no, [NI_NUMBER]', 'okay, go on', '[NI_NUMBER]', 'mhm', '[NI_NUMBER]', 'lovely, so [NI_NUMBER]']),
    # a card read back with one wrong digit across pauses, the wrong block put right and said back
    ([(C, "okay it's four nine two nine, three eight one one, two oh four seven, five five three two"), (A, "i've got forty nine twenty nine... thirty eight one seven... two oh four seven... fifty five thirty two"), (C, 'ah no sorry, the second bit is three eight one one, not three eight one seven'), (A, 'apologies, so three eight one one, got it')],
     ["okay it's [CARD_NUMBER]", "i've got [CARD_NUMBER]", 'ah no sorry, the second bit is [CARD_NUMBER], not [CARD_NUMBER]', 'apologies, so [CARD_NUMBER], got it']),
    # a card begun with a pause in it, broken off and read again from the top
    ([(C, 'okay, forty nine thirty... one one two oh... sorry, hang on, the doorbell'), (A, 'no problem'), (C, 'right sorry, from the top. four nine three zero, one one two oh, seven seven one six, eight four oh nine')],
     ['okay, [CARD_NUMBER]... sorry, hang on, the doorbell', 'no problem', 'right sorry, from the top. [CARD_NUMBER]']),
    # a hesitation between a tens word and a unit inside a reading in pairs: 20, a pause, 7
    ([(A, 'thanks for holding'), (C, "right, it's forty one twenty hmm seven four four two, two six five oh, three eight nine four")],
     ['thanks for holding', "right, it's [CARD_NUMBER]"]),
    # a claim number in an SSN's shape, named by the agent and said back by the caller: a reference
    ([(A, 'your claim # is 523-61-0394'), (C, '523-61-0394, got it')],
     ['your claim # is 523-61-0394', '523-61-0394, got it']),
    # "social" in a department's name asks for no SSN; a provider's NPI named "as"
    ([(A, 'thanks for calling the Department of Social Protection, how can I help?'), (A, 'I have the provider NPI as 1679543210, is that right?')],
     ['thanks for calling the Department of Social Protection, how can I help?', 'I have the provider NPI as 1679543210, is that right?']),
    # a recogniser's "nineteen" in two after a tens word in a read-back: "forty nine teen" is 40 19
    ([(C, 'five three one two'), (A, 'mhm'), (C, 'seven seven three one'), (A, 'go on'), (C, 'four oh one nine'), (A, 'yep'), (C, 'six six two one'), (A, "so that's five three one two, seven seven three one, forty nine teen, six six two one"), (C, 'yes')],
     ['[CARD_NUMBER]', 'mhm', '[CARD_NUMBER]', 'go on', '[CARD_NUMBER]', 'yep', '[CARD_NUMBER]', "so that's [CARD_NUMBER]", 'yes']),
    # a 13-digit card in two pieces, the second shaped like an SSN, with its expiry asked for right after
    ([(A, 'thanks for calling, how can i help'), (C, 'four seven one six'), (A, 'okay go ahead'), (C, 'three five two eight, oh one seven four seven'), (A, 'and the expiry date'), (C, 'oh eight slash twenty seven')],
     ['thanks for calling, how can i help', '[CARD_NUMBER]', 'okay go ahead', '[CARD_NUMBER]', 'and the expiry date', '[EXPIRY]']),
    # a reference asked for and read from "the card they sent me": a printed card, no payment card (Luhn-valid digits)
    ([(A, 'have you got the booking reference there'), (C, "yeah hang on it's on the card they sent me... four nine one two, eight eight three oh, one one two two, six five four three"), (A, 'thanks, and the card ending 1180 is still the one on file')],
     ['have you got the booking reference there', "yeah hang on it's on the card they sent me... four nine one two, eight eight three oh, one one two two, six five four three", 'thanks, and the card ending 1180 is still the one on file']),
    ([(A, 'have you got the ref there'), (C, "yeah hang on it's on the card they sent me... three one two four five six seven eight nine")],
     ['have you got the ref there', "yeah hang on it's on the card they sent me... three one two four five six seven eight nine"]),
    # "social security benefits" names no SSN, and a licence number named right before its digits in their turn is no SSN
    ([(A, 'is this about your social security benefits or the pension'), (C, 'the pension, the licence number is four one two... five five, six seven eight nine'), (A, "thanks, i'll note that")],
     ['is this about your social security benefits or the pension', 'the pension, the licence number is four one two... five five, six seven eight nine', "thanks, i'll note that"]),
    # a gift voucher's number, Luhn-valid, read and typed back with "valid until": no card, no expiry
    ([(C, 'the number on my gift voucher is four one one one, two two two two, three three three three, four four four eight, does it expire?'), (A, 'gift voucher 4111.2222.3333.4448 is valid until 30 June')],
     ['the number on my gift voucher is four one one one, two two two two, three three three three, four four four eight, does it expire?', 'gift voucher 4111.2222.3333.4448 is valid until 30 June']),
    # a policy number and a claim number whose characters happen to make a mod-97-valid French IBAN across the words
    ([(C, 'policy number FR06315204, claim no C-217-560-493, invoice INV-2023-118204')],
     ['policy number FR06315204, claim no C-217-560-493, invoice INV-2023-118204']),
    # a membership number asked for, read back with its last digit wrong and put right: a reference
    ([(A, "what's the membership number?"), (C, "it's four four one, nine two... seven seven zero three"), (A, 'so four four one nine two seven seven zero eight'), (C, "no, the last one's a three")],
     ["what's the membership number?", "it's four four one, nine two... seven seven zero three", 'so four four one nine two seven seven zero eight', "no, the last one's a three"]),
    # the agent asking about the middle two digits of an SSN read out
    ([(A, 'and his social please'), (C, "it's five one two, four four, nine eight seven six"), (A, 'and the middle two of the social were four four?'), (C, 'yes')],
     ['and his social please', "it's [SSN]", 'and the middle two of the social were [SSN]?', 'yes']),
    # a card chosen by its last four and the payment taken: the request is over, later numbers are no card (long-call check)
    ([(A, 'which card would you like to use, the visa ending 4471 or the mastercard?'), (C, 'the visa, last four are 4471'), (A, "great, that's £52.10 taken"), (C, 'and the helpline, is it the one that says 0800 or the 0345 number? i pay 40p a minute')],
     ['which card would you like to use, the visa ending 4471 or the mastercard?', 'the visa, last four are 4471', "great, that's £52.10 taken", 'and the helpline, is it the one that says 0800 or the 0345 number? i pay 40p a minute']),
    # a loyalty card's number read when a payment card was asked for
    ([(A, 'which card would you like to pay with?'), (C, 'oh the loyalty card number is six one five four three six two six five one six zero... eight five one nine')],
     ['which card would you like to pay with?', 'oh the loyalty card number is six one five four three six two six five one six zero... eight five one nine']),
    # a 19-digit Maestro card with an aside before its last three digits, whose first 15 digits happen to pass the Luhn
    # check: no Maestro is 15 digits long, so the reading goes on after the aside
    ([(A, 'go ahead'), (C, 'right, sixty seven sixty three... er, forty one forty nine, three oh six oh - nine two six three, hang on, let me get my glasses, four two six')],
     ['go ahead', 'right, [CARD_NUMBER], hang on, let me get my glasses, [CARD_NUMBER]']),
    # an agent asking about a letter said by its name ("see" is c); a suffix letter put right, the number said again after "so"
    ([(C, "it's see zed six one two four eight nine b"), (A, 'sorry was that c for charlie?'), (C, 'yes')],
     ["it's [NI_NUMBER]", 'sorry was that [NI_NUMBER]?', 'yes']),
    ([(C, 'k l, four four ... one two ... nine eight, a'), (A, 'is that a for alpha at the end'), (C, 'no sorry c for charlie so k l, four four one two nine eight c')],
     ['[NI_NUMBER]', 'is that [NI_NUMBER] at the end', 'no sorry [NI_NUMBER]']),
    ([(A, 'can i take your national insurance number'), (C, 'p r two one four four six nine b'), (A, 'so ending in bravo'), (C, "oh no sorry it's delta not b so p r two one four four six nine d")],
     ['can i take your national insurance number', '[NI_NUMBER]', 'so ending in [NI_NUMBER]', "oh no sorry it's [NI_NUMBER] not [NI_NUMBER]"]),
    # one's own nine digits read after disowning a start as another person's: an SSN
    ([(A, 'benefits line, how can i help'), (C, "it's four two seven five no sorry that's my husband's, hang on. mine is four two seven five five one two three eight")],
     ['benefits line, how can i help', "it's [SSN] no sorry that's my husband's, hang on. mine is [SSN]"]),
    # "say the last four again" after a card's read-back: the answer is the card's
    ([(C, 'four three three one two three two one four six one six six eight two three'), (A, 'let me read that back, four three three one, two three two one, four six one six, and the last bit was ... sorry say the last four again'), (C, 'six eight two three')],
     ['[CARD_NUMBER]', 'let me read that back, [CARD_NUMBER], and the last bit was ... sorry say the last four again', '[CARD_NUMBER]']),
    ([(C, 'forty seven forty two oh seven eight oh two three four five eight eight eight nine'), (A, 'let me read that back, four seven four two, oh seven eight oh, and the last bit was ... sorry say the last four again'), (C, 'eight eight eight nine')],
     ['[CARD_NUMBER]', 'let me read that back, [CARD_NUMBER], and the last bit was ... sorry say the last four again', '[CARD_NUMBER]']),
    # a card after "pay the invoice, its", its expiry and security code asked for next
    ([(C, 'i want to pay the invoice, its 4036 0144 4588 8689'), (A, 'Thanks. Could you confirm the expiry date and security code?')],
     ['i want to pay the invoice, its [CARD_NUMBER]', 'Thanks. Could you confirm the expiry date and security code?']),
    # the agent saying where the reading had got to ("you'd said …"), the caller going on: one card
    ([(C, "i'm paying for the order on the card four eight oh eight um hold on, i'm just pulling over"), (A, "that's fine take your time"), (C, 'okay sorry where was i'), (A, "you'd said four eight oh eight"), (C, 'right then five oh one six six two three two six')],
     ["i'm paying for the order on the card [CARD_NUMBER] hold on, i'm just pulling over", "that's fine take your time", 'okay sorry where was i', "you'd said [CARD_NUMBER]", 'right then [CARD_NUMBER]']),
    # the middle of a card read in two pieces, asked about across them with no question mark
    ([(C, 'he says four seven four two oh seven eight oh ... what? sorry two three four five eight eight eight nine'), (A, 'can i just check the middle bit was that oh seven eight oh two three four five'), (C, 'yes')],
     ['he says [CARD_NUMBER] ... what? sorry [CARD_NUMBER]', 'can i just check the middle bit was that [CARD_NUMBER]', 'yes']),
    # an SSN's last four asked for, answered with four digits that look like a year
    ([(A, 'i just need the last four of your social'), (C, "it's 1985"), (A, 'thanks that matches')],
     ['i just need the last four of your social', "it's [SSN]", 'thanks that matches']),
    ([(A, 'and what year were you born'), (C, "it's 1985")],
     ['and what year were you born', "it's 1985"]),
    # an NI number shown masked after it was read; "sixo" (six, o) run together at a card's start
    ([(C, 'my NI number is TK 40 18 27 B'), (A, 'thanks, I can see TK...B on the record')],
     ['my NI number is [NI_NUMBER]', 'thanks, I can see [NI_NUMBER] on the record']),
    ([(A, 'can i take the long number across the front of the card'), (C, "yeah it's sixo double one"), (A, 'got that'), (C, 'thirty nine fifty nine 8031'), (A, 'yeah'), (C, 'then fifty one eleven')],
     ['can i take the long number across the front of the card', "yeah it's [CARD_NUMBER]", 'got that', '[CARD_NUMBER]', 'yeah', 'then [CARD_NUMBER]']),
    # an NI suffix heard as "hey" after "and", ending the turn; a digit put right with "not 9 should be 8"
    ([(A, 'and your national insurance number'), (C, "it's j for juliet kilo four two"), (A, 'ok'), (C, 'one nine five five and hey')],
     ['and your national insurance number', "it's [NI_NUMBER]", 'ok', '[NI_NUMBER]']),
    ([(A, 'can i have your ni number'), (C, 'r w thirty eight seven seventy four, a'), (A, 'thank you so r w three nine eight seven seven four a'), (C, 'not nine should be eight so r w three eight eight seven seven four a')],
     ['can i have your ni number', '[NI_NUMBER]', 'thank you so [NI_NUMBER]', 'not [NI_NUMBER] should be [NI_NUMBER]']),
    # an NI number's letters said again one by one in the agent's question after it
    ([(C, "i'll read his ni number off his letter p m three five nine eight four four then a"), (A, 'sorry the middle bit again after p m'), (C, 'three five nine eight four four')],
     ["i'll read his ni number off his letter [NI_NUMBER]", 'sorry the middle bit again after [NI_NUMBER]', '[NI_NUMBER]']),
    # an SSN's last four read in pairs, its middle two in an aside to the holder
    ([(C, 'he said i can give you his social'), (C, 'oh three four honey is it o six ... yeah eight nine, three two')],
     ['he said i can give you his social', '[SSN] honey is it [SSN] ... yeah [SSN]']),
    # "good afternoon volta mobile": a company's name asks for no phone number; "five hundred and twenty-six" is 526
    ([(A, 'good afternoon volta mobile this is marcus speaking'), (C, "the gift voucher batch number, that's five hundred and twenty-six seven nine four two four, er, sixty-nine ninety-eight, five two nought three")],
     ['good afternoon volta mobile this is marcus speaking', "the gift voucher batch number, that's five hundred and twenty-six seven nine four two four, er, sixty-nine ninety-eight, five two nought three"]),
    # the joiner an abandoned NI start broke off after goes with it
    ([(A, 'and your ni number?'), (C, "j t fifty two eleven nineteen and then... hang on that's my husband's, j, t... five two, one one, three one, a")],
     ['and your ni number?', "[NI_NUMBER]... hang on that's my husband's, [NI_NUMBER]"]),
    # a road's number glued to its letter ("I-95") is no piece of a reading: not the last two digits of a reference
    # read back in the turn before, which would make a Luhn-valid 16 (long-call check)
    ([(A, 'can you read me the customer reference from the top of your bill'), (C, 'customer reference nine o er seventy six ... ninety eight ... twenty five forty three nine seven five two'),
      (A, 'thanks thats nine zero seven six nine eight, two five four three nine seven five two'), (C, 'on I-95 by exit 42')],
     ['can you read me the customer reference from the top of your bill', 'customer reference nine o er seventy six ... ninety eight ... twenty five forty three nine seven five two',
      'thanks thats nine zero seven six nine eight, two five four three nine seven five two', 'on I-95 by exit 42']),
    # a pharmacy card's BIN, PCN and group numbers, read from "the card": references, no card number
    ([(A, 'your copay is $12.40'), (C, 'the card says BIN 610144 PCN 9999 group 88213407 if that helps')],
     ['your copay is $12.40', 'the card says BIN 610144 PCN 9999 group 88213407 if that helps']),
    # a provider's NPI named with its letters spaced, read in an SSN's groups
    ([(A, "what's the provider n p i"), (C, 'the provider n p i is five one two ... six seven, three four eight one')],
     ["what's the provider n p i", 'the provider n p i is five one two ... six seven, three four eight one']),
    # "orbit mobile, sam speaking": a company's name asks for no phone number; the order number named in the turn before
    ([(A, 'orbit mobile, sam speaking, how can i help'), (C, "i paid by card but the parcel's late, the order number is"), (C, 'eight seven zero six, zero eight seven six, ninety six eighty nine, three nine zero four')],
     ['orbit mobile, sam speaking, how can i help', "i paid by card but the parcel's late, the order number is", 'eight seven zero six, zero eight seven six, ninety six eighty nine, three nine zero four']),
    # an NI number's first letter heard as a word ("our": R, "said": Z) before a number one letter short
    ([(A, 'can i take your national insurance number'), (C, 'our sea uh sixty one four four o two b for bob')],
     ['can i take your national insurance number', '[NI_NUMBER]']),
    ([(A, 'can i take your national insurance number'), (C, "it's zee gee four four one two o nine a"), (A, 'just reading back said g four four one two oh nine a yeah')],
     ['can i take your national insurance number', "it's [NI_NUMBER]", 'just reading back [NI_NUMBER] yeah']),
    # tens split by the recogniser with their first half as it writes it alone ("for ty", "eigh ty"), in a card and an NI number
    ([(A, "and the long number on the card please"), (C, "four five three nine, fourteen eigh ty eight, oh three for ty three, six four six seven")],
     ["and the long number on the card please", "[CARD_NUMBER]"]),
    ([(A, "national insurance number please"), (C, "j r twelve for ty eigh ty seven c")], ["national insurance number please", "[NI_NUMBER]"]),
    # a reference named before its first piece, the rest read in pieces a short turn apart: no phone, no account number
    ([(A, "could you read me the gprn off the bill"), (C, "sure the gprn is three one two two"), (A, "ok next four"), (C, "oh seven nine four"), (A, "right"),
      (C, "five five one two"), (A, "lovely"), (C, "three eight")],
     ["could you read me the gprn off the bill", "sure the gprn is three one two two", "ok next four", "oh seven nine four", "right", "five five one two",
      "lovely", "three eight"]),
    ([(A, "can you read me the account reference on your statement"), (C, "yeah the account reference on the statement is double two seven one"),
      (A, "and the rest"), (C, "fifty three ten"), (A, "sorry, go ahead"), (C, "six one four eight"), (A, "and the rest"), (C, "two two nine five")],
     ["can you read me the account reference on your statement", "yeah the account reference on the statement is double two seven one", "and the rest",
      "fifty three ten", "sorry, go ahead", "six one four eight", "and the rest", "two two nine five"]),
    # an NI number's digits and the phone number asked for next make a Luhn-valid sixteen: two values, the question between
    ([(A, "and your national insurance number"), (C, "j r four oh three one seven seven a"), (A, "and a contact number"), (C, "three one two, five five five, oh one oh oh")],
     ["and your national insurance number", "[NI_NUMBER]", "and a contact number", "[PHONE]"]),
    # an SSN's last four typed masked when asked for them are the SSN's (one shown masked is none)
    ([(A, "Please confirm the last 4 of your SSN."), (C, "xxx-xx-6620")], ["Please confirm the last 4 of your SSN.", "[SSN]"]),
    # an NI number's letters said alone in a short turn, queried, then the whole number read with its NATO suffix after
    # "and then"; a reading said whole again after "no no sorry, it's" keeps those words
    ([(C, "it's t m"), (A, "sorry was that t or d?"), (C, "let me start again, tango mike four one double two eight six and then bravo")],
     ["it's [NI_NUMBER]", "sorry was that [NI_NUMBER] or d?", "let me start again, [NI_NUMBER]"]),
    ([(C, "p, papa, three one nine two four four charlie"), (C, "no no sorry, it's papa, p, three one nine two four five, c")],
     ["[NI_NUMBER]", "no no sorry, it's [NI_NUMBER]"]),
    # the letters in one turn, "sorry go ahead", the digits, the suffix asked for
    ([(C, "s as in sugar t for tommy"), (A, "sorry go ahead"), (C, "two one um six six, nine one"), (A, "and the letter at the end"), (C, "a for apple")],
     ["[NI_NUMBER]", "sorry go ahead", "[NI_NUMBER]", "and the letter at the end", "[NI_NUMBER]"]),
    # an SSN's last four said as a digit and a hundreds number ("five six hundred and forty four")
    ([(C, "it's four hundred and twelve, sixty-one three eight hundred and seventy two"), (A, "and your date of birth")],
     ["it's [SSN]", "and your date of birth"]),
    # the mail provider "icloud" said as "i cloud" or spelled, its "i" no pronoun
    ([(A, "what's the best email for you"), (C, "it's oisin murphy forty at i cloud dot com")], ["what's the best email for you", "it's [EMAIL]"]),
    ([(A, "what's the best email for you"), (C, "it's oisin underscore murphy at i c l o u d dot com")], ["what's the best email for you", "it's [EMAIL]"]),
    # an expiry's month said alone before "of" and a year said in two ("seven of twenty twenty seven")
    ([(A, "and when does the card expire"), (C, "seven of twenty twenty seven")], ["and when does the card expire", "[EXPIRY]"]),
    # a typed address with its flat before a slash; a postcode whose letters are a street type's ("ST4", "PL4") on the line after the town
    ([(C, "Address:\nFlat 4 / 22 Mill Lane\nLeeds\nLS6 2AB")], ["Address:\n[ADDRESS]\nLeeds\n[POSTCODE]"]),
    ([(C, "new address: 18 Church Road\nStoke\nST4 7QB")], ["new address: [ADDRESS]\nStoke\n[POSTCODE]"]),
    # a serial number's first characters, digits and a letter, before the rest of its digits; a visit ID named
    ([(C, "it's the model kx-210, serial three one c zero four one eight five two two nine one six")],
     ["it's the model kx-210, serial three one c zero four one eight five two two nine one six"]),
    ([(C, "The visit ID is 0448120931 and the statement date was 02/10/2024.")], ["The visit ID is 0448120931 and the statement date was 02/10/2024."]),
    # a room's number after "the back of the card" was said of a SIM's serial: no security code
    ([(A, "and the serial number on the back of the card"), (C, "8944100377216549012"), (A, "thanks, you're booked into room 418, floor 4")],
     ["and the serial number on the back of the card", "8944100377216549012", "thanks, you're booked into room 418, floor 4"]),
    # a piece the agent echoed, said again to confirm it before the rest: a repeat, not more of the card
    ([(C, "four nine one seven, six one oh oh"), (A, "sorry you broke up there, was that six one oh oh?"), (C, "yeah six one oh oh, then three two two two, one nine four seven")],
     ["[CARD_NUMBER]", "sorry you broke up there, was that [CARD_NUMBER]?", "yeah [CARD_NUMBER]"]),
    # the company's own line, which the caller rang; an order confirmation and a warranty number named; a reference's letters
    # ("s for sam c") before its digits are no sort code's "s c"
    ([(C, "I rang 0800 112 4937 which is your freephone number twice and nobody answered")],
     ["I rang 0800 112 4937 which is your freephone number twice and nobody answered"]),
    ([(C, "I rang 0345 660 2218 (your helpline) and waited an hour")], ["I rang 0345 660 2218 (your helpline) and waited an hour"]),
    ([(A, "your order confirmation is 512-880-4377")], ["your order confirmation is 512-880-4377"]),
    ([(A, "can you read me the warranty number"), (C, "sure, the warranty number is four five three two oh one five one uh one two eight three, oh three six six")],
     ["can you read me the warranty number", "sure, the warranty number is four five three two oh one five one uh one two eight three, oh three six six"]),
    ([(C, "and the letter reference is s for sam c, fifty one twenty two thirty, d")], ["and the letter reference is s for sam c, fifty one twenty two thirty, d"]),
    # an SSN's middle two said after "middle is"; an NI number's suffix "at the end is" said in its NATO word
    ([(A, "i'll need the full social, not just the last four"), (C, "okay so the first three are six one eight"), (A, "yep"), (C, "middle is zero three"),
      (A, "okay"), (C, "last four two two nine one")],
     ["i'll need the full social, not just the last four", "okay so the first three are [SSN]", "yep", "middle is [SSN]", "okay", "last [SSN]"]),
    ([(A, "can i take your n i number"), (C, "tango kilo"), (A, "sorry was that tee?"), (C, "yes three four... o one... five six"), (A, "yep"),
      (C, "and the letter at the end is charlie")],
     ["can i take your n i number", "[NI_NUMBER]", "sorry was that tee?", "yes [NI_NUMBER]", "yep", "and the letter at the end is [NI_NUMBER]"]),
    # the caller asks which card is on file: no card is being read, and the agent's amounts and hours after are none
    ([(C, "Which card is on file? I think it's the one ending in 1067"), (A, "Yes, Visa ending 1067, expiring soon so you may want to update it."),
      (A, "the monthly price goes from 53.99 to 82.49, that's a 4.7% rise from april"), (C, "and how much to leave"),
      (A, "we're open eight thirty till five thirty monday to friday")],
     ["Which card is on file? I think it's the one ending in 1067", "Yes, Visa ending 1067, expiring soon so you may want to update it.",
      "the monthly price goes from 53.99 to 82.49, that's a 4.7% rise from april", "and how much to leave",
      "we're open eight thirty till five thirty monday to friday"]),

    # a pharmacy's refill number, read out on a phone line: a reference, no phone number
    ([(A, "pharmacy line this is sam"), (C, "hi i'm calling about my prescription refill number four one three seven one oh eight")],
     ["pharmacy line this is sam", "hi i'm calling about my prescription refill number four one three seven one oh eight"]),
    # negatives over turns: an order number in two pieces, amounts, counts and times after questions
    ([(A, "order number please"), (C, "four five six"), (A, "ok"), (C, "seven eight nine one two three")],
     ["order number please", "four five six", "ok", "seven eight nine one two three"]),
    ([(A, "how many did you order"), (C, "twelve"), (A, "and how much did you pay"), (C, "forty nine ninety nine"),
      (A, "and when"), (C, "on the third of june at ten past four")],
     ["how many did you order", "twelve", "and how much did you pay", "forty nine ninety nine", "and when",
      "on the third of june at ten past four"]),
]


@pytest.mark.parametrize(("turns", "expected"), TURNS, ids=[f"turns-{i}" for i in range(len(TURNS))])
def test_value_over_turns(turns, expected):
    utts = [{"speaker": s, "text": t, "start_s": None, "end_s": None} for s, t in turns]
    assert [u["text"] for u in redact_utterances(utts, RedactOptions())] == expected


def test_redial_movie_ids_are_not_a_card_number():
    """ReDial dialogues write movies as "@" + 5–6 digit ids; several in a row are no card number."""
    for text in ("have you seen @111776 or @204334", "I liked @111776 @204334 @100512 @204870",
                 "@136762 or @789245 or @358856 are all great", "have you seen 136762 or 789245 or 358856"):
        assert scrub(text) == text
    assert scrub("@111776 is great, my card is 4111 1111 1111 1111") == "@111776 is great, my card is [CARD_NUMBER]"


def test_expiry_month_said_digit_by_digit():
    from convo.redact.answers import answered_dates
    from convo.redact.stream import normalise

    tokens = list(normalise("it's zero five slash thirty two", 0))  # "0 5 / 32"
    assert answered_dates(tokens, "EXPIRY") == [(1, 4, "EXPIRY")]

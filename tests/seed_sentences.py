"""Real sentences shared by the alignment, scoring and model tests: whole sentences of the seeds (and one of MRPC's news)."""

from pathlib import Path

# Sentences from the seeds, whole.
LAPID = "Israel’s Foreign Minister Yair Lapid visited Morocco in August and inaugurated the country’s mission in Rabat."
GANTZ = (
    "Gantz landed in Morocco on Tuesday, in the first such visit by an Israeli defense minister to one of the four Arab "
    "nations party to the U.S.-brokered Abraham Accords."
)
SIGNED_A = (
    "Israel and Morroco signed a defense agreement Wednesday as Defense Minister Benny Gantz made the first official "
    "visit to the North African kingdom by an Israeli defense official."
)
SIGNED_B = (
    "Israel signed a defence pact with Morocco on Wednesday, its latest public display of readiness to advance national "
    "security interests in tandem with Arab countries that have drawn closer to it amid shared concern over Iran and Islamist militancy."
)
MOU = (
    "Within the framework of his visit to Morocco, Minister of Defense, Benny Gantz and Moroccan Minister Delegate to the Head "
    "of Government in Charge of National Defense, H.E. Abdellatif Loudiyi signed a groundbreaking defense MOU."
)
NORMALISED = (
    "Morocco, the United Arab Emirates, Bahrain and Sudan signed agreements to normalize relations with Israel in 2020 as part "
    "of the diplomatic pacts brokered by the Trump administration known as the Abraham Accords."
)
RESTATED = (
    "The memorandum of understanding was signed by Gantz and his Moroccan counterpart Abdellatif Loudiyi on Wednesday.",
    "On Wednesday Gantz and his Moroccan counterpart, Abdellatif Loudiyi, signed the memorandum of understanding.",
)

BENCH = Path(__file__).resolve().parent.parent / "bench"


# difflib's matching finds 5 words in common one way round and 6 the other
DOLLAR = (
    "The dollar was at 3.6 shekels against the Israeli currency, up 0.2 percent.",
    "Against the euro the dollar was at 0.91 euros, up 0.3 percent on the day.",
)

"""Statements of fact the framing makes: facts that disagree, verbatim reuse, naming. Each row is a real sentence, copied
verbatim from seeds/, bench/stories/ or ECB+ news as its corpus writes it (ECB+ dev, where framediff had joined them into
one claim; the pairing of the other sentences into one claim is the test's)."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from framediff.article import RawArticle
from framediff.frame.facts import disagreeing_facts, facts_that_disagree
from framediff.frame.values import published_date
from framediff.frame.naming import slot_variants
from framediff.frame.reuse import COPIED, find_reuse
from framediff.reading.articles import prepare_article, read_articles

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

# seeds/
PACT_WEDNESDAY = ("Israel signed a defence pact with Morocco on Wednesday, its latest public display of readiness to advance national "
                  "security interests in tandem with Arab countries that have drawn closer to it amid shared concern over Iran and "
                  "Islamist militancy.")
PACT_NOVEMBER_24 = "With a view to strengthening their diplomatic relations, the two countries signed a security cooperation agreement in Rabat on November 24."
AGREEMENT_WEDNESDAY = ("Israel and Morroco signed a defense agreement Wednesday as Defense Minister Benny Gantz made the first official visit "
                       "to the North African kingdom by an Israeli defense official.")
MOU = ("Within the framework of his visit to Morocco, Minister of Defense, Benny Gantz and Moroccan Minister Delegate to the Head of "
       "Government in Charge of National Defense, H.E. Abdellatif Loudiyi signed a groundbreaking defense MOU.")
MEMORANDUM = ("RABAT – Israeli Defense Minister Benny Gantz signed on Wednesday a defense memorandum with his Moroccan counterpart, "
              "Abdellatif Loudiyi, on the first day of his two-day visit to the North African kingdom meant to bolster defense ties "
              "between the two countries.")
LANDED = ("Gantz landed in Morocco on Tuesday, in the first such visit by an Israeli defense minister to one of the four Arab nations "
          "party to the U.S.-brokered Abraham Accords.")
ARRIVED = ("Benny Gantz, Israeli Minister of Defense, arrived in Morocco on November 23 for a first official visit, a year after the "
           "normalization of relations between the Kingdom and Israel.")
# tests/test_align.py
QUAKE_68 = "A magnitude 6.8 earthquake struck central Peru on Sunday, killing at least 40 people, the civil defence agency said."
QUAKE_70 = "A powerful earthquake of magnitude 7.0 hit the central highlands of Peru on Sunday, leaving dozens dead, officials said."
# bench/stories/
MARSH_SUNDAY = 'Helen Marsh said on Sunday that "no community will be left to cope alone" after record rain.'
KORVAN_SAID_TUESDAY = "Korvan will pay $1.2 billion for charging company Voltway, the carmaker said Tuesday."
KORVAN_12 = ("Electric-truck maker Korvan said on Tuesday it would acquire Voltway, a California startup that builds fast-charging "
             "stations, for $1.2 billion in cash and stock.")
KORVAN_15 = ("Korvan announced on Tuesday a deal to take over Voltway, a fast-charging start-up based in California, valuing the "
             "company at 1.5bn dollars including debt.")
WARNINGS_42 = "The Environment Agency issued 42 severe flood warnings, mostly along the rivers Ouse and Aire."
WARNINGS_40 = "Officials put more than 40 severe flood warnings in place, meaning there is a danger to life."
THREE_DIED = "Three people died and thousands of homes lost power on Sunday as Storm Elin brought record rainfall to northern England."
TWO_KILLED = ("At least two people have been killed after Storm Elin dumped a month's worth of rain on parts of Yorkshire and "
              "Lancashire in 24 hours.")
HOMES = "About 18,000 homes were without electricity on Sunday evening, according to Northern Powergrid."
PROPERTIES = "Power cuts left around 20,000 properties in the dark."
EIGHT_YEARS = ("A court in Lyon on Thursday sentenced former mayor Jean-Marc Roux to eight years in prison for taking bribes in "
               "exchange for public works contracts.")
TWELVE_YEARS = ("Jean-Marc Roux, who ran Lyon for twelve years, was found guilty of corruption on Thursday and handed an eight-year "
                "jail term.")
FAMILIES_ABOUT = "The report said about 9,000 families were wrongly accused of fraud between 2019 and 2023."
FAMILIES_SOME = "A parliamentary inquiry concluded that the tax office wrongly accused some 9,000 families of benefit fraud."
CHARGERS_ABOUT = "The deal, expected to close in the second quarter, gives Korvan about 4,000 chargers across 30 states."
CHARGERS_AROUND = "Voltway operates around 4,000 fast chargers in 30 states, most of them along highways."
# a user's trial: one wire story, its lead's date changed ("Tuesday, March 3, 2020" was read as no day at all)
COLLAPSE_TUESDAY = ("A pedestrian bridge over the Saône river in Lyon collapsed on Tuesday, March 3, 2020, killing four people and "
                    "injuring 23 others, local authorities said.")
COLLAPSE_THURSDAY = COLLAPSE_TUESDAY.replace("Tuesday, March 3", "Thursday, March 5")
# a year or a month dates an event as every day of it (a user's trial: "first elected in 2015" / "in 2013" was not read)
ELECTED_2015 = "The mayor, a former teacher, was first elected in 2015 and re-elected four years later."
ELECTED_2013 = ELECTED_2015.replace("in 2015", "in 2013")
ELECTED_MARCH_2015 = ELECTED_2015.replace("in 2015", "on March 3, 2015")
PRICE_ABOUT = "Nutrova said the pill would cost about $900 a month before insurance."
PRICE_AROUND = "The company set a list price of around $900 per month."
# ECB+ dev news, as the corpus tokenizes it ("1, 000", "AK - 47", a decimal split off: "the magnitude 6.")
SEIZED_THIS_TIME = "During the operation, six AK - 47 rifles, 12 magazines and about 300 rounds of ammunition were found and confiscated."
SEIZED_IN_ALL = "The Navy confiscated 14 AK - 47 rifles, 31 magazines and 923 rounds from the boat along with grapnels, ladders and rope - handling gloves, Nambiar said."
SEIZED_BOTH = ("The officer said that INS Sukanya has seized a total of 14 AK - 47 rifles, 31 magazines and 923 rounds of ammunition "
               "during the five operations it carried out there.")
PRICE_AND_CASH = "AMD will pay $334 million for SeaMicro, including $281 million in cash."
CASH_AND_STOCK = ("AMD is paying $281m in cash and $53m in stock to acquire privately held SeaMicro, which raised $35m in two rounds of "
                  "funding and also got $9.")
MAGNITUDE_SAID = "The U. S. Geological Survey said the magnitude 6."
MAGNITUDE_2004 = "In 2004, a magnitude 9."
PADANG_SPACED = "In September 2009 a major earthquake near Padang city on Sumatra killed more than 1, 000 people."
PADANG = "In September 2009 a major earthquake near Padang city on Sumatra killed more than 1000 people."
TSUNAMI_13 = ("A strong quake off the shores of Indonesia triggered a tsunami that killed 230, 000 people in 13 countries around the "
              "Indian Ocean in 2004.")
TSUNAMI_14 = "1 earthquake off Aceh triggered a tsunami that killed 230, 000 people in 14 countries."
# STS-B news headlines (../shared/data/stsb), one event each pair: a death toll is the level a figure rises to
TOLL_15 = "Death toll climbs to 15 in Indonesia boat sinking"
TOLL_11 = "Indonesia: Death toll rises to 11 in Indonesia boat capsize"
TOLL_362 = "Bangladesh building collapse death toll hits 362"
TOLL_580 = "Bangladesh building-collapse death toll climbs to 580"
TOLL_73 = "Philippine quake death toll climbs to 73"
TOLL_85 = "Death toll in Philippines quake jumps to 85"
TOLL_185 = "Death toll from Philippine earthquake rises to 185"
# MRPC news pairs: a count spelled out, shares that are bounds or of two days, a position "about" two round figures
ARRESTED_33 = "Thirty-three of the 42 men had been arrested by Wednesday evening, said Daniel Bogden, U.S. attorney in Nevada."
ARRESTED_34 = "Thirty-four of the men have been arrested and the others are being sought, US Attorney Daniel Bogden said yesterday."
CAMP_28 = ("Twenty-eight people were believed to have been spending Christmas Day with the caretaker of the St Sophia's camp, "
           "when the mudslide smashed into two cabins.")
CAMP_27 = ("Twenty-seven people were believed to have been spending Christmas Day with the caretaker of Saint Sophia Camp, a Greek "
           "Orthodox facility, when the mudslide roared through.")
HOMES_TEN = "Ten, two mobile homes and numerous outbuildings were destroyed by the now-smoldering fire northwest of Boulder."
HOMES_EIGHT_OR_NINE = "He said eight or nine homes had been destroyed by the now-smoldering fire northwest of Boulder."
DIOXIN_75 = ("While dioxin levels in the environment were up last year, they have dropped by 75 percent since the 1970s, said "
             "Caswell.")
DIOXIN_76 = "The Institute said dioxin levels in the environment have fallen by as much as 76 percent since the 1970s."
SP_FELL = "The broad Standard & Poor's 500 <.SPX> fell 10.75 points, or 1.02 percent, to 1,039.32."
SP_UP = "The S&P 500 index was up 1.26, or 0.1 percent, to 1,039.32 after sinking 10.75 yesterday."
CLAUDETTE_320 = ("By 10 p.m., Claudette was centered about 320 miles east of Brownsville, with maximum sustained winds of 65 mph, 9 mph "
                 "shy of hurricane strength.")
CLAUDETTE_300 = ("Early Monday, the center of Claudette was about 300 miles east of Brownsville, with maximum sustained wind blowing at "
                 "65 mph, 9 mph shy of hurricane strength.")
UNIONS_THREE = "Chief Executive Rod Eddington is to meet the three unions separately on Monday afternoon."
UNIONS_OTHER_TWO = "Eddington is to meet the other two unions separately later on Monday."
SHARES_TO_28 = "Shares of Bristol-Myers rose to $28 in electronic trading from the $26.90 close on the New York Stock Exchange."
SHARES_UP_130 = "Bristol shares rose $1.30, or 5 percent, to $28.20, after closing at $26.90 on the New York Stock Exchange."
SPENT_171 = ("The only announced Republican to replace Davis is Rep. Darrell Issa of Vista, who has spent $1.71 million of his own "
             "money to force a recall.")
SPENT_15 = ("So far the only declared major party candidate is Rep. Darrell Issa, a Republican who has spent $1.5 million of his "
            "own money to fund the recall.")
# a trial's story: "about" is within 5% of a figure and its rounding, and a figure of 2020 is not this year's
JOBS_1800 = "Harbourline Logistics said Tuesday it would cut about 1,800 jobs, or 4% of its workforce."
JOBS_2100 = "Harbourline Logistics said it would cut about 2,100 jobs."
SHARE_2020 = "Civic Union won 36 seats with 33.7% of the vote in 2020."
SHARE_NOW = "Civic Union finished with 38.2% of the vote."
TURNOUT_619 = "Official turnout was 61.9%."
TURNOUT_613 = "Turnout was 61.3%, up from 57.8% four years ago."
TURNOUT_62 = "Turnout was 62%, the highest in a regional election since 2008."
TOLL_12 = "Death toll rises to 12 in Indonesia mine collapse"
# ECB+ (the 2013 Aceh earthquake; the 2010 Athens bank fire): the dead are counted whatever the verb or noun
QUAKE_FIVE_DIED = "Five people died and seven were injured in Aceh in the quake and following aftershocks."
QUAKE_24_KILLED = ("Officials say at least 24 people were killed and more than 200 injured by the quake, which struck the western "
                   "tip of Sumatra island on Tuesday.")
ATHENS_THREE_KILLED = "Three Killed In Athens Bank Fire Amid Strike"
ATHENS_3_DEAD = "BREAKING NEWS - 3 DEAD due to Molotov cocktail at Bank"
# an eighth trial's flood: "were killed" against "were confirmed dead", "over the weekend" and "this weekend" one time
FLOOD_FOUR = ("KESSLING (GNW) — At least four people were killed and two remain missing after the Oren River burst its banks and "
              "flooded much of the town of Kessling over the weekend, officials said on Sunday.")
FLOOD_THREE = ("Three people were confirmed dead and five are still missing after floodwaters tore through Kessling's Eastbank "
               "neighbourhood this weekend, in scenes residents described as apocalyptic.")


@pytest.mark.parametrize(
    ("a", "b", "dates", "expected"),
    [
        # one day named two ways: "Wednesday" in a story of 24 November 2021 is November 24
        (PACT_WEDNESDAY, PACT_NOVEMBER_24, ("2021-11-24", "2021-11-29"), {}),
        (PACT_WEDNESDAY, PACT_NOVEMBER_24, ("2021-11-26", "2021-11-29"), {}),
        # "Tuesday" in a story of Wednesday and in one of the Friday after: the same Tuesday
        (KORVAN_12, KORVAN_SAID_TUESDAY, ("2024-01-24", "2024-01-26"), {}),
        # a Tuesday the earlier story could not know of is another occasion, not a conflict
        (KORVAN_12, KORVAN_SAID_TUESDAY, ("2024-01-24", "2024-02-02"), {}),
        # one signing dated on two days that both stories could know: a disagreement, with the day each gives
        (AGREEMENT_WEDNESDAY, PACT_NOVEMBER_24, ("2021-12-02", "2021-12-03"), {"times": {"a": ("date:2021-12-01",), "b": ("date:2021-11-24",)}}),
        (AGREEMENT_WEDNESDAY, PACT_NOVEMBER_24, ("2021-11-25", "2021-11-29"), {}),
        # a day of the month after its weekday is that day, with or without the story's date
        (COLLAPSE_TUESDAY, COLLAPSE_THURSDAY, (None, None), {"times": {"a": ("date:2020-03-03",), "b": ("date:2020-03-05",)}}),
        (COLLAPSE_TUESDAY, COLLAPSE_TUESDAY, (None, "2020-03-04"), {}),
        (ELECTED_2015, ELECTED_2013, (None, None), {"times": {"a": ("date:2015",), "b": ("date:2013",)}}),
        (ELECTED_2015, ELECTED_MARCH_2015, (None, None), {}),  # a day of that year
        # without the story's date a weekday is no day
        (AGREEMENT_WEDNESDAY, PACT_NOVEMBER_24, (None, "2021-12-03"), {}),
        # two people saying things on two days are two sayings, not one dated twice
        (MARSH_SUNDAY, KORVAN_SAID_TUESDAY, ("2024-01-24", "2024-01-24"), {}),
        # other verbs date other events: "landed on Tuesday" and "arrived on November 23" are not compared
        (LANDED, ARRIVED, ("2021-11-25", "2021-11-29"), {}),
        # "more than 40" agrees with 42, "at least two" with three, "about" with "some" and "around"
        (WARNINGS_42, WARNINGS_40, (None, None), {}),
        (THREE_DIED, TWO_KILLED, (None, None), {}),
        (FAMILIES_ABOUT, FAMILIES_SOME, (None, None), {}),
        (CHARGERS_ABOUT, CHARGERS_AROUND, (None, None), {}),
        (PRICE_ABOUT, PRICE_AROUND, (None, None), {}),
        # homes and properties are counts of different things
        (HOMES, PROPERTIES, (None, None), {}),
        # "eight years" and "twelve years" are spans of time, never counts; "eight-year" an attribute
        (EIGHT_YEARS, TWELVE_YEARS, ("2024-03-07", "2024-03-07"), {}),
        # "$1.2 billion in cash and stock" and "1.5bn dollars including debt" hang on different words: two measures of the deal
        (KORVAN_12, KORVAN_15, (None, None), {}),
        # a measure named before its figure is one thing counted: magnitude 6.8 against 7.0 (the story of tests/test_align.py)
        (QUAKE_68, QUAKE_70, (None, None), {"numbers": {"a": ("number:6.8",), "b": ("number:7",)}}),
        # a sum and its part: "$281m" is $281 million paid, as the other outlet writes it, and "$53m" in stock another part
        (PRICE_AND_CASH, CASH_AND_STOCK, (None, None), {}),
        # a broken-off piece of a sentence is no outlet's statement ("In 2004, a magnitude 9." is another quake)
        (MAGNITUDE_SAID, MAGNITUDE_2004, (None, None), {}),
        # "000" is a piece of "1, 000", no figure of its own
        (PADANG_SPACED, PADANG, (None, None), {}),
        # the countries the 2004 tsunami struck: 13 against 14 ("230, 000 people" is read as no figure on either side)
        (TSUNAMI_13, TSUNAMI_14, (None, None), {"numbers": {"a": ("number:13",), "b": ("number:14",)}}),
        # two outlets' death tolls on one day: "climbs to 15" against "rises to 11", "hits 362" against "climbs to 580"
        (TOLL_15, TOLL_11, ("2013-05-02", "2013-05-02"), {"numbers": {"a": ("number:15",), "b": ("number:11",)}}),
        (TOLL_362, TOLL_580, ("2013-05-02", "2013-05-02"), {"numbers": {"a": ("number:362",), "b": ("number:580",)}}),
        # a running total rises: a day apart, or with no dates to tell, two tolls are two moments, not a disagreement
        (TOLL_15, TOLL_11, ("2013-05-02", "2013-05-03"), {}),
        (TOLL_15, TOLL_11, (None, None), {}),
        # a total is compared only with a total of the same words: the Philippine earthquake's toll is not the mine's,
        # nor "Philippine quake" the same words as "Philippines quake" (silence rather than a guess)
        (TOLL_185, TOLL_12, ("2013-10-20", "2013-10-20"), {}),
        (TOLL_73, TOLL_85, ("2013-10-20", "2013-10-20"), {}),
        # "Twenty-eight" is 28 (a number spelled with a hyphen had been read as nothing); a count "by Wednesday evening"
        # and one of "yesterday" are of two times, and "eight or nine homes" is a range, not nine
        (CAMP_28, CAMP_27, (None, None), {"numbers": {"a": ("number:28",), "b": ("number:27",)}}),
        (ARRESTED_33, ARRESTED_34, (None, None), {}),
        (HOMES_TEN, HOMES_EIGHT_OR_NINE, (None, None), {}),
        # "as much as 76 percent" is a bound 75 lies within; two days' moves of an index are two facts
        (DIOXIN_75, DIOXIN_76, (None, None), {}),
        (SP_FELL, SP_UP, (None, None), {}),
        (CLAUDETTE_320, CLAUDETTE_300, (None, None), {}),
        # "the other two unions" are a part of the count; "rose to $28" is a price, "rose $1.30" a change, and "$28" is
        # "$28.20" written short; Issa's own money: $1.71 million against $1.5 million
        (UNIONS_THREE, UNIONS_OTHER_TWO, (None, None), {}),
        (SHARES_TO_28, SHARES_UP_130, (None, None), {}),
        (SPENT_171, SPENT_15, (None, None), {"numbers": {"a": ("number:1710000",), "b": ("number:1500000",)}}),
        (JOBS_1800, JOBS_2100, ("2024-07-30", "2024-07-30"), {"numbers": {"a": ("number:1800",), "b": ("number:2100",)}}),
        (SHARE_2020, SHARE_NOW, ("2024-05-20", "2024-05-20"), {}),
        # a share is of its subject ("turnout was 61.9%"); "62%" is what 61.9 rounds to
        (TURNOUT_619, TURNOUT_613, ("2024-05-20", "2024-05-20"), {"numbers": {"a": ("number:61.9",), "b": ("number:61.3",)}}),
        (TURNOUT_619, TURNOUT_62, ("2024-05-20", "2024-05-20"), {}),
        # the dead, however they are counted: on one day a disagreement, a day apart (the toll rises) or undated none
        (QUAKE_FIVE_DIED, QUAKE_24_KILLED, ("2013-07-02", "2013-07-02"), {"numbers": {"a": ("number:5",), "b": ("number:24",)}}),
        (QUAKE_FIVE_DIED, QUAKE_24_KILLED, ("2013-07-02", "2013-07-03"), {}),
        (QUAKE_FIVE_DIED, QUAKE_24_KILLED, (None, None), {}),
        (ATHENS_THREE_KILLED, ATHENS_3_DEAD, ("2012-05-05", "2012-05-05"), {}),
        (FLOOD_FOUR, FLOOD_THREE, ("2024-07-08", "2024-07-08"), {"numbers": {"a": ("number:4",), "b": ("number:3",)}}),
        # a second reader's cases: a toll told in parts, and who killed, are not the toll
        ("Five people were killed on Route 9.", "Three people died at the scene and two others died later at Mercy Hospital.",
         ("2024-07-08", "2024-07-08"), {}),
        ("Two gunmen killed 14 people.", "Three gunmen died in the shootout.", ("2024-07-08", "2024-07-08"), {}),
        # a thirteenth trial's: undated outlets that date one event to two days of a month, in a year neither gives; not
        # against a day with its year, nor where one outlet is dated (its year is known, the other's is not)
        ("The breach was discovered on Sept. 21, the company said.",
         "The company said the intrusion began on Sept. 3 and was discovered on Sept. 19.", (None, None),
         {"times": {"a": ("date:--09-21",), "b": ("date:--09-19",)}}),
        ("The breach was discovered on Sept. 19, the company said.", "The breach was discovered on Sept. 21, 2025.", (None, None), {}),
        ("The breach was discovered on Sept. 21, the company said.", "The breach was discovered on Sept. 19, the company said.",
         (None, "2025-09-26"), {}),
        # a twenty-second trial's bill: sums a verb sets for two things are two sums ("raise the standard deduction to
        # $16,000", "raises the estate tax exemption to $15 million"); for one thing, two sums disagree
        ("It would raise the child tax credit from $2,000 to $3,000 per child, cut the top individual income tax rate from "
         "37% to 35% and raise the standard deduction for individuals to $16,000.",
         "It slashes the top income tax rate to 35% and raises the estate tax exemption to $15 million per person, a gift "
         "to the heirs of the country's largest fortunes.", (None, None), {}),
        # a named program is what a cut is of (a second reader's): SNAP's cut is not Medicaid's
        ("The bill cuts SNAP by $186 billion over a decade.", "The bill cuts Medicaid by $1 trillion over a decade.", (None, None), {}),
        ("The bill would raise the standard deduction for individuals to $16,000.",
         "The bill raises the standard deduction to $15,000 for single filers.", (None, None),
         {"numbers": {"a": ("number:16000",), "b": ("number:15000",)}}),
        # a share of a named thing (a twenty-ninth trial's contract): "a 4.5% raise" against "a 5.4% raise", in the same
        # year of the contract; not against a raise over other years, nor a change against two bases (MRPC)
        ("Under the agreement, drivers and mechanics will receive a 4.5% raise in the first year of the contract.",
         "Under the agreement, drivers and mechanics will receive a 5.4% raise in the first year of the contract.",
         ("2025-03-04", "2025-03-04"), {"numbers": {"a": ("number:4.5",), "b": ("number:5.4",)}}),
        ("Under the agreement, drivers and mechanics will receive a 4.5 percent raise in the first year.",
         "Wages will rise by a total of 12% over the three years, and workers get a 12% raise over the three years.",
         ("2025-03-04", "2025-03-04"), {}),
        # a second reader's: shares of two things (whose, of what), with no time to tell them by, or moved by a market
        ("Policymakers held rates steady on Wednesday, pointing to a 4.1 percent unemployment rate as a sign of a solid labor market.",
         "Policymakers held rates steady on Wednesday, pointing to a 3.2 percent inflation rate as a sign that price pressures persist.",
         ("2025-03-04", "2025-03-04"), {}),
        ("Microsoft will own a 51 percent stake in the joint venture, the companies said.",
         "Sony will own a 49 percent stake in the joint venture, the companies said.", ("2025-03-04", "2025-03-04"), {}),
        ("Nurses will get a 14 percent raise, the union said.", "Nurses will get a 5 percent raise, the union said.",
         ("2025-03-04", "2025-03-04"), {}),
        ("In late trading, the 30-year bond slid a full point for a yield of 4.47 percent.",
         "In late trading, the 30-year bond lost 2/32 for a yield of 4.41 percent.", (None, None), {}),
        ("Some 175 million shares traded on the Big Board, a 7 percent increase from the same time a week ago.",
         "Some 1.6 billion shares traded on the Big Board, a 17 percent increase over the three-month daily average.",
         (None, None), {}),
        # a thirty-second trial's planted counts: the whole a verdict rules on, however the verdict is told, and not the
        # parts of two windows of games
        ("A jury found Keystone founder Daniel Ostrow guilty Friday on seven of nine counts in the collapse of the crypto lending platform.",
         "A federal jury in Manhattan on Friday convicted Daniel Ostrow, the founder of collapsed crypto lender Keystone Lend, on seven "
         "of the 10 counts he faced, finding that he lied to customers about the safety of their deposits.", (None, None),
         {"numbers": {"a": ("number:9",), "b": ("number:10",)}}),
        ("The team won six of its nine games this season, the coach said Tuesday.",
         "The team won seven of its last 10 games, the coach said Tuesday.", (None, None), {}),
        # a second reader's: the counts two people faced, and two groups the dead were part of, are no one whole
        ("A federal jury in Manhattan on Friday convicted Keystone Lend founder Daniel Ostrow on seven of nine counts of fraud.",
         "A federal jury in Manhattan on Friday acquitted former Keystone Lend finance chief Mara Levin on two of four counts of "
         "fraud.", (None, None), {}),
        ("A federal jury on Wednesday convicted Nadine Menendez on 15 of 15 counts of bribery.",
         "A federal jury on Wednesday convicted Robert Menendez on 16 of 16 counts of bribery.", (None, None), {}),
        ("Before the trial Ostrow pleaded guilty to three of 12 counts.", "A jury on Friday convicted Ostrow on seven of nine counts.",
         (None, None), {}),
        ("Two of the 12 people taken to hospital have died, Police Scotland said on Monday.",
         "Three of the 40 people on board have died, Police Scotland said on Monday.", (None, None), {}),
        # a day still to come is a plan, and plans move (a second reader's)
        ("The Harlow city council will vote on the Riverside stadium deal on Nov. 5, the clerk said.",
         "The Harlow city council voted on the Riverside stadium deal on Nov. 3, after the meeting was moved up.", (None, None), {}),
        # no sum per a unit is compared: a first bid, a rejected offer, a cash part and a stock part are all "$N a share" (a
        # second reader's), so a thirty-sixth trial's "$38 per share" against "$41 a share" goes unsaid; nor what analysts
        # expected (MRPC train: two polls of analysts' estimates)
        ("Halden will pay $38 per share, a 27% premium over Copperleaf's closing price on Friday.",
         "Halden is forking over a whopping $41 a share for the privilege.", (None, None), {}),
        ("Halden will pay $38 per share, a 27% premium over Copperleaf's closing price on Friday.", "Halden is paying $38 a share.",
         (None, None), {}),
        ("The consensus estimate of analysts polled by Thomson First Call called for a profit of $1.70 per share.",
         "Analysts polled by Reuters Research, a unit of Reuters Group Plc, on average forecast profit of $1.69 per share.",
         (None, None), {}),
        # a second reader's: a closing price, earnings and a dividend a share, and pay, prices and costs per hour, barrel or
        # year are not what a buyer pays a share, and two of them are two figures
        ("Halden agreed to buy Copperleaf for $38 a share in cash, a 27% premium.",
         "Halden's offer is a 27% premium over Copperleaf's closing price of $30 a share on Friday.", (None, None), {}),
        ("Acme reported quarterly earnings of $1.20 a share on Tuesday.",
         "Acme on Tuesday raised its quarterly dividend to $0.30 a share after reporting higher earnings.", (None, None), {}),
        ("Under the new contract, nurses will earn $45 an hour.", "Under the new contract, nursing aides will be paid $22 an hour.",
         (None, None), {}),
        ("The budget assumes oil at $70 a barrel.", "The budget was drawn up when oil cost $120 a barrel.", (None, None), {}),
        # a rate is of a group or a part, with the same verb too (a fourth second reader's)
        ("The hospital will pay experienced nurses $62 an hour.", "The hospital will pay newly hired nurses $48 an hour.",
         (None, None), {}),
        ("Acme will pay $38 a share for Beta.", "Acme will pay $20 a share in cash plus stock worth $18 a share.", (None, None), {}),
        # a noun of an event is not dated as its verb (a rule that did so was withdrawn: a second reader found two closures
        # of one plant, two arrivals of one ship and an opening and a reopening read as one event): the thirty-sixth trial's
        # "the hub opening in late 2027" against "the hub is expected to open in 2028" goes unsaid
        ("Construction is scheduled to begin in March 2026, and the hub is expected to open in 2028.",
         "Work is expected to start in March 2026, with the hub opening in late 2027.", (None, None), {}),
        # an area is a count of its unit (a forty-third trial's two acreages of one fire), compared only on one day as it
        # burns; other measures are not read (a second reader's depth against distance, and 44 degrees Celsius against
        # 111 Fahrenheit; ECB+ dev's two falls of one climber, "about 150 metres" and "about 60 metres", go unsaid)
        ("The Cañada Fire, which ignited Wednesday afternoon off State Highway 38, had scorched 14,200 acres by Friday evening "
         "and was 10 percent contained, according to the San Lucas County Fire Department.",
         "By Friday evening the fire had burned 12,400 acres and was 10 percent contained, according to the San Lucas County "
         "Fire Department.", ("2026-08-21", "2026-08-21"), {"numbers": {"a": ("number:14200",), "b": ("number:12400",)}}),
        ("The Cañada Fire, which ignited Wednesday afternoon off State Highway 38, had scorched 14,200 acres by Friday evening "
         "and was 10 percent contained, according to the San Lucas County Fire Department.",
         "By Friday evening the fire had burned 12,400 acres and was 10 percent contained, according to the San Lucas County "
         "Fire Department.", ("2026-08-21", "2026-08-22"), {}),
        ("A 36 - year - old Australian climber is dead after falling about 150 metres at Aoraki Mount Cook.",
         "On Friday, 36 - year - old Duncan Raite died after slipping and falling about 60 metres ( 200 feet ) from a ridge.",
         (None, None), {}),
        ("The quake struck at a depth of 5 miles, the survey said.", "The quake struck 12 miles from the town, the survey said.",
         (None, None), {}),
        ("Temperatures in Seville reached 44 degrees on Monday.", "Temperatures in Seville reached 111 degrees Fahrenheit on "
         "Monday.", (None, None), {}),
        ("The fire had burned 14,200 acres by Friday evening.", "By Saturday the fire had burned 31,000 acres of forest.",
         ("2026-08-21", "2026-08-22"), {}),
        ("Initial reports said the attackers fired from a mosque within in the city, 30 miles west of Baghdad.",
         "The Centcom statement said the gunmen appeared to have fired from a mosque in the city, 50 km (32 miles) west of "
         "Baghdad.", (None, None), {}),
        ("The storm dumped 3 inches of rain on the city overnight.", "The storm dumped 4 inches of snow on the city overnight.",
         (None, None), {}),
        # a decade is no year (ECB+ dev: the parser cut "the 1930's" to 1930)
        ("The gang was founded in the 1930's by one of the nation's most notorious criminals, Charles ( Lucky ) Luciano.",
         "Gigante drifted into the crime family founded in 1931 by legendary gangster Charles \"Lucky\" Luciano.", (None, None), {}),
    ],
)
def test_facts_that_disagree(a: str, b: str, dates: tuple[str | None, str | None], expected: dict) -> None:
    assert facts_that_disagree({"a": [a], "b": [b]}, {"a": dates[0], "b": dates[1]}) == expected


def test_an_area_and_a_toll_are_compared_only_in_leads() -> None:
    """Below the lead a count of the dead, or an area burnt, is often a part: "Inside the Hoopa Valley reservation, the fire
    has burned 3,100 acres" against "The fire has burned 12,400 acres in Humboldt and Trinity counties" (a second reader's).
    A forty-third trial's wire, whose acreage stood in its fifth sentence, goes unsaid."""
    from framediff.frame.facts import disagreeing_facts

    acres = {"a": ["The Cañada Fire, which ignited Wednesday afternoon off State Highway 38, had scorched 14,200 acres by "
                   "Friday evening and was 10 percent contained, according to the San Lucas County Fire Department."],
             "b": ["By Friday evening the fire had burned 12,400 acres and was 10 percent contained, according to the San "
                   "Lucas County Fire Department."]}
    dead = {"a": ["Four people were killed in the fire on Friday."], "b": ["Two people were killed in the fire on Friday."]}
    dates: dict[str, str | None] = {"a": "2026-08-21", "b": "2026-08-21"}
    below = {"a": [True], "b": [False]}
    leads = {"a": [True], "b": [True]}
    assert disagreeing_facts(acres, dates, leads=below) == [] and disagreeing_facts(dead, dates, leads=below) == []
    assert [f.kind for f in disagreeing_facts(acres, dates, leads=leads)] == ["numbers"]
    assert [f.kind for f in disagreeing_facts(dead, dates, leads=leads)] == ["numbers"]


@pytest.mark.parametrize(
    ("sentence", "published", "day"),
    [  # BASIL dev sentences with their articles' dates: a day without its year is read from the article's date
        # what is to come falls after the article ("will face ... on August 10" in a story of May 2010 is August 2010)
        ("Blumenthal will face the winner of the GOP primary on August 10 - either former Cong. Rob Simmons, himself a Vietnam "
         "vet, or former WWE wrestling executive Linda McMahon.", "2010-05-18", "date:2010-08-10"),
        # what has been falls before it
        ("The House approved the Ryan budget plan on March 29 by a vote of 228 to 191, with all but 10 Republicans voting for it.",
         "2012-08-14", "date:2012-03-29"),
    ],
)
def test_a_day_without_its_year_is_placed_by_the_article_and_the_verb(sentence: str, published: str, day: str) -> None:
    from framediff.frame.values import read_values
    from framediff.language.parser import parse

    [doc] = parse([sentence])
    assert [v.shown for v in read_values(doc, published_date(published)) if v.kind == "day"] == [day]


def test_a_third_outlet_that_gives_both_figures_shows_they_count_different_things() -> None:
    # ECB+ dev: the navy seized about 300 rounds in this operation and 923 in all; one outlet gives each, a third both
    texts = {"a": [SEIZED_THIS_TIME], "b": [SEIZED_IN_ALL]}
    assert facts_that_disagree(texts)  # alone, the two read as one count given two ways
    assert facts_that_disagree({**texts, "c": [SEIZED_THIS_TIME, SEIZED_BOTH]}) == {}


def test_a_figure_of_a_past_year_is_compared_only_with_one_of_that_year() -> None:
    # ECB+ dev, its articles dated 2 July 2013: "14 countries" names no year, but most of the claim's sentences name 2004
    dated = {"a": "2013-07-02", "b": "2013-07-02", "c": "2013-07-02"}
    alone = {"a": [TSUNAMI_13], "b": [TSUNAMI_14]}
    assert facts_that_disagree(alone, dated) == {}  # one sentence of 2004 and one of no year: of two times, maybe
    tsunami = "In 2004, a huge earthquake off Aceh triggered a tsunami that killed 230, 000 people across Asia."
    assert facts_that_disagree({**alone, "c": [tsunami]}, dated) == {"numbers": {"a": ("number:13",), "b": ("number:14",)}}


def test_each_value_in_conflict_shows_the_words_it_comes_from() -> None:
    [found] = disagreeing_facts({"a": [QUAKE_68], "b": [QUAKE_70]}, {})
    assert {a: [v.words for v in vs] for a, vs in found.values.items()} == {"a": ["magnitude 6.8 earthquake"], "b": ["magnitude 7.0"]}
    [days] = disagreeing_facts({"a": [AGREEMENT_WEDNESDAY], "b": [PACT_NOVEMBER_24]}, {"a": "2021-12-02", "b": "2021-12-03"})
    assert {a: [(v.words, v.sentence) for v in vs] for a, vs in days.values.items()} == {
        "a": [("Wednesday", AGREEMENT_WEDNESDAY)], "b": [("November 24", PACT_NOVEMBER_24)]}


def test_a_value_given_twice_is_shown_once_with_the_words_of_each() -> None:
    # a thirty-eighth trial's wire: "Four killed as bridge collapses ..." and "Four people were killed ..." had read
    # "4 (“Four”); 4 (“Four people”)"
    from framediff.render.wording import fact_evidence

    evidence = (("number:4", "Four", "Four killed as bridge collapses into flooded Texas river"),
                ("number:4", "Four people", "Four people were killed ..."), ("number:4", "Four", "Four killed ..."))
    assert fact_evidence(("number:4",), evidence) == "4 (“Four”, “Four people”)"


def test_a_value_inside_a_quotation_is_the_speakers_not_the_outlets() -> None:
    quoted = ("“We have just signed a defense cooperation MOU with Morocco. It is a very significant development, which will enable us "
              "to work on joint projects and promote industrial cooperation,” Gantz said, adding that “relations between Israel and "
              "Morocco should be expanded and enhanced.”")
    from framediff.frame.voice import quoted_spans

    spans = quoted_spans(quoted)
    assert quoted[spans[0][0] : spans[0][1]].startswith("“We have just signed") and quoted[spans[0][1] - 1] == "”"
    assert "Gantz said" not in "".join(quoted[a:b] for a, b in spans)


def article(text: str, label: str, date: str | None = None):  # type: ignore[no-untyped-def]
    made = prepare_article(RawArticle(source=f"{label}.txt", text=text, format="text", encoding="utf-8", label=label, date=date))
    return replace(made, id=label)


TOMB_A = ("Ahead of meeting with Loudiyi, Gantz paid his respects at the tomb of Mohamed V, the grandfather of the reigning monarch "
          "along with members of the Israeli delegation and laid a ceremonial wreath.")
TOMB_C = "Ahead of his meeting with Loudiyi, Gantz paid his respects at the tomb of Mohamed V, the grandfather of the reigning monarch."
QUOTE_A = ("“We have just signed a defense cooperation MOU with Morocco. It is a very significant development, which will enable us to "
           "work on joint projects and promote industrial cooperation,” Gantz said, adding that “relations between Israel and Morocco "
           "should be expanded and enhanced.”")
QUOTE_B = ("Minister of Defense, Benny Gantz: “We have just signed a defense cooperation MOU with Morocco. It is a very significant "
           "development, which will enable us to work on joint projects and promote industrial cooperation. Relations between Israel and "
           "Morocco should be expanded and enhanced.”")


@pytest.mark.parametrize(
    ("a", "b", "dates", "copied", "quoted", "earlier"),
    [
        # the outlets' own words, 19 of them, word for word: copying; the earlier-dated article is the source
        (TOMB_A, TOMB_C, ("2021-11-24", "2021-11-25"), "tomb of Mohamed V", False, True),
        # undated, or dated the same day: no direction
        (TOMB_A, TOMB_C, (None, None), "tomb of Mohamed V", False, None),
        (TOMB_A, TOMB_C, ("2021-11-24", "2021-11-24"), "tomb of Mohamed V", False, None),
        # both quote one statement: a shared quotation, no copying
        (QUOTE_A, QUOTE_B, ("2021-11-24", "2021-11-25"), None, True, True),
    ],
)
def test_reuse_tells_copying_from_shared_quotation(a: str, b: str, dates: tuple, copied: str | None, quoted: bool,
                                                   earlier: bool | None) -> None:
    found = find_reuse([article(f"Gantz in Rabat\n\n{a}", "a", dates[0]), article(f"Gantz visit\n\n{b}", "b", dates[1])])
    assert len(found) == 1  # one record per pair of articles
    [record] = found
    assert (copied is not None and any(copied in p for p in record.passages)) or (copied is None and not record.passages)
    assert bool(record.shared_quotations) == quoted
    # one record serves both articles: the copied words' share of each (TOMB_C is nearly all copied, TOMB_A about two thirds)
    assert (record.share > 0) == (record.source_share > 0) == bool(record.passages)
    assert record.source_earlier is earlier
    if earlier:
        assert (record.article, record.source) == ("b", "a")  # the later article first, its source second


# ECB+ dev (8_1ecbplus and 8_4ecbplus, one AFP story): one outlet adds "grounding air traffic" inside a shared sentence
INSISTENCE_SHORT = ("Prime minister George Papandreou's insistence that the measures are vital for the nation's survival failed to "
                    "dissuade unions from paralysing public transport and preventing ferries from leaving docks.")
INSISTENCE_LONG = ("Prime Minister George Papandreou's insistence that the measures are vital for the nation's survival failed to "
                   "dissuade unions from paralysing public transport, grounding air traffic and preventing ferries from leaving docks.")
CONVERGING = ("After rallying in two separate demonstrations in central Athens, members of the main unions began converging on "
              "parliament, where the government was preparing for the measures to be voted on Thursday.")


def test_a_copied_passage_is_shown_as_both_write_it() -> None:
    # the shared words before the insertion and after it are two passages: neither holds words one article lacks
    found = find_reuse([article(f"Greek riots\n\n{INSISTENCE_SHORT} {CONVERGING}", "a"),
                        article(f"Greek riots\n\n{INSISTENCE_LONG} {CONVERGING}", "b")])
    [record] = found
    assert len(record.passages) == 2
    assert record.passages[0].endswith("from paralysing public transport")
    assert record.passages[1].startswith("and preventing ferries from leaving docks. After rallying")
    assert all(" ".join(p.lower().split()) in f"greek riots {INSISTENCE_LONG} {CONVERGING}".lower() for p in record.passages)


# ECB+ dev (7_10ecbplus and 7_3ecbplus): the second's time stamps stand between its headline and its lead
KLITSCHKO_10 = ("Wladimir Klitschko stops Tony Thompson in 6th round to retain world heavyweight titles\n\nWladimir Klitschko stopped "
                "Tony Thompson in the sixth round to retain his WBA, IBF and WBO heavyweight title belts Saturday night.")
KLITSCHKO_3 = ("Wladimir Klitschko stops Tony Thompson to retain world heavyweight titles\n\nPosted: Jul 07, 2012 7: 40 PM ET\n\n"
               "Last Updated: Jul 07, 2012 8: 44 PM ET\n\nWladimir Klitschko stopped Tony Thompson in the sixth round to keep a "
               "comfortable hold on his WBA, IBF and WBO heavyweight title belts on Saturday in Bern, Switzerland.")


def test_no_copied_passage_runs_over_lines_that_reading_dropped() -> None:
    # the time stamps are no sentences, but "titles Wladimir Klitschko stopped" is not what the second article writes
    b = article(KLITSCHKO_3, "b")
    assert not any("Posted" in s.text for s in b.sentences)
    assert not any(r.passages for r in find_reuse([article(KLITSCHKO_10, "a"), b]))


# ECB+ dev (37_10ecbplus and 37_4ecbplus, one AFP story): "in panic" in one of them only
TRUCKS = "Injured people had been transported from several affected villages in two trucks, she said."
RAN_OUTSIDE = ("People ran outside in Banda Aceh as the quake shook houses, and in Medan city to the south of the province on "
               "Sumatra island.")
RAN_IN_PANIC = ("People ran outside in panic in Banda Aceh as the quake shook houses, and in Medan city to the south of Aceh "
                "province on Sumatra island.")


def test_no_word_is_in_two_copied_passages() -> None:
    # "in Banda Aceh as the quake shook houses" is shared, but not where "People ran outside in" left off in the other
    [record] = find_reuse([article(f"Aceh quake\n\n{TRUCKS} {RAN_OUTSIDE}", "a"), article(f"Aceh earthquake\n\n{TRUCKS} {RAN_IN_PANIC}", "b")])
    assert record.passages[0].endswith("People ran outside in") and record.passages[1].startswith("Banda Aceh as the quake")


def test_reuse_on_the_seeds_is_one_record_per_pair_and_never_a_stock_phrase() -> None:
    articles = read_articles([str(SEEDS)])
    found = find_reuse(articles)
    pairs = [frozenset((r.article, r.source)) for r in found]
    assert len(pairs) == len(set(pairs))
    assert all(len(p.split()) >= COPIED for r in found for p in r.passages)


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        # the thing both signed, in the same slot: a renaming
        (AGREEMENT_WEDNESDAY, PACT_WEDNESDAY, [("defense agreement", "defence pact")]),
        # "a groundbreaking defense | MOU": the parser cuts the phrase; a fragment is never reported
        (MOU, MEMORANDUM, []),
        # "start-up" and "startup": typography alone
        (KORVAN_15, KORVAN_12, []),
        # places and people in the same slot are the same names
        (LANDED, ARRIVED, []),
        # counts are facts, not names
        (FAMILIES_ABOUT, FAMILIES_SOME, []),
        # public news of May 2010 and July 2012 (ECB+): two spellings of one word are typography; titles and belts are names
        ("Hooded youths hurled petrol bombs at stores and businesses in the centre of the capital, Athens, and demonstrators tried to "
         "storm parliament during the general strike, as the rioting spread to the northern city of Thessaloniki.",
         "Hooded youths hurled petrol bombs at stores and businesses in the center of the capital Athens and demonstrators tried to "
         "storm parliament during the general strike, as the rioting spread to the northern city of Thessaloniki.", []),
        # an act and its doers, two words made from one, are two things (a trial's sentences)
        ("Early voting begins Oct. 9.", "Voters can begin casting early ballots on Oct. 9.", []),
        # ECB+ dev: a word written as one or two is typography; a colour is no name ("a grey" is cut from "a grey Toyota Camry")
        ("Jenkin was due to appear via videolink from HMP Preston but did not do so as he was considered a risk to his own safety "
         "and that of other people, said crown prosecutor Susan Carter.",
         "John Jenkin was due to appear via video link at Preston Crown Court today but didn't because he's currently considered too "
         "much of a danger to himself and others.", []),
        ("She was walking among some parked cars when she was hit by a grey Toyota Camry that had been traveling north on 117th Street.",
         "Witnesses say 59 - year - old Raj Chohan was leaving her car on 117th Street in South Richmond Hill Friday when she was hit by "
         "a silver Toyota Camry and sent flying into the air.", []),
        # one title in other words ("leading scorer" / "all - time scoring leader"), and an appeal for tips, name nothing
        ("Doug McDermott became the leading scorer in Creighton history and had five points during a pivotal 15 - 2 run as "
         "top - seeded Creighton defeated Drake, 65 - 53, on Friday afternoon in the first quarterfinal of the Missouri Valley "
         "Conference Tournament.",
         "Doug McDermott scored 23 points to become Creighton's all - time scoring leader and the top - seeded Bluejays defeated "
         "Drake 65 - 53 on Friday in the quarterfinals of the Missouri Valley Conference tournament.", []),
        ("Anyone with information about this morning's fire is asked to call Sgt. La Croix at 745 - 4811.",
         "The state's Fire Marshal's office is assisting in the investigation of the cause of the fire, and anyone with knowledge "
         "of the fire is asked to call Palmer Police Sergeant Shayne La Croix at 907 - 745 - 4811.", []),
        ("Wladimir Klitschko stops Tony Thompson in 6th round to retain world heavyweight titles",
         "Wladimir Klitschko stops Tony Thompson in 6th round to retain world heavyweight belts",
         [("world heavyweight titles", "world heavyweight belts")]),
    ],
)
def test_naming_pairs_only_whole_phrases_in_one_slot(a: str, b: str, expected: list[tuple[str, str]]) -> None:
    assert slot_variants(a, b) == expected


def test_a_word_joined_by_a_hyphen_is_kept_whole_in_a_name() -> None:
    from framediff.frame.naming import _chunks, _words
    from framediff.language.parser import parse

    # ECB+ dev (31_11ecbplus) as news writes it: "all-time" was cut to "time scoring leader"
    [doc] = parse(["Doug McDermott scored 23 points to become Creighton's all-time scoring leader and the top-seeded Bluejays "
                   "defeated Drake 65-53 on Friday in the quarterfinals of the Missouri Valley Conference tournament."])
    assert "all-time scoring leader" in [_words(c) for c in _chunks(doc, [])]


def test_a_storys_dead_told_in_three_verbs_disagree_and_its_mayor_speaks(run_json) -> None:  # type: ignore[no-untyped-def]
    # tests/data/kessling-flood, an eighth trial's story (fictional), dated July 11, 2024: "At least four people were killed"
    # (the wire), "Three people were confirmed dead" (the local paper), "Four people have died" (the observer); the river
    # crested "early on Sunday" against "late on Saturday"; "Kessling Mayor Ruth Abernathy told reporters" is the mayor's
    doc = run_json("compare", "--no-cache", str(Path(__file__).resolve().parent / "data" / "kessling-flood"))
    found = {d["kind"]: {v["label"]: set(v["values"]) for v in d["values"]} for d in doc["disagreements"]}
    assert found["numbers"] == {"a-wire": {"number:4"}, "b-local": {"number:3"}, "c-observer": {"number:4"}}
    assert found["times"] == {"a-wire": {"date:2024-07-07"}, "c-observer": {"date:2024-07-06"}}
    wire = next(f for f in doc["framing"] if f["label"] == "a-wire")
    assert wire["speakers"] == [{"speaker": "Ruth Abernathy", "quotes": 2, "words": 22}]


def test_a_quote_whose_speaker_is_not_read_is_said_to_be_so_not_unattributed(run: Any, run_json: Any) -> None:
    """tests/data/council-cuts (a fifty-fourth trial's, fictional): the tabloid quotes "one council insider, who asked not
    to be named". "(unattributed)" said the outlet named no one; what framediff knows is that it read no speaker."""
    story = str(Path(__file__).resolve().parent / "data" / "council-cuts")
    tabloid = next(f for f in run_json("framing", story)["framing"] if f["label"] == "tabloid")
    assert "(speaker not found)" in [s["speaker"] for s in tabloid["speakers"]]
    for form in ("text", "markdown", "html"):
        page = run("framing", story, "--format", form, "--width", "200").stdout
        assert "speaker not found" in page and "unattributed" not in page



# (a sentence, the tally it gives or None): BASIL dev's real sentences, and three written for this test (a quote's, two
# ranges)
TALLIES = [
    ("Pelosi defeated her lone challenger, Rep. Tim Ryan (Ohio), by a vote of 134 to 63.", "134-63"),
    ("But while Ms. Pelosi won, 134 to 63, Mr. Ryan’s significant share of the total served as a measure of internal "
     "discontent.", "134-63"),
    ("The final tally was 97-1.", "97-1"),
    ("This followed a 97-1 vote hours earlier in the Senate.", "97-1"),
    ("Marking a significant defeat for the White House, the House ensured the bill will become law after voting 348-77 to "
     "override Wednesday afternoon.", "348-77"),
    ("The House approved the Ryan budget plan on March 29 by a vote of 228 to 191, with all but 10 Republicans voting for "
     "it.", "228-191"),
    # a forty-second trial's wire: a tally in words (beside its national paper's "a 4-1 vote"), and not the end of a number
    # of tens
    ("The bureau's five-member board voted three to two in January to sue to block the deal, after a 14-month "
     "investigation.", "3-2"),
    ("The council voted thirty-nine to one on the motion.", None),
    # a second reader's: a clock's time, a meeting, a ratio; and a game, which figures would not tell apart
    ("The Commons backed the bill by 314 votes to 291 at ten to seven on Friday evening, after almost five hours of debate.",
     None),
    ("Councillor Sarah Holt voted for the plan after a one-to-one meeting with the council leader on Monday.", None),
    ("The Senate on Tuesday approved a $1 trillion bipartisan infrastructure bill by a more than two-to-one margin.", None),
    ("The club won three to one at Dover on Saturday.", None),
    ("Workers at the Harlan plant voted by nearly three to one to strike.", None),
    ("Nurses at St. Vincent's Hospital in Portland backed a strike by a margin of three to one on Tuesday, their union said.",
     None),
    ("The Riverton school board agreed on Tuesday night to close Lincoln Elementary, and the vote was six to three.", "6-3"),
    ("The justices ruled five to four that the law stood.", "5-4"),
    # a split of seats, not a vote counted; a quote's tally; a range, which rises
    ("Democrats face an uphill battle in their efforts to take back the House, where Republicans hold a 242-190 seat "
     "advantage.", None),
    ("He said \"we won 60-40\" after the vote.", None),
    ("Lawmakers voted on 3 to 4 amendments before the recess.", None),
    ("The bill fell 5 to 10 votes short in the Senate.", None),
]


@pytest.mark.parametrize(("sentence", "tally"), TALLIES)
def test_a_tally_is_read_where_a_vote_is_counted(sentence: str, tally: str | None) -> None:
    from framediff.frame.tallies import tallies

    assert [t for t, _ in tallies(sentence)] == ([tally] if tally else [])


def test_two_tallies_of_one_vote_disagree(run_json: Any) -> None:
    """tests/data/wage-bill, an eleventh trial's story (fictional): the broadsheet's "the Pennsylvania House voted 104 to
    99 on Tuesday" and the tabloid's "rammed a job-killing minimum wage hike through the state House on Tuesday, voting
    106-97" stand in one claim, and nothing had been said."""
    doc = run_json("compare", "--no-cache", str(Path(__file__).resolve().parent / "data" / "wage-bill"))
    label = {a["id"]: a["label"] for a in doc["articles"]}
    tallied = [d for d in doc["disagreements"] if any(v.startswith("tally:") for x in d["values"] for v in x["values"])]
    assert len(tallied) == 1
    given = {label[x["article"]]: x["values"] for x in tallied[0]["values"]}
    assert given == {"broadsheet": ["tally:104-99"], "tabloid": ["tally:106-97"]}


# (one outlet's sentence, another's, of one claim, the tallies said to disagree or None): a twenty-fifth trial's
# (fictional), the first sentence naming no body and no one, which tells no vote apart; an eleventh trial's, both naming
# the House; two chambers
TALLY_PAIRS = [
    ("Professors had already turned on her, voting 41 to 7 last week that they had no confidence in her.",
     "Last week, the faculty senate voted 41 to 9 to express no confidence in Ellison's leadership.", None),
    # a second reader's: two bodies, one of them not a known body; a day is no name both give
    ("The student government voted 18 to 2 last week to declare no confidence in her leadership.",
     "Last week, the faculty senate voted 41 to 9 to express no confidence in Ellison's leadership.", None),
    ("On Wednesday, lawmakers voted 21-17 to advance the bill.", "The Senate passed the bill 52-47 on Wednesday.", None),
    ("The Pennsylvania House voted 104 to 99 on Tuesday to raise the minimum wage.",
     "Democrats rammed a job-killing minimum wage hike through the state House on Tuesday, voting 106-97.", ("104-99", "106-97")),
    ("The House Judiciary Committee approved the bill 21-17 on Wednesday.", "The Senate passed the bill 52-47 on Wednesday.", None),
    ("The bill passed 52-47.", "The bill passed 52-47 on Wednesday.", None),  # one tally: nothing to set apart
]


@pytest.mark.parametrize(("first", "second", "apart"), TALLY_PAIRS)
def test_two_tallies_of_one_claim_disagree_only_where_they_name_one_body(first: str, second: str,
                                                                        apart: tuple[str, str] | None) -> None:
    from framediff.frame.tallies import tally_disagreements

    found = tally_disagreements("c1", {"a": [first], "b": [second]}, {})
    assert [d.values for d in found] == ([{"a": (f"tally:{apart[0]}",), "b": (f"tally:{apart[1]}",)}] if apart else [])


# a twenty-third trial's (fictional): the wire quotes the company's statement; the business daily prints it as its own prose
RELEASE_QUOTED = ("\"Brightwell is taking decisive action to simplify its manufacturing footprint,\" the company said in a statement. "
                  "\"Production of refrigeration products currently made in Millbrook, Ohio, will be consolidated at the company's "
                  "facilities in Monterrey, Mexico, and Greenville, South Carolina.\"")
RELEASE_PRINTED = ("The company said it was taking decisive action. Production of refrigeration products currently made in Millbrook, "
                   "Ohio, will be consolidated at the company's facilities in Monterrey, Mexico, and Greenville, South Carolina.")


@pytest.mark.parametrize(("first", "second", "writer"), [
    (RELEASE_QUOTED, RELEASE_PRINTED, "b"),
    (RELEASE_PRINTED, RELEASE_QUOTED, "a"),
    (RELEASE_QUOTED, RELEASE_QUOTED.replace("the company said in a statement", "it said"), None),  # both quote it
])
def test_words_one_outlet_quotes_and_the_other_prints_as_its_own_are_told_apart(first: str, second: str, writer: str | None) -> None:
    [record] = find_reuse([article(f"Brightwell cuts\n\n{first}", "a"), article(f"Brightwell to close plant\n\n{second}", "b")])
    assert not record.passages  # no copying between the two: the words are the company's
    assert [who for who, _ in record.unquoted] == ([writer] if writer else [])
    if writer:
        assert all(p.startswith("Production of refrigeration products") for _, p in record.unquoted)
        assert not record.shared_quotations  # not a quotation both give
    else:
        assert record.shared_quotations


def test_words_one_outlet_quotes_in_part_and_the_other_writes_in_its_prose_are_no_shared_quotation() -> None:
    """A twenty-fourth trial's (fictional): the courier's prose and the ledger's part-quotation share "very low and that
    its investigators were working with the hospital to" (12 words), which had been counted a shared quotation."""
    courier = ("The county health department said the risk to the public was very low and that its investigators were working "
               "with the hospital to find out how the bug spread.")
    ledger = ("The county health department said in a statement that \"the risk to the general public remains very low\" and "
              "that its investigators were working with the hospital \"to identify how the bacteria spread between patients.\"")
    found = find_reuse([article(f"Outbreak\n\n{courier}", "a"), article(f"Outbreak at Mercy Valley\n\n{ledger}", "b")])
    assert not any(r.shared_quotations or r.passages or r.unquoted for r in found)


@pytest.mark.parametrize("after", ["The vote came after a four-hour meeting.", "Council members voted shortly before midnight."])
def test_a_shared_quotation_is_the_words_both_quote_not_the_attribution_or_the_next_paragraph(after: str) -> None:
    """A fifty-fourth trial's (fictional): the shared quotation was given as '… afford to heat," Whitfield said.\n\nThe'."""
    said = '"We cannot keep paying for buildings we can no longer afford to heat," Whitfield said.'
    found = find_reuse([article(f"Cuts\n\nThe mayor defended the plan.\n\n{said}\n\n{after}", "a"),
                        article(f"Council cuts\n\nWhitfield was unmoved.\n\n{said}\n\n{after}", "b")])
    [record] = found
    assert record.shared_quotations == ("We cannot keep paying for buildings we can no longer afford to heat",)


# a second reader's (fictional): a quotation in French marks, one closed two paragraphs on, and an inch mark the
# quotation finder pairs as a close; none of these is said to be written without quotation marks
UNQUOTED_NOT_SAID = [
    ('Élisabeth Borne promet d\'aller « jusqu\'au bout » sur les retraites\nPARIS, 7 février 2023 —\n\nÉlisabeth Borne a défendu mardi devant l\'Assemblée nationale le projet de réforme des retraites, alors que l\'examen du texte commençait dans l\'hémicycle.\n\nLa Première ministre a assuré que "la réforme des retraites est indispensable pour garantir l\'avenir de notre système par répartition et nous irons jusqu\'au bout".\n\nUne nouvelle journée de grève est prévue samedi à l\'appel des syndicats.\n',
     "Retraites : Élisabeth Borne défend sa réforme devant l'Assemblée\nPARIS, 7 février 2023 —\n\nLa Première ministre a défendu mardi la réforme des retraites devant les députés, au premier jour de l'examen du texte dans l'hémicycle.\n\n« Nous ne céderons pas au chantage. La réforme des retraites est indispensable pour garantir l'avenir de notre système par répartition et nous irons jusqu'au bout, quoi qu'il en coûte », a déclaré Élisabeth Borne.\n\nLes syndicats ont appelé à une nouvelle journée de mobilisation samedi.\n"),
    ('Minister rejects Mercosur trade deal\nPARIS, 14 November 2024 —\n\nFrance\'s agriculture minister said on Thursday the country would oppose the European Union\'s trade deal with the Mercosur bloc in its current form.\n\n"We will not accept any deal that leaves our farmers behind," Annie Genevard told the farm weekly. "We have been clear from the start.\n\nThe agreement as it stands would expose our beef and poultry producers to unfair competition from countries that do not respect our environmental and health standards.\n\nFrance will vote against it, and we are working to build a blocking minority with our partners."\n\nFarmers\' unions have called for protests across the country next week.\n',
     'France steps up opposition to EU-Mercosur pact\nPARIS, 14 November 2024 —\n\nFrance stepped up its opposition on Thursday to a planned trade agreement between the European Union and South America\'s Mercosur bloc.\n\nAgriculture Minister Annie Genevard said the deal "would expose our beef and poultry producers to unfair competition from countries that do not respect our environmental and health standards."\n\nFrench farmers\' unions plan protests next week.\n'),
    ("Carter commits long-term to Celtics\nBOSTON, 2 October 2024 —\n\nJalen Carter is staying in Boston.\n\nThe Celtics have signed forward Jalen Carter to a four-year contract extension that will keep him in Boston through the end of the 2028-29 season, the team said in a statement on Wednesday.\n\nCarter, 25, was a key reserve in last season's title run.\n",
     'Celtics sign forward to four-year extension\nBOSTON, 2 October 2024 —\n\nThe Boston Celtics announced on Wednesday that they had signed forward Jalen Carter to a contract extension.\n\nThe Celtics have signed forward Jalen Carter to a four-year contract extension that will keep him in Boston through the end of the 2028-29 season, the team announced. The 6\'9" Carter averaged 14.2 points last season.\n\nTerms of the deal were not disclosed.\n'),
]


@pytest.mark.parametrize(("first", "second"), UNQUOTED_NOT_SAID)
def test_words_in_marks_the_finder_misses_are_not_said_to_be_unquoted(first: str, second: str) -> None:
    found = find_reuse([article(first, "a"), article(second, "b")])
    assert not any(r.unquoted for r in found)



def test_an_outlet_that_writes_both_words_made_no_choice_of_name(run_json: Any) -> None:
    # tests/data/hospital-breach, a fifty-eighth trial's story (fictional): the local paper's "attackers" stood against the
    # wire's "hackers" in one claim, but the wire writes "attackers" too ("The attackers encrypted …"), and the tabloid
    # "hackers": no outlet chose a name there
    doc = run_json("compare", "--no-cache", str(Path(__file__).resolve().parent / "data" / "hospital-breach"))
    named = [{w.lower() for v in n["variants"] for w in v["words"]} for n in doc["naming"]]
    assert not any({"attackers", "hackers"} <= words for words in named)


def test_copied_passages_count_the_outlets_own_words_and_no_piece_of_a_sentence_they_touch(run_json: Any) -> None:
    # tests/data/hospital-breach (a fifty-eighth trial's): the local paper's passages shared with the wire had counted a
    # senator's quotation as copied text ("shares 26% of its text", under a heading that says "outside quotations"), and
    # run on into the next paragraph's first word ('… Ms. Hollis said.\n\nThe') or opened with the last of the paragraph
    # before ('said.\n\nA ransomware group …')
    doc = run_json("compare", "--no-cache", str(Path(__file__).resolve().parent / "data" / "hospital-breach"))
    [copied] = [r for r in doc["reuse"] if r["passages"]]
    quotation = '"Patients deserve to know the moment their data is at risk, not weeks later,"'
    assert any(quotation in p for p in copied["passages"])  # shown where both write it, between their own words
    assert copied["shared_chars"] <= sum(len(p) for p in copied["passages"]) - len(quotation)
    assert not any(re.search(r"\n\s*\S+$", p) or re.match(r"\S+\n", p) for p in copied["passages"])


def test_a_word_an_outlet_only_quotes_is_no_name_it_chose(run_json: Any) -> None:
    # tests/data/naming-quoted, a second reader's (fictional): the wire writes "Hamas militants" and quotes Netanyahu's
    # "These terrorists will pay"; the paper writes "Hamas terrorists". The quoted word is the speaker's, so the pair stands
    doc = run_json("compare", "--no-cache", str(Path(__file__).resolve().parent / "data" / "naming-quoted"))
    named = [{w.lower() for v in n["variants"] for w in v["words"]} for n in doc["naming"]]
    assert {"hamas terrorists", "hamas militants"} in named


def test_a_copied_passage_never_opens_inside_a_quotation(run_json: Any) -> None:
    # tests/data/reuse-attribution, a second reader's (fictional): trimming the piece "said." had moved the passage's start
    # onto the quotation's first word ('We deeply regret …," chief executive Dana Hollis said …', no opening mark)
    doc = run_json("compare", "--no-cache", str(Path(__file__).resolve().parent / "data" / "reuse-attribution"))
    [record] = [r for r in doc["reuse"] if r["passages"]]
    assert record["passages"] == ["chief executive Dana Hollis said in a statement released by the company on Tuesday afternoon"]
